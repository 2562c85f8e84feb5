"""The audit trail: append-only, hash-chained per station.

Every entry stores the hash of the entry before it (same station) and its own hash over
its content, and the station's head row holds the last sequence number and hash.  An
entry edited, removed or inserted behind the program's back breaks the chain, and
:func:`verify_chain` (run by ``clerk-desk db check``) names the first broken entry.

ID numbers never enter the trail raw: :func:`record` masks anything in the details that
looks like one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, event, insert, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from clerk_desk.domain.masking import mask_ids_in_text
from clerk_desk.domain.problems import DEFAULT_LANGUAGE, define, render
from clerk_desk.services import audit_anchor, clock
from clerk_desk.store import changes
from clerk_desk.store.models import AuditEvent, AuditHead, new_id

GENESIS = "0" * 64


def _forget_writes(session: Session, *_: Any) -> None:
    if session.in_nested_transaction():  # a savepoint's end: the transaction and its writes go on
        return
    session.info.pop("audit_written", None)


# A committed or rolled-back transaction holds no audit write any more (see permissions.require).
event.listen(Session, "after_commit", _forget_writes)
event.listen(Session, "after_rollback", _forget_writes)

def _sanitize(value: Any) -> Any:
    if isinstance(value, str):
        return mask_ids_in_text(value)
    if isinstance(value, dict):
        return {str(k): _sanitize(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_sanitize(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float):
        return value
    return mask_ids_in_text(str(value))


def _utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        dt = dt.astimezone()
    return dt.astimezone(UTC)


def entry_hash(*, station: str, seq: int, at: datetime, actor: str, action: str, target: str,
               details: dict[str, Any] | None, prev_hash: str) -> str:
    payload = {
        "station": station, "seq": seq, "at": _utc(at).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "actor": actor, "action": action, "target": target, "details": details or {},
        "prev": prev_hash,
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _station(station: str | None) -> str:
    if station:
        return station
    from clerk_desk.services.station import station_code

    return station_code()


# The statements of every entry, built once.
_EVENTS, _HEADS = AuditEvent.__table__, AuditHead.__table__  # type: ignore[attr-defined]
_MOVE_HEAD = (update(_HEADS).where(_HEADS.c.station == bindparam("which")).values(seq=_HEADS.c.seq + 1)
              .returning(_HEADS.c.seq, _HEADS.c.hash))
_INSERT_EVENT = insert(_EVENTS)
_SET_HEAD = update(_HEADS).where(_HEADS.c.station == bindparam("which")).values(hash=bindparam("digest"))


def _take_head(session: Session, station: str) -> tuple[int, str]:
    """Move the station's head row one on and lock it until the transaction ends, in one statement
    (``UPDATE … RETURNING``; on SQLite this also takes the file's write lock first, so two workers
    never read the same head): the new entry's sequence number and the hash before it."""
    conn = session.connection()
    row = conn.execute(_MOVE_HEAD, {"which": station}).first()
    if row is None:
        try:
            with session.begin_nested():  # the SAVEPOINT is sent when its connection is asked for
                session.connection().execute(insert(_HEADS).values(station=station, seq=0, hash=GENESIS))
        except IntegrityError:  # another counter created it first
            pass
        row = conn.execute(_MOVE_HEAD, {"which": station}).one()
    return int(row.seq), str(row.hash)


def record(session: Session, *, actor: str | None, action: str, target: str = "",
           details: dict[str, Any] | None = None, station: str | None = None) -> None:
    """Append an entry to the trail, inside the caller's transaction (constant work: the head row
    updated twice and one insert, whatever the trail's length)."""
    station = _station(station)
    seq, prev_hash = _take_head(session, station)
    at = clock.now()
    clean = _sanitize(details or {})
    target = mask_ids_in_text(target)[:80]  # hashed as stored
    actor = (actor or "")[:64]
    digest = entry_hash(station=station, seq=seq, at=at, actor=actor, action=action[:40],
                        target=target, details=clean, prev_hash=prev_hash)
    conn = session.connection()
    entry = new_id()
    change_seq = changes.stamp_for_insert(session, "audit_event", entry)
    conn.execute(_INSERT_EVENT, {"id": entry, "change_seq": change_seq, "station": station, "seq": seq, "at": at,
                                 "actor": actor, "action": action[:40], "target": target, "details": clean,
                                 "prev_hash": prev_hash, "hash": digest})
    conn.execute(_SET_HEAD, {"which": station, "digest": digest})
    session.info["audit_written"] = True
    audit_anchor.note(session, station, seq, digest)


@dataclass(frozen=True)
class ChainBreak:
    station: str
    seq: int
    reason: str  # edited | missing | reordered | head_mismatch

    def describe(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return render(f"audit.break.{self.reason}", {"station": self.station, "seq": self.seq}, lang)


define("audit.break.edited", zh="审计条目 station={station} seq={seq}：条目内容被改动",
       en="audit entry station={station} seq={seq}: content changed after it was written")
define("audit.break.missing", zh="审计条目 station={station} seq={seq}：此前条目缺失",
       en="audit entry station={station} seq={seq}: entries missing before this one")
define("audit.break.reordered", zh="审计条目 station={station} seq={seq}：与前一条目不衔接",
       en="audit entry station={station} seq={seq}: does not follow the entry before it")
define("audit.break.head_mismatch", zh="审计条目 station={station} seq={seq}：最新条目被删除",
       en="audit entry station={station} seq={seq}: the newest entries were removed")


def verify_chain(session: Session) -> ChainBreak | None:
    """The first broken entry of any station's chain, or None if every chain is whole.

    Streams the entries (plain rows, ``yield_per``): memory stays bounded however long the trail.
    """
    heads = {h.station: (h.seq, h.hash) for h in session.exec(select(AuditHead))}
    stations = set(heads) | set(session.exec(select(AuditEvent.station).distinct()))
    cols = (AuditEvent.station, AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
            AuditEvent.target, AuditEvent.details, AuditEvent.prev_hash, AuditEvent.hash)
    for station in sorted(stations):
        prev_hash = GENESIS
        expected_seq = 1
        rows = session.execute(select(*cols).where(AuditEvent.station == station)  # type: ignore[call-overload]
                               .order_by(col(AuditEvent.seq)).execution_options(yield_per=2000))
        for ev in rows:
            if ev.seq != expected_seq:
                return ChainBreak(station, ev.seq, "missing")
            if ev.prev_hash != prev_hash:
                return ChainBreak(station, ev.seq, "reordered")
            digest = entry_hash(station=ev.station, seq=ev.seq, at=ev.at, actor=ev.actor, action=ev.action,
                                target=ev.target, details=ev.details, prev_hash=ev.prev_hash)
            if digest != ev.hash:
                return ChainBreak(station, ev.seq, "edited")
            prev_hash = ev.hash
            expected_seq += 1
        last_seq = expected_seq - 1
        if heads.get(station) != (last_seq, prev_hash):
            return ChainBreak(station, last_seq + 1, "head_mismatch")
    return None


def verify_heads(session: Session) -> ChainBreak | None:
    """The quick check: each station's head row is its newest entry (no walk of the chain)."""
    for head in session.exec(select(AuditHead)):
        last = session.execute(select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.station == head.station)
                               .order_by(col(AuditEvent.seq).desc()).limit(1)).first()
        if (last is None and head.seq != 0) or (last is not None and tuple(last) != (head.seq, head.hash)):
            return ChainBreak(head.station, head.seq, "head_mismatch")
    return None
