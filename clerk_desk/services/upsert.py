"""The batched writes of a merge: a table's checked rows upserted with a few statements, not a few a row.

For each table: the keys held here are read in chunks; new rows go in with ``INSERT … ON
CONFLICT DO NOTHING … RETURNING`` as one executemany (SQLite and PostgreSQL), or, on
PostgreSQL from :data:`COPY_AT_LEAST` rows, ``COPY`` into a temporary staging table and one
``INSERT … SELECT … ON CONFLICT DO NOTHING``; newer versions of records that change go in
with one executemany ``UPDATE``.  A row a unique rule refuses (two installations sharing a
station code, an application re-opened on both sides) is left out and reported as a
conflict, as before: a batch that breaks a rule is tried again a row at a time, each in a
savepoint.  Every row written carries the transaction's change number.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Table, bindparam, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from clerk_desk.domain.pinyin import name_keys
from clerk_desk.store.models import (
    Application,
    AuditEvent,
    AuditHead,
    CalendarYear,
    Correction,
    DayClosure,
    DocumentCheck,
    Person,
    PickupSlip,
    PrintLog,
    ServicePoint,
)

APPEND_ONLY: tuple[type[SQLModel], ...] = (DocumentCheck, PickupSlip, PrintLog, AuditEvent, DayClosure, Correction)
COPY_AT_LEAST = 1000  # rows of a table from which PostgreSQL gets them by COPY
_CHUNK = 500  # keys in one IN (…)
Row = dict[str, Any]


@dataclass
class MergeCounts:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # records refused by a unique rule, kept out

    def add(self, kind: str, table: str, n: int = 1) -> None:
        if n:
            target = self.inserted if kind == "inserted" else self.updated
            target[table] = target.get(table, 0) + n

    @property
    def total_inserted(self) -> int:
        return sum(self.inserted.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())


@dataclass
class MergeState:
    """What a merge carries from one batch to the next."""

    counts: MergeCounts = field(default_factory=MergeCounts)
    person_map: dict[Any, Any] = field(default_factory=dict)  # incoming person id -> the id held here
    stations_seen: set[str] = field(default_factory=set)  # stations whose audit entries came in


def key_of(model: type[SQLModel], row: Row) -> Any:
    return row["year"] if model is CalendarYear else row["id"]


def _table(model: type[SQLModel]) -> Table:
    return model.__table__  # type: ignore[attr-defined,no-any-return]


def _stamp(model: type[SQLModel]) -> str | None:
    if model in APPEND_ONLY:
        return None
    return "imported_at" if model is CalendarYear else "updated_at"


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.astimezone()


def _held(session: Session, model: type[SQLModel], keys: list[Any]) -> dict[Any, Any]:
    """The keys of ``keys`` held here, each with its version stamp (None for append-only records)."""
    table = _table(model)
    pk = table.c.year if model is CalendarYear else table.c.id
    stamp = _stamp(model)
    cols = [pk, table.c[stamp]] if stamp else [pk]
    found: dict[Any, Any] = {}
    for at in range(0, len(keys), _CHUNK):
        for row in session.execute(select(*cols).where(pk.in_(keys[at:at + _CHUNK]))):
            found[row[0]] = row[1] if stamp else None
    return found


def _dedupe(model: type[SQLModel], rows: list[Row], counts: MergeCounts) -> list[Row]:
    """One row a key (a record sent twice in one batch: the newer version)."""
    stamp = _stamp(model)
    at: dict[Any, int] = {}
    out: list[Row] = []
    for row in rows:
        key = key_of(model, row)
        if key not in at:
            at[key] = len(out)
            out.append(row)
            continue
        counts.unchanged += 1
        if stamp and _aware(row[stamp]) > _aware(out[at[key]][stamp]):
            out[at[key]] = row
    return out


def _fold_persons(session: Session, rows: list[Row], held: dict[Any, Any], state: MergeState) -> dict[Any, Any]:
    """Persons new here by UUID but held under another one for their ID number: folded into that one."""
    by_number = {r["id_number"]: r["id"] for r in rows if r["id"] not in held}
    numbers = list(by_number)
    table = _table(Person)
    target: dict[Any, Any] = {}
    for at in range(0, len(numbers), _CHUNK):
        stmt = select(table.c.id, table.c.id_number, table.c.updated_at).where(
            table.c.id_number.in_(numbers[at:at + _CHUNK]))
        for pid, number, stamp in session.execute(stmt):
            incoming = by_number[number]
            if incoming not in target:
                target[incoming] = state.person_map[incoming] = pid
                held[incoming] = stamp
    return target


def write(session: Session, model: type[SQLModel], rows: list[Row], number: int, state: MergeState) -> None:
    """Upsert one table's checked rows (parents already written)."""
    counts = state.counts
    if model is Application:
        for row in rows:
            row["person_id"] = state.person_map.get(row["person_id"], row["person_id"])
            row["name_pinyin"], row["name_initials"] = name_keys(row["insured_name"])
    rows = _dedupe(model, rows, counts)
    held = _held(session, model, [key_of(model, r) for r in rows])
    target = _fold_persons(session, rows, held, state) if model is Person else {}
    codes: set[str] = set()
    if model is ServicePoint:  # the same point set up twice: keep the first
        wanted = [r["code"] for r in rows if r["id"] not in held]
        codes = set(session.execute(select(_table(model).c.code).where(_table(model).c.code.in_(wanted))).scalars())
    new: list[Row] = []
    changed: list[tuple[Any, Row]] = []
    stamp = _stamp(model)
    for row in rows:
        key = key_of(model, row)
        if key not in held:
            if model is ServicePoint and row["code"] in codes:
                counts.unchanged += 1
            else:
                new.append(row)
        elif stamp is None or _aware(row[stamp]) <= _aware(held[key]):
            counts.unchanged += 1
        else:
            changed.append((target.get(key, key), row))
    _insert(session, model, new, number, state)
    _update(session, model, changed, number, counts)


