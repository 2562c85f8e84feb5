"""The working-day rule at the boundaries that matter on a slip."""

from __future__ import annotations

from datetime import date, datetime, time

import chinese_calendar
import pytest
from chinese_calendar import constants

from clerk_desk.domain.problems import RuleError, Severity
from clerk_desk.domain.workdays import (
    COUNTY,
    STREET,
    DayKind,
    WorkCalendar,
    YearSchedule,
    calendar_banner,
    ready_by,
)

PUBLISHED = range(2004, 2027)


def package_calendar(years=PUBLISHED) -> WorkCalendar:
    return WorkCalendar({
        y: ([d for d in constants.holidays if d.year == y], [d for d in constants.workdays if d.year == y])
        for y in years
    })


CAL = package_calendar()

# A 2027 year as a supervisor would import it (the example file's New Year: 1–3 January off).
CAL_2027 = CAL.with_year(YearSchedule.of(2027, [date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3)],
                                          [date(2027, 2, 20)], "示例"))


def rb(accepted, **kw):
    kw.setdefault("n", 3)
    return CAL.ready_by(accepted, **kw)


# -- holiday boundaries -------------------------------------------------------------

@pytest.mark.parametrize(("accepted", "expected"), [
    # Spring Festival 2026: 15–23 Feb off, Saturday 14 Feb and Saturday 28 Feb working.
    (datetime(2026, 2, 12, 10), date(2026, 2, 24)),   # Thu: Fri 13, Sat 14 (调休), Tue 24
    (datetime(2026, 2, 13, 10), date(2026, 2, 25)),   # Fri: Sat 14, Tue 24, Wed 25
    (datetime(2026, 2, 14, 10), date(2026, 2, 26)),   # on the working Saturday: it does not count
    (datetime(2026, 2, 18, 10), date(2026, 2, 26)),   # on a holiday
    (datetime(2026, 2, 23, 10), date(2026, 2, 26)),   # last day of the break
    (datetime(2026, 2, 26, 10), date(2026, 3, 2)),    # Thu: Fri 27, Sat 28 (调休), Mon 2 Mar
    # National Day 2026: 1–7 Oct off, Sunday 20 Sep and Saturday 10 Oct working.
    (datetime(2026, 9, 30, 9), date(2026, 10, 10)),   # Wed: Thu 8, Fri 9, Sat 10 (调休)
    (datetime(2026, 10, 3, 9), date(2026, 10, 10)),   # on a holiday
    (datetime(2026, 10, 10, 9), date(2026, 10, 14)),  # on the working Saturday: Mon 12, Tue 13, Wed 14
    (datetime(2026, 9, 18, 9), date(2026, 9, 22)),    # Fri: Sun 20 (调休), Mon 21, Tue 22
    # New Year 2026: 1–3 Jan off, Sunday 4 Jan working; the window crosses the year.
    (datetime(2025, 12, 31, 9), date(2026, 1, 6)),    # Wed: Sun 4, Mon 5, Tue 6
    (datetime(2026, 1, 1, 9), date(2026, 1, 6)),      # on New Year's Day
    (datetime(2026, 1, 4, 9), date(2026, 1, 7)),      # on the working Sunday
    # National Day 2025 (1–8 Oct, working Sun 28 Sep and Sat 11 Oct).
    (datetime(2025, 9, 30, 9), date(2025, 10, 11)),   # Thu 9, Fri 10, Sat 11 (调休)
])
def test_holiday_boundaries(accepted, expected):
    result = rb(accepted)
    assert result.problem is None
    assert result.ready_by == expected
    assert not result.provisional


def test_acceptance_day_never_counts():
    # Friday 13 Feb 2026 is a working day and Saturday 14 Feb too: neither acceptance day counts.
    assert rb(datetime(2026, 2, 13, 8), n=1).ready_by == date(2026, 2, 14)
    assert rb(datetime(2026, 2, 14, 8), n=1).ready_by == date(2026, 2, 24)


def test_date_without_time_is_accepted():
    assert rb(date(2026, 9, 30)).ready_by == date(2026, 10, 10)


# -- cut-off -------------------------------------------------------------------------

def test_cutoff_moves_late_acceptance_to_next_day():
    cutoff = time(16, 0)
    on_time = rb(datetime(2026, 9, 29, 16, 0), cutoff=cutoff)   # exactly at the cut-off: still that day
    late = rb(datetime(2026, 9, 29, 16, 1), cutoff=cutoff)
    assert on_time.counted_from == date(2026, 9, 29)
    assert on_time.ready_by == date(2026, 10, 9)                 # Wed 30, Thu 8, Fri 9
    assert late.counted_from == date(2026, 9, 30)
    assert late.ready_by == date(2026, 10, 10)                   # as if accepted on Wed 30


def test_cutoff_off_by_default():
    assert rb(datetime(2026, 9, 29, 23, 59)).ready_by == date(2026, 10, 9)


def test_cutoff_on_last_day_of_year_runs_into_next_year():
    late = CAL.ready_by(datetime(2026, 12, 31, 17), n=1, cutoff=time(16))
    assert late.problem is not None and late.problem.params["year"] == 2027


# -- county --------------------------------------------------------------------------

def test_county_is_same_date_even_without_calendar():
    empty = WorkCalendar()
    for accepted in (datetime(2026, 10, 1, 18), datetime(2031, 12, 31, 23, 59)):
        result = empty.ready_by(accepted, kind=COUNTY, cutoff=time(16))
        assert result.ready_by == accepted.date()
        assert result.problem is None and not result.provisional


# -- a year not held -----------------------------------------------------------------

def test_december_2026_window_within_the_year():
    assert rb(datetime(2026, 12, 28, 10)).ready_by == date(2026, 12, 31)


