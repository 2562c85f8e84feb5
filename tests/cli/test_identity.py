"""The command line has an identity: ``--user NAME`` and its password, with that account's role.

The rule (issue 10, DESIGN.md "Command line"): commands that read or change personal data or
accounts need ``--user`` and the password (standard input, a prompt, or CLERK_DESK_PASSWORD);
without them they stop with exit status 2 and say so.  The pure checks need none, and so do the
bootstrap ``user add`` (no account yet) and ``demo seed`` on an empty data directory.
"""

from __future__ import annotations

import getpass
import io
import sys

import pytest
from sqlmodel import select

from clerk_desk.cli import main

PASSWORDS = {"boss": "Chief2025pw", "li": "Clerk2025pw"}

# Every command that reads or changes personal data or accounts (argv without --user).
NEEDS_IDENTITY = [
    ["report", "daily", "--pdf", "d.pdf"],
    ["print", "receipt", "S001-20261127-0001", "--pdf", "r.pdf"],
    ["sync", "push", "--central", "postgresql+psycopg://nobody@127.0.0.1:1/x"],
    ["sync", "pull", "--central", "postgresql+psycopg://nobody@127.0.0.1:1/x"],
    ["bundle", "export", "b.cdb"],
    ["bundle", "import", "b.cdb"],
    ["backup", "copy.sqlite3"],
    ["restore", "copy.sqlite3", "--yes"],
    ["user", "add", "--role", "clerk", "sun"],  # accounts exist: the bootstrap is over
    ["user", "list"],
    ["user", "passwd", "li"],
    ["user", "disable", "li"],
    ["db", "purge", "--yes"],
    ["calendar", "import", "2027.toml", "--yes"],
]

# Where a clerk is refused: the supervisor's (or administrator's) commands.
SUPERVISOR_ONLY = [
    ["report", "daily", "--pdf", "d.pdf"],
    ["backup", "copy.sqlite3"],
    ["restore", "copy.sqlite3", "--yes"],
    ["user", "list"],
    ["db", "purge", "--yes"],
    ["calendar", "import", "2027.toml", "--yes"],
]

NO_IDENTITY = [
    ["check-id", "--on", "2025-06-01", "11010519491231002X"],
    ["due-date", "2026-11-27T10:00"],
    ["calendar", "list"],
    ["calendar", "show", "2026"],
    ["db", "upgrade"],
    ["db", "check"],
]


def _events(**where: str) -> list[object]:
    from clerk_desk.commands.common import open_database
    from clerk_desk.services.uow import unit_of_work
    from clerk_desk.store.models import AuditEvent

    with unit_of_work(open_database()) as s:
        rows = s.exec(select(AuditEvent).order_by(AuditEvent.seq)).all()
        return [r for r in rows if all(getattr(r, k) == v for k, v in where.items())]


@pytest.fixture
def accounts_made(monkeypatch):  # type: ignore[no-untyped-def]
    from clerk_desk.commands.common import open_database
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(open_database()) as s:
        boss = accounts.create_first_supervisor(s, username="boss", password=PASSWORDS["boss"])
    with unit_of_work(open_database()) as s:
        accounts.create_user(s, boss, username="li", role="clerk", password=PASSWORDS["li"],
                             must_change_password=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.delenv("CLERK_DESK_PASSWORD", raising=False)


@pytest.mark.parametrize("argv", NEEDS_IDENTITY, ids=" ".join)
def test_refused_without_user(argv, accounts_made, capsys) -> None:  # type: ignore[no-untyped-def]
    before = len(_events())
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--user" in err and "此命令须以账户身份运行" in err
    assert len(_events()) == before  # nothing done, nothing recorded


@pytest.mark.parametrize("argv", NEEDS_IDENTITY[:3], ids=" ".join)
def test_refused_without_password(argv, accounts_made, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([*argv, "--user", "boss"]) == 2  # standard input is empty, no CLERK_DESK_PASSWORD
    assert "密码" in capsys.readouterr().err


def test_english_message(accounts_made, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    assert main(["user", "list"]) == 2
    assert "this command acts as an account: add --user NAME" in capsys.readouterr().err


def test_wrong_password_is_refused_and_audited(accounts_made, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "wrong-password-1")
    assert main(["user", "list", "--user", "boss"]) == 1
    assert "用户名或密码错误" in capsys.readouterr().err
    failed = _events(action="login.failed", actor="boss")
    assert failed and failed[-1].details["purpose"] == "cli.login"


@pytest.mark.parametrize("argv", SUPERVISOR_ONLY, ids=" ".join)
def test_clerk_refused_where_a_supervisor_is_needed(argv, accounts_made, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLERK_DESK_PASSWORD", PASSWORDS["li"])
    assert main([*argv, "--user", "li"]) == 1
    err = capsys.readouterr().err
    assert "无权" in err and "li" in err


def test_password_from_stdin_and_the_audit_names_account_and_os_user(accounts_made, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORDS["boss"] + "\n"))
    assert main(["user", "list", "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert "boss" in out and "li" in out
    entry = _events(action="cli.login")[-1]
    assert entry.actor == "boss"
    assert entry.details["os_user"] == getpass.getuser() and entry.details["command"] == "user list"


def test_a_supervisor_acts_with_its_own_name(accounts_made, capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CLERK_DESK_PASSWORD", PASSWORDS["boss"])
    monkeypatch.setattr(sys, "stdin", io.StringIO("Kiosk2025pw\nKiosk2025pw\n"))
    assert main(["user", "add", "--role", "clerk", "sun", "--user", "boss"]) == 0
    assert [e.actor for e in _events(action="account.create", target="sun")] == ["boss"]


@pytest.mark.parametrize("argv", NO_IDENTITY, ids=" ".join)
def test_pure_checks_need_no_identity(argv, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["db", "upgrade"]) == 0
    assert main(argv) == 0, capsys.readouterr().err


def test_bootstrap_user_add_only_on_an_empty_account_table(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("CLERK_DESK_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Open2025pw\nOpen2025pw\n"))
    assert main(["user", "add", "--role", "supervisor", "first"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("Open2026pw\nOpen2026pw\n"))
    assert main(["user", "add", "--role", "supervisor", "second"]) == 2
    assert "--user" in capsys.readouterr().err
    assert [e.target for e in _events(action="account.create")] == ["first"]


def test_demo_seed_refuses_a_real_service_point(capsys) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import load_settings, save_settings

    settings, _ = load_settings()
    settings.service_point.code, settings.service_point.name = "C042", "红旗县医保中心"
    settings.service_point.kind = "county"
    save_settings(settings)
    assert main(["demo", "seed", "--applications", "3", "--days", "1"]) == 1
    assert "C042" in capsys.readouterr().err
    assert _events(action="application.accept") == [] and _events(action="account.create") == []
    assert load_settings()[0].service_point.code == "C042"
