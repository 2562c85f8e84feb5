"""Synchronising a street point's SQLite with the hall's PostgreSQL, or by a bundle on a USB stick.

Sync is a protocol on change numbers, not a scan by timestamps: every database numbers
its own changes (:mod:`clerk_desk.store.changes`).  The central database holds, for each
station, the highest change number of that station it has acknowledged; a push sends
everything after it and moves the acknowledgement, in the central's transaction.  A pull
sends what the central changed after the number this station last pulled.  Clocks play
no part, so a corrected clock or a back-dated demo loses nothing.

The central database's own bookkeeping (its ``sync.push`` audit entries) is written under
its own station code (:data:`DATABASE_STATION`), never under the pushing point's, whose
chain it would break.  One exchange is one transaction on each side; the central side
commits first, so a failure leaves at worst records sent twice, which merging ignores.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from clerk_desk.domain.problems import define
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.services import audit, clock
from clerk_desk.services.bundle import VERSION, export_bundle, import_bundle, read_bundle
from clerk_desk.services.merge import MergeCounts, collect, merge
from clerk_desk.services.permissions import require
from clerk_desk.services.station import DATABASE_STATION, acting_as, station_code
from clerk_desk.store import changes
from clerk_desk.store.models import SyncState

__all__ = ["VERSION", "MergeCounts", "acknowledge", "acknowledged", "collect", "exchange", "export_bundle",
           "import_bundle", "last_exchanges", "merge", "pull", "push", "read_bundle"]

define("sync.no_central", zh="未设置中心数据库地址（设置项 sync.central_url）",
       en="No central database is set (setting sync.central_url)")
define("sync.central_unreachable", zh="无法连接中心数据库：{reason}；本机数据未受影响，可稍后重试",
       en="Cannot reach the central database: {reason}; nothing here changed; try again later")

_STATION_PEER = "station:"


def _state(session: Session, peer: str, *, lock: bool = False) -> SyncState:
    stmt = select(SyncState).where(SyncState.peer == peer)
    if lock:
        stmt = stmt.with_for_update()
    state = session.exec(stmt).first()
    if state is None:
        try:
            with session.begin_nested():
                session.add(SyncState(peer=peer, details={}))
        except IntegrityError:  # another exchange made it first
            pass
        state = session.exec(stmt).one()
    return state


def acknowledged(session: Session, station: str) -> int | None:
    """The highest change number of ``station`` this database holds (None: nothing yet)."""
    state = session.get(SyncState, _STATION_PEER + station)
    value = (state.details or {}).get("acked") if state is not None else None
    return value if isinstance(value, int) else None


def acknowledge(session: Session, station: str, upto: int) -> None:
    """This database holds ``station``'s changes up to ``upto`` (never moves back)."""
    state = _state(session, _STATION_PEER + station, lock=True)
    held = (state.details or {}).get("acked")
    if not isinstance(held, int) or upto > held:
        state.details = {**(state.details or {}), "acked": upto}
        session.add(state)


def _peer_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return f"{u.get_backend_name()}://{u.host or ''}/{u.database or ''}"[:200]


def _counts(counts: MergeCounts) -> dict[str, Any]:
    return {"inserted": counts.total_inserted, "updated": counts.total_updated, "conflicts": len(counts.conflicts)}


def push(local: Session, central: Session, actor: Actor, *, central_url: str) -> MergeCounts:
    """Send this station's changes the central has not acknowledged (the caller commits both, central first)."""
    require(local, actor, Action.SYNC)
    me = station_code()
    _state(central, _STATION_PEER + me, lock=True)  # one push of a station at a time
    after = acknowledged(central, me)
    upto = changes.current(local)
    counts = merge(central, list(collect(local, after=after)))
    acknowledge(central, me, upto)
    with acting_as(DATABASE_STATION):
        audit.record(central, actor=actor.username, action="sync.push", target=me,
                     details={**_counts(counts), "from": (after or 0) + 1, "to": upto})
    state = _state(local, _peer_name(central_url))
    state.last_push_at = clock.now()
    local.add(state)
    return counts


def pull(local: Session, central: Session, actor: Actor, *, central_url: str) -> MergeCounts:
    """Bring the central database's changes here (cards marked ready at the hall, other counters' work)."""
    require(local, actor, Action.SYNC)
    peer = _peer_name(central_url)
    state = _state(local, peer, lock=True)
    after = (state.details or {}).get("pulled")
    after = after if isinstance(after, int) else None
    upto = changes.current(central)
    counts = merge(local, list(collect(central, after=after)))
    audit.record(local, actor=actor.username, action="sync.pull", target=peer,
                 details={**_counts(counts), "from": (after or 0) + 1, "to": upto})
    state.details = {**(state.details or {}), "pulled": max(upto, after or 0)}
    state.last_pull_at = clock.now()
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
    from clerk_desk.store.bootstrap import ensure_database
    from clerk_desk.store.db import get_engine, session_scope

    ensure_database(central_url)
    with session_scope(get_engine(local_url)) as local, session_scope(get_engine(central_url)) as central:
        fn = push if direction == "push" else pull
        return fn(local, central, actor, central_url=central_url)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None else dt.astimezone()


def last_exchanges(session: Session) -> tuple[datetime | None, datetime | None]:
    """The last push and the last pull with any central database (local times)."""
    pushes, pulls = [], []
    for state in session.exec(select(SyncState)):
        if state.last_push_at is not None:
            pushes.append(_aware(state.last_push_at).astimezone())
        if state.last_pull_at is not None:
            pulls.append(_aware(state.last_pull_at).astimezone())
    return max(pushes, default=None), max(pulls, default=None)
