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
