"""``clerk-desk due-date``: ready-by dates from the database's calendar years."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clerk_desk.cli import main

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "calendar"


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None):  # type: ignore[no-untyped-def]
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rows(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_json_lines_and_exit_status(capsys):
    code, out, _ = run(capsys, "due-date", "--json", "2026-09-30T09:00", "2026-02-13 10:00", "2025-12-31")
    assert code == 0
    got = rows(out)
    assert [r["ready_by"] for r in got] == ["2026-10-10", "2026-02-25", "2026-01-06"]
    assert got[0] == {"accepted": "2026-09-30T09:00:00", "kind": "street", "ready_by": "2026-10-10",
                      "provisional": False, "error": None}


def test_window_into_unpublished_year_refused(capsys):
    code, out, _ = run(capsys, "due-date", "--json", "2026-12-28T10:00", "2026-12-30T10:00")
    assert code == 1
    ok, refused = rows(out)
    assert ok["ready_by"] == "2026-12-31" and ok["error"] is None
    assert refused["ready_by"] is None and refused["provisional"] is False
    assert refused["error"]["code"] == "calendar_year_missing"
    assert "2027" in refused["error"]["message"]


def test_provisional_when_asked(capsys):
    code, out, _ = run(capsys, "due-date", "--json", "--provisional", "2026-12-30T10:00")
    assert code == 0
    (row,) = rows(out)
    # Thu 31, (Fri 1 Jan: 元旦, fixed by law, skipped even unpublished — issue 11), Mon 4, Tue 5
    assert row["ready_by"] == "2027-01-05" and row["provisional"] is True and row["error"] is None
    code, out, _ = run(capsys, "due-date", "--provisional", "2026-12-30T10:00")
    assert "2027-01-05" in out and "暂定" in out


def test_imported_year_then_used(capsys, monkeypatch):
    from clerk_desk.commands.common import open_database
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(open_database()) as s:
        accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "Chief2025pw")
    assert run(capsys, "calendar", "import", str(RESOURCES / "2027.example.toml"), "--user", "boss")[0] == 0
    code, out, _ = run(capsys, "due-date", "--json", "2026-12-30T10:00")
    assert code == 0
    assert rows(out)[0]["ready_by"] == "2027-01-05"


@pytest.mark.parametrize(("accepted", "cutoff", "expected"), [
    ("2026-11-27T16:59", "17:00", "2026-12-02"),   # Friday before the cut-off: Mon, Tue, Wed
    ("2026-11-27T17:30", "17:00", "2026-12-03"),   # Friday evening counts from Monday: Tue, Wed, Thu
    ("2026-11-27T17:30", None, "2026-12-02"),      # no cut-off set: the day itself
    ("2026-09-30T18:00", "17:00", "2026-10-12"),   # holiday eve: from Thu 8 Oct: Fri 9, Sat 10 (调休), Mon 12
    ("2026-09-30T16:00", "17:00", "2026-10-10"),
])
def test_cutoff_counts_from_the_next_working_day(capsys, accepted, cutoff, expected):
    """Issue 11: the cut-off counted as the next calendar day, doing nothing on a Friday or a holiday eve."""
    argv = ["due-date", "--json"] + (["--cutoff", cutoff] if cutoff else []) + [accepted]
    code, out, _ = run(capsys, *argv)
    assert code == 0 and rows(out)[0]["ready_by"] == expected


@pytest.mark.parametrize("bad", ["25:00", "5pm", "17:60", ""])
def test_bad_cutoff_is_a_usage_error(capsys, bad):
    code, out, err = run(capsys, "due-date", "--json", "--cutoff", bad, "2026-11-27T17:30")
    assert code == 2 and out == "" and "--cutoff" in err and "HH:MM" in err


def test_county_same_day(capsys):
    code, out, _ = run(capsys, "due-date", "--json", "--kind", "county", "2031-05-05T16:30")
    assert code == 0
    assert rows(out) == [{"accepted": "2031-05-05T16:30:00", "kind": "county", "ready_by": "2031-05-05",
                          "provisional": False, "error": None}]


def test_default_kind_and_settings(capsys, isolated_env):
    (isolated_env / "settings.toml").write_text(
        '[service_point]\nkind = "county"\n', encoding="utf-8")
    code, out, _ = run(capsys, "due-date", "--json", "2026-09-30T09:00")
    assert rows(out)[0]["kind"] == "county" and rows(out)[0]["ready_by"] == "2026-09-30"
    (isolated_env / "settings.toml").write_text(
        '[rules]\nworking_days = 1\ncutoff_time = "16:00"\n', encoding="utf-8")
    code, out, _ = run(capsys, "due-date", "--json", "2026-09-29T15:59", "2026-09-29T16:30")
    assert [r["ready_by"] for r in rows(out)] == ["2026-09-30", "2026-10-08"]


def test_stdin_bad_input_and_english(capsys, monkeypatch):
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    code, out, _ = run(capsys, "due-date", "--json", "-", stdin="2026-10-03T09:00\n\n２０２６-１０-０９\nnot a date\n",
                       monkeypatch=monkeypatch)
    assert code == 1
    got = rows(out)
    assert [r["ready_by"] for r in got] == ["2026-10-10", "2026-10-13", None]
    assert got[2]["accepted"] == "not a date"
    assert got[2]["error"]["code"] == "due_date.bad_datetime"
    assert "not a date" in got[2]["error"]["message"] and "e.g." in got[2]["error"]["message"]


def test_text_output(capsys):
    code, out, _ = run(capsys, "due-date", "2026-09-30T09:00", "2026-12-31")
    assert code == 1
    first, second = out.splitlines()
    assert first.split("\t")[:2] == ["2026-09-30T09:00:00", "2026-10-10"]
    assert "2027" in second


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["due-date", "--kind", "village", "2026-01-05"])
    assert info.value.code == 2


def test_does_not_import_qt(isolated_env):
    code = ("import sys; from clerk_desk.cli import main; rc = main(['due-date', '--json', '2026-09-30T09:00']); "
            "assert 'PySide6' not in sys.modules, 'PySide6 imported'; sys.exit(rc)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ))
    assert r.returncode == 0, r.stderr
    assert '"ready_by": "2026-10-10"' in r.stdout
