"""The command line: ``clerk-desk`` and its subcommands.

Each subcommand's work lives in ``clerk_desk.commands.<module>`` and is imported only
when that subcommand runs, so ``clerk-desk check-id`` never loads Qt or the database
stack, and ``clerk-desk`` without a subcommand starts the desktop app.

Exit status: 0 all fine, 1 some input was refused (each refused item says why), 2 usage.

Commands that read or change personal data or accounts act as an account: ``--user NAME``
and its password (the first line of standard input, a prompt on a terminal, or
``CLERK_DESK_PASSWORD`` for scripts), with that account's role; without them they stop with
exit status 2.  Exceptions: ``check-id``, ``due-date``, ``check-application``, ``calendar
list|show``, ``db check``, ``db upgrade``; ``user add`` while no account exists (the bootstrap:
the first supervisor or administrator); ``demo seed`` on an empty data directory (it makes the
demo point and accounts; run again it needs the demo supervisor, and it refuses a data
directory holding a real service point).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _handler(target: str) -> Callable[[argparse.Namespace], int]:
    """A handler that imports ``module:function`` only when called."""

    def run(args: argparse.Namespace) -> int:
        module_name, func_name = target.split(":")
        module = importlib.import_module(f"clerk_desk.commands.{module_name}")
        return int(getattr(module, func_name)(args) or 0)

    run.__qualname__ = target
    return run


PASSWORD_HELP = "its password: standard input, a prompt, or CLERK_DESK_PASSWORD"


def _acts_as(parser: argparse.ArgumentParser, needs: tuple[str, ...] = (), *, mode: str = "required",
             help: str = "the account acting") -> None:
    """The command reads or changes personal data or accounts: it runs as ``--user NAME`` (with
    that account's password), and only for a role allowed one of ``needs`` (when given)."""
    parser.add_argument("--user", metavar="NAME", default=None, help=f"{help} ({PASSWORD_HELP})")
    parser.set_defaults(identity=mode, needs=needs)


def _sign_in(args: argparse.Namespace) -> int:
    from clerk_desk.commands import common

    if args.identity == "bootstrap" and common.bootstrap_pending(args):
        return 0
    if args.identity == "self":  # the command checks who may run it (demo seed)
        return 0
    code = common.sign_in(args)
    if code == 0 and args.needs:
        code = common.refuse_unless_allowed(args.needs)
    return code


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="clerk-desk",
        description="Clerk Desk 医保窗口受理系统 — counter software for medical-insurance service points. "
        "Without a subcommand, starts the desktop app.",
    )
    from clerk_desk import __version__

    p.add_argument("--version", action="version", version=f"clerk-desk {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    # -- identity ----------------------------------------------------------------
    s = sub.add_parser("check-id", help="check resident ID numbers (校验身份证号码)")
    s.add_argument("--on", metavar="YYYY-MM-DD", help="the day of the check (default today)")
    s.add_argument("--json", action="store_true", help="print one JSON object a line")
    s.add_argument("numbers", nargs="+", metavar="NUMBER", help="ID numbers, or - to read one a line from stdin")
    s.set_defaults(func=_handler("check_id:run"))

    s = sub.add_parser("check-application", help="check application forms, one JSON object a line (校验申请表)")
    s.add_argument("--on", metavar="YYYY-MM-DD", help="the day of the check (default today)")
    s.add_argument("--point-kind", choices=("street", "county"), default=None,
                   help="kind of service point (default: the configured one)")
    s.add_argument("--json", action="store_true", help="print one JSON object a line")
    s.add_argument("file", metavar="FILE", help="a file of forms, one JSON object a line, or - for stdin")
    s.set_defaults(func=_handler("check_application:run"))

    # -- calendar ----------------------------------------------------------------
    s = sub.add_parser("due-date", help="card ready-by dates (领卡日期)")
    s.add_argument("--kind", choices=("street", "county"), default=None,
                   help="kind of service point (default: the configured one)")
    s.add_argument("--cutoff", metavar="HH:MM", default=None,
                   help="daily cut-off: later acceptances count from the next working day (default: the setting)")
    s.add_argument("--provisional", action="store_true",
                   help="count Monday to Friday where a year's calendar is missing, flagged provisional")
    s.add_argument("--json", action="store_true", help="print one JSON object a line")
    s.add_argument("datetimes", nargs="+", metavar="DATETIME", help="ISO date-times of acceptance, or -")
    s.set_defaults(func=_handler("due_date:run"))

    s = sub.add_parser("calendar", help="working-day calendar years (工作日历)")
    cal = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    c = cal.add_parser("list", help="list the years held")
    c.set_defaults(func=_handler("calendar:list_years"))
    c = cal.add_parser("show", help="show one year's days off and working weekends")
    c.add_argument("year", type=int)
    c.set_defaults(func=_handler("calendar:show_year"))
    c = cal.add_parser("import", help="import a year from a TOML file")
    c.add_argument("file")
    c.add_argument("--yes", action="store_true", help="replace an existing year without asking")
    _acts_as(c, ("edit_calendar",), help="the supervisor importing")
    c.set_defaults(func=_handler("calendar:import_year"))

    # -- demo, reports, printing ---------------------------------------------------
    s = sub.add_parser("demo", help="demo data")
    demo = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    d = demo.add_parser("seed", help="fill the database with synthetic applications")
    d.add_argument("--applications", type=int, default=200)
    d.add_argument("--days", type=int, default=30)
    d.add_argument("--seed", type=int, default=None)
    _acts_as(d, mode="self", help="the demo supervisor, once the demo accounts exist")
    d.set_defaults(func=_handler("demo:seed"))

    s = sub.add_parser("find", help="find applications by ID number, name, number or pickup code (查询)")
    s.add_argument("text", metavar="TEXT")
    s.add_argument("--limit", type=int, default=50, help="at most this many rows (1-500, default 50)")
    s.add_argument("--json", action="store_true", help="one JSON object a line")
    _acts_as(s, ("search",), help="the account the search is made and audited as")
    s.set_defaults(func=_handler("find:run"))

    s = sub.add_parser("report", help="reports (报表)")
    rep = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    r = rep.add_parser("daily", help="the daily report of a service point")
    r.add_argument("--date", metavar="YYYY-MM-DD")
    r.add_argument("--point", metavar="CODE")
    r.add_argument("--pdf", metavar="FILE")
    r.add_argument("--csv", metavar="FILE")
    _acts_as(r, ("daily_report",), help="the supervisor printing")
    r.set_defaults(func=_handler("report:daily"))

    s = sub.add_parser("print", help="reprint a document (补打)")
    s.add_argument("document", choices=("receipt", "slip", "notice"))
    s.add_argument("application_number", metavar="APPLICATION_NUMBER",
                   help="the application number, or its id (a returned application has no number)")
    s.add_argument("--pdf", metavar="FILE", required=True)
    _acts_as(s, help="the account reprinting")
    s.set_defaults(func=_handler("reprint:run"))

    # -- sync, backup --------------------------------------------------------------
    s = sub.add_parser("sync", help="synchronise with the central database")
    sy = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    for name in ("push", "pull"):
        x = sy.add_parser(name)
        x.add_argument("--central", metavar="URL", help="central database URL (default: the setting)")
        _acts_as(x, ("sync",))
        x.set_defaults(func=_handler(f"sync:{name}"))
    s = sub.add_parser("bundle", help="offline sync through a bundle file")
    bu = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    for name in ("export", "import"):
        x = bu.add_parser(name)
        x.add_argument("file")
        _acts_as(x, ("sync",))
        x.set_defaults(func=_handler(f"sync:bundle_{name}"))
    s = sub.add_parser("backup", help="copy the database to a file")
    s.add_argument("file")
    _acts_as(s, ("export", "database_tools"))
    s.set_defaults(func=_handler("db:backup"))
    s = sub.add_parser("restore", help="restore the database from a backup file")
    s.add_argument("file")
    s.add_argument("--yes", action="store_true")
    _acts_as(s, ("database_tools",))
    s.set_defaults(func=_handler("db:restore"))

    # -- accounts ------------------------------------------------------------------
    s = sub.add_parser("user", help="accounts (账户)")
    us = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    u = us.add_parser("add")
    u.add_argument("--role", choices=("clerk", "supervisor", "admin"), required=True)
    u.add_argument("--display-name", default=None)
    u.add_argument("name")
    _acts_as(u, mode="bootstrap", help="the supervisor or administrator adding it (not needed for the very first "
                                       "account)")
    u.set_defaults(func=_handler("user:add"))
    u = us.add_parser("list")
    _acts_as(u, ("manage_clerks",))
    u.set_defaults(func=_handler("user:list_users"))
    u = us.add_parser("passwd")
    u.add_argument("name")
    _acts_as(u)
    u.set_defaults(func=_handler("user:passwd"))
    u = us.add_parser("disable")
    u.add_argument("name")
    _acts_as(u)
    u.set_defaults(func=_handler("user:disable"))

    # -- database ------------------------------------------------------------------
    s = sub.add_parser("db", help="database tools")
    db = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    x = db.add_parser("upgrade", help="migrate the database to the newest schema")
    x.set_defaults(func=_handler("db:upgrade"))
    x = db.add_parser("check", help="verify schema, integrity and the audit chain")
    x.add_argument("--quick", action="store_true", help="schema and audit chain heads only (the full check reads all)")
    x.set_defaults(func=_handler("db:check"))
    x = db.add_parser("purge", help="blank personal data of finished applications past the retention period")
    x.add_argument("--years", type=int, default=None, help="retention in years (default: the setting)")
    _acts_as(x, ("database_tools",), help="the administrator")
    x.add_argument("--yes", action="store_true", help="do it without asking")
    x.set_defaults(func=_handler("db:purge"))
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from clerk_desk.config import private_by_default

    private_by_default()  # files 0600, folders 0700: full ID numbers are nobody else's business
    from clerk_desk import logs

    logs.configure()  # the rotating, masked log in the data directory
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None:
        from clerk_desk.gui.app import run_app

        return run_app(argv)
    if "clerk_desk.commands.common" in sys.modules:  # a second run in one process acts as nobody yet
        sys.modules["clerk_desk.commands.common"].act_as(None)
    if sys.stdout is None:  # started with standard output closed: nowhere to put the results
        print("standard output is closed; nothing was done / 标准输出已关闭，未执行", file=sys.stderr)
        return EXIT_REFUSED
    try:
        from clerk_desk.commands.common import settings_or_warn

        settings_or_warn()  # a broken settings file is reported (naming the key), never a crash
        if getattr(args, "identity", None):
            code = _sign_in(args)
            if code:
                return code
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the environment's fault: a message, never a traceback
        return _known_error(exc)


def _quiet_stdout() -> None:
    """stdout was closed by the reader (``| head``): let the exit not complain about flushing it."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _known_error(exc: Exception) -> int:
    """Say what went wrong and what to do, in the configured language; details go to a log file."""
    import sqlite3
    import traceback

    from clerk_desk.commands.common import disk_full, disk_full_message, say

    reason = (str(exc).splitlines() or [type(exc).__name__])[0][:300]
    orig = getattr(exc, "orig", None) or exc
    if disk_full(exc):
        msg = disk_full_message(getattr(orig, "filename", None) or say("数据库或输出文件", "the database or output file"))
    elif isinstance(orig, sqlite3.DatabaseError) and ("not a database" in reason or "malformed" in reason):
        msg = say(f"数据库文件已损坏或不是数据库（{reason}）；请运行 clerk-desk db check，并用 clerk-desk restore 恢复备份",
                  f"the database file is damaged or not a database ({reason}); run clerk-desk db check and "
                  "restore a backup with clerk-desk restore")
    elif isinstance(orig, sqlite3.OperationalError) and "readonly" in reason.replace("-", "").replace(" ", ""):
        msg = say(f"数据库文件只读，无法写入（{reason}）；请检查文件权限",
                  f"the database file is read-only ({reason}); check its permissions")
    elif isinstance(orig, sqlite3.Error):
        msg = say(f"数据库出错：{reason}；已保存的数据未受影响", f"database error: {reason}; nothing saved was lost")
    elif isinstance(exc, OSError):
        where = exc.filename or ""
        msg = say(f"无法读写文件 {where}：{exc.strerror or reason}；请检查目录是否存在、权限和磁盘空间",
                  f"cannot read or write {where}: {exc.strerror or reason}; check the folder exists, the "
                  "permissions and the free space")
    else:
        msg = say(f"出错了：{reason}；已保存的数据未受影响", f"something went wrong: {reason}; nothing saved was lost")
    try:
        from clerk_desk.config import data_dir

        log = data_dir() / "errors.log"
        with open(log, "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)) + "\n")
        msg += say(f"（详情见 {log}）", f" (details in {log})")
    except OSError:
        pass
    print(msg, file=sys.stderr)
    return EXIT_REFUSED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
