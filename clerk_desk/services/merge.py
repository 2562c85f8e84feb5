"""Merging records from another database: checked, then upserted in batches, in one transaction.

Every synchronised record has a UUID and the code of the station that made it, so records
made offline merge without collisions; merging is an upsert, so replaying is harmless.
Append-only records (document checks, slips, print log, audit entries, closures,
corrections) are inserted when missing; records that change (persons, applications,
imported calendar years) keep the newer version by ``updated_at`` (calendar years by
``imported_at``).  A person is one row per ID number: a person made under another UUID
elsewhere is folded into the one held here and its applications point to it.

Records are checked (known table and columns, types, parents present) before they are
written, so a forged or damaged batch is refused whole: a list (a push or a pull) is checked
whole before the first write; a stream (a bundle, read in bounded memory) is checked and
written a batch at a time, and a refusal part-way raises inside the caller's one
transaction, which then rolls back the batches before it.  The writes are batched
(:mod:`clerk_desk.services.upsert`): ``INSERT … ON CONFLICT DO NOTHING`` with executemany,
or ``COPY`` into a staging table on PostgreSQL, instead of a statement or three a record.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from pydantic import BaseModel, ValidationError, create_model
from sqlalchemy import String, TypeDecorator, select, type_coerce
from sqlmodel import Session, SQLModel, col

from clerk_desk.domain.problems import RuleError, define, error
from clerk_desk.services import audit, upsert
from clerk_desk.services.upsert import APPEND_ONLY, MergeCounts
from clerk_desk.store import changes
from clerk_desk.store.models import (
    Application,
    AuditEvent,
    CalendarYear,
    Correction,
    DayClosure,
    DocumentCheck,
    Person,
    PickupSlip,
    PrintLog,
    ServicePoint,
)

__all__ = ["APPEND_ONLY", "BY_NAME", "ORDER", "MergeCounts", "collect", "merge", "validate"]

# In dependency order (parents before children).
ORDER: tuple[type[SQLModel], ...] = (ServicePoint, Person, Application, DocumentCheck, PickupSlip, PrintLog,
                                     AuditEvent, DayClosure, Correction, CalendarYear)
BY_NAME: dict[str, type[SQLModel]] = {m.__tablename__: m for m in ORDER}  # type: ignore[misc]
LOCAL_ONLY = frozenset({"change_seq"})  # where a record stands in its own database's sequence
# child table -> (column, parent model)
PARENTS: dict[str, tuple[str, type[SQLModel]]] = {
    "application": ("person_id", Person), "document_check": ("application_id", Application),
    "pickup_slip": ("application_id", Application), "print_log": ("application_id", Application),
    "correction": ("application_id", Application),
}
BATCH = 2000  # records of a stream checked and written at a time (an application with its form: ~17 kB)
Record = tuple[str, dict[str, Any]]
Row = dict[str, Any]

define("sync.bad_record", zh="第 {index} 条记录（{table}）无效：{reason}；未导入任何数据",
       en="Record {index} ({table}) is invalid: {reason}; nothing was imported")


def to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.astimezone()
        return value.astimezone(UTC).isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _text_time(value: str | None) -> str | None:
    """A time as SQLite holds it (``2026-11-27 02:00:00.000000``, UTC) straight to the record's ISO form."""
    if value is None:
        return None
    if len(value) == 26 and value[10] == " " and value[19] == ".":
        return value[:10] + "T" + value[11:19] + ("" if value.endswith("000000") else value[19:]) + "+00:00"
    return datetime.fromisoformat(value).replace(tzinfo=UTC).isoformat()


def _text_uuid(value: str | None) -> str | None:
    """A UUID as SQLite holds it (32 hex digits) straight to its hyphenated form."""
    if value is None or len(value) != 32:
        return value
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _reader(column: Any, raw_text: bool) -> tuple[Any, Callable[[Any], Any] | None]:
    """What to select for a column and how its value is written into a record (None: as it is).

    ``raw_text`` (SQLite): times, dates and UUIDs are read as the text stored and rewritten as
    text, not parsed into objects and formatted again (a bundle's export reads every row)."""
    kind_of = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    try:
        kind = kind_of.python_type
    except NotImplementedError:
        return column, None
    if kind not in (datetime, date, uuid.UUID):
        return column, None
    if raw_text:
        return type_coerce(column, String), {datetime: _text_time, date: None, uuid.UUID: _text_uuid}[kind]
    return column, lambda v: None if v is None else to_json(v)


def collect(session: Session, *, after: int | None = None) -> Iterator[Record]:
    """The records to send: everything, or what changed after change number ``after`` (rows read
    in batches straight from the tables, not as ORM objects)."""
    raw_text = session.get_bind().dialect.name == "sqlite"
    for model in ORDER:
        table = model.__table__  # type: ignore[attr-defined]
        cols = [c for c in table.c if c.key not in LOCAL_ONLY]
        readers = [_reader(c, raw_text) for c in cols]
        stmt = select(*(r[0] for r in readers))
        if model is CalendarYear:
            stmt = stmt.where(table.c.origin == "import")
        if after is not None:
            stmt = stmt.where(table.c.change_seq > after)
        names = [c.key for c in cols]
        convert = [(i, f) for i, (_, f) in enumerate(readers) if f is not None]
        name = str(table.name)
        for row in session.execute(stmt.execution_options(yield_per=2000)):
            values = list(row)
            for i, f in convert:
                values[i] = f(values[i])
            yield name, dict(zip(names, values, strict=True))


