"""The counter's use cases through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlmodel import select

from clerk_desk.config import Settings
from clerk_desk.domain.application_form import Kind, ReplacementReason, Scheme
from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.domain.slipcode import encode_slip
from clerk_desk.services import applications as svc
from clerk_desk.services import clock
from clerk_desk.services.calendar import ensure_published_years
from clerk_desk.services.permissions import PermissionDenied
from clerk_desk.store.models import Application, AuditEvent, DocumentCheck, PickupSlip
from tests.helpers.people import make_id, proxy_form, self_form

CLERK = Actor("wang", Role.CLERK, "王芳")
SUP = Actor("zhao", Role.SUPERVISOR, "赵主任")
BIRTH = date(1980, 5, 17)
ID = make_id(BIRTH)


def street() -> Settings:
    s = Settings()
    s.service_point.code, s.service_point.name, s.service_point.kind = "S001", "幸福街道医保服务点", "street"
    return s


def county() -> Settings:
    s = street()
    s.service_point.code, s.service_point.kind = "C001", "county"
    return s


@pytest.fixture
def session(db_session):  # type: ignore[no-untyped-def]
    ensure_published_years(db_session)
    db_session.commit()
    clock.set_clock(lambda: datetime(2026, 11, 27, 10, 0))  # a Friday
    return db_session


def test_street_acceptance_issues_slip_three_working_days_later(session) -> None:  # type: ignore[no-untyped-def]
    res = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street())
    session.commit()
    assert res.number == "S001-20261127-0001"
    assert res.status == "accepted"
    assert res.slip is not None and res.slip.ready_by == date(2026, 12, 2) and not res.slip.provisional
    assert len(res.slip.pickup_code) == 6
    slip = session.exec(select(PickupSlip)).one()
    assert slip.ready_by == date(2026, 12, 2)
    assert {d.document for d in session.exec(select(DocumentCheck))} >= {"insured_identity", "hukou"}
    assert session.exec(select(AuditEvent).where(AuditEvent.action == "application.accept")).one().target == res.number


def test_numbers_count_up_per_day(session) -> None:  # type: ignore[no-untyped-def]
    a = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street())
    b = svc.accept(session, CLERK, self_form(make_id(BIRTH, seq=7), "李梅", birth=BIRTH), settings=street())
    assert (a.number, b.number) == ("S001-20261127-0001", "S001-20261127-0002")


def test_county_center_hands_over_on_the_spot(session) -> None:  # type: ignore[no-untyped-def]
    res = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=county())
    assert res.status == "collected" and res.slip is None
    detail = svc.get_detail(session, CLERK, res.application_id)
    assert detail.collected_at is not None and detail.collector_type == "insured"


def test_duplicate_open_application_refused(session) -> None:  # type: ignore[no-untyped-def]
    first = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street())
    with pytest.raises(RuleError) as exc:
        svc.accept(session, CLERK, self_form(ID, birth=BIRTH, kind=Kind.CARD_REPLACEMENT,
                                             replacement_reason=ReplacementReason.DAMAGED,
                                             documents={"insured_id_card": "verified", "damaged_card": "verified"}),
                   settings=street())
    assert exc.value.code == "application.duplicate_open"
    assert first.number in exc.value.message("zh")
    assert exc.value.problems[0].params["existing_id"] == str(first.application_id)


def test_duplicate_collected_same_scheme_this_year_refused(session) -> None:  # type: ignore[no-untyped-def]
    svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=county())
    with pytest.raises(RuleError) as exc:
        svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=county())
    assert exc.value.code == "application.duplicate_collected"
    other = svc.accept(session, CLERK, self_form(ID, birth=BIRTH, scheme=Scheme.EMPLOYEE_FLEXIBLE,
                                                 employment="flexible"), settings=county())
    assert other.status == "collected"


def test_invalid_id_refused_with_field(session) -> None:  # type: ignore[no-untyped-def]
    bad = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    with pytest.raises(RuleError) as exc:
        svc.accept(session, CLERK, self_form(bad, birth=BIRTH), settings=street())
    assert exc.value.problems[0].field == "insured.id_number"
    assert exc.value.code == "id.checksum"


def test_window_into_unpublished_year_blocks_or_is_provisional(session) -> None:  # type: ignore[no-untyped-def]
    clock.set_clock(lambda: datetime(2026, 12, 30, 9, 0))
    with pytest.raises(RuleError) as exc:
        svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street())
    assert exc.value.code == "calendar_year_missing" and "2027" in exc.value.message("zh")
    res = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street(), allow_provisional=True)
    assert res.slip is not None and res.slip.provisional and res.slip.provisional_years == (2027,)


def test_return_keeps_draft_and_next_visit_accepts(session) -> None:  # type: ignore[no-untyped-def]
    form = self_form(ID, birth=BIRTH, documents={"insured_id_card": "verified", "household_book": "missing"})
    ret = svc.return_with_notice(session, CLERK, form, settings=street())
    assert ret.missing
    restored = svc.get_form(session, CLERK, ret.application_id)
    assert restored == form
    done = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street(),
                      application_id=ret.application_id)
    assert done.application_id == ret.application_id and done.status == "accepted"


def test_a_returned_application_is_numbered_and_keeps_its_number(session) -> None:  # type: ignore[no-untyped-def]
    """The notice carries the day's next number (issue 14): found by it, and accepted under it later."""
    first = svc.accept(session, CLERK, self_form(make_id(BIRTH, seq=5), "李梅", birth=BIRTH), settings=street())
    form = self_form(ID, birth=BIRTH, documents={"insured_id_card": "verified", "household_book": "missing"})
    ret = svc.return_with_notice(session, CLERK, form, settings=street())
    assert (first.number, ret.number) == ("S001-20261127-0001", "S001-20261127-0002")
    row = session.get(Application, ret.application_id)
    assert row is not None and row.number == ret.number and row.status == "returned"
    assert [r.status for r in svc.search(session, CLERK, ret.number)] == ["returned"]
    later = svc.accept(session, CLERK, self_form(make_id(BIRTH, seq=6), "王五", birth=BIRTH), settings=street())
    done = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street(),
                      application_id=ret.application_id)
    assert (later.number, done.number) == ("S001-20261127-0003", "S001-20261127-0002")


