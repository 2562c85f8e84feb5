"""``clerk-desk calendar list | show YEAR | import FILE``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clerk_desk.cli import main

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "calendar"

BAD = """year = 2027
source = "x"
holidays = [2027-01-01, 2027-01-01, 2026-12-31, "2027-02-30"]
workdays = [2027-01-01, 2027-03-03]
colour = "red"
"""


@pytest.fixture(autouse=True)
def boss(monkeypatch):  # type: ignore[no-untyped-def]
    """A supervisor to import as (``--user boss``, the password from CLERK_DESK_PASSWORD)."""
    from clerk_desk.commands.common import open_database
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(open_database()) as s:
        accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "Chief2025pw")


def run(capsys, *argv: str):  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_published_years(capsys):
    code, out, _ = run(capsys, "calendar", "list")
    assert code == 0
    years = [line.split("\t")[0] for line in out.splitlines()[1:]]
    assert years == [str(y) for y in range(2004, 2027)]


def test_show_year(capsys):
    code, out, _ = run(capsys, "calendar", "show", "2026")
    assert code == 0
    assert "2026-10-01 周四 – 2026-10-07 周三" in out
    assert "2026-10-10 周六" in out
    code, _, err = run(capsys, "calendar", "show", "2027")
    assert code == 1 and "2027" in err


def test_bad_file_lists_every_problem_and_changes_nothing(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(BAD, encoding="utf-8")
    code, out, err = run(capsys, "calendar", "import", str(bad), "--yes", "--user", "boss")
    assert code == 1
    for fragment in ("colour", "2027-01-01 出现了 2 次", "2026-12-31", "2027-02-30", "同时列在", "2027-03-03"):
        assert fragment in out, fragment
    assert out.count("错误") == 5 and out.count("警告") == 1
    assert "未导入" in err
    code, out, _ = run(capsys, "calendar", "list")
    assert "2027" not in out.split("\n", 1)[1]


def test_import_then_reimport_needs_yes(capsys, monkeypatch):
    example = str(RESOURCES / "2027.example.toml")
    code, _, err = run(capsys, "calendar", "import", example, "--user", "")
    assert code == 2 and "--user" in err
    code, out, _ = run(capsys, "calendar", "import", example, "--user", "boss")
    assert code == 0 and "2027" in out
    code, _, err = run(capsys, "calendar", "import", example, "--user", "boss")  # no terminal to ask: refused
    assert code == 1 and "--yes" in err
    code, out, _ = run(capsys, "calendar", "import", example, "--yes", "--user", "boss")
    assert code == 0 and "已替换" in out
    code, out, _ = run(capsys, "calendar", "show", "2027")
    assert "示例" in out and "boss" in out
    code, out, _ = run(capsys, "due-date", "--json", "2026-12-31T09:00")
    assert json.loads(out)["ready_by"] == "2027-01-06"


def test_unknown_user_refused(capsys):
    code, _, err = run(capsys, "calendar", "import", str(RESOURCES / "2027.example.toml"), "--user", "nobody")
    assert code == 1 and "用户名或密码错误" in err
    code, out, _ = run(capsys, "calendar", "list")
    assert "\n2027\t" not in out


def test_missing_file(capsys, tmp_path):
    code, out, _ = run(capsys, "calendar", "import", str(tmp_path / "none.toml"), "--user", "boss")
    assert code == 1 and "none.toml" in out


def test_import_lists_the_provisional_slips_whose_date_moved_with_phones(capsys):
    """Issue 11: importing a year lists the provisional slips whose date changed, with phone numbers."""
    from datetime import date, datetime

    from clerk_desk.config import Settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications, clock
    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.db import get_engine, session_scope
    from tests.helpers.people import make_id, self_form

    settings = Settings()
    settings.service_point.code, settings.service_point.name = "S001", "幸福街道医保服务点"
    clerk = Actor("wang", Role.CLERK)
    numbers = {}
    with session_scope(get_engine(ensure_database().url)) as session:
        for when, seq in ((datetime(2026, 12, 30, 10), 1), (datetime(2027, 2, 4, 10), 2)):
            clock.set_clock(lambda when=when: when)
            res = applications.accept(session, clerk, self_form(make_id(date(1980, 5, 17), seq=seq), birth=date(
                1980, 5, 17)), settings=settings, allow_provisional=True)
            assert res.slip is not None and res.slip.provisional
            numbers[seq] = (res.number, res.slip.ready_by)
    # provisional: 2026-12-30 -> 2027-01-05 (1 Jan off by law); 2027-02-04 -> 02-11 (春节 by law: 5-8 Feb)
    assert numbers[1][1] == date(2027, 1, 5) and numbers[2][1] == date(2027, 2, 11)
    code, out, _ = run(capsys, "calendar", "import", str(RESOURCES / "2027.example.toml"), "--user", "boss")
    assert code == 0
    lines = out.splitlines()
    assert "1 张暂定领卡凭条" in lines[1]           # the New Year slip kept its date: not listed
    assert lines[2].split("\t") == [numbers[2][0], "张三", "13812345678", "2027-02-11 → 2027-02-17"]
    with session_scope(get_engine(ensure_database().url)) as session:
        from sqlmodel import select

        from clerk_desk.store.models import PickupSlip

        slips = sorted((s.ready_by, s.provisional) for s in session.exec(select(PickupSlip)))
    assert slips == [(date(2027, 1, 5), False), (date(2027, 2, 17), False)]


def test_a_damaged_database_is_named_as_the_calendar_that_cannot_be_read(capsys, tmp_path, monkeypatch):
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"this is not a database file, only text " * 200)
    monkeypatch.setenv("CLERK_DESK_DATABASE_URL", f"sqlite:///{damaged}")
    code, out, err = run(capsys, "calendar", "list")
    assert code == 1 and out == ""
    assert err.startswith("无法读取工作日历：") and "Traceback" not in err


def test_a_bug_is_not_passed_off_as_a_database_fault(capsys, monkeypatch, isolated_env):
    """Only database errors (by their SQLAlchemy or driver type) get the calendar's message; anything
    else reaches the one error handler, which keeps the traceback in the one log."""
    from clerk_desk.services import calendar as service

    def broken(session):  # type: ignore[no-untyped-def]
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(service, "list_years", broken)
    code, _, err = run(capsys, "calendar", "list")
    assert code == 1
    assert "无法读取工作日历" not in err and err.startswith("出错了：a bug")
    assert "ZeroDivisionError: a bug" in (isolated_env / "logs" / "clerk-desk.log").read_text(encoding="utf-8")
