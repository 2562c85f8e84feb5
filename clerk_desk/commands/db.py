"""``clerk-desk db upgrade|check``, ``clerk-desk backup FILE``, ``clerk-desk restore FILE``."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

from clerk_desk.commands.common import disk_full, disk_full_message
from clerk_desk.commands.texts import lang, t
from clerk_desk.config import database_url, language
from clerk_desk.services.database import SCHEMA_HEAD, backup_sqlite
from clerk_desk.services.database import sqlite_file as _sqlite_file


def upgrade(args: argparse.Namespace) -> int:
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services.database import ensure_database

    url = database_url()
    try:
        result = ensure_database(url)
    except RuleError as exc:  # refused (a newer program's schema, a half-made file): why, in the user's language
        print(t("cli.db.database_upgrade_failed", exc=exc.message(lang())), file=sys.stderr)
        return 1
    except Exception as exc:  # the environment's fault: say what, exit non-zero
        print(t("cli.db.database_upgrade_failed", exc=exc), file=sys.stderr)
        return 1
    if result.upgraded:
        before = result.before or t("cli.db.empty")
        print(t("cli.db.database_upgraded", before=before, after=result.after))
        if result.backup:
            print(t("cli.db.backup_before_upgrade", backup=result.backup))
    else:
        print(t("cli.db.database_already_at", after=result.after))
    return 0


def check_problems(url: str, quick: bool = False) -> list[str]:
    """Everything wrong with the database at ``url``; empty when it is sound.

    ``quick`` (at start-up, under a second whatever the size): the file opens and its schema
    reads, the revision, and the audit chains' heads (and anchors) instead of a walk of every
    entry; SQLite's page-by-page checks (``quick_check`` reads every page: minutes for a 4 GB
    file) and the foreign keys are the full check's.  The full check walks the audit chains
    while SQLite checks the file's pages and its foreign keys in two other threads."""
    path = _sqlite_file(url)
    if path is not None and not path.exists():
        return [t("cli.db.check_no_file", path=path)]
    if path is None:
        return _chain_problems(url, quick)
    if quick:
        return _schema_problems(path) or _chain_problems(url, True)
    from concurrent.futures import ThreadPoolExecutor

    # SQLite's page check, its foreign-key check and the chain walk each on its own: SQLite works
    # without the GIL, so on two cores the wall time is about the page check's (46 s CPU at
    # 1,000,000 applications) rather than the sum (+ 26 s chain, + 5 s foreign keys).
    with ThreadPoolExecutor(max_workers=2) as pool:
        pages = pool.submit(_page_problems, path)
        keys = pool.submit(_key_problems, path)
        try:
            problems = _chain_problems(url, quick)
        except Exception:  # a damaged file: SQLite's own check names it
            if pages.result():
                return pages.result()
            raise
        return (pages.result() + keys.result()) or problems


