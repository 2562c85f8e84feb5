"""Reveal of full ID numbers (audited) and the retention purge."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from sqlmodel import Session, select

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import audit, privacy
from clerk_desk.store.models import Application, AuditEvent, Person

CLERK = Actor("clerk1", Role.CLERK)
ADMIN = Actor("admin1", Role.ADMIN)
ID_A = "11010519491231002X"
ID_AGENT = "110105194912310038"


def _person(session: Session, number: str = ID_A) -> Person:
    now = datetime(2010, 1, 1, 9).astimezone()
    p = Person(id_number=number, name="张三", phone="13812345678", address="北京市朝阳区某街道8号3单元",
               hukou_address="北京市朝阳区某街道8号", hukou_household_no="000123", station="TEST-01",
               created_at=now, updated_at=now)
    session.add(p)
    session.commit()
    return p


def _app(session: Session, *, day: date, status: str, person: Person | None = None, number: str = "",
         **extra) -> Application:  # type: ignore[no-untyped-def]
    now = datetime.combine(day, datetime.min.time()).astimezone()
    app = Application(number=number or f"A-{uuid.uuid4().hex[:8]}", point_code="P1", station="TEST-01",
                      kind=extra.pop("kind", "new_enrollment"), status=status, insured_id_number=ID_A, insured_name="张三",
                      person_id=person.id if person else None, business_date=day, created_at=now, updated_at=now,
                      form={"insured": {"id_number": ID_A}}, **extra)
    session.add(app)
    session.commit()
    return app


def test_reveal_returns_full_number_and_is_audited(db_session) -> None:  # type: ignore[no-untyped-def]
    app = _app(db_session, day=date(2025, 3, 3), status="accepted", number="A-1", agent_id_number=ID_AGENT)
    assert privacy.reveal_id(db_session, CLERK, app.id) == ID_A
    assert privacy.reveal_id(db_session, CLERK, str(app.id), who="agent", reason="核对") == ID_AGENT
    db_session.commit()
    events = db_session.exec(select(AuditEvent).where(AuditEvent.action == "id.reveal")).all()
    assert [(e.actor, e.target, e.details["who"]) for e in events] == [("clerk1", "A-1", "insured"),
                                                                       ("clerk1", "A-1", "agent")]
    blob = "".join(repr(e.details) + e.target for e in events)
    assert ID_A not in blob and ID_AGENT not in blob and "110105********002X" in blob
    assert audit.verify_chain(db_session) is None


def test_reveal_of_a_person(db_session) -> None:  # type: ignore[no-untyped-def]
    person = _person(db_session)
    assert privacy.reveal_id(db_session, CLERK, person.id) == ID_A
    ev = db_session.exec(select(AuditEvent).where(AuditEvent.action == "id.reveal")).one()
    assert ev.details["kind"] == "person"


def test_reveal_refusals(db_session) -> None:  # type: ignore[no-untyped-def]
    app = _app(db_session, day=date(2025, 3, 3), status="accepted")
    with pytest.raises(RuleError) as info:
        privacy.reveal_id(db_session, CLERK, app.id, who="collector")
    assert info.value.code == "privacy.no_number"
    assert info.value.message("zh") == "该记录没有领卡人身份证号码"
    assert info.value.message("en") == "The record has no collector's ID number"
    for bad in (uuid.uuid4(), "' or 1=1 --"):
        with pytest.raises(RuleError) as info:
            privacy.reveal_id(db_session, CLERK, bad)
        assert info.value.code == "privacy.not_found"
    assert db_session.exec(select(AuditEvent).where(AuditEvent.action == "id.reveal")).all() == []


def test_record_view_is_audited(db_session) -> None:  # type: ignore[no-untyped-def]
    app = _app(db_session, day=date(2025, 3, 3), status="accepted", number="A-9")
    assert privacy.record_view(db_session, CLERK, app.id).id == app.id
    ev = db_session.exec(select(AuditEvent).where(AuditEvent.action == "record.view")).one()
    assert ev.target == "A-9"


def test_retention_purge(db_session) -> None:  # type: ignore[no-untyped-def]
    today = date(2025, 6, 1)
    old_person, kept_person = _person(db_session), _person(db_session, ID_AGENT)
    old = _app(db_session, day=date(2015, 5, 31), status="collected", person=old_person, agent_phone="13912345678",
               agent_id_number=ID_AGENT)
    boundary = _app(db_session, day=date(2015, 6, 1), status="collected")
    still_open = _app(db_session, day=date(2014, 1, 1), status="accepted")
    _app(db_session, day=date(2014, 1, 1), status="cancelled", person=kept_person)
    _app(db_session, day=date(2024, 1, 1), status="accepted", person=kept_person,  # keeps the person
         kind="card_replacement")  # one open application per person and business
    result = privacy.retention_purge(db_session, ADMIN, today)
    db_session.commit()
    assert result == privacy.PurgeResult(date(2015, 6, 1), 2, 1)
    o = db_session.get(Application, old.id)
    assert o.insured_id_number == "110105********002X" and o.agent_id_number == "110105********0038"
    assert o.agent_phone == "139****5678" and o.form == {"purged": True}
    assert o.insured_name == "张三"  # the masked record stays for statistics
    assert db_session.get(Application, boundary.id).insured_id_number == ID_A
    assert db_session.get(Application, still_open.id).insured_id_number == ID_A
    p = db_session.get(Person, old_person.id)
    assert p.id_number == "110105********002X" and p.phone == "138****5678" and "8号" not in p.address
    assert p.hukou_household_no == ""
    assert db_session.get(Person, kept_person.id).id_number == ID_AGENT
    with pytest.raises(RuleError) as info:
        privacy.reveal_id(db_session, CLERK, old.id)
    assert info.value.code == "privacy.purged"
    ev = db_session.exec(select(AuditEvent).where(AuditEvent.action == "retention.purge")).one()
    assert ev.details == {"cutoff": "2015-06-01", "years": 10, "applications": 2, "persons": 1}
    again = privacy.retention_purge(db_session, ADMIN, today)
    assert (again.applications, again.persons) == (0, 0)


def test_retention_years_setting_and_leap_day(db_session, isolated_env) -> None:  # type: ignore[no-untyped-def]
    (isolated_env / "settings.toml").write_text("[security]\nretention_years = 3\n", encoding="utf-8")
    _app(db_session, day=date(2020, 1, 1), status="returned")
    result = privacy.retention_purge(db_session, ADMIN, date(2024, 2, 29))
    assert result.cutoff == date(2021, 2, 28) and result.applications == 1
