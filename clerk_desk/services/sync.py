"""Synchronising a street point's SQLite with the hall's PostgreSQL, or by a bundle on a USB stick.

Every synchronised record has a UUID and the code of the station that made it, so records
made offline merge without collisions; merging is an upsert, so replaying a sync or a
bundle is harmless.  Append-only records (document checks, slips, print log, audit
entries, closures, corrections) are inserted when missing; records that change
(persons, applications, imported calendar years) keep the newer version by ``updated_at``
(calendar years by ``imported_at``).  Accounts never travel: a street point's clerks log
in with accounts made there.

A bundle is one file: a header line, one JSON line per record, and a trailer with the
count and the SHA-256 of everything before it.  It is written to a temporary name and
renamed, and it is checked whole before anything is imported; a bundle cut halfway (a
stick pulled out) is refused and changes nothing.  A merge is one transaction: a
dropped connection halfway leaves the target as it was.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from clerk_desk.domain.problems import RuleError, define, error
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.services import audit, clock
from clerk_desk.services.permissions import require
from clerk_desk.services.station import station_code
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
    SyncState,
)

FORMAT = "clerk-desk-bundle"
VERSION = 1

# In dependency order (parents before children).
APPEND_ONLY: tuple[type[SQLModel], ...] = (DocumentCheck, PickupSlip, PrintLog, AuditEvent, DayClosure, Correction)
ORDER: tuple[type[SQLModel], ...] = (ServicePoint, Person, Application, DocumentCheck, PickupSlip, PrintLog,
                                     AuditEvent, DayClosure, Correction, CalendarYear)
STAMPS = ("updated_at", "created_at", "at", "printed_at", "issued_at", "closed_at")
BY_NAME = {m.__tablename__: m for m in ORDER}  # type: ignore[attr-defined]

define("sync.bundle_damaged", zh="数据包 {path} 不完整或已损坏（{reason}），未导入任何数据；请重新导出",
       en="Bundle {path} is incomplete or damaged ({reason}); nothing was imported; export it again")
define("sync.bundle_unreadable", zh="无法读取数据包 {path}：{reason}", en="Cannot read bundle {path}: {reason}")
define("sync.no_central", zh="未设置中心数据库地址（设置项 sync.central_url）",
       en="No central database is set (setting sync.central_url)")
define("sync.central_unreachable", zh="无法连接中心数据库：{reason}；本机数据未受影响，可稍后重试",
       en="Cannot reach the central database: {reason}; nothing here changed; try again later")


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


def _row_dict(obj: SQLModel) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for attr in sa_inspect(type(obj)).column_attrs:  # type: ignore[union-attr]
        value = getattr(obj, attr.key)
        out[attr.key] = _to_json(value)
    return out


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.astimezone()
        return value.astimezone(UTC).isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "hex") and value.__class__.__name__ == "UUID":
        return str(value)
    return value


def collect(session: Session, *, since: datetime | None = None, station: str | None = None) -> Iterator[
        tuple[str, dict[str, Any]]]:
    """The records to send: everything (or what changed since ``since``), made by ``station`` or anyone."""
    for model in ORDER:
        stmt = select(model)
        if model is CalendarYear:
            stmt = stmt.where(CalendarYear.origin == "import")
            if since is not None:
                stmt = stmt.where(col(CalendarYear.imported_at) >= since)
        else:
            if station is not None and hasattr(model, "station"):
                stmt = stmt.where(col(model.station) == station)  # type: ignore[attr-defined]
            if since is not None:
                name = next((n for n in STAMPS if hasattr(model, n)), None)
                if name is not None:
                    stmt = stmt.where(getattr(model, name) >= since)
        for obj in session.exec(stmt):
            yield str(model.__tablename__), _row_dict(obj)


def _key(model: type[SQLModel], data: dict[str, Any]) -> Any:
    return data["year"] if model is CalendarYear else data["id"]


def merge(session: Session, records: Iterable[tuple[str, dict[str, Any]]]) -> MergeCounts:
    """Upsert records into the session's database (the caller's transaction)."""
    counts = MergeCounts()
    stations_seen: set[str] = set()
    for table, data in records:
        model = BY_NAME.get(table)
        if model is None:
            continue
        incoming = model.model_validate(data)
        existing = session.get(model, getattr(incoming, "year" if model is CalendarYear else "id"))
        if existing is None:
            if model is ServicePoint:  # the same point set up on two machines: keep the first
                same = session.exec(select(ServicePoint).where(ServicePoint.code == data["code"])).first()
                if same is not None:
                    counts.unchanged += 1
                    continue
            try:
                with session.begin_nested():
                    session.add(incoming)
            except IntegrityError:  # e.g. two installations that share a station code
                counts.conflicts.append(f"{table}:{_key(model, data)}")
                continue
            counts.add("inserted", table)
            if model is AuditEvent:
                stations_seen.add(data["station"])
            continue
        if model in APPEND_ONLY:
            counts.unchanged += 1
            continue
        stamp = "imported_at" if model is CalendarYear else "updated_at"
        if _aware(getattr(incoming, stamp)) > _aware(getattr(existing, stamp)):
            for attr in sa_inspect(model).column_attrs:  # type: ignore[union-attr]
                setattr(existing, attr.key, getattr(incoming, attr.key))
            session.add(existing)
            counts.add("updated", table)
        else:
            counts.unchanged += 1
    for station in stations_seen:
        _advance_head(session, station)
    session.flush()
    if counts.conflicts:
        audit.record(session, actor="system", action="sync.conflict", target=str(len(counts.conflicts)),
                     details={"records": counts.conflicts[:50]})
    return counts


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


# ---------------------------------------------------------------------------------------
# bundles


def export_bundle(session: Session, actor: Actor, path: Path) -> int:
    """Write every record of this database into a bundle file; returns the number of records."""
    require(session, actor, Action.SYNC)
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    digest = hashlib.sha256()
    count = 0
    with gzip.open(tmp, "wb") as fh:
        def write(obj: dict[str, Any]) -> None:
            line = (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
            digest.update(line)
            fh.write(line)

        write({"format": FORMAT, "version": VERSION, "station": station_code(),
               "made_at": clock.now().isoformat()})
        for table, data in collect(session):
            write({"t": table, "r": data})
            count += 1
        trailer = {"end": True, "count": count, "sha256": digest.hexdigest()}
        fh.write((json.dumps(trailer) + "\n").encode("utf-8"))
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
    audit.record(session, actor=actor.username, action="export", target="bundle",
                 details={"records": count, "file": path.name})
    return count


def read_bundle(path: Path) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]:
    """The bundle's header and records, after checking it is whole; refuses a damaged file."""
    path = Path(path)
    try:
        with gzip.open(path, "rb") as fh:
            lines = fh.read().splitlines(keepends=True)
    except (OSError, EOFError) as exc:
        raise RuleError(error("sync.bundle_damaged", "bundle", path=str(path), reason=str(exc))) from None
    if len(lines) < 2:
        raise RuleError(error("sync.bundle_damaged", "bundle", path=str(path), reason="empty"))
    try:
        trailer = json.loads(lines[-1])
        header = json.loads(lines[0])
    except ValueError as exc:
        raise RuleError(error("sync.bundle_damaged", "bundle", path=str(path), reason=str(exc))) from None
    if header.get("format") != FORMAT or not trailer.get("end"):
        raise RuleError(error("sync.bundle_damaged", "bundle", path=str(path), reason="no header or trailer"))
    digest = hashlib.sha256(b"".join(lines[:-1])).hexdigest()
    if digest != trailer.get("sha256") or len(lines) - 2 != trailer.get("count"):
        raise RuleError(error("sync.bundle_damaged", "bundle", path=str(path), reason="checksum"))
    records = []
    for line in lines[1:-1]:
        item = json.loads(line)
        records.append((item["t"], item["r"]))
    return header, records