@pytest.mark.parametrize("day", [29, 30, 31])
def test_december_2026_window_into_2027_is_refused(day):
    result = rb(datetime(2026, 12, day, 10))
    assert result.ready_by is None
    assert not result.provisional
    assert result.problem is not None
    assert result.problem.code == "calendar_year_missing"
    assert result.problem.params["year"] == 2027
    assert "2027" in result.problem.message("zh") and "2027" in result.problem.message("en")
    with pytest.raises(RuleError) as info:
        result.require()
    assert info.value.code == "calendar_year_missing"


@pytest.mark.parametrize(("day", "expected"), [
    (29, date(2027, 1, 4)),   # Wed 30, Thu 31, (Fri 1 Jan: 元旦, fixed by law) Mon 4 — issue 11
    (30, date(2027, 1, 5)),   # Thu 31, Mon 4, Tue 5
    (31, date(2027, 1, 6)),
])
def test_december_2026_window_into_2027_provisional(day, expected):
    result = rb(datetime(2026, 12, day, 10), provisional=True)
    assert result.problem is None
    assert result.ready_by == expected
    assert result.provisional
    assert result.estimated_years == (2027,)
    assert "2027" in result.provisional_note("zh")
    assert "Provisional" in result.provisional_note("en")


def test_provisional_asked_but_not_needed_is_exact():
    result = rb(datetime(2026, 12, 28, 10), provisional=True)
    assert result.ready_by == date(2026, 12, 31)
    assert not result.provisional
    assert result.provisional_note() == ""


def test_imported_2027_then_used():
    result = CAL_2027.ready_by(datetime(2026, 12, 29, 10), n=3)
    assert result.problem is None and not result.provisional
    assert result.ready_by == date(2027, 1, 4)    # Wed 30, Thu 31, (1–3 Jan off) Mon 4
    assert CAL_2027.ready_by(datetime(2026, 12, 30, 10)).ready_by == date(2027, 1, 5)
    assert CAL_2027.ready_by(datetime(2027, 2, 19, 10)).ready_by == date(2027, 2, 23)  # Sat 20 working


def test_acceptance_in_a_missing_year_with_the_window_held():
    # The acceptance day never counts, so its own year need not be held.
    cal = package_calendar([2026])
    assert cal.ready_by(datetime(2025, 12, 31, 10)).ready_by == date(2026, 1, 6)


def test_gap_year_named():
    cal = package_calendar([2024, 2026])
    result = cal.ready_by(datetime(2024, 12, 31, 10))
    assert result.problem is not None and result.problem.params["year"] == 2025


def test_is_working_day_refuses_missing_year():
    with pytest.raises(RuleError) as info:
        CAL.is_working_day(date(2027, 1, 4))
    assert info.value.problems[0].params["year"] == 2027


# -- the calendar value --------------------------------------------------------------

def test_day_kinds():
    s = CAL.schedule(2026)
    assert s is not None
    assert s.day_kind(date(2026, 10, 1)) is DayKind.HOLIDAY
    assert s.day_kind(date(2026, 10, 10)) is DayKind.WORKING_WEEKEND
    assert s.day_kind(date(2026, 10, 17)) is DayKind.WEEKEND
    assert s.day_kind(date(2026, 10, 12)) is DayKind.WORKDAY


def test_working_days_between():
    assert CAL.working_days_between(date(2026, 9, 30), date(2026, 10, 10)) == 3


def test_years_and_with_year():
    assert CAL.years == tuple(PUBLISHED)
    assert not CAL.has_year(2027)
    assert CAL_2027.has_year(2027) and not CAL.has_year(2027)


def test_schedule_rejects_inconsistent_years():
    with pytest.raises(ValueError):
        YearSchedule.of(2027, [date(2026, 12, 31)], [])
    with pytest.raises(ValueError):
        YearSchedule.of(2027, [date(2027, 1, 2)], [date(2027, 1, 2)])
    with pytest.raises(ValueError):
        WorkCalendar({2027: YearSchedule.of(2028, [], [])})


@pytest.mark.parametrize("bad", [0, -1, True])
def test_bad_n(bad):
    with pytest.raises(ValueError):
        CAL.ready_by(datetime(2026, 1, 5), n=bad)


def test_bad_kind():
    with pytest.raises(ValueError):
        CAL.ready_by(datetime(2026, 1, 5), kind="village")


def test_module_function_matches_method():
    accepted = datetime(2026, 2, 13, 11)
    assert ready_by(CAL, accepted, kind=STREET, n=5) == CAL.ready_by(accepted, n=5)


def test_agrees_with_chinese_calendar_sample():
    for d in (date(2026, 2, 14), date(2026, 2, 15), date(2015, 9, 3), date(2015, 9, 6)):
        assert CAL.is_working_day(d) == chinese_calendar.is_workday(d)


# -- the banner ----------------------------------------------------------------------

def test_banner_from_first_of_november():
    held = range(2004, 2027)
    assert calendar_banner(date(2026, 10, 31), held) is None
    banner = calendar_banner(date(2026, 11, 1), held)
    assert banner is not None
    assert banner.severity is Severity.WARNING
    assert banner.code == "calendar_next_year_missing"
    assert banner.params["year"] == 2027
    assert "2027" in banner.message("zh")
    assert calendar_banner(date(2026, 12, 31), held) is not None
    assert calendar_banner(date(2026, 11, 1), [*held, 2027]) is None


def test_banner_current_year_missing_is_an_error():
    banner = calendar_banner(date(2027, 1, 4), range(2004, 2027))
    assert banner is not None
    assert banner.code == "calendar_year_missing" and banner.is_error
    assert banner.params["year"] == 2027
