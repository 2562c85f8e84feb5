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

import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from clerk_desk.domain.problems import RuleError, define, error, render
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.services import audit, clock
from clerk_desk.services.bundle import VERSION, export_bundle, import_bundle, read_bundle
from clerk_desk.services.merge import MergeCounts, collect, merge
from clerk_desk.services.permissions import require
from clerk_desk.services.station import DATABASE_STATION, acting_as, station_code
from clerk_desk.store import changes
from clerk_desk.store.models import SyncState

__all__ = ["VERSION", "CentralUnreachable", "MergeCounts", "acknowledge", "acknowledged", "collect", "exchange", "export_bundle",
           "import_bundle", "last_exchanges", "merge", "pull", "push", "read_bundle"]

define("sync.no_central", zh="未设置中心数据库地址（设置项 sync.central_url）",
       en="No central database is set (setting sync.central_url)")
define("sync.central_unreachable", zh="无法连接中心数据库：{reason}；本机数据未受影响，可稍后重试",
       en="Cannot reach the central database: {reason}; nothing here changed; try again later")

define("sync.bad_central_url", zh="中心数据库地址无法识别（设置项 sync.central_url 或 --central）："
       "应形如 postgresql://用户名@主机:5432/数据库名", en="The central database's address cannot be read (setting "
       "sync.central_url or --central): it should look like postgresql://user@host:5432/database")
define("sync.timeout", zh="中心数据库 {seconds} 秒内无响应，已放弃本次同步；本机数据未受影响，可稍后重试",
       en="The central database did not answer within {seconds} s; this sync was abandoned; nothing here "
          "changed; try again later")

_STATION_PEER = "station:"


class CentralUnreachable(Exception):
    """The central database failed the exchange: it could not be reached, the link was cut or
    stalled, or the server refused.  Nothing changed here; this station's own database errors
    (locked, read-only, full disk) and the program's bugs are never this.

    ``reason`` is the driver's first line; :meth:`message` what the supervisor reads."""

    def __init__(self, reason: str, code: str = "sync.central_unreachable", **params: Any) -> None:
        super().__init__(reason)
        self.reason, self.code = reason, code
        self.params = {"reason": reason, **params}

    def message(self, lang: str) -> str:
        return render(self.code, self.params, lang)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__


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
    """Send this station's changes the central has not acknowledged (the caller commits both, central first).

    This station's database is only read, in a transaction ended before the central's merge,
    so a slow or dead link never holds its write lock.
    """
    require(local, actor, Action.SYNC)
    me = station_code()
    _state(central, _STATION_PEER + me, lock=True)  # one push of a station at a time
    after = acknowledged(central, me)
    upto = changes.current(local)
    records = list(collect(local, after=after))
    local.commit()  # a read: ends before the network work
    counts = merge(central, records)
    acknowledge(central, me, upto)
    with acting_as(DATABASE_STATION):
        audit.record(central, actor=actor.username, action="sync.push", target=me,
                     details={**_counts(counts), "from": (after or 0) + 1, "to": upto})
    state = _state(local, _peer_name(central_url))
    state.last_push_at = clock.now()
    local.add(state)
    return counts


def pull(local: Session, central: Session, actor: Actor, *, central_url: str) -> MergeCounts:
    """Bring the central database's changes here (cards marked ready at the hall, other counters' work).

    The central is only read, and its transaction ends before this station's merge begins.
    """
    require(local, actor, Action.SYNC)
    peer = _peer_name(central_url)
    after = (_state(local, peer).details or {}).get("pulled")
    after = after if isinstance(after, int) else None
    local.commit()
    upto = changes.current(central)
    records = list(collect(central, after=after))
    central.commit()  # a read: the central holds nothing open while this station merges
    counts = merge(local, records)
    audit.record(local, actor=actor.username, action="sync.pull", target=peer,
                 details={**_counts(counts), "from": (after or 0) + 1, "to": upto})
    state = _state(local, peer, lock=True)
    held = (state.details or {}).get("pulled")
    state.details = {**(state.details or {}), "pulled": max(upto, held if isinstance(held, int) else 0)}
    state.last_pull_at = clock.now()
    local.add(state)
    return counts


