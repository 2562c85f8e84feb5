"""Every database numbers its own changes: the change sequence synchronisation runs on.

When a transaction that inserted or changed synchronised records commits, it takes the
next number of its database's change counter (a row lock held until the commit, so
numbers become visible in order) and stamps those records' ``change_seq`` with it.  A
peer that holds everything up to N asks for ``change_seq > N``: clocks play no part.

On PostgreSQL the number is taken at the commit (so the counter's lock is held only then,
always last: no deadlock with the row locks a use case takes) and the records are stamped
by one ``UPDATE`` per table.  On SQLite a transaction that writes holds the file's one write
lock until it ends, so the number is taken at its first write of a synchronised record and
written with the rows themselves (no second pass at the commit): numbers still become
visible in order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, event, insert, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from clerk_desk.store.models import NumberSequence, metadata

SYNCED_TABLES = ("service_point", "person", "application", "document_check", "pickup_slip", "print_log",
                 "audit_event", "calendar_year", "day_closure", "correction")
COUNTER_KEY = "changes"
_INFO = "changed_rows"
_HELD = "change_number"  # (number, the savepoint it was taken in or None): SQLite, or a bulk write


def _key(table: str, obj: Any) -> Any:
    return obj.year if table == "calendar_year" else obj.id


def _early(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _held(session: Session) -> int:
    """This transaction's change number, taken at its first synchronised write (SQLite) or its
    first bulk write (:func:`take`)."""
    got = session.info.get(_HELD)
    if got is None:
        got = session.info[_HELD] = (next_change(session), session.get_nested_transaction())
    return int(got[0])


def _note(session: Session, _flush_context: Any, _instances: Any) -> None:
    touched: dict[str, set[Any]] = session.info.setdefault(_INFO, {})
    early = _early(session)
    for obj in list(session.new) + list(session.dirty):
        table = getattr(type(obj), "__tablename__", None)
        if table not in SYNCED_TABLES:
            continue
        if obj in session.new or session.is_modified(obj, include_collections=False):
            if early:
                obj.change_seq = _held(session)
            else:
                touched.setdefault(table, set()).add(_key(table, obj))


def stamp_for_insert(session: Session, table: str, key: Any) -> int | None:
    """A row of a synchronised table about to be inserted without the ORM (a Core insert): the
    ``change_seq`` to insert it with (SQLite), or None and it is stamped at the commit."""
    if _early(session):
        return _held(session)
    session.info.setdefault(_INFO, {}).setdefault(table, set()).add(key)
    return None


def current(session: Session) -> int:
    """The highest change number this database has given (0 before the first)."""
    row = session.exec(select(NumberSequence.value).where(NumberSequence.key == COUNTER_KEY)).first()
    return int(row or 0)


_SEQUENCES = NumberSequence.__table__  # type: ignore[attr-defined]
# Built once (run twice at every acceptance): the named sequence one on, its new value.
_BUMP = (update(_SEQUENCES).where(_SEQUENCES.c.key == bindparam("which"))
         .values(value=_SEQUENCES.c.value + 1).returning(_SEQUENCES.c.value))


def bump(session: Session, key: str) -> int:
    """Add one to the named sequence and return it, in one statement (``UPDATE … RETURNING``: the
    row stays locked until the transaction ends); a sequence not started yet starts at 1."""
    table = _SEQUENCES
    conn = session.connection()
    value = conn.execute(_BUMP, {"which": key}).scalar()
    if value is None:
        if conn.dialect.name == "sqlite":  # may run inside a flush: no savepoint (one writer anyway)
            conn.execute(sqlite_insert(table).values(key=key, value=0).on_conflict_do_nothing())
        else:
            try:
                with session.begin_nested():  # the SAVEPOINT is sent when its connection is asked for
                    session.connection().execute(insert(table).values(key=key, value=0))
            except IntegrityError:  # another counter started it first
                pass
        value = conn.execute(_BUMP, {"which": key}).scalar_one()
    return int(value)


def next_change(session: Session) -> int:
    """Take the next change number (locks the counter until the transaction ends)."""
    return bump(session, COUNTER_KEY)


def take(session: Session) -> int:
    """This transaction's change number, for rows written in bulk (Core, not the ORM) with it.

    Taken once and kept until the transaction ends (given up if the savepoint it was taken in
    rolls back), so the ORM's own rows of the same transaction get the same number: on SQLite
    as they are written, on PostgreSQL at the commit.
    """
    return _held(session)


def _stamp(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint released: the stamp waits for the real commit
        return
    session.flush()
    touched: dict[str, set[Any]] = session.info.pop(_INFO, {})
    if not any(touched.values()):
        return
    number = _held(session) if _early(session) or _HELD in session.info else next_change(session)
    for table_name, keys in touched.items():
        table = metadata.tables[table_name]
        pk = table.c.year if table_name == "calendar_year" else table.c.id
        items = list(keys)
        for start in range(0, len(items), 500):
            session.connection().execute(update(table).where(pk.in_(items[start:start + 500])).values(change_seq=number))


def _forget(session: Session, *_: Any) -> None:
    if not session.in_transaction():
        session.info.pop(_INFO, None)
        session.info.pop(_HELD, None)


def _done(session: Session) -> None:
    if not session.in_nested_transaction():
        session.info.pop(_HELD, None)


def _rolled_back(session: Session, _previous: Any) -> None:
    """Any rollback while the number was taken inside a savepoint gives it up (a failed flush inside
    the savepoint takes the savepoint with it); the next write takes a fresh one.  At worst a
    number is skipped, never one the counter does not hold."""
    got = session.info.get(_HELD)
    if got is not None and (got[1] is not None or not session.in_transaction()):
        session.info.pop(_HELD, None)


event.listen(Session, "before_flush", _note)
event.listen(Session, "before_commit", _stamp)
event.listen(Session, "after_commit", _done)
event.listen(Session, "after_rollback", _forget)
event.listen(Session, "after_soft_rollback", _rolled_back)