def test_drafts_saved_and_listed(session) -> None:  # type: ignore[no-untyped-def]
    form = self_form(ID, birth=BIRTH)
    draft_id = svc.save_draft(session, CLERK, replace(form, phone="1"), settings=street())
    svc.save_draft(session, CLERK, form, settings=street(), application_id=draft_id)
    session.commit()
    drafts = svc.latest_drafts(session)
    assert [d.id for d in drafts] == [draft_id]
    assert svc.get_form(session, CLERK, draft_id).phone == form.phone


def test_search_by_id_name_number_and_slip(session) -> None:  # type: ignore[no-untyped-def]
    res = svc.accept(session, CLERK, self_form(ID, "张三", birth=BIRTH), settings=street())
    other = make_id(BIRTH, seq=9)
    svc.accept(session, CLERK, self_form(other, "张_三%", birth=BIRTH), settings=street())
    by_id = svc.search(session, CLERK, " " + ID.lower() + " ")
    assert [r.number for r in by_id] == [res.number]
    assert by_id[0].masked_id == ID[:6] + "********" + ID[-4:]
    assert {r.insured_name for r in svc.search(session, CLERK, "张")} == {"张三", "张_三%"}
    assert [r.insured_name for r in svc.search(session, CLERK, "_")] == ["张_三%"]
    assert [r.insured_name for r in svc.search(session, CLERK, "%")] == ["张_三%"]
    assert svc.search(session, CLERK, "' or 1=1 --") == []
    assert [r.number for r in svc.search(session, CLERK, res.number)] == [res.number]
    assert res.slip is not None
    assert [r.number for r in svc.search(session, CLERK, encode_slip(res.number, res.slip.pickup_code))] == [res.number]
    assert session.exec(select(AuditEvent).where(AuditEvent.action == "search")).all() == []  # typing: none
    svc.search(session, CLERK, ID, record=True)  # a submitted search: one entry, the ID number masked
    audit = session.exec(select(AuditEvent).where(AuditEvent.action == "search")).all()
    assert len(audit) == 1 and audit[0].target == "id_number" and audit[0].details["found"] == 1
    assert ID not in repr(audit[0].details) and ID[:6] + "********" + ID[-4:] in repr(audit[0].details)


