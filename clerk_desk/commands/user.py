"""``clerk-desk user add|list|passwd|disable``: accounts from the command line.

Passwords are read twice: two lines of standard input when it is not a terminal (for
scripts; after the acting account's own password line), otherwise prompted without echo.
The command line acts as the account signed in with ``--user`` (``commands/common.py``), with
its role, and every change is audited like one made in the app.  An account made here must
change its password at the first login, except the very first account of an empty database
(its owner is setting the program up: the bootstrap, which needs no ``--user`` and must be a
supervisor or an administrator).

Exit status: 0 done, 1 refused (the message says why), 2 usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from clerk_desk.commands.common import current_actor as _actor
from clerk_desk.commands.texts import t
from clerk_desk.config import language

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2



def _read_passwords() -> tuple[str, str] | None:
    """The password and its repetition, or None when standard input ran out."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            first = getpass.getpass(t("cli.user.password_prompt"))
            second = getpass.getpass(t("cli.user.repeat_prompt"))
        except EOFError:
            return None
        return first, second
    lines = []
    for _ in range(2):
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            return None
        lines.append(line.rstrip("\r\n"))
    return lines[0], lines[1]


def _database() -> bool:
    from clerk_desk.services.database import ensure_database

    try:
        ensure_database()
    except Exception as exc:  # the environment's fault: say what, exit non-zero
        print(t("cli.user.database_cannot_be_opened", exc=exc), file=sys.stderr)
        return False
    return True


def _refused(exc: Exception) -> int:
    from clerk_desk.domain.problems import RuleError

    if isinstance(exc, RuleError):
        print(exc.message(language()), file=sys.stderr)
        return EXIT_REFUSED
    raise exc


def _no_password() -> int:
    print(t("cli.user.two_password_lines_were"),
          file=sys.stderr)
    return EXIT_USAGE


def add(args: argparse.Namespace) -> int:
    if not _database():
        return EXIT_REFUSED
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    passwords = _read_passwords()
    if passwords is None:
        return _no_password()
    password, repeat = passwords
    try:
        with unit_of_work() as session:
            first = accounts.needs_first_run(session)
            if first and args.role == "clerk":
                print(t("cli.user.first_account_must_be"), file=sys.stderr)
                return EXIT_REFUSED
            accounts.check_password(password, username=args.name.strip(), repeat=repeat)
            info = accounts.create_user(session, _actor(), username=args.name, role=args.role, password=password,
                                        display_name=args.display_name or "", must_change_password=not first)
    except RuleError as exc:
        return _refused(exc)
    print(t("cli.user.account_created", username=info.username, role=args.role))
    if info.must_change_password:
        print(t("cli.user.password_must_be_changed"))
    return EXIT_OK


def list_users(args: argparse.Namespace) -> int:
    if not _database():
        return EXIT_REFUSED
    from clerk_desk.services import accounts, clock
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work() as session:
        users = accounts.list_users(session, _actor())
    if not users:
        print(t("cli.user.no_accounts_yet"))
        return EXIT_OK
    now = clock.now()
    print(f"{'USER':<20} {'ROLE':<11} {'STATUS':<14} {'LAST LOGIN':<17} NAME")
    for u in users:
        status = ("disabled" if u.disabled else "locked" if u.is_locked(now)
                  else "must-change" if u.must_change_password else "active")
        last = u.last_login_at.strftime("%Y-%m-%d %H:%M") if u.last_login_at else "-"
        print(f"{u.username:<20} {u.role.value:<11} {status:<14} {last:<17} {u.display_name}")
    return EXIT_OK


def passwd(args: argparse.Namespace) -> int:
    if not _database():
        return EXIT_REFUSED
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work() as session:
        exists = accounts.get_user(session, args.name) is not None
    if not exists:
        print(t("cli.user.there_no_account_named", name=args.name), file=sys.stderr)
        return EXIT_REFUSED
    passwords = _read_passwords()
    if passwords is None:
        return _no_password()
    try:
        with unit_of_work() as session:
            accounts.set_password(session, _actor(), args.name, passwords[0], repeat=passwords[1])
    except RuleError as exc:
        return _refused(exc)
    print(t("cli.user.password_reset_it_must", name=args.name))
    return EXIT_OK


def disable(args: argparse.Namespace) -> int:
    if not _database():
        return EXIT_REFUSED
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    try:
        with unit_of_work() as session:
            accounts.disable_user(session, _actor(), args.name)
    except RuleError as exc:
        return _refused(exc)
    print(t("cli.user.account_disabled", name=args.name))
    return EXIT_OK