def _guarded(session: Session, rows: list[Any], write_batch: Callable[[list[Any]], set[Any]]) -> set[Any]:
    """``write_batch(rows)`` in a savepoint; if a rule refuses it, row by row (the refused ones left out)."""
    refused = (IntegrityError, session.get_bind().dialect.loaded_dbapi.IntegrityError)
    try:
        with session.begin_nested():
            return write_batch(rows)
    except refused:
        done: set[Any] = set()
        for row in rows:
            try:
                with session.begin_nested():
                    done |= write_batch([row])
            except refused:
                continue
        return done


def _insert(session: Session, model: type[SQLModel], rows: list[Row], number: int, state: MergeState) -> None:
    if not rows:
        return
    table = _table(model)
    for row in rows:
        row["change_seq"] = number
    done = _guarded(session, rows, lambda batch: _insert_batch(session, model, batch, number))
    name = str(table.name)
    state.counts.add("inserted", name, len(done))
    for row in rows:
        key = key_of(model, row)
        if key not in done:
            state.counts.conflicts.append(f"{name}:{key}")
        elif model is AuditEvent:
            state.stations_seen.add(row["station"])


def _bound(session: Session, table: Table, rows: list[Row]) -> list[list[Any]]:
    """The rows' values as the columns' types bind them (a JSON document as its text, an aware time in
    UTC…), for the driver itself: what an INSERT through SQLAlchemy would send."""
    dialect = session.get_bind().dialect
    binds: list[tuple[int, Callable[[Any], Any]]] = []
    for i, c in enumerate(table.c):
        bind: Callable[[Any], Any] | None = json.dumps if isinstance(c.type, JSON) else c.type.bind_processor(dialect)
        if bind is not None:
            binds.append((i, bind))
    names = [c.key for c in table.c]
    out = []
    for row in rows:
        values = [row[n] for n in names]
        for i, convert in binds:
            values[i] = convert(values[i])
        out.append(values)
    return out


