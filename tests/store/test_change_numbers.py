"""Every committed change of a synchronised record carries its transaction's change number.

The truth here is the database's own rows and counter: one number per committed transaction,
numbers in commit order, every row the transaction wrote stamped with it (also the audit entry
written without the ORM), nothing of a rolled-back savepoint kept, no row left unstamped.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from clerk_desk.services import audit, clock
from clerk_desk.store.models import Person


def _person(number: str) -> Person:
    now = clock.now()
    return Person(id_number=number, name="张三", station="T", created_at=now, updated_at=now)


def _stamps(s: Session) -> dict[str, set[int | None]]:
    rows = s.connection().execute(text(
        "SELECT 'person', change_seq FROM person UNION ALL SELECT 'audit_event', change_seq FROM audit_event")).all()
    out: dict[str, set[int | None]] = {}
    for table, seq in rows:
        out.setdefault(table, set()).add(seq)
    return out


def _counter(s: Session) -> int:
    return int(s.connection().execute(text("SELECT value FROM number_sequence WHERE key = 'changes'")).scalar() or 0)


def test_each_transaction_one_number_in_commit_order(engine) -> None:  # type: ignore[no-untyped-def]
    clock.set_clock(lambda: datetime(2026, 11, 27, 10))
    try:
        with Session(engine) as s:
            before = _counter(s)
            s.add(_person("110105194912310021"))
            audit.record(s, actor="wang", action="print", target="x", station="T")
            s.commit()
            first = _counter(s)
            assert first == before + 1
            assert _stamps(s) == {"person": {first}, "audit_event": {first}}
        with Session(engine) as s:
            person = s.exec(select(Person)).one()
            person.name = "张三丰"
            s.add(person)
            s.commit()
            second = _counter(s)
            assert second == first + 1
            assert _stamps(s)["person"] == {second}
    finally:
        clock.set_clock(None)


def test_a_savepoint_rolled_back_gives_its_number_back(engine) -> None:  # type: ignore[no-untyped-def]
    """A number taken inside a savepoint that is rolled back (a refused duplicate) is not kept: the
    rows committed after it carry a number the counter really holds."""
    clock.set_clock(lambda: datetime(2026, 11, 27, 10))
    try:
        with Session(engine) as s:
            s.add(_person("110105194912310021"))
            s.commit()
            held = _counter(s)
        with Session(engine) as s:
            try:
                with s.begin_nested():
                    s.add(_person("110105194912310021"))  # the same ID number: refused by the unique index
                    s.flush()
            except IntegrityError:
                pass
            s.add(_person("11010519491231003X"))
            s.commit()
            now = _counter(s)
            assert now == held + 1
            assert _stamps(s)["person"] == {held, now}
            assert None not in _stamps(s)["person"]
    finally:
        clock.set_clock(None)
