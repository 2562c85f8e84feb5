"""Bring a database to the current schema, cheaply when it already is.

Start-up reads the schema revision without SQLAlchemy or Alembic (stdlib ``sqlite3``
for the SQLite default) and imports Alembic only when an upgrade is due.  Before a
SQLite file is upgraded, a backup copy is made beside it.  :func:`start_facts` reads, the
same way, what the desktop app needs to know before its login (the revision, the calendar
years, whether an account exists).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from clerk_desk.domain.problems import RuleError, define, error
from clerk_desk.paths import MIGRATIONS
from clerk_desk.store.schema import SCHEMA_HEAD

define("db.half_made_with_records", zh="{path}：数据库缺少结构版本但有 {rows} 条记录，未作改动，请恢复备份（clerk-desk restore）",
       en="{path}: tables without a schema revision, holding {rows} records; nothing was changed; "
          "restore a backup (clerk-desk restore)")
define("db.newer_than_program",
       zh="数据库的结构版本 {found} 比本程序新（本程序只认识到 {head}），它已由较新版本的 Clerk Desk 升级："
          "请把本程序更新到同一版本；数据库未作改动",
       en="The database's schema {found} is newer than this program knows ({head} at most): a newer Clerk Desk "
          "has upgraded it; update this program to that version. The database was not changed")

MIGRATIONS_DIR = MIGRATIONS


@dataclass(frozen=True)
class UpgradeResult:
    url: str
    before: str | None
    after: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.before != self.after


def normalize_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3 here (plain text: no SQLAlchemy needed)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _sqlite_file(url: str) -> Path | None:
    from urllib.parse import unquote

    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            rest = unquote(url[len(prefix):].split("?", 1)[0])
            if rest in ("", ":memory:"):
                return None
            return Path(rest)
    return None


def current_revision(url: str) -> str | None:
    """The database's Alembic revision, or None for an empty or missing database."""
    path = _sqlite_file(url)
    if path is not None:
        if not path.exists() or path.stat().st_size == 0:
            return None
        lite = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            row = lite.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
        finally:
            lite.close()
        return row[0] if row else None
    from sqlalchemy import text

    from clerk_desk.store.db import get_engine

    with get_engine(url).connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except Exception:
            conn.rollback()
            return None


@dataclass(frozen=True)
class StartFacts:
    """What a SQLite file says about itself, read without SQLAlchemy (:func:`start_facts`)."""

    revision: str | None
    station_remembered: bool  # station_identity holds this database's station code
    accounts: int
    calendar: dict[int, tuple[str, str, str]]  # year -> (origin, holidays JSON, workdays JSON)


def start_facts(url: str) -> StartFacts | None:
    """The start-up facts of a SQLite file at the current schema, read-only with stdlib ``sqlite3``;
    None when there is no such file, it is at another revision, or it cannot be read as expected
    (the caller then takes the full road: SQLAlchemy, Alembic, whose errors say what is wrong)."""
    path = _sqlite_file(normalize_url(url))
    if path is None or not path.is_file():
        return None
    try:
        lite = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            row = lite.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != SCHEMA_HEAD:
                return None
            station = lite.execute("SELECT 1 FROM station_identity LIMIT 1").fetchone() is not None
            accounts = lite.execute("SELECT count(*) FROM user_account").fetchone()[0]
            calendar = {int(y): (str(o), str(h), str(w)) for y, o, h, w in
                        lite.execute("SELECT year, origin, holidays, workdays FROM calendar_year")}
        finally:
            lite.close()
    except sqlite3.Error:
        return None
    return StartFacts(SCHEMA_HEAD, station, int(accounts), calendar)


def known_revisions() -> frozenset[str]:
    """The schema revisions this program can upgrade from: its migrations' (``0003_….py`` is ``0003``)."""
    return frozenset(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def needs_upgrade(url: str) -> bool:
    return current_revision(url) != SCHEMA_HEAD


def alembic_config(url: str):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config(str(MIGRATIONS_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def backup_sqlite(path: Path, label: str, target: Path | None = None) -> Path:
    """A consistent copy of a SQLite file (the online backup API copes with WAL), written to a
    temporary file and renamed into place: a full disk or a kill leaves no half or 0-byte copy."""
    from clerk_desk.safefile import atomic_path

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target or path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        with atomic_path(target) as tmp:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
            finally:
                dst.close()
    finally:
        src.close()
    return target


def _set_aside_half_made(path: Path) -> Path | None:
    """A SQLite file with tables but no schema revision (a first start killed by an older version):
    without records it is moved aside and built again; with records it is refused, untouched."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    lite = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        tables = [r[0] for r in lite.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        rows = sum(lite.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        lite.close()
    if not tables:
        return None
    if rows:
        raise RuleError(error("db.half_made_with_records", "database", path=path, rows=rows))
    aside = path.with_name(f"{path.name}.half-made-{datetime.now():%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.replace(aside)
    return aside


def upgrade(url: str) -> UpgradeResult:
    """Migrate to head (after a backup copy of an existing SQLite file)."""
    url = normalize_url(url)
    before = current_revision(url)
    if before is not None and before not in known_revisions():  # a newer program's: never "downgrade" it
        raise RuleError(error("db.newer_than_program", "database", found=before, head=SCHEMA_HEAD))
    backup = None
    path = _sqlite_file(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if before is not None and before != SCHEMA_HEAD:
            backup = backup_sqlite(path, f"before-{SCHEMA_HEAD}")
        elif before is None:
            backup = _set_aside_half_made(path)
    if before != SCHEMA_HEAD:
        from alembic import command

        from clerk_desk.store.db import get_engine

        cfg = alembic_config(url)
        with get_engine(url).connect() as conn:  # the process's engine for the URL (its timeouts, if any)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return UpgradeResult(url=url, before=before, after=SCHEMA_HEAD, backup=backup)


def ensure_schema(url: str | None = None) -> UpgradeResult:
    """The configured database (or ``url``) upgraded to head.  The reference data (calendar
    years) is seeded by ``clerk_desk.services.database.ensure_database``, the one start-up door."""
    if url is None:
        from clerk_desk.config import database_url

        url = database_url()
    url = normalize_url(url)
    return upgrade(url) if needs_upgrade(url) else UpgradeResult(url, SCHEMA_HEAD, SCHEMA_HEAD, None)