@contextmanager
def _watchdog(engine: Engine, seconds: float) -> Iterator[None]:
    """Past ``seconds``, the central connections' sockets are shut: a half-open link fails instead of hanging."""
    from sqlalchemy import event

    raws: list[Any] = []
    fired = threading.Event()

    def connecting(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        raw = dialect.loaded_dbapi.connect(*cargs, **cparams)
        raws.append(raw)  # known before the dialect's first queries on it
        if fired.is_set():
            raw.close()
            raise TimeoutError("sync timeout")
        return raw

    def cut() -> None:
        fired.set()
        for raw in list(raws):
            try:
                fd = raw.pgconn.socket
            except Exception:  # noqa: BLE001 - already closed or lost: nothing to cut
                continue
            if isinstance(fd, int) and fd >= 0:
                with suppress(OSError):
                    socket.socket(fileno=os.dup(fd)).shutdown(socket.SHUT_RDWR)

    event.listen(engine, "do_connect", connecting)
    timer = threading.Timer(seconds, cut)
    timer.daemon = True
    timer.start()
    try:
        yield
    except Exception as exc:
        if fired.is_set():
            raise CentralUnreachable(_first_line(exc), "sync.timeout", seconds=int(seconds)) from exc
        raise
    finally:
        timer.cancel()
        event.remove(engine, "do_connect", connecting)


@contextmanager
def _central_faults(engine: Engine) -> Iterator[None]:
    """The central engine's database errors (connecting, a cut link, the server's refusals) raised as
    :class:`CentralUnreachable`; the same errors of this station's database, and bugs, pass unchanged.
    Told apart by the engine that raised them (SQLAlchemy's ``handle_error``), not by the driver:
    both sides may be SQLite or PostgreSQL."""
    from sqlalchemy import event

    central: list[BaseException] = []  # the very exceptions (kept alive, so no id is reused)

    def seen(context: Any) -> None:
        central.extend(e for e in (context.original_exception, context.sqlalchemy_exception) if e is not None)

    event.listen(engine, "handle_error", seen)
    try:
        yield
    except CentralUnreachable:
        raise
    except Exception as exc:
        if any(e is exc or e is getattr(exc, "orig", None) for e in central):
            raise CentralUnreachable(_first_line(exc)) from exc
        raise
    finally:
        event.remove(engine, "handle_error", seen)


def central_engine(url: str, timeout: float) -> Engine:
    """An engine for the central database that gives up on a dead link within ``timeout`` seconds."""
    from sqlalchemy.exc import ArgumentError

    try:
        return _central_engine(url, timeout)
    except ArgumentError:  # not a database address at all: the setting's fault, said as such
        raise RuleError(error("sync.bad_central_url", "sync.central_url")) from None


def _central_engine(url: str, timeout: float) -> Engine:
    from clerk_desk.store.db import make_engine, normalize_url

    url = normalize_url(url)
    if not url.startswith("postgresql"):
        return make_engine(url)
    ms = int(timeout * 1000)
    from sqlalchemy.engine import make_url

    given = make_url(url).query.get("options", "")
    given = " ".join(given) if isinstance(given, tuple) else given
    return make_engine(url, connect_args={
        "connect_timeout": max(2, int(timeout)), "keepalives": 1, "keepalives_idle": max(1, int(timeout) // 3),
        "keepalives_interval": max(1, int(timeout) // 6), "keepalives_count": 3, "tcp_user_timeout": ms,
        "options": f"{given} -c idle_in_transaction_session_timeout={ms} -c lock_timeout={ms}".strip()})


def exchange(direction: str, local_url: str, central_url: str, actor: Actor,
             timeout: float | None = None) -> MergeCounts:
    """Push or pull between this station's database and the central one, each in its own transaction.

    The central database is brought to the current schema first.  Leaving the block commits
    the central side first: if that fails, this station's bookkeeping rolls back too and the
    next run sends the same records again (merging is an upsert, so that is harmless).  The
    exchange fails within ``timeout`` seconds (the setting ``sync.timeout_seconds``) on a dead link.
    Whatever the central side fails on is raised as :class:`CentralUnreachable`; this station's
    database errors (a locked or read-only file, a full disk) and bugs pass unchanged.
    """
    if direction not in ("push", "pull"):
        raise ValueError(direction)
    from clerk_desk.config import load_settings
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import engine_for, get_engine, session_scope

    if timeout is None:
        timeout = load_settings()[0].sync.timeout_seconds
    engine = central_engine(central_url, timeout)
    try:
        with _central_faults(engine), engine_for(central_url, engine), _watchdog(engine, timeout):
            ensure_database(central_url)
            with session_scope(get_engine(local_url)) as local, session_scope(engine) as central:
                fn = push if direction == "push" else pull
                return fn(local, central, actor, central_url=central_url)
    finally:
        engine.dispose()


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
