"""Passwords: hashing (argon2id) and the strength rules, for the accounts service and the
screens that check a new password before sending it."""

from __future__ import annotations

from functools import cache
from typing import Any

from clerk_desk.config import SecuritySettings, load_settings
from clerk_desk.domain.problems import Problem, RuleError, define, error

define("password.too_short", zh="密码至少需要 {min} 个字符", en="The password needs at least {min} characters")
define("password.letters_digits", zh="密码须同时包含字母和数字", en="The password needs both letters and digits")
define("password.is_username", zh="密码不能与用户名相同或包含用户名",
       en="The password must not be or contain the user name")
define("password.mismatch", zh="两次输入的密码不一致", en="The two passwords do not match")

@cache
def hasher() -> Any:
    """The argon2id hasher (OWASP password storage cheat sheet: m=19 MiB, t=2, p=1), made at the
    first password checked: argon2 is not loaded while the login dialog opens."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@cache
def dummy_hash() -> str:
    """A hash to check a password against when the user name is unknown (the same time as a real
    check: no user-name oracle); made at the first such check, not at every start."""
    return str(hasher().hash("clerk-desk-timing-equaliser-1"))


def needs_rehash(password_hash: str) -> bool:
    return bool(hasher().check_needs_rehash(password_hash))


def security_settings() -> SecuritySettings:
    settings, _ = load_settings()
    return settings.security


def hash_password(password: str) -> str:
    return str(hasher().hash(password))


def verify_password(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return bool(hasher().verify(password_hash, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problems(password: str, *, username: str = "", min_length: int | None = None) -> list[Problem]:
    """What is wrong with ``password`` (empty when it is strong enough)."""
    if min_length is None:
        min_length = security_settings().min_password_length
    problems: list[Problem] = []
    if len(password) < min_length:
        problems.append(error("password.too_short", "password", min=min_length))
    if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        problems.append(error("password.letters_digits", "password"))
    if username and username.casefold() in password.casefold():
        problems.append(error("password.is_username", "password"))
    return problems


def check_password(password: str, *, username: str = "", repeat: str | None = None,
                   min_length: int | None = None) -> None:
    """Raise :class:`RuleError` if ``password`` is weak (or differs from ``repeat``)."""
    if repeat is not None and repeat != password:
        raise RuleError(error("password.mismatch", "password"))
    problems = password_problems(password, username=username, min_length=min_length)
    if problems:
        raise RuleError(*problems)
