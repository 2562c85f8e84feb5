"""What several command handlers share: the database, the settings, the acting account."""

from __future__ import annotations

import getpass
import sys
from datetime import date

from clerk_desk.config import Settings, language, load_settings


def say(zh: str, en: str) -> str:
    return en if language() == "en" else zh


_warned = False


def settings_or_warn() -> Settings:
    """The settings; what is wrong with the file is said once a run (the file itself is left alone)."""
    global _warned
    settings, problems = load_settings()
    if not _warned:
        _warned = True
        for p in problems:
            print(p.message(language(settings)), file=sys.stderr)
    return settings


def open_database():  # type: ignore[no-untyped-def]
    """The configured database, upgraded to the current schema; its engine."""
    from clerk_desk.store.bootstrap import ensure_database
    from clerk_desk.store.db import get_engine

    result = ensure_database()
    return get_engine(result.url)


def cli_actor(session, username: str | None, *, default_role: str = "supervisor"):  # type: ignore[no-untyped-def]
    """The account a command acts as: ``--user NAME`` (must exist and be enabled), else the OS user.

    The command line is run by whoever operates the machine (the supervisor or the admin);
    it is recorded as ``cli:<os user>`` in the audit trail.
    """
    from sqlmodel import select

    from clerk_desk.domain.problems import RuleError, define, error
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.store.models import UserAccount

    define("cli.unknown_user", zh="账户 {user} 不存在或已停用", en="Account {user} does not exist or is disabled")
    if username:
        user = session.exec(select(UserAccount).where(UserAccount.username == username)).first()
        if user is None or user.disabled:
            raise RuleError(error("cli.unknown_user", "user", user=username))
        return Actor(user.username, Role(user.role), user.display_name)
    try:
        who = getpass.getuser()
    except Exception:
        who = "unknown"
    return Actor(f"cli:{who}", Role(default_role), f"cli:{who}")


def parse_day(text: str | None, today: date) -> date:
    return date.fromisoformat(text) if text else today
