"""The calendar import format: every problem listed, warnings apart from errors."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest
from chinese_calendar import constants

from clerk_desk.domain.calendar_file import (
    CalendarFile,
    format_calendar_toml,
    parse_calendar_bytes,
    parse_calendar_text,
)
from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.workdays import YearSchedule

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "calendar"

GOOD = """
year = 2027
source = "国务院办公厅关于2027年部分节假日安排的通知"
holidays = [2027-01-01, 2027-01-02, 2027-01-03, "2027-10-01"]
workdays = [2027-02-20]
"""


def codes(parsed: CalendarFile) -> list[str]:
    return [p.code for p in parsed.problems]


def test_good_file():
    parsed = parse_calendar_text(GOOD)
    assert parsed.ok and parsed.problems == ()
    schedule = parsed.schedule()
    assert schedule.year == 2027
    assert date(2027, 10, 1) in schedule.holidays
    assert schedule.workdays == frozenset({date(2027, 2, 20)})
    assert schedule.source.startswith("国务院办公厅")


def test_bad_file_lists_every_problem():
    text = """
year = 2027
source = "  "
holidays = [2027-01-01, 2027-01-01, 2026-12-31, "2027-02-30", 2027-02-20, 2027-03-01T08:00:00, 5]
workdays = [2027-02-20, 2027-03-03]
extra = 1
"""
    parsed = parse_calendar_text(text)
    assert not parsed.ok
    found = codes(parsed)
    for expected in [
        "calendar_file.unknown_key",      # extra
        "calendar_file.bad_source",       # blank
        "calendar_file.duplicate",        # 2027-01-01 twice
        "calendar_file.outside_year",     # 2026-12-31
        "calendar_file.bad_date",         # "2027-02-30", a date-time, 5
        "calendar_file.in_both",          # 2027-02-20
        "calendar_file.weekday_workday",  # 2027-03-03 is a Wednesday (warning)
    ]:
        assert expected in found, expected
    assert found.count("calendar_file.bad_date") == 3
    assert [p.code for p in parsed.warnings] == ["calendar_file.weekday_workday"]
    with pytest.raises(RuleError) as info:
        parsed.schedule()
    assert len(info.value.problems) == len(parsed.errors) == len(parsed.problems) - 1
    for p in parsed.problems:  # every message renders in both languages
        assert "{" not in p.message("zh") and "{" not in p.message("en")


def test_missing_keys_and_bad_types():
    parsed = parse_calendar_text('year = "2027"\nholidays = "2027-01-01"\n')
    found = codes(parsed)
    assert found.count("calendar_file.missing_key") == 2  # source, workdays
    assert "calendar_file.bad_year" in found
    assert "calendar_file.not_a_list" in found
    assert not parsed.ok


@pytest.mark.parametrize("year", ["1999", "2101", "true", "2027.0"])
def test_bad_years(year):
    parsed = parse_calendar_text(f'year = {year}\nsource = "x"\nholidays = []\nworkdays = []\n')
    assert "calendar_file.bad_year" in codes(parsed)


def test_empty_holidays_is_an_error():
    parsed = parse_calendar_text('year = 2027\nsource = "x"\nholidays = []\nworkdays = []\n')
    assert codes(parsed) == ["calendar_file.no_holidays"]


def test_syntax_error():
    parsed = parse_calendar_text("year = 2027\nholidays = [2027-01-01,\n")
    assert codes(parsed) == ["calendar_file.syntax"]
    assert not parsed.ok


def test_not_utf8():
    assert codes(parse_calendar_bytes("year = 2027 # 节".encode("gbk"))) == ["calendar_file.encoding"]


def test_bom_accepted():
    assert parse_calendar_bytes(b"\xef\xbb\xbf" + GOOD.encode()).ok


def test_weekend_holiday_warning_only_when_isolated():
    # Saturday 2027-02-27 alone: a day off anyway, not part of a break -> warning.
    text = GOOD.replace('"2027-10-01"]', '"2027-10-01", 2027-02-27]')
    parsed = parse_calendar_text(text)
    assert parsed.ok
    assert [(p.code, p.params["date"]) for p in parsed.warnings] == [("calendar_file.weekend_holiday", "2027-02-27")]
    # Saturday 2027-01-02 inside the New Year break (Friday 1 January off): no warning.
    assert parse_calendar_text(GOOD).warnings == []


def test_break_running_into_next_year_is_not_warned():
    # 2022: New Year break from Saturday 31 December to Monday 2 January 2023.
    parsed = parse_calendar_text('year = 2022\nsource = "x"\nholidays = [2022-01-03, 2022-12-31]\nworkdays = []\n')
    assert parsed.warnings == []


@pytest.mark.parametrize("year", range(2004, 2027))
def test_published_years_round_trip(year):
    schedule = YearSchedule.of(year, [d for d in constants.holidays if d.year == year],
                               [d for d in constants.workdays if d.year == year], f"{year} notice")
    parsed = parse_calendar_text(format_calendar_toml(schedule, comment=["example"]))
    assert parsed.errors == []
    assert parsed.schedule() == schedule


def test_shipped_examples():
    for name, year in (("2026.toml", 2026), ("2027.example.toml", 2027)):
        parsed = parse_calendar_bytes((RESOURCES / name).read_bytes())
        assert parsed.problems == (), name
        assert parsed.year == year
    example = (RESOURCES / "2027.example.toml").read_text(encoding="utf-8")
    assert "EXAMPLE" in example and "示例" in parse_calendar_text(example).source


def test_2026_file_matches_package():
    parsed = parse_calendar_bytes((RESOURCES / "2026.toml").read_bytes())
    assert set(parsed.holidays) == {d for d in constants.holidays if d.year == 2026}
    assert set(parsed.workdays) == {d for d in constants.workdays if d.year == 2026}


@pytest.mark.parametrize("source", ['国办发明电〔2025〕7号\n第二行', 'tab\there', 'quote " and back\\slash', "ctl\x07"])
def test_any_source_text_round_trips(source):
    """The written text is valid TOML (read by tomllib, not by our parser) whatever the source says."""
    schedule = YearSchedule.of(2025, [date(2025, 10, 1)], [date(2025, 9, 28)], source)
    text = format_calendar_toml(schedule, comment=["line one\nline two"])
    assert tomllib.loads(text)["source"] == source
    parsed = parse_calendar_text(text)
    assert parsed.errors == []
    got = parsed.schedule()
    assert (got.year, got.holidays, got.workdays) == (schedule.year, schedule.holidays, schedule.workdays)
