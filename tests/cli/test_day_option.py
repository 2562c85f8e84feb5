"""``--on`` and ``--date``: one reading of a day for every command, a refusal naming the option."""

from __future__ import annotations

import json

import pytest

from clerk_desk.cli import main


@pytest.fixture
def boss(monkeypatch):  # type: ignore[no-untyped-def]
    from clerk_desk.commands.common import open_database
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(open_database()) as s:
        accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "Chief2025pw")


@pytest.mark.parametrize(("argv", "zh", "en"), [
    (["check-id", "--on", "2026-13-01", "11010519491231002X"],
     "--on 的日期 2026-13-01 无效，应为 YYYY-MM-DD\n", "--on 2026-13-01 is not a date; use YYYY-MM-DD\n"),
    (["check-application", "--on", "2026-02-30", "-"],
     "--on 的日期 2026-02-30 无效，应为 YYYY-MM-DD\n", "--on 2026-02-30 is not a date; use YYYY-MM-DD\n"),
    (["report", "daily", "--date", "昨天", "--user", "boss"],
     "--date 的日期 昨天 无效，应为 YYYY-MM-DD\n", "--date 昨天 is not a date; use YYYY-MM-DD\n"),
])
def test_a_day_that_is_not_a_date_is_refused_naming_the_option(argv, zh, en, boss, capsys, monkeypatch):  # type: ignore[no-untyped-def]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", zh)
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    assert main(argv) == 2
    assert capsys.readouterr() == ("", en)


def test_full_width_digits_are_a_day(capsys):  # type: ignore[no-untyped-def]
    """Typed with the Chinese input method on: ２０２５-０６-０１ is 1 June 2025."""
    assert main(["check-id", "--json", "--on", "２０２５-０６-０１", "11010519491231002X"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["valid"] and result["age"] == 75  # born 1949-12-31: 75 on 2025-06-01 (76 on 2026-01-01)