def _insert_batch(session: Session, model: type[SQLModel], rows: list[Row], number: int) -> set[Any]:
    """The keys of the rows inserted (a row a unique rule refuses is skipped, not an error)."""
    table = _table(model)
    pk = table.c.year if model is CalendarYear else table.c.id
    if session.get_bind().dialect.name == "postgresql":
        if len(rows) >= COPY_AT_LEAST:
            return _copy_insert(session, table, pk.key, rows)
        stmt = postgresql.insert(table).on_conflict_do_nothing().returning(pk)
        return set(session.execute(stmt, rows).scalars())
    cols = ", ".join(f'"{c.key}"' for c in table.c)
    marks = ", ".join("?" * len(table.c))
    cur = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cur.executemany(f'INSERT INTO "{table.name}" ({cols}) VALUES ({marks}) ON CONFLICT DO NOTHING',
                        _bound(session, table, rows))
        inserted = cur.rowcount
    finally:
        cur.close()
    keys = [key_of(model, r) for r in rows]
    if inserted == len(rows):
        return set(keys)
    done: set[Any] = set()  # some refused: the rows inserted are those stamped with this change number
    for at in range(0, len(keys), _CHUNK):
        done.update(session.execute(select(pk).where(pk.in_(keys[at:at + _CHUNK]), table.c.change_seq == number))
                    .scalars())
    return done


def _copy_insert(session: Session, table: Table, pk: str, rows: list[Row]) -> set[Any]:
    """PostgreSQL: COPY into a temporary staging table, then one INSERT … SELECT … ON CONFLICT DO NOTHING.

    The staging table has the table's column types (no constraints) and the values go in as the
    columns' types bind them, so the rows stored are those an INSERT of the same values stores."""
    conn = session.connection()
    stage = f"merge_stage_{table.name}"
    names = [c.key for c in table.c]
    cols = ", ".join(f'"{n}"' for n in names)
    types = ", ".join(f'"{c.key}" {c.type.compile(dialect=conn.dialect)}' for c in table.c)
    conn.exec_driver_sql(f'CREATE TEMPORARY TABLE "{stage}" ({types}) ON COMMIT DROP')
    raw: Any = conn.connection.driver_connection
    with raw.cursor() as cur, cur.copy(f'COPY "{stage}" ({cols}) FROM STDIN') as copy:
        for values in _bound(session, table, rows):
            copy.write_row(values)
    result = conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({cols}) SELECT {cols} FROM "{stage}" '
                                  f'ON CONFLICT DO NOTHING RETURNING "{pk}"')
    done = set(result.scalars())
    conn.exec_driver_sql(f'DROP TABLE "{stage}"')
    return done


def _update(session: Session, model: type[SQLModel], changed: list[tuple[Any, Row]], number: int,
            counts: MergeCounts) -> None:
    """The newer versions, over the rows held here (a person keeps its own UUID, creation and station)."""
    if not changed:
        return
    table = _table(model)
    pk = table.c.year if model is CalendarYear else table.c.id
    keep = {"id", "created_at", "station"} if model is Person else set()
    names = [c.key for c in table.c if c.key not in keep and c.key not in (pk.key, "change_seq")]
    stmt = update(table).where(pk == bindparam("held_key"))
    params = [{**{n: row[n] for n in names}, "change_seq": number, "held_key": key} for key, row in changed]

    def write_batch(batch: list[Row]) -> set[Any]:
        session.execute(stmt, batch)
        return {p["held_key"] for p in batch}

    done = _guarded(session, params, write_batch)
    counts.add("updated", str(table.name), len(done))
    counts.conflicts.extend(f"{table.name}:{key}" for key, _ in changed if key not in done)


def advance_head(session: Session, station: str) -> None:
    """After merging another station's audit entries, its chain head is its newest entry."""
    last = session.execute(select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.station == station)  # type: ignore[call-overload]
                           .order_by(AuditEvent.seq.desc()).limit(1)).first()  # type: ignore[attr-defined]
    if last is None:
        return
    head = session.get(AuditHead, station)
    if head is None:
        session.add(AuditHead(station=station, seq=last.seq, hash=last.hash))
    elif last.seq > head.seq:
        head.seq, head.hash = last.seq, last.hash
        session.add(head)


__all__ = ["APPEND_ONLY", "COPY_AT_LEAST", "MergeCounts", "MergeState", "advance_head", "key_of", "write"]
