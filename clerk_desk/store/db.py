"""Engine and sessions: one engine per database URL, short sessions, one transaction a use case.

SQLite (the default, one counter or an offline street point) runs with WAL, foreign keys
on and a busy timeout; PostgreSQL (a hall with several counters) through psycopg 3 with
connections checked before use, so a dropped server is noticed and reconnected, and with a
connect timeout, TCP keepalives (a silently dropped network is noticed within seconds, not
the kernel's two hours) and a statement timeout, all from the settings (``[database]``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from clerk_desk.store.bootstrap import normalize_url

_engines: dict[str, Engine] = {}
_lock = threading.Lock()

SQLITE_BUSY_TIMEOUT_MS = 10_000


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _on_sqlite_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # The driver's own transaction handling sends no BEGIN before SAVEPOINT or DDL, so a
    # RELEASE SAVEPOINT would commit and a CREATE TABLE would escape a rollback: switch it
    # off and let SQLAlchemy send BEGIN (see _sqlite_begin).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(pooled) -> None:  # type: ignore[no-untyped-def]
    # The dialect's own begin (a no-op for pysqlite), replaced on this engine's dialect rather
    # than an engine "begin" event: any engine event makes every statement of every connection
    # dispatch its events (a sixth of an indexed lookup); and straight to the driver, since
    # through exec_driver_sql it cost a third.
    pooled.dbapi_connection.execute("BEGIN")


def make_engine(url: str, **kwargs: object) -> Engine:
    """A new engine for ``url`` with this program's connection settings."""
    url = normalize_url(url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        connect_args = {"check_same_thread": False, "timeout": 10, **kwargs.pop("connect_args", {})}  # type: ignore[dict-item]
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        engine.dialect.do_begin = _sqlite_begin  # type: ignore[method-assign,assignment]  # each engine has its own dialect
    else:
        url, given = _url_connect_args(url, kwargs.pop("connect_args", None))  # type: ignore[arg-type]
        kwargs["connect_args"] = postgres_connect_args(given)
        engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5, **kwargs)
    return engine


def _url_connect_args(url: str, given: dict[str, object] | None) -> tuple[str, dict[str, object]]:
    """Connection parameters written in the URL's query (``?connect_timeout=3&options=…``) moved to
    the connect arguments, so they add to (and win over) the settings' instead of being replaced."""
    u = make_url(url)
    query = dict(u.query)
    args = dict(given or {})
    for key in [k for k in query if k in _LIBPQ_KEYS]:
        value = query.pop(key)
        if key == "options":
            args["options"] = f"{value} {args.get('options', '')}".strip()
        else:
            args.setdefault(key, value)
    return u.set(query=query).render_as_string(hide_password=False), args


_LIBPQ_KEYS = frozenset({"connect_timeout", "options", "keepalives", "keepalives_idle", "keepalives_interval",
                         "keepalives_count", "tcp_user_timeout"})


def postgres_connect_args(given: dict[str, object] | None = None) -> dict[str, object]:
    """libpq's connect timeout, keepalives and a statement timeout from the settings, under what
    the caller gives (its ``options`` come after ours, so a caller's own setting wins)."""
    from clerk_desk.config import load_settings

    db = load_settings()[0].database
    keep = db.keepalive_seconds
    args: dict[str, object] = {
        "connect_timeout": db.connect_timeout_seconds,
        "keepalives": 1,
        "keepalives_idle": keep,
        "keepalives_interval": max(1, keep // 3),
        "keepalives_count": 3,
        "tcp_user_timeout": (keep + db.connect_timeout_seconds) * 1000,  # unacknowledged data: give up (ms)
    }
    options = f"-c statement_timeout={db.statement_timeout_seconds * 1000}"
    given = dict(given or {})
    if given.get("options"):
        options = f"{options} {given.pop('options')}"
    args.update(given)
    args["options"] = options
    return args


def get_engine(url: str | None = None) -> Engine:
    """The process's engine for ``url`` (default: the configured database)."""
    if url is None:
        from clerk_desk.config import database_url

        url = database_url()
    url = normalize_url(url)
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        return engine


@contextmanager
def engine_for(url: str, engine: Engine) -> Iterator[Engine]:
    """Within the block, ``get_engine(url)`` is ``engine`` (e.g. one with a sync's timeouts)."""
    url = normalize_url(url)
    with _lock:
        previous = _engines.get(url)
        _engines[url] = engine
    try:
        yield engine
    finally:
        with _lock:
            if previous is None:
                _engines.pop(url, None)
            else:
                _engines[url] = previous


def dispose_engines() -> None:
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


@contextmanager
def session_scope(engine: Engine | None = None) -> Iterator[Session]:
    """One transaction: commits when the block ends, rolls back on any exception."""
    session = Session(engine or get_engine(), expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException as exc:
        session.rollback()
        session.info.pop("audit_written", None)
        after = getattr(exc, "audit_after_rollback", None)
        if after is not None and not getattr(exc, "recorded", False):
            try:  # e.g. a denied action: its audit entry outlives the failed use case
                after(session)
                session.commit()
            except Exception:
                session.rollback()
        raise
    finally:
        session.close()
