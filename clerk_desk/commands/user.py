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
from clerk_desk.commands.common import say
from clerk_desk.config import language

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2



def _read_passwords() -> tuple[str, str] | None:
    """The password and its repetition, or None when standard input ran out."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            first = getpass.getpass(say("密码：", "Password: "))
            second = getpass.getpass(say("再次输入密码：", "Repeat password: "))
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
        print(say(f"数据库无法打开：{exc}", f"the database cannot be opened: {exc}"), file=sys.stderr)
        return False
    return True


def _refused(exc: Exception) -> int:
    from clerk_desk.domain.problems import RuleError

    if isinstance(exc, RuleError):
        print(exc.message(language()), file=sys.stderr)
        return EXIT_REFUSED
    raise exc


def _no_password() -> int:
    print(say("未读到两次输入的密码（标准输入需两行）", "two password lines were expected on standard input"),
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
                print(say("第一个账户须为负责人（supervisor）或管理员（admin）",
                          "the first account must be a supervisor or an administrator"), file=sys.stderr)
                return EXIT_REFUSED
            accounts.check_password(password, username=args.name.strip(), repeat=repeat)
            info = accounts.create_user(session, _actor(), username=args.name, role=args.role, password=password,
                                        display_name=args.display_name or "", must_change_password=not first)
    except RuleError as exc:
        return _refused(exc)
    print(say(f"已新建账户 {info.username}（{args.role}）", f"account {info.username} ({args.role}) created"))
    if info.must_change_password:
        print(say("首次登录时须修改密码", "the password must be changed at the first login"))
    return EXIT_OK


def list_users(args: argparse.Namespace) -> int:
    if not _database():
        return EXIT_REFUSED
    from clerk_desk.services import accounts, clock
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work() as session:
        users = accounts.list_users(session, _actor())
    if not users:
        print(say("尚无账户", "no accounts yet"))
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
        print(say(f"没有用户名为“{args.name}”的账户", f"There is no account named {args.name}"), file=sys.stderr)
        return EXIT_REFUSED
    passwords = _read_passwords()
    if passwords is None:
        return _no_password()
    try:
        with unit_of_work() as session:
            accounts.set_password(session, _actor(), args.name, passwords[0], repeat=passwords[1])
    except RuleError as exc:
        return _refused(exc)
    print(say(f"已重设 {args.name} 的密码，首次登录时须修改", f"password of {args.name} reset; "
               "it must be changed at the next login"))
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
    print(say(f"已停用账户 {args.name}", f"account {args.name} disabled"))
    return EXIT_OK