def _sqlite_rows(path: Path, sql: str) -> list[Any] | str:
    """``sql`` on a read-only connection of its own (one of SQLite's checks, run beside the others);
    what is wrong when the file cannot even be read so."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10, check_same_thread=False)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return t("cli.db.database_file_corrupt_or", path=path, exc=exc)


def _schema_problems(path: Path) -> list[str]:
    """The header and the schema read whole (the quick check; the pages one by one are the full one's)."""
    rows = _sqlite_rows(path, "SELECT count(*) FROM sqlite_master")
    return [rows] if isinstance(rows, str) else []


def _page_problems(path: Path) -> list[str]:
    rows = _sqlite_rows(path, "PRAGMA integrity_check")
    if isinstance(rows, str):
        return [rows]
    return [] if [r[0] for r in rows] == ["ok"] else [
        t("cli.db.sqlite_integrity_check_failed") + "; ".join(r[0] for r in rows[:10])]


def _key_problems(path: Path) -> list[str]:
    rows = _sqlite_rows(path, "PRAGMA foreign_key_check")
    if isinstance(rows, str):
        return [rows]
    return [t("cli.db.foreign_key_broken_row", table=table, rowid=rowid, parent=parent)
            for table, rowid, parent, _ in rows[:10]]


def _chain_problems(url: str, quick: bool) -> list[str]:
    """The schema's revision and shape, the audit chains and the anchor."""
    problems: list[str] = []
    from clerk_desk.services.database import current_revision

    try:
        rev = current_revision(url)
    except Exception as exc:
        return [t("cli.db.cannot_reach_database", exc=exc)]
    if rev != SCHEMA_HEAD:
        from clerk_desk.services.database import known_revisions

        revision = rev or t("cli.db.empty")
        newer = rev is not None and rev not in known_revisions()  # upgrading is not the fix: a newer program is
        problems.append(t("cli.db.schema_newer_than_program" if newer else "cli.db.schema_revision_expected_run",
                          revision=revision, SCHEMA_HEAD=SCHEMA_HEAD))
        return problems
    problems.extend(_schema_drift(url))
    from clerk_desk.services.audit import verify_chain, verify_heads
    from clerk_desk.services.audit_anchor import verify_anchor
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(url) as session:
        broken = verify_heads(session) if quick else verify_chain(session)
        anchored = verify_anchor(session)
    if broken is not None:
        problems.append(t("cli.db.audit_trail_broken") + broken.describe(lang()))
    if anchored is not None:
        problems.append(t("cli.db.audit_trail_does_not")
                        + anchored.describe(lang()))
    return problems


def _schema_drift(url: str) -> list[str]:
    from clerk_desk.services.database import schema_drift

    return [t("cli.db.schema_differs_from_program", d=d) for d in schema_drift(url)[:10]]


def warn_loose_permissions() -> None:
    """Files of the data directory that other local accounts can read: a warning, with the fix."""
    from clerk_desk.config import data_dir
    from clerk_desk.private_files import check_private
    from clerk_desk.services.database import loose_permissions

    directory = data_dir()
    for path, mode in loose_permissions(directory):
        want = "700" if path.is_dir() else "600"
        print(t("cli.db.mode_too_wide", path=path, mode=mode, want=want), file=sys.stderr)
    problems, command = check_private(directory)  # Windows: the ACL icacls gives it
    if problems:
        print(t("cli.db.acl_not_private", path=directory, reason="; ".join(problems), command=command),
              file=sys.stderr)


def check(args: argparse.Namespace) -> int:
    url = database_url()
    warn_loose_permissions()
    problems = check_problems(url, quick=getattr(args, "quick", False))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print(t("cli.db.database_check_passed"))
    return 0


def backup(args: argparse.Namespace) -> int:
    url = database_url()
    path = _sqlite_file(url)
    if path is None:
        print(t("cli.db.back_up_postgresql_database"),
              file=sys.stderr)
        return 1
    if not path.exists():
        print(t("cli.db.backup_no_file", path=path), file=sys.stderr)
        return 1
    target = Path(args.file)
    try:
        backup_sqlite(path, "backup", target)
    except (OSError, sqlite3.Error) as exc:
        if disk_full(exc):
            print(disk_full_message(target), file=sys.stderr)
            return 1
        reason = getattr(exc, "strerror", None) or str(exc)
        print(t("cli.db.cannot_back_up_check", target=target, reason=reason), file=sys.stderr)
        return 1
    print(t("cli.db.backed_up", target=target))
    return 0


def restore(args: argparse.Namespace) -> int:
    url = database_url()
    path = _sqlite_file(url)
    source = Path(args.file)
    if path is None:
        print(t("cli.db.restore_postgresql_database_with"),
              file=sys.stderr)
        return 1
    problems = check_problems(f"sqlite:///{source}")
    if problems:
        print(t("cli.db.backup_file_has_problems"), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    if not args.yes:
        print(t("cli.db.restoring_replaces_current_database"),
              file=sys.stderr)
        return 2
    if path.exists():
        kept = backup_sqlite(path, "before-restore")
        print(t("cli.db.current_database_kept_as", kept=kept))
    tmp = path.with_suffix(".restoring")
    shutil.copyfile(source, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    tmp.replace(path)
    from clerk_desk.services.audit_anchor import reset
    from clerk_desk.services.database import close_connections
    from clerk_desk.services.uow import unit_of_work

    close_connections()  # the old file's connections
    with unit_of_work(url) as session:
        reset(session)  # the restored trail is this station's trail from now on
    print(t("cli.db.restored_from", source=source))
    return 0


def purge(args: argparse.Namespace) -> int:
    """Blank the full personal data of applications past the retention period (admin)."""
    from clerk_desk.commands.common import cli_actor, open_database
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import clock
    from clerk_desk.services.privacy import retention_purge
    from clerk_desk.services.uow import unit_of_work

    if not args.yes:
        print(t("cli.db.this_permanently_blanks_personal"), file=sys.stderr)
        return 2
    engine = open_database()
    try:
        with unit_of_work(engine) as session:
            actor = cli_actor(session, args.user, default_role="admin")
            result = retention_purge(session, actor, clock.today(), years=args.years)
    except RuleError as exc:
        print(exc.message(language()), file=sys.stderr)
        return 1
    print(t("cli.db.blanked_applications_and_persons", cutoff=result.cutoff, applications=result.applications, persons=result.persons))
    return 0
