"""The audit trail is append-only and tamper-evident."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import col, select

from clerk_desk.services.audit import record, verify_chain
from clerk_desk.store.models import AuditEvent


def _fill(session, n: int = 5) -> None:  # type: ignore[no-untyped-def]
    for i in range(n):
        record(session, actor="clerk1", action="application.view", target=f"A{i}", details={"i": i})
    session.commit()


def test_intact_chain_verifies(db_session) -> None:  # type: ignore[no-untyped-def]
    assert verify_chain(db_session) is None
    _fill(db_session)
    assert verify_chain(db_session) is None
    seqs = [e.seq for e in db_session.exec(select(AuditEvent).order_by(col(AuditEvent.seq)))]
    assert seqs == [1, 2, 3, 4, 5]


def test_edited_entry_is_found(db_session) -> None:  # type: ignore[no-untyped-def]
    _fill(db_session)
    db_session.exec(text("UPDATE audit_event SET actor = 'mallory' WHERE seq = 3"))
    db_session.commit()
    broken = verify_chain(db_session)
    assert broken is not None and (broken.seq, broken.reason) == (3, "edited")


def test_deleted_entry_is_found(db_session) -> None:  # type: ignore[no-untyped-def]
    _fill(db_session)
    db_session.exec(text("DELETE FROM audit_event WHERE seq = 2"))
    db_session.commit()
    broken = verify_chain(db_session)
    assert broken is not None and (broken.seq, broken.reason) == (3, "missing")


def test_deleted_newest_entry_is_found(db_session) -> None:  # type: ignore[no-untyped-def]
    _fill(db_session)
    db_session.exec(text("DELETE FROM audit_event WHERE seq = 5"))
    db_session.commit()
    broken = verify_chain(db_session)
    assert broken is not None and broken.reason == "head_mismatch"


def test_id_numbers_never_stored_raw(db_session) -> None:  # type: ignore[no-untyped-def]
    record(db_session, actor="c", action="person.change", target="11010519491231002X",
           details={"before": {"id": "11010519491231002X"}, "note": "旧证 110105491231002 作废"})
    db_session.commit()
    ev = db_session.exec(select(AuditEvent)).one()
    blob = repr(ev.details) + ev.target
    assert "11010519491231002X" not in blob and "110105491231002" not in blob
    assert ev.target == "110105********002X"
    assert verify_chain(db_session) is None


def test_long_targets_are_hashed_as_stored(db_session) -> None:  # type: ignore[no-untyped-def]
    record(db_session, actor="c" * 100, action="sync.pull", target="sqlite:///" + "x" * 200)
    db_session.commit()
    assert verify_chain(db_session) is None