def test_ready_and_handover_to_insured_and_agent(session) -> None:  # type: ignore[no-untyped-def]
    a = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street())
    b_id = make_id(BIRTH, seq=11)
    b = svc.accept(session, CLERK, self_form(b_id, "李梅", birth=BIRTH), settings=street())
    with pytest.raises(PermissionDenied):
        svc.mark_ready(session, CLERK, [a.application_id], settings=street())
    assert svc.mark_ready(session, SUP, [a.application_id, b.application_id], settings=street()) == 2
    until = date(2040, 6, 1)
    with pytest.raises(RuleError) as exc:
        svc.hand_over(session, CLERK, a.application_id, svc.Collector("insured", b_id, valid_to=until),
                      settings=street())
    assert exc.value.code == "handover.id_mismatch"
    with pytest.raises(RuleError) as exc:   # the collector's card validity is required (issue 11)
        svc.hand_over(session, CLERK, a.application_id, svc.Collector("insured", ID), settings=street())
    assert exc.value.code == "handover.validity_required"
    with pytest.raises(RuleError) as exc:
        svc.hand_over(session, CLERK, a.application_id, svc.Collector("insured", ID, valid_to=date(2026, 11, 1)),
                      settings=street())
    assert exc.value.code == "handover.id_expired"
    svc.hand_over(session, CLERK, a.application_id, svc.Collector("insured", ID, valid_to=until), settings=street())
    agent_id = make_id(date(1985, 1, 2), seq=21)
    minor = make_id(date(2015, 1, 2), seq=22)
    with pytest.raises(RuleError) as exc:
        svc.hand_over(session, CLERK, b.application_id,
                      svc.Collector("agent", minor, "小李", "", slip_checked=False, valid_to=until), settings=street())
    assert {p.code for p in exc.value.problems} == {"handover.agent_minor", "handover.relation_required",
                                                    "handover.slip_required", "handover.insured_id_required"}
    with pytest.raises(RuleError) as exc:   # the relation is one of the list, not free text
        svc.hand_over(session, CLERK, b.application_id, svc.Collector(
            "agent", agent_id, "王五", "朋友", slip_checked=True, valid_to=until, insured_id_number=b_id),
            settings=street())
    assert [(p.code, p.field) for p in exc.value.problems] == [("applicant.relation_unknown", "collector.relation")]
    # issue 11: a friend holding only the slip is refused: not the agent recorded at acceptance
    friend = svc.Collector("agent", agent_id, "王五", "other", slip_checked=True, valid_to=until)
    with pytest.raises(RuleError) as exc:
        svc.hand_over(session, CLERK, b.application_id, friend, settings=street())
    assert [p.code for p in exc.value.problems] == ["handover.insured_id_required"]
    assert exc.value.problems[0].field == "collector.insured_id_number"
    svc.hand_over(session, CLERK, b.application_id, replace(friend, insured_id_number=b_id.lower()),
                  settings=street())
    d = svc.get_detail(session, CLERK, b.application_id)
    assert (d.row.status, d.collector_type, d.collector_name) == ("collected", "other", "王五")
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "application.hand_over",
                                                  AuditEvent.target == b.number)).one()
    assert event is not None and event.details["insured_id_seen"] is True


def test_the_agent_recorded_at_acceptance_collects_with_the_slip(session) -> None:  # type: ignore[no-untyped-def]
    agent = make_id(date(1978, 3, 3), seq=31)
    res = svc.accept(session, CLERK, proxy_form(ID, agent, birth=BIRTH, agent_birth=date(1978, 3, 3)),
                     settings=street())
    svc.mark_ready(session, SUP, [res.application_id], settings=street())
    svc.hand_over(session, CLERK, res.application_id,
                  svc.Collector("agent", agent, "李四", "spouse", slip_checked=True, long_term=True),
                  settings=street())
    d = svc.get_detail(session, CLERK, res.application_id)
    assert (d.row.status, d.collector_type) == ("collected", "agent")


