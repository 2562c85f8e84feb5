"""Which program version each counter runs: recorded at login, listed for the supervisor.

A hall's counters share one database; each records its station code, the Clerk Desk version
and the platform every time a clerk logs in (:func:`record_login`), so the supervisor sees in
Help ▸ About whether every counter has been updated (:func:`counters`).
"""

from __future__ import annotations

import platform as _platform
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from clerk_desk import __version__
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.services import clock
from clerk_desk.services.permissions import require
from clerk_desk.store.models import CounterVersion
from clerk_desk.store.schema import SCHEMA_HEAD


@dataclass(frozen=True)
class CounterInfo:
    station: str
    version: str
    platform: str
    username: str
    seen_at: datetime | None

    @property
    def current(self) -> bool:
        """True when the counter runs the same version as this program."""
        return self.version == __version__


def this_platform() -> str:
    """A short description of this computer's system, e.g. ``Linux 6.1 x86_64``."""
    return f"{_platform.system()} {_platform.release()} {_platform.machine()}".strip()[:80]


def record_login(session: Session, username: str, *, station: str | None = None, version: str = __version__,
                 platform: str | None = None) -> None:
    """Note that this counter (``station``, by default this installation's) runs ``version`` (no commit)."""
    if station is None:
        from clerk_desk.services.station import station_code

        station = station_code()
    row = session.get(CounterVersion, station)
    if row is None:
        row = CounterVersion(station=station, version=version, seen_at=clock.now())
    row.version = version[:32]
    row.platform = (this_platform() if platform is None else platform)[:80]
    row.username = username[:64]
    row.seen_at = clock.now()
    session.add(row)


def counters(session: Session, actor: Actor | None) -> list[CounterInfo]:
    """Every counter that has logged in to this database, by station code (supervisors and admins)."""
    require(session, actor, Action.VIEW_AUDIT, target="counters")
    rows = session.exec(select(CounterVersion).order_by(col(CounterVersion.station))).all()
    return [CounterInfo(r.station, r.version, r.platform, r.username, clock.local(r.seen_at)) for r in rows]


def schema_revision(session: Session) -> str | None:
    """The database's schema (Alembic) revision."""
    return session.connection().execute(text("SELECT version_num FROM alembic_version")).scalar()


def expected_schema() -> str:
    """The schema revision this program works with."""
    return SCHEMA_HEAD
