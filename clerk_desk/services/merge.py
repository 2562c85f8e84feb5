"""Merging records from another database: validated whole first, then upserted in one transaction.

Every synchronised record has a UUID and the code of the station that made it, so records
made offline merge without collisions; merging is an upsert, so replaying is harmless.
Append-only records (document checks, slips, print log, audit entries, closures,
corrections) are inserted when missing; records that change (persons, applications,
imported calendar years) keep the newer version by ``updated_at`` (calendar years by
``imported_at``).  A person is one row per ID number: a person made under another UUID
elsewhere is folded into the one held here and its applications point to it.

:func:`validate` checks every record (known table and columns, types, parents present)
before :func:`merge` writes anything, so a forged or damaged batch is refused whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from clerk_desk.domain.problems import RuleError, define, error
from clerk_desk.services import audit
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
Record = tuple[str, dict[str, Any]]

define("sync.bad_record", zh="第 {index} 条记录（{table}）无效：{reason}；未导入任何数据",
       en="Record {index} ({table}) is invalid: {reason}; nothing was imported")


@dataclass
class MergeCounts:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # records refused by a unique rule, kept out

    def add(self, kind: str, table: str) -> None:
        target = self.inserted if kind == "inserted" else self.updated
        target[table] = target.get(table, 0) + 1

    @property
    def total_inserted(self) -> int:
        return sum(self.inserted.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())


def columns(model: type[SQLModel]) -> list[str]:
    return [a.key for a in sa_inspect(model).column_attrs]  # type: ignore[union-attr]


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


def row_dict(obj: SQLModel) -> dict[str, Any]:
    return {key: to_json(getattr(obj, key)) for key in columns(type(obj)) if key not in LOCAL_ONLY}


def collect(session: Session, *, after: int | None = None) -> Iterator[Record]:
    """The records to send: everything, or what changed after change number ``after``."""
    for model in ORDER:
        stmt = select(model)
        if model is CalendarYear:
            stmt = stmt.where(CalendarYear.origin == "import")
        if after is not None:
            stmt = stmt.where(col(model.change_seq) > after)  # type: ignore[attr-defined]
        for obj in session.exec(stmt):
            yield str(model.__tablename__), row_dict(obj)


def _bad(index: int, table: str, reason: str) -> RuleError:
    return RuleError(error("sync.bad_record", "bundle", index=index, table=table, reason=reason))


def validate(session: Session, records: Sequence[Record]) -> list[tuple[type[SQLModel], SQLModel]]:
    """Every record checked and built, or a refusal naming the first bad one; nothing is written."""
    built: list[tuple[type[SQLModel], SQLModel]] = []
    ids: dict[str, set[Any]] = {}
    for index, item in enumerate(records, start=1):
        if not (isinstance(item, tuple | list) and len(item) == 2 and isinstance(item[1], dict)):
            raise _bad(index, "?", "not a record")
        table, data = item
        model = BY_NAME.get(table) if isinstance(table, str) else None
        if model is None:
            raise _bad(index, str(table)[:40], "unknown table")
        unknown = sorted(set(data) - set(columns(model)) - LOCAL_ONLY)
        if unknown:
            raise _bad(index, table, "unknown columns " + ", ".join(str(u)[:40] for u in unknown[:5]))
        try:
            obj = model.model_validate({k: v for k, v in data.items() if k not in LOCAL_ONLY})
        except (ValidationError, ValueError, TypeError) as exc:
            raise _bad(index, table, str(exc).splitlines()[0][:200]) from None
        missing = [c for c in ("id",) if c in columns(model) and data.get(c) is None]
        if missing:
            raise _bad(index, table, "no id")
        built.append((model, obj))
        ids.setdefault(table, set()).add(obj.year if model is CalendarYear else obj.id)  # type: ignore[attr-defined]
    _check_parents(session, built, ids)
    return built


def _check_parents(session: Session, built: list[tuple[type[SQLModel], SQLModel]],
                   ids: dict[str, set[Any]]) -> None:
    wanted: dict[type[SQLModel], set[Any]] = {}
    for model, obj in built:
        link = PARENTS.get(str(model.__tablename__))
        if link is None:
            continue
        parent_id = getattr(obj, link[0])
        if parent_id is not None and parent_id not in ids.get(str(link[1].__tablename__), set()):
            wanted.setdefault(link[1], set()).add(parent_id)
    for parent, keys in wanted.items():
        items = list(keys)
        found: set[Any] = set()
        for start in range(0, len(items), 500):
            chunk = items[start:start + 500]
            found.update(session.exec(select(parent.id).where(col(parent.id).in_(chunk))))  # type: ignore[attr-defined]
        absent = keys - found
        if absent:
            index = next(i for i, (m, o) in enumerate(built, 1)
                         if (link := PARENTS.get(str(m.__tablename__))) and getattr(o, link[0]) in absent)
            raise _bad(index, str(built[index - 1][0].__tablename__),
                       f"its {parent.__tablename__} {sorted(map(str, absent))[0]} is neither in the batch nor here")


def merge(session: Session, records: Iterable[Record]) -> MergeCounts:
    """Validate every record, then upsert them all into the session's database (the caller's transaction)."""
    built = validate(session, list(records))
    counts = MergeCounts()
    stations_seen: set[str] = set()
    person_map: dict[Any, Any] = {}  # incoming person id -> the id held here for that ID number
    for model, incoming in built:
        table = str(model.__tablename__)
        if model is Application and incoming.person_id in person_map:  # type: ignore[attr-defined]
            incoming.person_id = person_map[incoming.person_id]  # type: ignore[attr-defined]
        key = incoming.year if model is CalendarYear else incoming.id  # type: ignore[attr-defined]
        existing = session.get(model, key)
        if existing is None and model is Person:
            existing = session.exec(select(Person).where(Person.id_number == incoming.id_number)).first()  # type: ignore[attr-defined]
            if existing is not None:
                person_map[incoming.id] = existing.id  # type: ignore[attr-defined]
        if existing is None:
            if model is ServicePoint and session.exec(  # the same point set up twice: keep the first
                    select(ServicePoint).where(ServicePoint.code == incoming.code)).first() is not None:  # type: ignore[attr-defined]
                counts.unchanged += 1
                continue
            try:
                with session.begin_nested():
                    session.add(incoming)
            except IntegrityError:  # e.g. two installations that share a station code
                counts.conflicts.append(f"{table}:{key}")
                continue
            counts.add("inserted", table)
            if model is AuditEvent:
                stations_seen.add(incoming.station)  # type: ignore[attr-defined]
            continue
        if model in APPEND_ONLY:
            counts.unchanged += 1
            continue
        _update_if_newer(session, model, existing, incoming, counts)
    for station in stations_seen:
        _advance_head(session, station)
    session.flush()
    if counts.conflicts:
        audit.record(session, actor="system", action="sync.conflict", target=str(len(counts.conflicts)),
                     details={"records": counts.conflicts[:50]})
    return counts


def _update_if_newer(session: Session, model: type[SQLModel], existing: SQLModel, incoming: SQLModel,
                     counts: MergeCounts) -> None:
    stamp = "imported_at" if model is CalendarYear else "updated_at"
    if _aware(getattr(incoming, stamp)) <= _aware(getattr(existing, stamp)):
        counts.unchanged += 1
        return
    keep = {"id", "created_at", "station", "change_seq"} if model is Person else LOCAL_ONLY
    try:
        with session.begin_nested():
            for key in columns(model):
                if key not in keep:
                    setattr(existing, key, getattr(incoming, key))
            session.add(existing)
    except IntegrityError:  # e.g. an application re-opened here and there
        session.refresh(existing)
        counts.conflicts.append(f"{model.__tablename__}:{getattr(existing, 'id', '')}")
        return
    counts.add("updated", str(model.__tablename__))


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.astimezone()


def _advance_head(session: Session, station: str) -> None:
    """After merging another station's audit entries, its chain head is its newest entry."""
    last = session.exec(select(AuditEvent).where(AuditEvent.station == station)
                        .order_by(col(AuditEvent.seq).desc())).first()
    if last is None:
        return
    head = session.get(AuditHead, station)
    if head is None:
        session.add(AuditHead(station=station, seq=last.seq, hash=last.hash))
    elif last.seq > head.seq:
        head.seq, head.hash = last.seq, last.hash
        session.add(head)
