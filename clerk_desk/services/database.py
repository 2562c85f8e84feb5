"""Start-up and migrations: the one door from the GUI and the command line to the database's
set-up (they never import ``clerk_desk.store``).

:func:`ensure_database` brings a database to the current schema (``store.bootstrap``) and then
seeds the reference data every database needs (the published calendar years) — the seeding is
a service's work, so it lives here and the store never imports the services.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clerk_desk.store.bootstrap import UpgradeResult, backup_sqlite, current_revision
from clerk_desk.store.bootstrap import _sqlite_file as sqlite_file
from clerk_desk.store.bootstrap import ensure_schema as _ensure_schema
from clerk_desk.store.schema import SCHEMA_HEAD

__all__ = ["SCHEMA_HEAD", "UpgradeResult", "backup_sqlite", "current_revision", "ensure_database", "normalize_url",
           "schema_drift", "sqlite_file"]


def database_errors() -> tuple[type[BaseException], ...]:
    """What "the database failed" is, by type: SQLAlchemy's errors and its drivers' (sqlite3, psycopg).
    For an ``except`` that must say "database" and let a bug through to the error handler."""
    import sqlite3

    import psycopg
    from sqlalchemy.exc import SQLAlchemyError

    return (SQLAlchemyError, sqlite3.Error, psycopg.Error)


def normalize_url(url: str) -> str:
    from clerk_desk.store.db import normalize_url as normalize

    return normalize(url)


def ensure_database(url: str | None = None) -> UpgradeResult:
    """The configured database (or ``url``), upgraded to head and seeded with the published calendar years."""
    result = _ensure_schema(url)
    seed_reference_data(result.url)  # cheap and repeatable: picks up years a newer chinese-calendar publishes
    return result


def seed_reference_data(url: str) -> None:
    """Reference data every database needs: the published calendar years."""
    from sqlalchemy.exc import IntegrityError

    from clerk_desk.config import database_url
    from clerk_desk.services.calendar import ensure_published_years
    from clerk_desk.services.station import DATABASE_STATION, acting_as, remember, station_code
    from clerk_desk.services.uow import unit_of_work

    # Seeding another database (the hall's, before a push) is that database's own work: its
    # audit entries must not take sequence numbers from this station's chain there.
    own = normalize_url(url) == normalize_url(database_url())
    for attempt in (1, 2):
        try:
            with acting_as(station_code() if own else DATABASE_STATION), unit_of_work(url) as session:
                ensure_published_years(session)
                if own:
                    remember(session)  # the station code is kept in the database too
            return
        except IntegrityError:  # another counter seeded the same years at the same moment: look again
            if attempt == 2:
                raise


def schema_drift(url: str) -> list[Any]:
    """Differences between the database at ``url`` and the program's tables (Alembic's comparison)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from clerk_desk.store.db import get_engine
    from clerk_desk.store.models import metadata

    with get_engine(url).connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False, "render_as_batch": True})
        return list(compare_metadata(ctx, metadata))


def ping(url: str | None = None) -> None:
    """Raises when the database cannot be reached (the status bar's check, in a worker)."""
    from sqlalchemy import text

    from clerk_desk.services.uow import engine_for

    with engine_for(url).connect() as conn:
        conn.execute(text("SELECT 1"))


def loose_permissions(directory: Path) -> list[tuple[Path, int]]:
    """The data directory and the files in it that other local accounts may read or write (POSIX):
    ``(path, mode)`` for each one wider than 0700 (folders) or 0600 (files)."""
    import os
    import stat

    if os.name != "posix" or not directory.is_dir():
        return []
    loose: list[tuple[Path, int]] = []
    for path in [directory, *sorted(directory.rglob("*"))]:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
        except OSError:
            continue
        if not path.is_symlink() and mode & 0o077:
            loose.append((path, mode))
    return loose


def close_connections() -> None:
    """Every engine's connections closed (the program is ending).  When the database stack never
    loaded (the window closed before the database opened) there is nothing to close, and loading
    SQLAlchemy only to find that out cost a quit a third of a second."""
    import sys

    db = sys.modules.get("clerk_desk.store.db")
    if db is not None:
        db.dispose_engines()
