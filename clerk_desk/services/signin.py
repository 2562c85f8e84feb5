"""Signing in and out at a counter, each call its own unit of work (for the GUI's workers and
the command line, which hold no session).  ``target`` is an engine or a database URL."""

from __future__ import annotations

from typing import Any

from clerk_desk.domain.roles import Actor
from clerk_desk.services import login
from clerk_desk.services.uow import run

A_QUIT = "quit"
A_COMMAND_LINE = "cli.login"


def sign_in(target: Any, username: str, password: str, *, purpose: str = login.A_LOGIN) -> login.LoginResult:
    """Check the password (log in, unlock, switch user, quit from the lock): commits in every outcome,
    so failed attempts count toward the lockout; raises ``LoginRefused``."""
    return run(target, login.authenticate, username, password, purpose=purpose)  # type: ignore[no-any-return]


def sign_out(target: Any, actor: Actor) -> None:
    run(target, login.logout, actor)


def record_lock(target: Any, actor: Actor, *, reason: str = "idle") -> None:
    run(target, login.record_lock, actor, reason=reason)


def change_password(target: Any, username: str, old_password: str, new_password: str, *,
                    repeat: str | None = None) -> None:
    run(target, login.change_password, username, old_password, new_password, repeat=repeat)


def sign_in_command_line(target: Any, username: str, password: str, *,
                         details: dict[str, Any] | None = None) -> login.LoginResult:
    """A command run as an account (``clerk-desk … --user NAME``): audited as ``cli.login`` with
    the operating-system user and the command in its details."""
    return run(target, login.authenticate, username, password, purpose=A_COMMAND_LINE, details=details)  # type: ignore[no-any-return]