def import_bundle(session: Session, actor: Actor, path: Path) -> MergeCounts:
    """Merge a bundle into this database, all or nothing."""
    require(session, actor, Action.SYNC)
    header, records = read_bundle(path)
    counts = merge(session, records)
    audit.record(session, actor=actor.username, action="sync.bundle_import", target=str(header.get("station", "")),
                 details={"inserted": counts.total_inserted, "updated": counts.total_updated,
                          "file": Path(path).name})
    return counts


# ---------------------------------------------------------------------------------------
# push and pull with the central database


def _state(session: Session, peer: str) -> SyncState:
    state = session.get(SyncState, peer)
    if state is None:
        state = SyncState(peer=peer, details={})
        session.add(state)
    return state


def _peer_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return f"{u.get_backend_name()}://{u.host or ''}/{u.database or ''}"[:200]


def push(local: Session, central: Session, actor: Actor, *, central_url: str) -> MergeCounts:
    """Send this station's records to the central database (the caller commits both)."""
    require(local, actor, Action.SYNC)
    peer = _peer_name(central_url)
    state = _state(local, peer)
    started = clock.now()
    records = list(collect(local, since=state.last_push_at, station=None))
    counts = merge(central, records)
    audit.record(central, actor=actor.username, action="sync.push", target=station_code(),
                 details={"inserted": counts.total_inserted, "updated": counts.total_updated})
    state.last_push_at = started
    local.add(state)
    return counts


def pull(local: Session, central: Session, actor: Actor, *, central_url: str) -> MergeCounts:
    """Bring the central database's records here (cards marked ready at the hall, other counters' work)."""
    require(local, actor, Action.SYNC)
    peer = _peer_name(central_url)
    state = _state(local, peer)
    started = clock.now()
    records = list(collect(central, since=state.last_pull_at))
    counts = merge(local, records)
    audit.record(local, actor=actor.username, action="sync.pull", target=peer,
                 details={"inserted": counts.total_inserted, "updated": counts.total_updated})
    state.last_pull_at = started
    local.add(state)
    return counts


def exchange(direction: str, local_url: str, central_url: str, actor: Actor) -> MergeCounts:
    """Push or pull between this station's database and the central one, each in its own transaction.

    The central database is brought to the current schema first.  Leaving the block commits
    the central side first: if that fails, this station's bookkeeping rolls back too and the
    next run sends the same records again (merging is an upsert, so that is harmless).
    """
    if direction not in ("push", "pull"):
        raise ValueError(direction)
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import get_engine, session_scope

    ensure_database(central_url)
    with session_scope(get_engine(local_url)) as local, session_scope(get_engine(central_url)) as central:
        fn = push if direction == "push" else pull
        return fn(local, central, actor, central_url=central_url)


def last_exchanges(session: Session) -> tuple[datetime | None, datetime | None]:
    """The last push and the last pull with any central database (local times)."""
    pushes, pulls = [], []
    for state in session.exec(select(SyncState)):
        if state.last_push_at is not None:
            pushes.append(_aware(state.last_push_at).astimezone())
        if state.last_pull_at is not None:
            pulls.append(_aware(state.last_pull_at).astimezone())
    return max(pushes, default=None), max(pulls, default=None)
