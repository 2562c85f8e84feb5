"""Each counter records its version at login; supervisors list them (services.counters)."""

from __future__ import annotations

import platform
import tomllib
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import accounts, clock, counters, login
from clerk_desk.services.permissions import PermissionDenied
from clerk_desk.store.models import AuditEvent, CounterVersion

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture
def boss(db_session) -> Actor:  # type: ignore[no-untyped-def]
    actor = accounts.create_first_supervisor(db_session, username="boss", password="Chief2025pw")
    db_session.commit()
    return actor


def rows(session: Session) -> list[tuple[str, str, str]]:
    session.expire_all()
    return [(r.station, r.version, r.username) for r in session.exec(select(CounterVersion).order_by(
        CounterVersion.station))]


def test_login_records_this_counters_version(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    assert rows(db_session) == []
    login.authenticate(db_session, "boss", "Chief2025pw")
    assert rows(db_session) == [("TEST-01", VERSION, "boss")]  # CLERK_DESK_STATION of the tests
    row = db_session.get(CounterVersion, "TEST-01")
    assert row.platform.startswith(platform.system())


def test_a_later_login_updates_the_same_counter(db_session, boss, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock.set_clock(lambda: datetime(2026, 11, 27, 9, 0))
    login.authenticate(db_session, "boss", "Chief2025pw")
    monkeypatch.setattr(counters, "__version__", "9.9.9")  # the counter was updated
    clock.set_clock(lambda: datetime(2026, 11, 28, 9, 30))
    counters.record_login(db_session, "boss", version="9.9.9")
    db_session.commit()
    assert rows(db_session) == [("TEST-01", "9.9.9", "boss")]
    listed = counters.counters(db_session, boss)
    assert [(c.station, c.version, c.seen_at.replace(tzinfo=None), c.current) for c in listed] == [
        ("TEST-01", "9.9.9", datetime(2026, 11, 28, 9, 30), True)]


def test_refused_and_unlock_logins_record_nothing(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(login.LoginRefused):
        login.authenticate(db_session, "boss", "wrong-password1")
    login.authenticate(db_session, "boss", "Chief2025pw", purpose="unlock")
    assert rows(db_session) == []


def test_supervisor_lists_every_counter_and_sees_which_differ(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    counters.record_login(db_session, "li", station="HALL-02", version="0.0.9", platform="Windows 10 AMD64")
    counters.record_login(db_session, "wang", station="HALL-01")
    db_session.commit()
    listed = counters.counters(db_session, boss)
    assert [(c.station, c.version, c.platform, c.username, c.current) for c in listed] == [
        ("HALL-01", VERSION, counters.this_platform(), "wang", True),
        ("HALL-02", "0.0.9", "Windows 10 AMD64", "li", False),
    ]


def test_a_clerk_may_not_list_counters_and_the_denial_is_audited(db_session, boss) -> None:  # type: ignore[no-untyped-def]
    clerk = Actor("wang", Role.CLERK, "王芳")
    with pytest.raises(PermissionDenied):
        counters.counters(db_session, clerk)
    denied = db_session.exec(select(AuditEvent).where(AuditEvent.action == "permission.denied")).all()
    assert [(e.actor, e.target) for e in denied] == [("wang", "counters")]


def test_schema_revision_is_the_databases_own(db_session) -> None:  # type: ignore[no-untyped-def]
    db_session.connection().execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
    db_session.connection().execute(text("INSERT INTO alembic_version VALUES ('0007')"))
    assert counters.schema_revision(db_session) == "0007"
    from alembic.script import ScriptDirectory

    from clerk_desk.store.bootstrap import alembic_config

    assert counters.expected_schema() == ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
