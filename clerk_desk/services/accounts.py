"""Accounts: create, set a password, disable, enable, unlock, list; first-run setup.

Logging in, locking out and a user's own password change are :mod:`clerk_desk.services.login`.
Passwords are hashed with argon2id (:mod:`clerk_desk.services.passwords`).  Every change is
audited, inside the caller's transaction (``with session_scope() as s: ...``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from clerk_desk.config import PointKind, load_settings
from clerk_desk.domain.problems import RuleError, define, define_field, error
from clerk_desk.domain.roles import Action, Actor, Role
from clerk_desk.services import audit, clock
from clerk_desk.services.passwords import (
    check_password,
    hash_password,
    security_settings,  # noqa: F401  (the login dialog reads it here)
)
from clerk_desk.services.permissions import require
from clerk_desk.store.models import ServicePoint, UserAccount

define_field("username", zh="用户名", en="user name")
define_field("password", zh="密码", en="password")
define_field("role", zh="角色", en="role")
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
        return still_locked(self.locked_until, now or clock.now())


# -- lookups -------------------------------------------------------------------------------------

def as_local(dt: datetime | None) -> datetime | None:
    """A time read back from the database (naive local wall-clock on SQLite) as aware local."""
    if dt is None:
        return None
    return dt.astimezone()


def still_locked(locked_until: datetime | None, now: datetime) -> bool:
    until = as_local(locked_until)
    return until is not None and until > now


def find_account(session: Session, username: str) -> UserAccount | None:
    return session.exec(select(UserAccount).where(UserAccount.username == username.strip())).first()


def get_account(session: Session, username: str) -> UserAccount:
    user = find_account(session, username)
    if user is None:
        raise RuleError(error("account.not_found", "username", user=username))
    return user


def actor_of(user: UserAccount) -> Actor:
    return Actor(user.username, Role(user.role), user.display_name)


def info_of(user: UserAccount) -> AccountInfo:
    return AccountInfo(id=user.id, username=user.username, display_name=user.display_name, role=Role(user.role),
                       disabled=user.disabled, must_change_password=user.must_change_password,
                       failed_logins=user.failed_logins, locked_until=as_local(user.locked_until),
                       last_login_at=as_local(user.last_login_at))


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
    if find_account(session, name) is not None:
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
    kind: PointKind = "street"
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


def _managed(session: Session, actor: Actor | None, username: str) -> tuple[UserAccount, Actor]:
    """The account ``actor`` is about to change, once it is theirs to manage (else PermissionDenied)."""
    user = get_account(session, username)
    return user, require(session, actor, _manage_action(Role(user.role)), target=user.username)


def set_password(session: Session, actor: Actor | None, username: str, new_password: str,
                 repeat: str | None = None) -> None:
    """A supervisor (for clerks) or an administrator sets someone's password; it must be changed at
    the next login.  Also lifts a lockout."""
    user, actor = _managed(session, actor, username)
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
    user, actor = _managed(session, actor, username)
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
    user, actor = _managed(session, actor, username)
    if user.disabled:
        user.disabled = False
        user.updated_at = clock.now()
        session.add(user)
        audit.record(session, actor=actor.username, action=A_ENABLE, target=user.username)
    return info_of(user)


def unlock_user(session: Session, actor: Actor | None, username: str) -> AccountInfo:
    """Lift a lockout before it runs out."""
    user, actor = _managed(session, actor, username)
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
    user = find_account(session, username)
    return info_of(user) if user is not None else None
