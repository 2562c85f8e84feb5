"""Accounts: create, log in, lock out, change passwords, disable; first-run setup.

Passwords are hashed with argon2id (argon2-cffi) at OWASP's minimum parameters
(time_cost=2, memory_cost=19 MiB, parallelism=1), so a login costs a few tens of
milliseconds and the login dialog can verify on the GUI thread.

Every login, failed login, logout and unlock is audited.  :func:`authenticate` is the one
use case that **commits by itself** even when it refuses: the failed-login count, the
lockout and their audit entries must survive the refusal.  The other functions run inside
the caller's transaction (``with session_scope() as s: ...``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlmodel import Session, col, func, select

from clerk_desk.config import load_settings
from clerk_desk.domain.problems import Problem, RuleError, define, define_field, error
from clerk_desk.domain.roles import Action, Actor, Role
from clerk_desk.services import audit, clock
from clerk_desk.services.passwords import (  # noqa: F401  (password_problems: re-exported)
    check_password,
    dummy_hash,
    hash_password,
    needs_rehash,
    password_problems,
    security_settings,
    verify_password,
)
from clerk_desk.services.permissions import require
from clerk_desk.store.models import ServicePoint, UserAccount

define_field("username", zh="用户名", en="user name")
define_field("password", zh="密码", en="password")
define_field("role", zh="角色", en="role")
define("login.bad_credentials", zh="用户名或密码错误", en="Wrong user name or password")
define("login.locked", zh="账户“{user}”因多次输错密码已锁定，请于 {until} 后再试，或请管理员解锁",
       en="Account {user} is locked after too many wrong passwords; try again after {until} or ask an "
          "administrator to unlock it")
define("login.disabled", zh="账户“{user}”已停用，请联系负责人", en="Account {user} is disabled; ask a supervisor")
define("password.same_as_old", zh="新密码不能与原密码相同", en="The new password must differ from the old one")
define("password.wrong_old", zh="原密码错误", en="The current password is wrong")
define("account.exists", zh="用户名“{user}”已存在", en="User name {user} is already taken")
define("account.not_found", zh="没有用户名为“{user}”的账户", en="There is no account named {user}")
define("account.bad_username", zh="用户名须为 2–32 位字母、数字、点、横线或下划线",
       en="A user name is 2–32 letters, digits, dots, dashes or underscores")
define("account.bad_role", zh="未知角色“{role}”", en="Unknown role {role}")
define("account.not_yourself", zh="不能停用自己的账户", en="You cannot disable your own account")
define("account.last_manager", zh="“{user}”是最后一个可用的负责人或管理员账户，不能停用",
       en="{user} is the last active supervisor or administrator; it cannot be disabled")
define("account.setup_done", zh="系统已有账户，首次设置已完成", en="Accounts already exist; first-run setup is done")


USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")

# Audit actions written here (the audit view labels them).
A_LOGIN = "login"
A_LOGIN_FAILED = "login.failed"
A_LOGOUT = "logout"
A_UNLOCK = "unlock"
A_LOCK = "counter.lock"
A_LOCKED_OUT = "account.locked"
A_CREATE = "account.create"
A_DISABLE = "account.disable"
A_ENABLE = "account.enable"
A_UNLOCK_ACCOUNT = "account.unlock"
A_PASSWORD_CHANGE = "password.change"
A_PASSWORD_RESET = "password.reset"


class LoginRefused(RuleError):
    """Wrong credentials, a locked or a disabled account."""


@dataclass(frozen=True)
class LoginResult:
    actor: Actor
    must_change_password: bool


@dataclass(frozen=True)
class AccountInfo:
    """One account as the users page and ``clerk-desk user list`` show it (no hash)."""

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    disabled: bool
    must_change_password: bool
    failed_logins: int
    locked_until: datetime | None
    last_login_at: datetime | None

    def is_locked(self, now: datetime | None = None) -> bool:
        return _locked(self.locked_until, now or clock.now())


# -- lookups -------------------------------------------------------------------------------------

def _aware(dt: datetime | None) -> datetime | None:
    """A time read back from the database (naive local wall-clock on SQLite) as aware local."""
    if dt is None:
        return None
    return dt.astimezone()


def _locked(locked_until: datetime | None, now: datetime) -> bool:
    until = _aware(locked_until)
    return until is not None and until > now


def _find(session: Session, username: str) -> UserAccount | None:
    return session.exec(select(UserAccount).where(UserAccount.username == username.strip())).first()


def _get(session: Session, username: str) -> UserAccount:
    user = _find(session, username)
    if user is None:
        raise RuleError(error("account.not_found", "username", user=username))
    return user


def actor_of(user: UserAccount) -> Actor:
    return Actor(user.username, Role(user.role), user.display_name)


def info_of(user: UserAccount) -> AccountInfo:
    return AccountInfo(id=user.id, username=user.username, display_name=user.display_name, role=Role(user.role),
                       disabled=user.disabled, must_change_password=user.must_change_password,
                       failed_logins=user.failed_logins, locked_until=_aware(user.locked_until),
                       last_login_at=_aware(user.last_login_at))


def account_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(UserAccount)).one())


def needs_first_run(session: Session) -> bool:
    """True while no account exists: the app shows first-run setup instead of the login."""
    return account_count(session) == 0


def _station() -> str:
    from clerk_desk.services.station import station_code

    return station_code()


def _manage_action(role: Role) -> Action:
    """Supervisors manage clerks; supervisor and admin accounts need an administrator."""
    return Action.MANAGE_CLERKS if role is Role.CLERK else Action.MANAGE_ACCOUNTS


def _role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise RuleError(error("account.bad_role", "role", role=role)) from None


def _check_username(username: str) -> str:
    name = username.strip()
    if not (2 <= len(name) <= 32) or not set(name) <= USERNAME_CHARS:
        raise RuleError(error("account.bad_username", "username"))
    return name


# -- use cases -------------------------------------------------------------------------------------

def _insert(session: Session, *, username: str, role: Role, password: str, display_name: str,
            must_change: bool) -> UserAccount:
    now = clock.now()
    user = UserAccount(username=username, display_name=display_name.strip(), role=role.value,
                       password_hash=hash_password(password), must_change_password=must_change,
                       station=_station(), created_at=now, updated_at=now)
    session.add(user)
    session.flush()
    return user


def create_user(session: Session, actor: Actor | None, *, username: str, role: Role | str, password: str,
                display_name: str = "", must_change_password: bool | None = None) -> AccountInfo:
    """A new account.  Set by someone else, the password must be changed at the first login."""
    role = _role(role)
    require(session, actor, _manage_action(role), target=username[:80])
    assert actor is not None
    name = _check_username(username)
    if _find(session, name) is not None:
        raise RuleError(error("account.exists", "username", user=name))
    check_password(password, username=name)
    must_change = (actor.username != name) if must_change_password is None else must_change_password
    user = _insert(session, username=name, role=role, password=password, display_name=display_name,
                   must_change=must_change)
    audit.record(session, actor=actor.username, action=A_CREATE, target=name,
                 details={"role": role.value, "must_change_password": must_change})
    return info_of(user)


@dataclass(frozen=True)
class PointInfo:
    """The service point entered at first-run setup."""

    code: str
    name: str
    kind: str = "street"  # street | county
    address: str = ""
    hours: str = ""
    phone: str = ""


def create_first_supervisor(session: Session, *, username: str, password: str, display_name: str = "",
                            point: PointInfo | None = None, save_settings: bool = True) -> Actor:
    """First-run setup: the service point and the first supervisor (who chose their own password).

    Refused once any account exists.  With ``point`` the service point row is created (or
    updated) and, with ``save_settings``, written to the settings file as well.
    """
    if not needs_first_run(session):
        raise RuleError(error("account.setup_done", "username"))
    name = _check_username(username)
    check_password(password, username=name)
    now = clock.now()
    if point is not None:
        row = session.exec(select(ServicePoint).where(ServicePoint.code == point.code)).first()
        if row is None:
            row = ServicePoint(code=point.code, name=point.name, kind=point.kind, station=_station(),
                               created_at=now, updated_at=now)
        row.name, row.kind, row.address, row.hours, row.phone = (point.name, point.kind, point.address,
                                                                 point.hours, point.phone)
        row.updated_at = now
        session.add(row)
    user = _insert(session, username=name, role=Role.SUPERVISOR, password=password, display_name=display_name,
                   must_change=False)
    actor = actor_of(user)
    audit.record(session, actor=actor.username, action=A_CREATE, target=name,
                 details={"role": Role.SUPERVISOR.value, "first_run": True,
                          "point": point.code if point else None})
    if point is not None and save_settings:
        from clerk_desk.config import save_settings as write_settings

        settings, _ = load_settings()
        sp = settings.service_point
        sp.code, sp.name, sp.kind = point.code, point.name, point.kind
        sp.address, sp.phone = point.address, point.phone
        if point.hours:
            sp.hours = point.hours
        write_settings(settings)
    return actor


def authenticate(session: Session, username: str, password: str, *, purpose: str = A_LOGIN,
                 details: dict[str, object] | None = None) -> LoginResult:
    """Log in (or unlock a locked counter, ``purpose="unlock"``).  **Commits** in every outcome.

    Raises :class:`LoginRefused` for a wrong user name or password (the same message for
    both), a locked account (after ``max_failed_logins`` failures, for ``lockout_minutes``),
    or a disabled account.  A successful login clears the failure count.
    """
    now = clock.now()
    name = username.strip()
    user = _find(session, name) if name else None
    if user is None:
        verify_password(dummy_hash(), password)  # same time as a real check: no user-name oracle
        _refuse(session, name, "unknown_user", purpose, error("login.bad_credentials", "password"))
    until = _aware(user.locked_until)
    if until is not None and _locked(until, now):
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
    user = _get(session, username)
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


def set_password(session: Session, actor: Actor | None, username: str, new_password: str,
                 repeat: str | None = None) -> None:
    """A supervisor (for clerks) or an administrator sets someone's password; it must be changed at
    the next login.  Also lifts a lockout."""
    user = _get(session, username)
    require(session, actor, _manage_action(Role(user.role)), target=user.username)
    assert actor is not None
    check_password(new_password, username=user.username, repeat=repeat)
    user.password_hash = hash_password(new_password)
    user.must_change_password = actor.username != user.username
    user.failed_logins = 0
    user.locked_until = None
    user.updated_at = clock.now()
    session.add(user)
    audit.record(session, actor=actor.username, action=A_PASSWORD_RESET, target=user.username,
                 details={"must_change_password": user.must_change_password})


def _managers_left(session: Session, excluding: str) -> int:
    stmt = select(func.count()).select_from(UserAccount).where(
        col(UserAccount.role).in_([Role.SUPERVISOR.value, Role.ADMIN.value]),
        UserAccount.disabled == False,  # noqa: E712
        UserAccount.username != excluding,
    )
    return int(session.exec(stmt).one())


def disable_user(session: Session, actor: Actor | None, username: str) -> AccountInfo:
    user = _get(session, username)
    require(session, actor, _manage_action(Role(user.role)), target=user.username)
    assert actor is not None
    if actor.username == user.username:
        raise RuleError(error("account.not_yourself", "username"))
    if Role(user.role) is not Role.CLERK and not user.disabled and _managers_left(session, user.username) == 0:
        raise RuleError(error("account.last_manager", "username", user=user.username))
    if not user.disabled:
        user.disabled = True
        user.updated_at = clock.now()
        session.add(user)
        audit.record(session, actor=actor.username, action=A_DISABLE, target=user.username)
    return info_of(user)


def enable_user(session: Session, actor: Actor | None, username: str) -> AccountInfo:
    user = _get(session, username)
    require(session, actor, _manage_action(Role(user.role)), target=user.username)
    assert actor is not None
    if user.disabled:
        user.disabled = False
        user.updated_at = clock.now()
        session.add(user)
        audit.record(session, actor=actor.username, action=A_ENABLE, target=user.username)
    return info_of(user)


def unlock_user(session: Session, actor: Actor | None, username: str) -> AccountInfo:
    """Lift a lockout before it runs out."""
    user = _get(session, username)
    require(session, actor, _manage_action(Role(user.role)), target=user.username)
    assert actor is not None
    user.failed_logins = 0
    user.locked_until = None
    user.updated_at = clock.now()
    session.add(user)
    audit.record(session, actor=actor.username, action=A_UNLOCK_ACCOUNT, target=user.username)
    return info_of(user)


def list_users(session: Session, actor: Actor | None) -> list[AccountInfo]:
    """Every account (supervisors and administrators), sorted by role then name."""
    require(session, actor, Action.MANAGE_CLERKS)
    users = session.exec(select(UserAccount).order_by(col(UserAccount.username))).all()
    order = {Role.ADMIN: 0, Role.SUPERVISOR: 1, Role.CLERK: 2}
    return sorted((info_of(u) for u in users), key=lambda i: (order[i.role], i.username))


def get_user(session: Session, username: str) -> AccountInfo | None:
    user = _find(session, username)
    return info_of(user) if user is not None else None