def test_proxy_with_both_certificates(session) -> None:  # type: ignore[no-untyped-def]
    agent = make_id(date(1978, 3, 3), seq=31)
    res = svc.accept(session, CLERK, proxy_form(ID, agent, birth=BIRTH, agent_birth=date(1978, 3, 3)),
                     settings=street())
    d = svc.get_detail(session, CLERK, res.application_id)
    assert d.row.applicant_type == "proxy" and d.row.agent_name == "李四"
    assert d.agent_id_masked == agent[:6] + "********" + agent[-4:] and d.agent_relation == "spouse"
    assert d.agent_phone_masked == "139****0000" and d.authorization_letter


def test_cancel_needs_supervisor_and_reason(session) -> None:  # type: ignore[no-untyped-def]
    a = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street())
    session.commit()
    with pytest.raises(PermissionDenied):
        svc.cancel(session, CLERK, a.application_id, "录入错误", settings=street())
    with pytest.raises(RuleError) as exc:
        svc.cancel(session, SUP, a.application_id, "  ", settings=street())
    assert exc.value.code == "workflow.reason_required"
    svc.cancel(session, SUP, a.application_id, "录入错误", settings=street())
    assert svc.get_detail(session, SUP, a.application_id).cancel_reason == "录入错误"


def test_late_and_uncollected_lists(session) -> None:  # type: ignore[no-untyped-def]
    clock.set_clock(lambda: datetime(2026, 10, 12, 10, 0))
    late = svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street())
    ready = svc.accept(session, CLERK, self_form(make_id(BIRTH, seq=41), "钱七", birth=BIRTH), settings=street())
    svc.mark_ready(session, SUP, [ready.application_id], settings=street())
    today = date(2026, 11, 27)
    assert [r.number for r in svc.late_cards(session, point_code="S001", today=today)] == [late.number]
    assert [r.number for r in svc.uncollected_cards(session, point_code="S001", today=today, days=30)] == [
        ready.number]
    assert svc.uncollected_cards(session, point_code="S001", today=today, days=60) == []
    assert [r.number for r in svc.awaiting_cards(session, point_code="S001")] == [late.number]


def test_day_list_pages(session) -> None:  # type: ignore[no-untyped-def]
    numbers = [svc.accept(session, CLERK, self_form(make_id(BIRTH, seq=50 + i), f"人{i}", birth=BIRTH),
                          settings=street()).number for i in range(7)]
    day = date(2026, 11, 27)
    assert svc.count_day(session, point_code="S001", day=day) == 7
    page1 = svc.list_day(session, point_code="S001", day=day, limit=4)
    page2 = svc.list_day(session, point_code="S001", day=day, after=page1[-1], limit=4)
    assert len(page1) == 4 and len(page2) == 3
    assert sorted(r.number for r in page1 + page2) == sorted(numbers)
    # newest first (the clock is fixed here, so the id decides between equal times), as the database orders them
    rows = session.exec(select(Application.created_at, Application.id).where(Application.point_code == "S001")).all()
    assert [r.id for r in page1 + page2] == [i for _c, i in sorted(rows, reverse=True)]
    assert svc.list_day(session, point_code="S001", day=day, after=page2[-1], limit=4) == []


def test_closed_day_refuses_new_work(session) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.services.closing import close_day

    svc.accept(session, CLERK, self_form(ID, birth=BIRTH), settings=street())
    close_day(session, SUP, "S001", date(2026, 11, 27))
    session.commit()
    other = make_id(BIRTH, seq=61)
    with pytest.raises(RuleError) as exc:
        svc.accept(session, CLERK, self_form(other, "孙八", birth=BIRTH), settings=street())
    assert exc.value.code == "day.closed"
    with pytest.raises(RuleError):
        svc.return_with_notice(session, CLERK, self_form(other, "孙八", birth=BIRTH), settings=street())
