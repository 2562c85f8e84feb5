"""``clerk-desk db upgrade|check``, ``clerk-desk backup FILE``, ``clerk-desk restore FILE``."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
from pathlib import Path

from clerk_desk.commands.common import disk_full, disk_full_message, say
from clerk_desk.config import database_url, language
from clerk_desk.services.database import SCHEMA_HEAD, backup_sqlite
from clerk_desk.services.database import sqlite_file as _sqlite_file


def upgrade(args: argparse.Namespace) -> int:
    from clerk_desk.services.database import ensure_database

    url = database_url()
    try:
        result = ensure_database(url)
    except Exception as exc:  # the environment's fault: say what, exit non-zero
        print(say(f"数据库升级失败：{exc}", f"database upgrade failed: {exc}"), file=sys.stderr)
        return 1
    if result.upgraded:
        print(say(f"数据库已升级：{result.before or '空'} → {result.after}",
                   f"database upgraded: {result.before or 'empty'} -> {result.after}"))
        if result.backup:
            print(say(f"升级前的备份：{result.backup}", f"backup before upgrade: {result.backup}"))
    else:
        print(say(f"数据库已是最新版本 {result.after}", f"database is already at {result.after}"))
    return 0


def check_problems(url: str, quick: bool = False) -> list[str]:
    """Everything wrong with the database at ``url``; empty when it is sound.

    ``quick`` (at start-up, under a second whatever the size): the file opens and its schema
    reads, the revision, and the audit chains' heads (and anchors) instead of a walk of every
    entry; SQLite's page-by-page checks (``quick_check`` reads every page: minutes for a 4 GB
    file) and the foreign keys are the full check's.  The full check walks the audit chains
    while SQLite checks the file in another thread (SQLite works without the GIL): on two
    cores it takes about the longer of the two, not their sum."""
    path = _sqlite_file(url)
    if path is not None and not path.exists():
        return [say(f"数据库文件不存在：{path}（请先运行 clerk-desk db upgrade）",
                     f"database file does not exist: {path} (run clerk-desk db upgrade first)")]
    if path is None:
        return _chain_problems(url, quick)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        file_check = pool.submit(_file_problems, path, quick)
        try:
            problems = _chain_problems(url, quick)
        except Exception:  # a damaged file: SQLite's own check names it
            if file_check.result():
                return file_check.result()
            raise
        return file_check.result() or problems


def _file_problems(path: Path, quick: bool) -> list[str]:
    """SQLite's own check of the file (integrity, foreign keys)."""
    problems: list[str] = []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10, check_same_thread=False)
        try:
            if quick:  # the header and the schema read whole; the pages one by one are the full check's
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return problems
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems.append(say("SQLite 完整性检查失败：", "SQLite integrity check failed: ")
                                + "; ".join(rows[:10]))
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            for table, rowid, parent, _ in fk[:10]:
                problems.append(say(f"外键错误：{table} 第 {rowid} 行引用的 {parent} 不存在",
                                     f"foreign key broken: {table} row {rowid} refers to a missing {parent}"))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [say(f"数据库文件已损坏或不是数据库：{path}（{exc}）",
                     f"database file is corrupt or not a database: {path} ({exc})")]
    return problems


def _chain_problems(url: str, quick: bool) -> list[str]:
    """The schema's revision and shape, the audit chains and the anchor."""
    problems: list[str] = []
    from clerk_desk.services.database import current_revision

    try:
        rev = current_revision(url)
    except Exception as exc:
        return [say(f"无法连接数据库：{exc}", f"cannot reach the database: {exc}")]
    if rev != SCHEMA_HEAD:
        problems.append(say(f"数据库结构版本为 {rev or '空'}，应为 {SCHEMA_HEAD}（运行 clerk-desk db upgrade）",
                             f"schema revision is {rev or 'empty'}, expected {SCHEMA_HEAD} (run clerk-desk db upgrade)"))
        return problems
    problems.extend(_schema_drift(url))
    from clerk_desk.services.audit import verify_chain, verify_heads
    from clerk_desk.services.audit_anchor import verify_anchor
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(url) as session:
        broken = verify_heads(session) if quick else verify_chain(session)
        anchored = verify_anchor(session)
    if broken is not None:
        problems.append(say("审计记录链断裂：", "audit trail broken: ") + broken.describe())
    if anchored is not None:
        problems.append(say("审计记录与本机锚定不符：", "audit trail does not match this station's anchor: ")
                        + anchored.describe())
    return problems


