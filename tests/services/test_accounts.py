"""Accounts: strength, login, lockout, first-login change, disable."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlmodel import Session, col, select

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import accounts, clock, login, passwords
from clerk_desk.services.login import LoginRefused
from clerk_desk.store.models import AuditEvent, ServicePoint, UserAccount

ADMIN = Actor("admin", Role.ADMIN)
T0 = datetime(2025, 3, 3, 9, 0).astimezone()


def _actions(session: Session) -> list[str]:
    return [e.action for e in session.exec(select(AuditEvent).order_by(col(AuditEvent.seq)))]


@pytest.fixture
def boss(db_session) -> Actor:  # type: ignore[no-untyped-def]
    actor = accounts.create_first_supervisor(db_session, username="boss", password="Chief2025pw")
    db_session.commit()
    return actor


@pytest.mark.parametrize(("password", "codes"), [
    ("short1", {"password.too_short"}),
    ("onlyletters", {"password.letters_digits"}),
    ("1234567890", {"password.letters_digits"}),
    ("zhang3abc99", {"password.is_username"}),
    ("Zhang3ABC99", {"password.is_username"}),
    ("Good2025pass", set()),
])
def test_password_strength(password: str, codes: set[str]) -> None:
    found = {p.code for p in passwords.password_problems(password, username="zhang3abc", min_length=8)}
    assert found == codes


def test_min_length_follows_settings(isolated_env) -> None:  # type: ignore[no-untyped-def]
    (isolated_env / "settings.toml").write_text("[security]\nmin_password_length = 12\n", encoding="utf-8")
    assert {p.code for p in passwords.password_problems("Abcdef12345", username="u")} == {"password.too_short"}
    assert passwords.password_problems("Abcdef123456", username="u") == []


def test_weak_password_message_is_bilingual() -> None:
    with pytest.raises(RuleError) as info:
        accounts.check_password("abc", username="u", min_length=8)
    assert "至少需要 8 个字符" in info.value.message("zh")
    assert "at least 8 characters" in info.value.message("en")
    with pytest.raises(RuleError) as info:
        accounts.check_password("Good2025pass", repeat="Good2025pasS")
    assert info.value.code == "password.mismatch"


def test_hash_is_argon2id_and_not_the_password(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    user = db_session.exec(select(UserAccount)).one()
    assert user.password_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "Chief2025pw" not in user.password_hash
    assert passwords.verify_password(user.password_hash, "Chief2025pw")
    assert not passwords.verify_password(user.password_hash, "chief2025pw")
    assert not passwords.verify_password("not a hash", "x")


def test_first_run_creates_point_and_supervisor_once(db_session, isolated_env) -> None:  # type: ignore[no-untyped-def]
    assert accounts.needs_first_run(db_session)
    point = accounts.PointInfo(code="DQ01", name="让胡路区西宾街道医保服务点", kind="street", address="西宾路1号")
    actor = accounts.create_first_supervisor(db_session, username="boss", password="Chief2025pw",
                                             display_name="王主任", point=point)
    db_session.commit()
    assert actor == Actor("boss", Role.SUPERVISOR, "王主任")
    assert not accounts.needs_first_run(db_session)
    assert db_session.exec(select(ServicePoint)).one().name == point.name
    from clerk_desk.config import load_settings

    assert load_settings()[0].service_point.code == "DQ01"
    result = login.authenticate(db_session, "boss", "Chief2025pw")
    assert not result.must_change_password  # chose their own password
    with pytest.raises(RuleError) as info:
        accounts.create_first_supervisor(db_session, username="other", password="Other2025pw")
    assert info.value.code == "account.setup_done"


def test_login_and_logout_are_audited(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    result = login.authenticate(db_session, "boss", "Chief2025pw")
    assert result.actor.username == "boss" and result.actor.role is Role.SUPERVISOR
    login.logout(db_session, result.actor)
    db_session.commit()
    assert _actions(db_session)[-2:] == ["login", "logout"]
    user = db_session.exec(select(UserAccount)).one()
    assert user.last_login_at is not None


def test_unknown_user_and_wrong_password_say_the_same(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LoginRefused) as a:
        login.authenticate(db_session, "nobody", "Chief2025pw")
    with pytest.raises(LoginRefused) as b:
        login.authenticate(db_session, "boss", "wrong")
    assert a.value.message() == b.value.message() == "用户名或密码错误"
    events = db_session.exec(select(AuditEvent).where(AuditEvent.action == "login.failed")).all()
    assert sorted(e.details["reason"] for e in events) == ["unknown_user", "wrong_password"]


def test_failed_login_survives_the_callers_rollback(engine) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.store.db import session_scope

    with session_scope(engine) as s:
        accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")
    with pytest.raises(LoginRefused), session_scope(engine) as s:
        login.authenticate(s, "boss", "nope")
    with Session(engine) as s:
        assert s.exec(select(UserAccount)).one().failed_logins == 1
        assert "login.failed" in _actions(s)


def test_lockout_after_five_failures_for_fifteen_minutes(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    now = [T0]
    clock.set_clock(lambda: now[0])
    for i in range(4):
        with pytest.raises(LoginRefused) as info:
            login.authenticate(db_session, "boss", f"wrong{i}")
        assert info.value.code == "login.bad_credentials"
    with pytest.raises(LoginRefused) as info:
        login.authenticate(db_session, "boss", "wrong5")
    assert info.value.code == "login.locked"
    assert "09:15" in info.value.message("zh") and "locked" in info.value.message("en")
    assert "account.locked" in _actions(db_session)
    # locked: even the right password is refused, and the check says "locked"
    now[0] = T0 + timedelta(minutes=14, seconds=59)
    with pytest.raises(LoginRefused) as info:
        login.authenticate(db_session, "boss", "Chief2025pw")
    assert info.value.code == "login.locked"
    # after 15 minutes the right password works and the count starts afresh
    now[0] = T0 + timedelta(minutes=15, seconds=1)
    assert login.authenticate(db_session, "boss", "Chief2025pw").actor.username == "boss"
    user = db_session.exec(select(UserAccount)).one()
    assert user.failed_logins == 0 and user.locked_until is None


def test_lockout_expiry_restarts_the_count(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    now = [T0]
    clock.set_clock(lambda: now[0])
    for i in range(5):
        with pytest.raises(LoginRefused):
            login.authenticate(db_session, "boss", f"wrong{i}")
    now[0] = T0 + timedelta(minutes=16)
    with pytest.raises(LoginRefused) as info:
        login.authenticate(db_session, "boss", "wrong-again")
    assert info.value.code == "login.bad_credentials"  # one failure after expiry does not re-lock


def test_lockout_settings_are_used(db_session, boss, isolated_env) -> None:  # type: ignore[no-untyped-def]
    (isolated_env / "settings.toml").write_text("[security]\nmax_failed_logins = 2\nlockout_minutes = 30\n",
                                                encoding="utf-8")
    clock.set_clock(lambda: T0)
    with pytest.raises(LoginRefused):
        login.authenticate(db_session, "boss", "x1")
    with pytest.raises(LoginRefused) as info:
        login.authenticate(db_session, "boss", "x2")
    assert info.value.code == "login.locked" and "09:30" in info.value.message()


def test_admin_unlocks_early(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    for i in range(5):
        with pytest.raises(LoginRefused):
            login.authenticate(db_session, "boss", f"wrong{i}")
    assert accounts.get_user(db_session, "boss").is_locked()  # type: ignore[union-attr]
    accounts.unlock_user(db_session, ADMIN, "boss")
    db_session.commit()
    assert login.authenticate(db_session, "boss", "Chief2025pw").actor.username == "boss"


def test_password_set_by_someone_else_must_change_at_first_login(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    info = accounts.create_user(db_session, boss, username="li.si", role="clerk", password="Start2025pw",
                                display_name="李四")
    db_session.commit()
    assert info.must_change_password
    result = login.authenticate(db_session, "li.si", "Start2025pw")
    assert result.must_change_password and result.actor.role is Role.CLERK
    with pytest.raises(RuleError) as err:
        login.change_password(db_session, "li.si", "Start2025pw", "Start2025pw")
    assert err.value.code == "password.same_as_old"
    with pytest.raises(RuleError) as err:
        login.change_password(db_session, "li.si", "bad-old", "Mine2025pw")
    assert err.value.code == "password.wrong_old"
    with pytest.raises(RuleError) as err:
        login.change_password(db_session, "li.si", "Start2025pw", "weak")
    assert err.value.code == "password.too_short"
    login.change_password(db_session, "li.si", "Start2025pw", "Mine2025pw", repeat="Mine2025pw")
    db_session.commit()
    result = login.authenticate(db_session, "li.si", "Mine2025pw")
    assert not result.must_change_password
    assert "password.change" in _actions(db_session)


def test_reset_password_forces_change_and_unlocks(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    accounts.create_user(db_session, boss, username="clerk1", role="clerk", password="Start2025pw")
    login.change_password(db_session, "clerk1", "Start2025pw", "Mine2025pw")
    db_session.commit()
    for i in range(5):
        with pytest.raises(LoginRefused):
            login.authenticate(db_session, "clerk1", f"wrong{i}")
    accounts.set_password(db_session, boss, "clerk1", "Reset2025pw")
    db_session.commit()
    result = login.authenticate(db_session, "clerk1", "Reset2025pw")
    assert result.must_change_password


def test_disabled_account_is_refused(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    accounts.create_user(db_session, boss, username="clerk1", role="clerk", password="Start2025pw")
    accounts.disable_user(db_session, boss, "clerk1")
    db_session.commit()
    with pytest.raises(LoginRefused) as info:
        login.authenticate(db_session, "clerk1", "Start2025pw")
    assert info.value.code == "login.disabled"
    # a wrong password on a disabled account says only "wrong"
    with pytest.raises(LoginRefused) as info:
        login.authenticate(db_session, "clerk1", "nope")
    assert info.value.code == "login.bad_credentials"
    accounts.enable_user(db_session, boss, "clerk1")
    db_session.commit()
    assert login.authenticate(db_session, "clerk1", "Start2025pw").actor.username == "clerk1"
    assert {"account.disable", "account.enable"} <= set(_actions(db_session))


def test_cannot_disable_yourself_or_the_last_manager(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError) as info:
        accounts.disable_user(db_session, ADMIN, "boss")
    assert info.value.code == "account.last_manager"
    accounts.create_user(db_session, ADMIN, username="admin", role="admin", password="Root2025pwd")
    with pytest.raises(RuleError) as info:
        accounts.disable_user(db_session, ADMIN, "admin")
    assert info.value.code == "account.not_yourself"
    assert accounts.disable_user(db_session, ADMIN, "boss").disabled


def test_create_user_refusals(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError) as info:
        accounts.create_user(db_session, boss, username="boss", role="clerk", password="Start2025pw")
    assert info.value.code == "account.exists"
    with pytest.raises(RuleError) as info:
        accounts.create_user(db_session, boss, username="a b'--", role="clerk", password="Start2025pw")
    assert info.value.code == "account.bad_username"
    with pytest.raises(RuleError) as info:
        accounts.create_user(db_session, boss, username="x1", role="root", password="Start2025pw")
    assert info.value.code == "account.bad_role"


def test_list_users_hides_hashes(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    accounts.create_user(db_session, boss, username="clerk1", role="clerk", password="Start2025pw")
    accounts.create_user(db_session, ADMIN, username="admin", role="admin", password="Root2025pwd")
    users = accounts.list_users(db_session, boss)
    assert [u.username for u in users] == ["admin", "boss", "clerk1"]
    assert not any(hasattr(u, "password_hash") for u in users)


def test_unlock_purpose_is_audited_as_unlock(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    login.record_lock(db_session, boss)
    db_session.commit()
    login.authenticate(db_session, "boss", "Chief2025pw", purpose="unlock")
    assert _actions(db_session)[-2:] == ["counter.lock", "unlock"]


def test_login_takes_well_under_half_a_second(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    import time

    start = time.perf_counter()
    login.authenticate(db_session, "boss", "Chief2025pw")
    assert time.perf_counter() - start < 0.5
