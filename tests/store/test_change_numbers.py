"""Every committed change of a synchronised record carries its transaction's change number.

The truth here is the database's own rows and counter: one number per committed transaction,
numbers in commit order, every row the transaction wrote stamped with it (also the audit entry
written without the ORM), nothing of a rolled-back savepoint kept, no row left unstamped.
"""

from __future__ import annotations

from datetime import date, datetime

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


ACCEPTANCE_ROWS = {  # table: the column naming the acceptance's application (or the row itself)
    "application": "id", "document_check": "application_id", "pickup_slip": "application_id"}


def test_an_acceptance_stamps_every_row_it_writes_with_one_number(engine) -> None:  # type: ignore[no-untyped-def]
    """Accept writes its rows without ORM objects: each still carries the transaction's number, a person
    seen again is stamped anew, and the counter moves by one a transaction."""
    from clerk_desk.config import Settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.services.calendar import ensure_published_years
    from tests.helpers.people import make_id, self_form

    settings = Settings()
    settings.service_point.code, settings.service_point.kind = "S001", "street"
    clerk = Actor("wang", Role.CLERK, "王芳")
    number = make_id(date(1960, 5, 1), seq=11)
    clock.set_clock(lambda: datetime(2026, 11, 27, 10))
    try:
        with Session(engine) as s:
            ensure_published_years(s)
            s.commit()
        for attempt in (1, 2):  # the second: the same person, their first application cancelled
            with Session(engine) as s:
                before = _counter(s)
                result = svc.accept(s, clerk, self_form(number, "张三", birth=date(1960, 5, 1)), settings=settings)
                s.commit()
                assert _counter(s) == before + 1
                for table, column in ACCEPTANCE_ROWS.items():
                    stamps = s.connection().execute(text(f"SELECT change_seq FROM {table} WHERE {column} = :a"),
                                                    {"a": result.application_id.hex if engine.dialect.name == "sqlite"
                                                     else result.application_id}).scalars().all()
                    assert stamps and set(stamps) == {before + 1}, table
                assert s.connection().execute(text("SELECT change_seq FROM audit_event WHERE target = :n"),
                                              {"n": result.number}).scalar_one() == before + 1
                assert s.connection().execute(text("SELECT change_seq, name FROM person")).one() == (before + 1, "张三")
                if attempt == 1:
                    s.connection().execute(text("UPDATE application SET status = 'cancelled'"))
                    s.commit()
    finally:
        clock.set_clock(None)
