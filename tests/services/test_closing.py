"""Closing the day and corrections afterwards."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from sqlmodel import Session, select

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import audit, clock, closing
from clerk_desk.store.models import Application, AuditEvent, Correction, DayClosure

SUP = Actor("sup1", Role.SUPERVISOR)
DAY = date(2025, 3, 3)
ID_A = "11010519491231002X"
ID_B = "110105194912310038"  # another valid number


def make_app(session: Session, *, day: date = DAY, status: str = "accepted", number: str = "A-20250303-0001",
             id_number: str = ID_A, **extra) -> Application:  # type: ignore[no-untyped-def]
    now = datetime.combine(day, datetime.min.time()).astimezone()
    app = Application(number=number, point_code="P1", station="TEST-01", kind="new_enrollment", scheme="resident",
                      status=status, insured_id_number=id_number, insured_name="张三", business_date=day,
                      created_at=now, updated_at=now, created_by="clerk1", accepted_by="clerk1", **extra)
    session.add(app)
    session.commit()
    return app


@pytest.fixture(autouse=True)
def _today() -> None:
    clock.set_clock(lambda: datetime(2025, 3, 3, 17, 30).astimezone())


def test_valid_id_fixture() -> None:
    from clerk_desk.domain.idnumber import check_id_number

    assert check_id_number(ID_A, DAY).valid and check_id_number(ID_B, DAY).valid


def test_close_day_by_supervisor(db_session) -> None:  # type: ignore[no-untyped-def]
    make_app(db_session)
    assert not closing.is_closed(db_session, "P1", DAY)
    closing.assert_day_open(db_session, "P1", DAY)
    row = closing.close_day(db_session, SUP, "P1", DAY)
    db_session.commit()
    assert row.closed_by == "sup1"
    assert closing.is_closed(db_session, "P1", DAY)
    assert not closing.is_closed(db_session, "P2", DAY)
    assert not closing.is_closed(db_session, "P1", date(2025, 3, 2))
    assert not closing.is_closed(db_session, "P1", None)
    ev = db_session.exec(select(AuditEvent).where(AuditEvent.action == "day.close")).one()
    assert ev.details["counts"] == {"accepted": 1}
    assert closing.closure(db_session, "P1", DAY) is not None
    assert [c.business_date for c in closing.closed_days(db_session, "P1", date(2025, 3, 1), DAY)] == [DAY]


def test_closed_day_refuses_plain_changes(db_session) -> None:  # type: ignore[no-untyped-def]
    closing.close_day(db_session, SUP, "P1", DAY)
    with pytest.raises(RuleError) as info:
        closing.assert_day_open(db_session, "P1", DAY)
    assert info.value.code == "day.closed"
    assert "2025-03-03" in info.value.message("zh") and "correction" in info.value.message("en")


def test_close_twice_or_in_the_future_is_refused(db_session) -> None:  # type: ignore[no-untyped-def]
    closing.close_day(db_session, SUP, "P1", DAY)
    db_session.commit()
    with pytest.raises(RuleError) as info:
        closing.close_day(db_session, SUP, "P1", DAY)
    assert info.value.code == "day.already_closed" and "sup1" in info.value.message()
    with pytest.raises(RuleError) as info:
        closing.close_day(db_session, SUP, "P1", date(2025, 3, 4))
    assert info.value.code == "day.future"
    assert len(db_session.exec(select(DayClosure)).all()) == 1


def test_correction_records_before_after_masked(db_session) -> None:  # type: ignore[no-untyped-def]
    app = make_app(db_session, agent_id_number=ID_A, agent_phone="13812345678", agent_name="李四")
    closing.close_day(db_session, SUP, "P1", DAY)
    row = closing.correct_application(db_session, SUP, app.id,
                                      {"insured_id_number": " 110105 19491231 003８ ", "insured_name": "张三丰",
                                       "agent_phone": "13912345678", "scheme": "resident"},
                                      reason="身份证号录入错误")
    db_session.commit()
    fresh = db_session.get(Application, app.id)
    assert fresh.insured_id_number == ID_B and fresh.insured_name == "张三丰"
    stored = db_session.exec(select(Correction)).one()
    assert stored.id == row.id and stored.actor == "sup1" and stored.reason == "身份证号录入错误"
    assert stored.before == {"insured_id_number": "110105********002X", "insured_name": "张三",
                             "agent_phone": "138****5678"}
    assert stored.after == {"insured_id_number": "110105********0038", "insured_name": "张三丰",
                            "agent_phone": "139****5678"}
    ev = db_session.exec(select(AuditEvent).where(AuditEvent.action == "application.correct")).one()
    blob = repr(ev.details) + ev.target + repr(stored.before) + repr(stored.after)
    assert ID_A not in blob and ID_B not in blob and "13812345678" not in blob
    assert ev.details["closed_day"] is True and ev.target == "A-20250303-0001"
    assert audit.verify_chain(db_session) is None
    assert [c.id for c in closing.corrections_of(db_session, app.id)] == [row.id]


@pytest.mark.parametrize(("changes", "reason", "code"), [
    ({"insured_name": "王五"}, "  ", "correction.reason_required"),
    ({"status": "collected"}, "x", "correction.field_not_allowed"),
    ({"number": "A-1"}, "x", "correction.field_not_allowed"),
    ({"insured_name": "张三"}, "x", "correction.no_change"),
    ({"insured_id_number": "110105194912310037"}, "x", "correction.bad_id"),
    ({"agent_relation": "朋友"}, "x", "applicant.relation_unknown"),        # not a relation the rules know
    ({"collector_relation": "配偶"}, "x", "applicant.relation_unknown"),    # the label, not the code
])
def test_correction_refusals(db_session, changes, reason, code) -> None:  # type: ignore[no-untyped-def]
    app = make_app(db_session)
    with pytest.raises(RuleError) as info:
        closing.correct_application(db_session, SUP, app.id, changes, reason)
    assert info.value.code == code
    if code == "correction.bad_id":  # the ID check's own message, in the language of the refusal
        assert "不是有效的身份证号码：身份证号码校验位错误" in info.value.message("zh")
        assert "is not a valid ID number: ID number check character is wrong" in info.value.message("en")
    db_session.rollback()
    assert db_session.exec(select(Correction)).all() == []


def test_a_relation_is_corrected_to_one_the_rules_know(db_session) -> None:  # type: ignore[no-untyped-def]
    app = make_app(db_session, agent_name="李四", agent_relation="朋友")   # an older record's free text
    closing.correct_application(db_session, SUP, app.id, {"agent_relation": " other "}, "关系按列表登记")
    db_session.commit()
    assert db_session.get(Application, app.id).agent_relation == "other"


def test_correction_of_missing_application(db_session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError) as info:
        closing.correct_application(db_session, SUP, uuid.uuid4(), {"insured_name": "x"}, "why")
    assert info.value.code == "correction.not_found"
