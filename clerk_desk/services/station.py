"""This installation's station code: made once, kept in the settings.

Every record carries the code of the station that made it, so records made offline at a
street point merge with the hall's without collisions.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from clerk_desk.config import load_settings, save_settings

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
    if not settings.station.code:
        prefix = settings.service_point.code or "ST"
        settings.station.code = f"{prefix}-{secrets.token_hex(3).upper()}"
        try:
            save_settings(settings)
        except OSError:  # read-only data directory: still usable for this run
            pass
    _cached = settings.station.code
    return _cached


def reset_cache() -> None:
    global _cached
    _cached = None