@cache
def columns(model: type[SQLModel]) -> frozenset[str]:
    return frozenset(c.key for c in model.__table__.c)  # type: ignore[attr-defined]


@cache
def _checker(model: type[SQLModel]) -> type[BaseModel]:
    """A plain pydantic model with the table's fields (types, lengths): checks a record ~15× faster
    than building the ORM object."""
    fields: dict[str, Any] = {k: (f.annotation, f) for k, f in model.model_fields.items() if k not in LOCAL_ONLY}
    return create_model(model.__name__, **fields)


def _bad(index: int, table: str, reason: str) -> RuleError:
    return RuleError(error("sync.bad_record", "bundle", index=index, table=table, reason=reason))


def _check(index: int, item: Any) -> tuple[type[SQLModel], Row]:
    if not (isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[1], dict)):
        raise _bad(index, "?", "not a record")
    table, data = item
    model = BY_NAME.get(table) if isinstance(table, str) else None
    if model is None:
        raise _bad(index, str(table)[:40], "unknown table")
    unknown = sorted(set(data) - columns(model) - LOCAL_ONLY)
    if unknown:
        raise _bad(index, table, "unknown columns " + ", ".join(str(u)[:40] for u in unknown[:5]))
    try:
        if not LOCAL_ONLY.isdisjoint(data):
            data = {k: v for k, v in data.items() if k not in LOCAL_ONLY}
        row = dict(_checker(model).model_validate(data).__dict__)
    except (ValidationError, ValueError, TypeError) as exc:
        raise _bad(index, table, str(exc).splitlines()[0][:200]) from None
    if "id" in columns(model) and data.get("id") is None:
        raise _bad(index, table, "no id")
    return model, row


def validate(session: Session, records: Sequence[Any], *, start: int = 1,
             ids: dict[str, set[Any]] | None = None) -> list[tuple[type[SQLModel], Row]]:
    """Every record checked and converted, or a refusal naming the first bad one; nothing is written.

    ``ids`` (the keys of the records checked in earlier batches, by table) grows with these."""
    ids = {} if ids is None else ids
    built = [_check(index, item) for index, item in enumerate(records, start=start)]
    for model, row in built:
        ids.setdefault(str(model.__tablename__), set()).add(upsert.key_of(model, row))
    _check_parents(session, built, ids, start)
    return built


def _check_parents(session: Session, built: list[tuple[type[SQLModel], Row]], ids: dict[str, set[Any]],
                   start: int) -> None:
    wanted: dict[type[SQLModel], set[Any]] = {}
    for model, row in built:
        link = PARENTS.get(str(model.__tablename__))
        if link is None:
            continue
        parent_id = row.get(link[0])
        if parent_id is not None and parent_id not in ids.get(str(link[1].__tablename__), set()):
            wanted.setdefault(link[1], set()).add(parent_id)
    for parent, keys in wanted.items():
        items = list(keys)
        found: set[Any] = set()
        for at in range(0, len(items), 500):
            chunk = items[at:at + 500]
            found.update(session.exec(select(parent.id).where(col(parent.id).in_(chunk))))  # type: ignore[attr-defined,call-overload]
        absent = keys - found
        if absent:
            index = next(i for i, (m, r) in enumerate(built, start)
                         if (link := PARENTS.get(str(m.__tablename__))) and r.get(link[0]) in absent)
            raise _bad(index, str(built[index - start][0].__tablename__),
                       f"its {parent.__tablename__} {sorted(map(str, absent))[0]} is neither in the batch nor here")


def _batches(records: Iterable[Any]) -> Iterator[list[Any]]:
    if isinstance(records, Sequence):
        yield list(records)  # a push or a pull: checked whole before the first write
        return
    batch: list[Any] = []
    for item in records:
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def merge(session: Session, records: Iterable[Any]) -> MergeCounts:
    """Check the records, then upsert them into the session's database, in the caller's transaction."""
    session.flush()
    state = upsert.MergeState()
    ids: dict[str, set[Any]] = {}
    start = 1
    number: int | None = None
    for batch in _batches(records):
        built = validate(session, batch, start=start, ids=ids)
        start += len(batch)
        if number is None:
            number = changes.take(session)  # the change counter is locked from here to the commit
        by_table: dict[type[SQLModel], list[Row]] = {}
        for model, row in built:
            by_table.setdefault(model, []).append(row)
        for model in ORDER:
            if model in by_table:
                upsert.write(session, model, by_table[model], number, state)
    for station in sorted(state.stations_seen):
        upsert.advance_head(session, station)
    counts = state.counts
    if counts.conflicts:
        audit.record(session, actor="system", action="sync.conflict", target=str(len(counts.conflicts)),
                     details={"records": counts.conflicts[:50]})
    session.flush()
    session.expire_all()  # rows written past the ORM: what the session holds is read again
    return counts
