"""The time, in one place: services ask here, tests set it.

Times are timezone-aware (the counter's local zone); the database keeps them in UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

_now: Callable[[], datetime] | None = None


def now() -> datetime:
    """The current local time, aware."""
    if _now is not None:
        return _now().astimezone()
    return datetime.now().astimezone()


def today() -> date:
    return now().date()


def set_clock(func: Callable[[], datetime] | None) -> None:
    """Tests: make ``now()`` return ``func()``; None restores the real clock."""
    global _now
    _now = func


def local(dt: datetime | None) -> datetime | None:
    """A stored (UTC) time in the counter's local zone."""
    return dt.astimezone() if dt is not None else None
