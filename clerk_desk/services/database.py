"""Start-up and migrations: the one door from the GUI and the command line to the database's
set-up (they never import ``clerk_desk.store``).

:func:`ensure_database` brings a database to the current schema (``store.bootstrap``) and then
seeds the reference data every database needs (the published calendar years) — the seeding is
a service's work, so it lives here and the store never imports the services.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clerk_desk.store.bootstrap import (
    UpgradeResult,
    backup_sqlite,
    current_revision,
    known_revisions,  # noqa: F401  (re-exported for the command line)
    normalize_url,
    start_facts,
)
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


def ensure_database(url: str | None = None) -> UpgradeResult:
    """The configured database (or ``url``), upgraded to head and seeded with the published calendar years."""
    result = _ensure_schema(url)
    seed_reference_data(result.url)  # cheap and repeatable: picks up years a newer chinese-calendar publishes
    return result


def open_at_start(url: str) -> dict[str, Any]:
    """The desktop app's start (in a worker): the database at head and seeded (:func:`ensure_database`),
    and what the window shows before the login: ``url``, ``upgraded``, the calendar ``banner`` and
    ``needs_first_run`` (no account yet).

    A SQLite file already at head, holding the published calendar years and its station code,
    needs nothing written: then this is read with stdlib ``sqlite3`` alone, and the login shows
    without waiting for SQLAlchemy (a third of a second), which loads while the clerk types."""
    url = normalize_url(url)
    quick = _settled(url)
    if quick is not None:
        return quick
    result = ensure_database(url)
    from clerk_desk.services import accounts, calendar
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(result.url) as session:
        return {"url": result.url, "upgraded": result.upgraded, "banner": calendar.banner(session),
                "needs_first_run": accounts.needs_first_run(session)}


def _settled(url: str) -> dict[str, Any] | None:
    """:func:`open_at_start`'s answer when :func:`ensure_database` would change nothing, else None."""
    facts = start_facts(url)
    if facts is None or not facts.station_remembered or not _published_years_held(facts.calendar):
        return None
    from clerk_desk.domain.workdays import calendar_banner
    from clerk_desk.services import clock

    return {"url": url, "upgraded": False, "banner": calendar_banner(clock.today(), list(facts.calendar)),
            "needs_first_run": facts.accounts == 0}


def _published_years_held(held: dict[int, tuple[str, str, str]]) -> bool:
    """Every year the chinese-calendar package carries is stored, and a stored package year has its
    days (what ``calendar.ensure_published_years`` checks before it adds or refreshes one)."""
    import json

    from chinese_calendar import constants

    published: dict[int, tuple[list[str], list[str]]] = {}
    for days, i in ((constants.holidays, 0), (constants.workdays, 1)):
        for day in days:
            published.setdefault(day.year, ([], []))[i].append(day.isoformat())
    for year, (holidays, workdays) in published.items():
        row = held.get(year)
        if row is None:
            return False
        origin, stored_holidays, stored_workdays = row
        if origin == "package":  # calendar.ORIGIN_PACKAGE (an imported year is never refreshed)
            try:
                same = (sorted(json.loads(stored_holidays)) == sorted(holidays)
                        and sorted(json.loads(stored_workdays)) == sorted(workdays))
            except (ValueError, TypeError):
                return False
            if not same:
                return False
    return True


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


def url_with_connect_timeout(url: str, seconds: int) -> str:
    """``url`` with a connect timeout for PostgreSQL, unless it already names one (a central server
    that does not answer is given up after ``seconds``, not the system's minutes)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        u = make_url(normalize_url(url))
    except ArgumentError:  # not an address: left as typed, for the exchange to refuse with its reason
        return url
    if u.get_backend_name() != "postgresql" or "connect_timeout" in u.query:
        return url
    return u.update_query_dict({"connect_timeout": str(seconds)}).render_as_string(hide_password=False)


def url_for_display(url: str) -> str:
    """A database's address without its password; a malformed one as typed."""
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - a malformed setting is shown as typed
        return url


def trouble(exc: BaseException) -> str | None:
    """What kind of database trouble ``exc`` is, told apart by its SQLAlchemy (or driver) type:
    ``constraint``, ``locked``, ``disk_full``, ``unreachable`` or ``other``; None when it is not one."""
    if not isinstance(exc, database_errors()):
        return None
    from sqlalchemy import exc as sa

    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, sa.IntegrityError):
        return "constraint"
    if "database is locked" in text or "lock timeout" in text or "deadlock" in text:
        return "locked"
    if "disk is full" in text or "no space left" in text or "disk full" in text or "diskfull" in text:
        return "disk_full"
    if isinstance(exc, sa.OperationalError | sa.InterfaceError | sa.DisconnectionError | sa.TimeoutError):
        return "unreachable"
    return "other"


def checkpoint(url: str) -> tuple[int, int] | None:
    """Copy what the write-ahead log holds into the SQLite file, between a counter's writes (the
    GUI asks for it a moment after each change, in a worker).  Left to SQLite, the copy runs inside
    the commit that takes the log past 1,000 pages: with its two fsyncs, one acceptance in about
    fifteen took 7–15 ms longer.  Done while the clerk turns to the next walk-in, the log starts
    again from its beginning at the next write and no commit carries the copy.  Passive: it waits
    for no one and stops where a reader still needs the log.  ``(pages in the log, pages copied)``;
    ``None`` for PostgreSQL, which checkpoints on its own."""
    if sqlite_file(url) is None:
        return None
    from clerk_desk.services.uow import engine_for

    raw = engine_for(url).raw_connection()  # the driver's own: no transaction around the PRAGMA
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
        _busy, pages, copied = cursor.fetchone() or (0, 0, 0)
        cursor.close()
    finally:
        raw.close()
    return pages, copied


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
