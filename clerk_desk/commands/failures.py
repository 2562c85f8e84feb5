"""What a command says when it fails on its environment (a full disk, a damaged, read-only or locked
database file) or on a bug: the message and its fix in the configured language; the traceback goes to
the rotating log, which the message names."""

from __future__ import annotations

import sys

from clerk_desk.domain.problems import define

define("cli.error.database_file_locked",
       zh="数据库文件 {file} 正被其他程序占用（{reason}）；请关闭正在使用它的其他 Clerk Desk 窗口或命令后重试；"
          "已保存的数据未受影响",
       en="the database file {file} is in use by another program ({reason}); close the other Clerk Desk window "
          "or command using it and try again; nothing saved was lost")
define("cli.error.database_file_read_only_at",
       zh="数据库文件 {file} 只读，无法写入（{reason}）；请检查该文件及其所在文件夹的权限；已保存的数据未受影响",
       en="the database file {file} is read-only ({reason}); check the permissions of the file and of its "
          "folder; nothing saved was lost")


def _database_file() -> str:
    """The configured SQLite file (``CLERK_DESK_DATABASE_URL`` or the settings), else "the database"."""
    from clerk_desk.commands.texts import t

    try:
        from clerk_desk.config import database_url
        from clerk_desk.services.database import sqlite_file

        path = sqlite_file(database_url())
    except Exception:  # noqa: BLE001 - a broken settings file: the message still says what went wrong
        path = None
    return str(path) if path is not None else t("cli.error.database_or_output_file")


def _sqlite_message(reason: str) -> str:
    from clerk_desk.commands.texts import t
    from clerk_desk.config import language
    from clerk_desk.domain.problems import render

    flat = reason.lower().replace("-", "").replace(" ", "")
    if "notadatabase" in flat or "malformed" in flat:
        return t("cli.error.database_file_damaged_or", reason=reason)
    if "readonly" in flat:
        return render("cli.error.database_file_read_only_at", {"file": _database_file(), "reason": reason}, language())
    if "locked" in flat or "busy" in flat:
        return render("cli.error.database_file_locked", {"file": _database_file(), "reason": reason}, language())
    return t("cli.error.database_error_nothing_saved", reason=reason)


def known_error(exc: Exception, command: str = "") -> int:
    """Say what went wrong and what to do, in the configured language; the full traceback goes to
    the rotating log (``logs/clerk-desk.log``, masked), which the message names."""
    import sqlite3

    from clerk_desk.commands.common import EXIT_REFUSED, disk_full, disk_full_message
    from clerk_desk.commands.texts import t

    reason = (str(exc).splitlines() or [type(exc).__name__])[0][:300]
    orig = getattr(exc, "orig", None) or exc
    if disk_full(exc):
        msg = disk_full_message(getattr(orig, "filename", None) or t("cli.error.database_or_output_file"))
    elif isinstance(orig, sqlite3.Error):
        msg = _sqlite_message(reason)
    elif isinstance(exc, OSError):
        where = exc.filename or ""
        why = exc.strerror or reason
        msg = t("cli.error.cannot_read_or_write", where=where, why=why)
    else:
        msg = t("cli.error.something_went_wrong_nothing", reason=reason)
    from clerk_desk import logs

    log = logs.log_failure(exc, command or "clerk-desk")  # the command's name only: never its arguments
    if log is not None:
        msg += t("cli.error.details_in_log", log=log)
    print(msg, file=sys.stderr)
    return EXIT_REFUSED
