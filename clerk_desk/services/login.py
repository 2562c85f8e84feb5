"""Logging in and out, the lockout after wrong passwords, and a user's own password change.

Passwords are hashed with argon2id (argon2-cffi) at OWASP's minimum parameters
(time_cost=2, memory_cost=19 MiB, parallelism=1), so a login costs a few tens of
milliseconds and the login dialog can verify on the GUI thread.

Every login, failed login, logout and unlock is audited.  :func:`authenticate` is the one
use case that **commits by itself** even when it refuses: the failed-login count, the
lockout and their audit entries must survive the refusal.  The other functions run inside
the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlmodel import Session

from clerk_desk.domain.problems import Problem, RuleError, define, error
from clerk_desk.domain.roles import Actor
from clerk_desk.services import audit, clock
from clerk_desk.services.accounts import (
    A_LOCK,
    A_LOCKED_OUT,
    A_LOGIN,
    A_LOGIN_FAILED,
    A_LOGOUT,
    A_PASSWORD_CHANGE,
    actor_of,
    as_local,
    find_account,
    get_account,
    still_locked,
)
from clerk_desk.services.passwords import (
    check_password,
    dummy_hash,
    hash_password,
    needs_rehash,
    security_settings,
    verify_password,
)
from clerk_desk.store.models import UserAccount

define("login.bad_credentials", zh="用户名或密码错误", en="Wrong user name or password")
define("login.locked", zh="账户“{user}”因多次输错密码已锁定，请于 {until} 后再试，或请管理员解锁",
       en="Account {user} is locked after too many wrong passwords; try again after {until} or ask an "
          "administrator to unlock it")
define("login.disabled", zh="账户“{user}”已停用，请联系负责人", en="Account {user} is disabled; ask a supervisor")
define("password.same_as_old", zh="新密码不能与原密码相同", en="The new password must differ from the old one")
define("password.wrong_old", zh="原密码错误", en="The current password is wrong")



class LoginRefused(RuleError):
    """Wrong credentials, a locked or a disabled account."""


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change_password: bool



def authenticate(session: Session, username: str, password: str, *, purpose: str = A_LOGIN,
                 details: dict[str, object] | None = None) -> LoginResult:
    """Log in (or unlock a locked counter, ``purpose="unlock"``).  **Commits** in every outcome.

    Raises :class:`LoginRefused` for a wrong user name or password (the same message for
    both), a locked account (after ``max_failed_logins`` failures, for ``lockout_minutes``),
    or a disabled account.  A successful login clears the failure count.
    """
    now = clock.now()
    name = username.strip()
    user = find_account(session, name) if name else None
    if user is None:
        verify_password(dummy_hash(), password)  # same time as a real check: no user-name oracle
        _refuse(session, name, "unknown_user", purpose, error("login.bad_credentials", "password"))
    until = as_local(user.locked_until)
    if until is not None and still_locked(until, now):
        _refuse(session, user.username, "locked", purpose,
                error("login.locked", "username", user=user.username, until=until.strftime("%H:%M")))
    if user.locked_until is not None:  # the lockout has run out: a fresh start
        user.locked_until = None
        user.failed_logins = 0
    if not verify_password(user.password_hash, password):
        _refuse_wrong_password(session, user, now, purpose, details)
    if user.disabled:
        _refuse(session, user.username, "disabled", purpose, error("login.disabled", "username", user=user.username))
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    user.updated_at = now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    session.add(user)
    audit.record(session, actor=user.username, action=purpose, target=user.username,
                 details={"role": user.role, **(details or {})})
    if purpose == A_LOGIN:  # the hall sees which version each counter runs (Help ▸ About)
        from clerk_desk.services.counters import record_login

        record_login(session, user.username)
    session.commit()
    return LoginResult(actor_of(user), user.must_change_password)


def _refuse(session: Session, name: str, reason: str, purpose: str, problem: Problem) -> NoReturn:
    """A refused login, audited and committed (the refusal must outlive the caller's rollback)."""
    audit.record(session, actor=name[:64], action=A_LOGIN_FAILED, target=name,
                 details={"reason": reason, "purpose": purpose})
    session.commit()
    raise LoginRefused(problem)


def _refuse_wrong_password(session: Session, user: UserAccount, now: datetime, purpose: str,
                           details: dict[str, object] | None) -> NoReturn:
    """Count the failure (audited), lock the account at ``max_failed_logins``, commit and refuse."""
    sec = security_settings()
    user.failed_logins += 1
    user.updated_at = now
    locked = user.failed_logins >= sec.max_failed_logins
    audit.record(session, actor=user.username, action=A_LOGIN_FAILED, target=user.username,
                 details={"reason": "wrong_password", "failures": user.failed_logins, "purpose": purpose,
                          **(details or {})})
    if locked:
        user.locked_until = now + timedelta(minutes=sec.lockout_minutes)
        audit.record(session, actor=user.username, action=A_LOCKED_OUT, target=user.username,
                     details={"failures": user.failed_logins, "minutes": sec.lockout_minutes})
    session.add(user)
    session.commit()
    if locked:
        raise LoginRefused(error("login.locked", "username", user=user.username,
                                 until=(now + timedelta(minutes=sec.lockout_minutes)).strftime("%H:%M")))
    raise LoginRefused(error("login.bad_credentials", "password"))


def logout(session: Session, actor: Actor) -> None:
    audit.record(session, actor=actor.username, action=A_LOGOUT, target=actor.username)


def record_lock(session: Session, actor: Actor, *, reason: str = "idle") -> None:
    """The counter locked itself (idle) or was locked by its user."""
    audit.record(session, actor=actor.username, action=A_LOCK, target=actor.username, details={"reason": reason})


def change_password(session: Session, username: str, old_password: str, new_password: str,
                    repeat: str | None = None) -> None:
    """A user changes their own password (also the forced change after a first login)."""
    user = get_account(session, username)
    if not verify_password(user.password_hash, old_password):
        raise RuleError(error("password.wrong_old", "password"))
    if new_password == old_password:
        raise RuleError(error("password.same_as_old", "password"))
    check_password(new_password, username=user.username, repeat=repeat)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    user.updated_at = clock.now()
    session.add(user)
    audit.record(session, actor=user.username, action=A_PASSWORD_CHANGE, target=user.username)


