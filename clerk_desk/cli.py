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
from typing import Any

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class _Formatter(argparse.HelpFormatter):
    """argparse's, asking the terminal's width itself: argparse imports shutil (zlib, bz2, lzma) for it."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


def _columns() -> int:
    """``shutil.get_terminal_size().columns``: ``COLUMNS``, else the terminal's, else 80."""
    import os

    try:
        if int(os.environ["COLUMNS"]) > 0:
            return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, argparse._("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})


def _handler(target: str) -> Callable[[argparse.Namespace], int]:
    """A handler that imports ``module:function`` only when called."""

    def run(args: argparse.Namespace) -> int:
        module_name, func_name = target.split(":")
        module = importlib.import_module(f"clerk_desk.commands.{module_name}")
        return int(getattr(module, func_name)(args) or 0)

    run.__qualname__ = target
    return run


_help_language: str | None = None  # the language of the help texts, read once per parser built


def _h(code: str, **params: Any) -> str:
    """A help text of the command line, in the configured language (``clerk_desk.commands.texts``)."""
    from clerk_desk.commands.texts import lang, render_in

    return render_in(code, params, _help_language or lang())


def _acts_as(parser: argparse.ArgumentParser, needs: tuple[str, ...] = (), *, mode: str = "required",
             help: str = "cli.help.acting") -> None:
    """The command reads or changes personal data or accounts: it runs as ``--user NAME`` (with
    that account's password), and only for a role allowed one of ``needs`` (when given).  ``help``
    is the catalogue code saying who that account is."""
    parser.add_argument("--user", metavar="NAME", default=None, help=_h("cli.help.password", who=_h(help)))
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


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser of the command line.  When ``argv`` starts with a command, only that command's
    group is built (its help texts are translated, which is most of a parser's cost); else all."""
    global _help_language
    from clerk_desk.commands.argparse_words import speak
    from clerk_desk.commands.texts import lang

    _help_language = speak(lang())  # argparse's own words (usage, errors) in that language too
    try:
        p = _Parser(prog="clerk-desk", description=_h("cli.help.description"))
        from clerk_desk import __version__

        p.add_argument("--version", action="version", version=f"clerk-desk {__version__}", help=_h("cli.help.version"))
        sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
        group = _GROUPS.get(argv[0]) if argv else None
        for build in (group,) if group else dict.fromkeys(_GROUPS.values()):
            build(sub)
    finally:
        _help_language = None
    return p


def _identity_commands(sub: Any) -> None:
    """The identity commands."""
    s = sub.add_parser("check-id", help=_h("cli.help.check_id"))
    s.add_argument("--on", metavar="YYYY-MM-DD", help=_h("cli.help.on"))
    s.add_argument("--json", action="store_true", help=_h("cli.help.json"))
    s.add_argument("numbers", nargs="+", metavar="NUMBER", help=_h("cli.help.check_id.numbers"))
    s.set_defaults(func=_handler("check_id:run"), light=True)

    s = sub.add_parser("check-application", help=_h("cli.help.check_application"))
    s.add_argument("--on", metavar="YYYY-MM-DD", help=_h("cli.help.on"))
    s.add_argument("--point-kind", choices=("street", "county"), default=None,
                   help=_h("cli.help.point_kind"))
    s.add_argument("--json", action="store_true", help=_h("cli.help.json"))
    s.add_argument("file", metavar="FILE", help=_h("cli.help.check_application.file"))
    s.set_defaults(func=_handler("check_application:run"))


def _calendar_commands(sub: Any) -> None:
    """The calendar commands."""
    s = sub.add_parser("due-date", help=_h("cli.help.due_date"))
    s.add_argument("--kind", choices=("street", "county"), default=None,
                   help=_h("cli.help.point_kind"))
    s.add_argument("--cutoff", metavar="HH:MM", default=None,
                   help=_h("cli.help.due_date.cutoff"))
    s.add_argument("--provisional", action="store_true",
                   help=_h("cli.help.due_date.provisional"))
    s.add_argument("--json", action="store_true", help=_h("cli.help.json"))
    s.add_argument("datetimes", nargs="+", metavar="DATETIME", help=_h("cli.help.due_date.datetimes"))
    s.set_defaults(func=_handler("due_date:run"))

    s = sub.add_parser("calendar", help=_h("cli.help.calendar"))
    cal = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    c = cal.add_parser("list", help=_h("cli.help.calendar.list"))
    c.set_defaults(func=_handler("calendar:list_years"))
    c = cal.add_parser("show", help=_h("cli.help.calendar.show"))
    c.add_argument("year", type=int)
    c.set_defaults(func=_handler("calendar:show_year"))
    c = cal.add_parser("import", help=_h("cli.help.calendar.import"))
    c.add_argument("file")
    c.add_argument("--yes", action="store_true", help=_h("cli.help.calendar.yes"))
    _acts_as(c, ("edit_calendar",), help="cli.help.calendar.user")
    c.set_defaults(func=_handler("calendar:import_year"))


def _demo_report_print_commands(sub: Any) -> None:
    """The demo, reports, printing commands."""
    s = sub.add_parser("demo", help=_h("cli.help.demo"))
    demo = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    d = demo.add_parser("seed", help=_h("cli.help.demo.seed"))
    d.add_argument("--applications", type=int, default=200)
    d.add_argument("--days", type=int, default=30)
    d.add_argument("--seed", type=int, default=None)
    _acts_as(d, mode="self", help="cli.help.demo.user")
    d.set_defaults(func=_handler("demo:seed"))

    s = sub.add_parser("find", help=_h("cli.help.find"))
    s.add_argument("text", metavar="TEXT")
    s.add_argument("--limit", type=int, default=50, help=_h("cli.help.find.limit"))
    s.add_argument("--json", action="store_true", help=_h("cli.help.json"))
    _acts_as(s, ("search",), help="cli.help.find.user")
    s.set_defaults(func=_handler("find:run"))

    s = sub.add_parser("report", help=_h("cli.help.report"))
    rep = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    r = rep.add_parser("daily", help=_h("cli.help.report.daily"))
    r.add_argument("--date", metavar="YYYY-MM-DD")
    r.add_argument("--point", metavar="CODE")
    r.add_argument("--pdf", metavar="FILE")
    r.add_argument("--csv", metavar="FILE")
    _acts_as(r, ("daily_report",), help="cli.help.report.user")
    r.set_defaults(func=_handler("report:daily"))

    s = sub.add_parser("print", help=_h("cli.help.print"))
    s.add_argument("document", choices=("receipt", "slip", "notice"))
    s.add_argument("application_number", metavar="APPLICATION_NUMBER",
                   help=_h("cli.help.print.number"))
    s.add_argument("--pdf", metavar="FILE", required=True)
    _acts_as(s, help="cli.help.print.user")
    s.set_defaults(func=_handler("reprint:run"))


def _sync_backup_commands(sub: Any) -> None:
    """The sync, backup commands."""
    s = sub.add_parser("sync", help=_h("cli.help.sync"))
    sy = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    for name in ("push", "pull"):
        x = sy.add_parser(name)
        x.add_argument("--central", metavar="URL", help=_h("cli.help.sync.central"))
        _acts_as(x, ("sync",))
        x.set_defaults(func=_handler(f"sync:{name}"))
    s = sub.add_parser("bundle", help=_h("cli.help.bundle"))
    bu = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    for name in ("export", "import"):
        x = bu.add_parser(name)
        x.add_argument("file")
        _acts_as(x, ("sync",))
        x.set_defaults(func=_handler(f"sync:bundle_{name}"))
    s = sub.add_parser("backup", help=_h("cli.help.backup"))
    s.add_argument("file")
    _acts_as(s, ("export", "database_tools"))
    s.set_defaults(func=_handler("db:backup"))
    s = sub.add_parser("restore", help=_h("cli.help.restore"))
    s.add_argument("file")
    s.add_argument("--yes", action="store_true")
    _acts_as(s, ("database_tools",))
    s.set_defaults(func=_handler("db:restore"))


def _account_commands(sub: Any) -> None:
    """The accounts commands."""
    s = sub.add_parser("user", help=_h("cli.help.user"))
    us = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    u = us.add_parser("add")
    u.add_argument("--role", choices=("clerk", "supervisor", "admin"), required=True)
    u.add_argument("--display-name", default=None)
    u.add_argument("name")
    _acts_as(u, mode="bootstrap", help="cli.help.user.add_user")
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


def _database_commands(sub: Any) -> None:
    """The database commands."""
    s = sub.add_parser("db", help=_h("cli.help.db"))
    db = s.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    x = db.add_parser("upgrade", help=_h("cli.help.db.upgrade"))
    x.set_defaults(func=_handler("db:upgrade"))
    x = db.add_parser("check", help=_h("cli.help.db.check"))
    x.add_argument("--quick", action="store_true", help=_h("cli.help.db.quick"))
    x.set_defaults(func=_handler("db:check"))
    x = db.add_parser("purge", help=_h("cli.help.db.purge"))
    x.add_argument("--years", type=int, default=None, help=_h("cli.help.db.years"))
    _acts_as(x, ("database_tools",), help="cli.help.db.user")
    x.add_argument("--yes", action="store_true", help=_h("cli.help.yes"))
    x.set_defaults(func=_handler("db:purge"))


# each command's group of subcommands (the order is that of the help)
_GROUPS: dict[str, Callable[[Any], None]] = {
    "check-id": _identity_commands, "check-application": _identity_commands,
    "due-date": _calendar_commands, "calendar": _calendar_commands,
    "demo": _demo_report_print_commands, "find": _demo_report_print_commands,
    "report": _demo_report_print_commands, "print": _demo_report_print_commands,
    "sync": _sync_backup_commands, "bundle": _sync_backup_commands, "backup": _sync_backup_commands,
    "restore": _sync_backup_commands, "user": _account_commands, "db": _database_commands,
}


def _configure_logs() -> None:
    """The rotating, masked log in the data directory; on Windows, which ignores the umask, the data
    directory also gets its own access list (icacls)."""
    import logging

    from clerk_desk import logs

    log = logs.configure()
    if log is not None:
        from clerk_desk import private_files

        why = private_files.make_private(log.parent.parent)
        if why is not None:
            logging.getLogger("clerk_desk").warning("data directory not made private: %s", why)


def main(argv: Sequence[str] | None = None) -> int:
    from clerk_desk.datadir import one_reading, private_by_default

    private_by_default()  # files 0600, folders 0700: full ID numbers are nobody else's business
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv:
        with one_reading():  # the settings file is read once for the language of all this run says
            parser = build_parser(argv)
            args = parser.parse_args(argv)
            if getattr(args, "func", None) is not None:
                return _run(args)
    from clerk_desk.gui.app import run_app  # the desktop app (no command line to parse: it starts 8 ms sooner)

    _configure_logs()
    return run_app(argv)


def _run(args: argparse.Namespace) -> int:
    """The command chosen, with the settings checked first, as the account it acts as."""
    if not getattr(args, "light", False):  # a pure domain check logs nothing: no logging to import
        _configure_logs()
    if "clerk_desk.commands.common" in sys.modules:  # a second run in one process: as nobody, nothing said yet
        sys.modules["clerk_desk.commands.common"].new_run()
    if sys.stdout is None:  # started with standard output closed: nowhere to put the results
        from clerk_desk.commands.texts import t

        print(t("cli.error.stdout_closed"), file=sys.stderr)
        return EXIT_REFUSED
    try:
        from clerk_desk.commands import common

        if getattr(args, "light", False):  # uses no setting but the language (clerk_desk.datadir)
            common.light_settings_or_warn()
        else:
            common.settings_or_warn()  # a broken settings file is reported (naming the key), never a crash
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
        return _known_error(exc, " ".join(str(w) for w in (getattr(args, "command", None),
                                                            getattr(args, "action", None)) if w))


def _quiet_stdout() -> None:
    """stdout was closed by the reader (``| head``): let the exit not complain about flushing it."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _known_error(exc: Exception, command: str = "") -> int:
    """What went wrong and what to do (:mod:`clerk_desk.commands.failures`); the traceback to the log."""
    from clerk_desk.commands.failures import known_error

    return known_error(exc, command)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