def _schema_drift(url: str) -> list[str]:
    from clerk_desk.services.database import schema_drift

    return [say(f"数据库结构与程序不符：{d}", f"schema differs from the program: {d}") for d in schema_drift(url)[:10]]


def warn_loose_permissions() -> None:
    """Files of the data directory that other local accounts can read: a warning, with the fix."""
    from clerk_desk.config import data_dir
    from clerk_desk.services.database import loose_permissions

    for path, mode in loose_permissions(data_dir()):
        want = "700" if path.is_dir() else "600"
        print(say(f"警告：{path} 的权限为 {mode:04o}，本机其他账户可以读取其中的个人信息；请执行 chmod {want} \"{path}\"",
                  f"warning: {path} has mode {mode:04o}, so other local accounts can read the personal data in it; "
                  f"run chmod {want} \"{path}\""), file=sys.stderr)


def check(args: argparse.Namespace) -> int:
    url = database_url()
    warn_loose_permissions()
    problems = check_problems(url, quick=getattr(args, "quick", False))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print(say("数据库检查通过", "database check passed"))
    return 0


def backup(args: argparse.Namespace) -> int:
    url = database_url()
    path = _sqlite_file(url)
    if path is None:
        print(say("PostgreSQL 数据库请使用 pg_dump 备份", "back up a PostgreSQL database with pg_dump"),
              file=sys.stderr)
        return 1
    if not path.exists():
        print(say(f"数据库文件不存在：{path}", f"database file does not exist: {path}"), file=sys.stderr)
        return 1
    target = Path(args.file)
    try:
        backup_sqlite(path, "backup", target)
    except (OSError, sqlite3.Error) as exc:
        if disk_full(exc):
            print(disk_full_message(target), file=sys.stderr)
            return 1
        reason = getattr(exc, "strerror", None) or str(exc)
        print(say(f"无法备份到 {target}：{reason}；请检查目录是否存在、磁盘空间和数据库文件（clerk-desk db check）",
                   f"cannot back up to {target}: {reason}; check the folder exists, the free space and the "
                   "database file (clerk-desk db check)"), file=sys.stderr)
        return 1
    print(say(f"已备份到 {target}", f"backed up to {target}"))
    return 0


def restore(args: argparse.Namespace) -> int:
    url = database_url()
    path = _sqlite_file(url)
    source = Path(args.file)
    if path is None:
        print(say("PostgreSQL 数据库请使用 pg_restore 恢复", "restore a PostgreSQL database with pg_restore"),
              file=sys.stderr)
        return 1
    problems = check_problems(f"sqlite:///{source}")
    if problems:
        print(say("备份文件有问题，未恢复：", "the backup file has problems; nothing restored:"), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    if not args.yes:
        print(say("恢复将替换当前数据库；确认请加 --yes", "restoring replaces the current database; add --yes"),
              file=sys.stderr)
        return 2
    if path.exists():
        kept = backup_sqlite(path, "before-restore")
        print(say(f"当前数据库已另存为 {kept}", f"current database kept as {kept}"))
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
    print(say(f"已从 {source} 恢复", f"restored from {source}"))
    return 0


def purge(args: argparse.Namespace) -> int:
    """Blank the full personal data of applications past the retention period (admin)."""
    from clerk_desk.commands.common import cli_actor, open_database
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import clock
    from clerk_desk.services.privacy import retention_purge
    from clerk_desk.services.uow import unit_of_work

    if not args.yes:
        print(say("此操作将永久清除到期业务的完整个人信息；确认请加 --yes",
                   "this permanently blanks personal data past the retention period; add --yes"), file=sys.stderr)
        return 2
    engine = open_database()
    try:
        with unit_of_work(engine) as session:
            actor = cli_actor(session, args.user, default_role="admin")
            result = retention_purge(session, actor, clock.today(), years=args.years)
    except RuleError as exc:
        print(exc.message(language()), file=sys.stderr)
        return 1
    print(say(f"已清除 {result.cutoff} 之前的 {result.applications} 笔业务、{result.persons} 位参保人的完整个人信息",
               f"blanked {result.applications} applications and {result.persons} persons before {result.cutoff}"))
    return 0
