"""What several command handlers share: the database, the settings, the acting account."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_desk.commands.texts import t
from clerk_desk.datadir import language

if TYPE_CHECKING:
    from clerk_desk.config import Settings


def disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (an OSError, or SQLite's SQLITE_FULL, maybe wrapped by SQLAlchemy) is a full disk."""
    import errno

    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "errno", None) == errno.ENOSPC or getattr(orig, "sqlite_errorcode", None) == 13


def disk_full_message(where: object) -> str:
    return t("cli.error.disk_full", where=where)


_warned = False


def settings_or_warn() -> Settings:
    """The settings; what is wrong with the file is said once a run (the file itself is left alone)."""
    from clerk_desk import config  # the schema: not for the light commands (clerk_desk.datadir)

    settings, problems = config.load_settings()
    _say_once(problems, config.language(settings))
    return settings


def light_settings_or_warn() -> None:
    """A light command's look at the settings file (:mod:`clerk_desk.datadir`): it says, once a run,
    only that the file cannot be read; the values are checked by the commands that use them."""
    from clerk_desk.datadir import unreadable_problem

    problem = unreadable_problem()
    _say_once([problem] if problem else [], language())


def _say_once(problems: list[Any], lang: str) -> None:
    global _warned
    if not _warned:
        _warned = True
        for p in problems:
            print(p.message(lang), file=sys.stderr)


def open_database():  # type: ignore[no-untyped-def]
    """The configured database, upgraded to the current schema; its engine."""
    from clerk_desk.services.database import ensure_database
    from clerk_desk.services.uow import engine_for

    result = ensure_database()
    return engine_for(result.url)


# -- who is acting: ``--user NAME`` and that account's password ----------------------------------
PASSWORD_ENV = "CLERK_DESK_PASSWORD"
EXIT_REFUSED, EXIT_USAGE = 1, 2

_signed_in: Any = None  # the Actor of this run, set by sign_in()


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (containers): still the command line
        return "?"


def read_password(username: str) -> str | None:
    """The acting account's password: ``CLERK_DESK_PASSWORD``, else a prompt on a terminal, else the
    first line of standard input (None when there is none)."""
    if os.environ.get(PASSWORD_ENV) is not None:
        return os.environ[PASSWORD_ENV]
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        try:
            return getpass.getpass(t("cli.sign_in.password_prompt", username=username))
        except EOFError:
            return None
    line = sys.stdin.readline()
    return line.rstrip("\r\n") if line else None


def sign_in(args: argparse.Namespace) -> int:
    """Before a command that reads or changes personal data or accounts: check ``--user`` and its
    password, and remember the account for :func:`current_actor`.  0 when signed in; 2 (usage)
    without a user name or a password; 1 when the account refuses (wrong password, locked,
    disabled, must change its password first).  The sign-in is audited with the OS user."""
    global _signed_in
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import signin

    name = (getattr(args, "user", None) or "").strip()
    if not name:
        print(t("cli.sign_in.no_user", PASSWORD_ENV=PASSWORD_ENV), file=sys.stderr)
        return EXIT_USAGE
    password = read_password(name)
    if password is None:
        print(t("cli.sign_in.no_password", name=name, PASSWORD_ENV=PASSWORD_ENV), file=sys.stderr)
        return EXIT_USAGE
    url = open_database().url.render_as_string(hide_password=False)
    details = {"os_user": os_user(), "command": " ".join(str(getattr(args, k, "") or "")
                                                          for k in ("command", "action")).strip()}
    try:
        result = signin.sign_in_command_line(url, name, password, details=details)
    except RuleError as exc:
        print(exc.message(language()), file=sys.stderr)
        return EXIT_REFUSED
    if result.must_change_password:
        print(t("cli.sign_in.must_change_password", name=name), file=sys.stderr)
        return EXIT_REFUSED
    _signed_in = result.actor
    return 0


def refuse_unless_allowed(actions: tuple[str, ...]) -> int:
    """0 when the signed-in account may do one of ``actions``; else the refusal (exit 1)."""
    from clerk_desk.domain.roles import Action, allowed, denial

    actor = current_actor()
    if any(allowed(actor.role, Action(a)) for a in actions):
        return 0
    problem = denial(actor, Action(actions[0]))
    print(problem.message(language()), file=sys.stderr)
    return EXIT_REFUSED


def new_run() -> None:
    """A second command run in one process (the tests): it acts as nobody yet, and says again what is
    wrong with the settings file."""
    global _warned
    _warned = False
    act_as(None)


def act_as(actor: Any) -> None:
    """The bootstrap (``user add`` on an empty account table, ``demo seed`` on an empty data
    directory) acts without signing in."""
    global _signed_in
    _signed_in = actor


def bootstrap_pending(args: argparse.Namespace) -> bool:
    """No account exists yet: ``user add`` makes the first one without signing in (as the OS user)."""
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import run

    if not run(open_database(), accounts.needs_first_run):
        return False
    act_as(Actor(f"cli:{os_user()}", Role.ADMIN, t("cli.sign_in.bootstrap_actor", user=os_user())))
    return True


def current_actor():  # type: ignore[no-untyped-def]
    """The account this run acts as (after :func:`sign_in`)."""
    if _signed_in is None:
        from clerk_desk.domain.problems import RuleError, error

        raise RuleError(error("permission.no_user", "permission"))
    return _signed_in


def cli_actor(session: Any = None, username: str | None = None, **_ignored: Any):  # type: ignore[no-untyped-def]
    """The account a command acts as: the one signed in with ``--user`` and its password
    (:func:`sign_in`, done by ``clerk_desk.cli`` before the command runs)."""
    return current_actor()


def day_option(value: str | None, option: str, today: date) -> date | None:
    """The day given with ``option`` (YYYY-MM-DD, full-width digits too), ``today`` without one; None,
    the refusal said on standard error naming the option, when it is not a date."""
    if not value:
        return today
    try:
        return date.fromisoformat(unicodedata.normalize("NFKC", value).strip())
    except ValueError:
        print(t("cli.bad_date", option=option, value=value), file=sys.stderr)
        return None
