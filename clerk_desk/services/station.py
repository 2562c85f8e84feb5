"""This installation's station code: made once, kept in the database (and in the settings if set there).

Every record carries the code of the station that made it, so records made offline at a
street point merge with the hall's without collisions.  The code is never written into
the settings file by the program (that file is the supervisor's); a street point's own
database remembers it (``station_identity``), so a lost settings file does not mint a new
code and split the audit chain.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlmodel import Session, select

from clerk_desk.config import load_settings

_cached: str | None = None
_override: ContextVar[str | None] = ContextVar("station_override", default=None)

#: The station code of work a database does for itself (e.g. seeding reference data into a
#: central database another station is about to push to): never a counter's own code.
DATABASE_STATION = "DB"


@contextmanager
def acting_as(code: str) -> Iterator[None]:
    """Within the block, ``station_code()`` is ``code`` (this thread or task only)."""
    token = _override.set(code)
    try:
        yield
    finally:
        _override.reset(token)


def station_code() -> str:
    """The station code: ``CLERK_DESK_STATION`` for tests, else the setting (created once)."""
    global _cached
    override = _override.get()
    if override:
        return override
    env = os.environ.get("CLERK_DESK_STATION")
    if env:
        return env
    if _cached:
        return _cached
    settings, _ = load_settings()
    code = settings.station.code or _database_station()
    if not code:
        code = f"{settings.service_point.code or 'ST'}-{secrets.token_hex(3).upper()}"
    _cached = code
    return _cached


def _database_station() -> str | None:
    """The station code the configured SQLite database holds, if any (read without SQLAlchemy)."""
    import sqlite3

    from clerk_desk.config import database_url
    from clerk_desk.store.bootstrap import _sqlite_file

    path = _sqlite_file(database_url())
    if path is None or not path.is_file():
        return None
    try:
        lite = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = lite.execute("SELECT code FROM station_identity ORDER BY created_at LIMIT 1").fetchone()
        finally:
            lite.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def remember(session: Session) -> None:
    """Record this station's code in its own (SQLite) database, once."""
    from clerk_desk.services import clock
    from clerk_desk.store.models import StationIdentity

    if session.get_bind().dialect.name != "sqlite":  # a hall's database is shared by many stations
        return
    if session.exec(select(StationIdentity)).first() is None:
        session.add(StationIdentity(code=station_code(), created_at=clock.now()))


def reset_cache() -> None:
    global _cached
    _cached = None
