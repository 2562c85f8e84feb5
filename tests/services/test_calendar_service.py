"""Calendar years in the database: seeding, importing (audited, all or nothing), reading."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import chinese_calendar
import pytest
from sqlmodel import select

from clerk_desk.config import Settings
from clerk_desk.domain.calendar_file import parse_calendar_text
from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import calendar as cal_service
from clerk_desk.services.audit import verify_chain
from clerk_desk.store.models import AuditEvent, CalendarYear

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "calendar"
SUPERVISOR = Actor("sup1", Role.SUPERVISOR, "王主任")
CLERK = Actor("clerk1", Role.CLERK)

BAD = """
year = 2027
source = ""
holidays = [2027-01-01, 2027-01-01, 2028-01-01, "2027-13-01"]
workdays = [2027-01-01, 2027-03-03]
"""


def example_2027():
    return cal_service.read_calendar_file(RESOURCES / "2027.example.toml")


def audit_actions(session) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.seq))]


def test_seed_published_years(db_session):
    added = cal_service.ensure_published_years(db_session)
    db_session.commit()
    assert added == list(range(2004, 2027))
    assert cal_service.years_held(db_session) == list(range(2004, 2027))
    assert cal_service.ensure_published_years(db_session) == []  # idempotent
    info = cal_service.get_year(db_session, 2026)
    assert info is not None and info.origin == "package" and info.imported_by is None
    assert "2026" in info.source and "chinese-calendar" in info.source
    cal = cal_service.load_work_calendar(db_session)
    for d in (date(2026, 2, 14), date(2026, 2, 16), date(2026, 10, 10), date(2015, 9, 3)):
        assert cal.is_working_day(d) == chinese_calendar.is_workday(d)
    assert audit_actions(db_session) == ["calendar.seed"]


def test_seed_refreshes_package_rows_but_never_imported_ones(db_session):
    cal_service.ensure_published_years(db_session)
    db_session.get(CalendarYear, 2025).holidays = ["2025-01-01"]       # an older package's data
    imported = db_session.get(CalendarYear, 2026)
    imported.origin, imported.holidays, imported.source = "import", ["2026-01-01"], "supervisor's file"
    db_session.commit()
    assert cal_service.ensure_published_years(db_session) == [2025]
    db_session.commit()
    assert len(cal_service.get_year(db_session, 2025).holidays) > 1
    kept = cal_service.get_year(db_session, 2026)
    assert kept.holidays == (date(2026, 1, 1),) and kept.source == "supervisor's file"


def test_december_2026_then_imported_2027(db_session):
    cal_service.ensure_published_years(db_session)
    settings = Settings()
    accepted = datetime(2026, 12, 30, 10)
    before = cal_service.due_date(db_session, accepted, settings=settings)
    assert before.ready_by is None and before.problem.code == "calendar_year_missing"
    assert before.problem.params["year"] == 2027
    provisional = cal_service.due_date(db_session, accepted, settings=settings, provisional=True)
    assert provisional.provisional and provisional.ready_by == date(2027, 1, 5)  # 1 Jan is off by law (issue 11)

    result = cal_service.import_year(db_session, example_2027(), actor=SUPERVISOR)
    db_session.commit()
    assert result.year == 2027 and result.replaced is None
    after = cal_service.due_date(db_session, accepted, settings=settings)
    assert after.problem is None and not after.provisional
    assert after.ready_by == date(2027, 1, 5)  # 31 Dec, (1–3 Jan off), Mon 4, Tue 5
    info = cal_service.get_year(db_session, 2027)
    assert info.origin == "import" and info.imported_by == "sup1" and info.imported_at is not None
    assert audit_actions(db_session)[-1] == "calendar.import"
    assert verify_chain(db_session) is None


def test_bad_file_changes_nothing_and_lists_every_problem(db_session):
    cal_service.ensure_published_years(db_session)
    db_session.commit()
    rows_before = [(r.year, r.source, r.holidays, r.workdays) for r in db_session.exec(select(CalendarYear))]
    events_before = audit_actions(db_session)
    parsed = parse_calendar_text(BAD)
    with pytest.raises(RuleError) as info:
        cal_service.import_year(db_session, parsed, actor=SUPERVISOR, replace=True)
    db_session.rollback()
    codes = {p.code for p in info.value.problems}
    assert codes == {"calendar_file.bad_source", "calendar_file.duplicate", "calendar_file.outside_year",
                     "calendar_file.bad_date", "calendar_file.in_both"}
    assert len(info.value.problems) == len(parsed.errors) == 5
    rows_after = [(r.year, r.source, r.holidays, r.workdays) for r in db_session.exec(select(CalendarYear))]
    assert rows_after == rows_before
    assert audit_actions(db_session) == events_before
    assert cal_service.get_year(db_session, 2027) is None


def test_reimport_needs_confirmation_and_is_audited(db_session):
    cal_service.import_year(db_session, example_2027(), actor=SUPERVISOR)
    db_session.commit()
    changed = parse_calendar_text((RESOURCES / "2027.example.toml").read_text(encoding="utf-8")
                                  .replace("2027-06-09,", "2027-06-09, 2027-06-10, 2027-06-11,")
                                  .replace("示例", "修订示例"))
    with pytest.raises(RuleError) as info:
        cal_service.import_year(db_session, changed, actor=SUPERVISOR)
    assert info.value.code == "calendar.year_exists"
    db_session.rollback()
    assert date(2027, 6, 10) not in cal_service.get_year(db_session, 2027).holidays

    result = cal_service.import_year(db_session, changed, actor=SUPERVISOR, replace=True)
    db_session.commit()
    assert result.replaced is not None and date(2027, 6, 10) not in result.replaced.holidays
    assert date(2027, 6, 10) in cal_service.get_year(db_session, 2027).holidays
    last = db_session.exec(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert last.action == "calendar.replace" and last.actor == "sup1" and last.target == "calendar:2027"
    assert "2027-06-10" not in last.details["replaced"]["holidays"]
    assert "2027-06-10" in last.details["holidays"]


def test_replacing_a_package_year_is_possible_after_confirmation(db_session):
    cal_service.ensure_published_years(db_session)
    parsed = cal_service.read_calendar_file(RESOURCES / "2026.toml")
    with pytest.raises(RuleError):
        cal_service.import_year(db_session, parsed, actor=SUPERVISOR)
    cal_service.import_year(db_session, parsed, actor=SUPERVISOR, replace=True)
    db_session.commit()
    assert cal_service.get_year(db_session, 2026).origin == "import"
    assert cal_service.ensure_published_years(db_session) == []


def test_clerk_may_not_import(db_session):
    with pytest.raises(RuleError) as info:
        cal_service.import_year(db_session, example_2027(), actor=CLERK)
    assert info.value.code == "permission.denied"
    db_session.rollback()
    assert cal_service.get_year(db_session, 2027) is None


def test_unreadable_file(tmp_path):
    parsed = cal_service.read_calendar_file(tmp_path / "missing.toml")
    assert [p.code for p in parsed.problems] == ["calendar.file_unreadable"]


def test_banner(db_session):
    cal_service.ensure_published_years(db_session)
    assert cal_service.banner(db_session, date(2026, 10, 31)) is None
    assert cal_service.banner(db_session, date(2026, 11, 1)).params["year"] == 2027
    cal_service.import_year(db_session, example_2027(), actor=SUPERVISOR)
    assert cal_service.banner(db_session, date(2026, 11, 1)) is None


def test_county_due_date_from_settings(db_session):
    settings = Settings()
    settings.service_point.kind = "county"
    result = cal_service.due_date(db_session, datetime(2030, 5, 5, 10), settings=settings)
    assert result.ready_by == date(2030, 5, 5) and result.kind == "county"
