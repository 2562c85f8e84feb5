"""Every database numbers its own changes: the change sequence synchronisation runs on.

When a transaction that inserted or changed synchronised records commits, it takes the
next number of its database's change counter (a row lock held until the commit, so
numbers become visible in order) and stamps those records' ``change_seq`` with it.  A
peer that holds everything up to N asks for ``change_seq > N``: clocks play no part.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from clerk_desk.store.models import NumberSequence, metadata

SYNCED_TABLES = ("service_point", "person", "application", "document_check", "pickup_slip", "print_log",
                 "audit_event", "calendar_year", "day_closure", "correction")
COUNTER_KEY = "changes"
_INFO = "changed_rows"
_NUMBER = "change_number"  # taken early by a bulk write (:func:`take`): the same number stamps the rest


def _key(table: str, obj: Any) -> Any:
    return obj.year if table == "calendar_year" else obj.id


def _note(session: Session, _flush_context: Any, _instances: Any) -> None:
    touched: dict[str, set[Any]] = session.info.setdefault(_INFO, {})
    for obj in list(session.new) + list(session.dirty):
        table = getattr(type(obj), "__tablename__", None)
        if table not in SYNCED_TABLES:
            continue
        if obj in session.new or session.is_modified(obj, include_collections=False):
            touched.setdefault(table, set()).add(_key(table, obj))


def current(session: Session) -> int:
    """The highest change number this database has given (0 before the first)."""
    row = session.exec(select(NumberSequence.value).where(NumberSequence.key == COUNTER_KEY)).first()
    return int(row or 0)


def next_change(session: Session) -> int:
    """Take the next change number (locks the counter until the transaction ends)."""
    stmt = select(NumberSequence).where(NumberSequence.key == COUNTER_KEY).with_for_update()
    counter = session.exec(stmt).first()
    if counter is None:
        try:
            with session.begin_nested():
                session.add(NumberSequence(key=COUNTER_KEY, value=0))
        except IntegrityError:  # another counter made it first
            pass
        counter = session.exec(stmt).one()
    counter.value += 1
    session.add(counter)
    session.flush()
    return counter.value


def take(session: Session) -> int:
    """This transaction's change number, for rows written in bulk (Core, not the ORM) with it.

    Taken once (outside any savepoint) and kept until the transaction ends, so the ORM's own
    rows of the same transaction get the same number at the commit.
    """
    number = session.info.get(_NUMBER)
    if number is None:
        number = session.info[_NUMBER] = next_change(session)
    return int(number)


def _stamp(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint released: the stamp waits for the real commit
        return
    session.flush()
    touched: dict[str, set[Any]] = session.info.pop(_INFO, {})
    if not any(touched.values()):
        return
    number = session.info.get(_NUMBER) or next_change(session)
    for table_name, keys in touched.items():
        table = metadata.tables[table_name]
        pk = table.c.year if table_name == "calendar_year" else table.c.id
        items = list(keys)
        for start in range(0, len(items), 500):
            session.execute(update(table).where(pk.in_(items[start:start + 500])).values(change_seq=number))


def _forget(session: Session, *_: Any) -> None:
    if not session.in_transaction():
        session.info.pop(_INFO, None)
        session.info.pop(_NUMBER, None)


def _ended(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the real transaction, committed or not: its number is spent
        session.info.pop(_NUMBER, None)


event.listen(Session, "before_flush", _note)
event.listen(Session, "before_commit", _stamp)
event.listen(Session, "after_rollback", _forget)
event.listen(Session, "after_transaction_end", _ended)
