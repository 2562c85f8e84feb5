"""Every day of every published year, against chinese-calendar and an independent count.

The independent count lists chinese-calendar's working days once (``get_workdays``) and
picks the N-th after the acceptance day by bisection: no stepping, no sets of ours.
"""

from __future__ import annotations

import bisect
from datetime import date, datetime, time, timedelta

import chinese_calendar
import pytest
from chinese_calendar import constants
from hypothesis import given, settings
from hypothesis import strategies as st

from clerk_desk.domain.statutory_holidays import statutory_holidays
from clerk_desk.domain.workdays import WorkCalendar

FIRST = min(constants.holidays).year
LAST = max(constants.holidays).year          # the last published year (2026 for 1.11.0)
START, END = date(FIRST, 1, 1), date(LAST, 12, 31)
ALL_DAYS = [START + timedelta(days=i) for i in range((END - START).days + 1)]
# chinese-calendar's own list of working days over the whole published range.
CC_WORKDAYS: list[date] = chinese_calendar.get_workdays(START, END)


def build(years) -> WorkCalendar:
    return WorkCalendar({
        y: ([d for d in constants.holidays if d.year == y], [d for d in constants.workdays if d.year == y])
        for y in years
    })


CAL = build(range(FIRST, LAST + 1))


def independent_ready_by(accepted: date, n: int) -> date | None:
    """The n-th chinese-calendar working day after ``accepted``; None past the published range."""
    index = bisect.bisect_right(CC_WORKDAYS, accepted) + n - 1
    return CC_WORKDAYS[index] if index < len(CC_WORKDAYS) else None


def test_published_range():
    assert FIRST == 2004 and LAST >= 2026


def test_every_day_working_judgement_agrees():
    workdays = set(CC_WORKDAYS)
    mismatches = [d for d in ALL_DAYS if CAL.is_working_day(d) != (d in workdays)]
    assert mismatches == []
    # and with is_workday itself, day by day, for a spread of days across the range
    for d in ALL_DAYS[::7]:
        assert CAL.is_working_day(d) == chinese_calendar.is_workday(d)


@pytest.mark.parametrize("n", [1, 3, 5])
def test_every_day_ready_by_agrees(n):
    mismatches = []
    for d in ALL_DAYS:
        expected = independent_ready_by(d, n)
        got = CAL.ready_by(datetime.combine(d, time(10)), n=n)
        if expected is None:
            ok = got.ready_by is None and got.problem is not None and got.problem.params["year"] == LAST + 1
        else:
            ok = got.ready_by == expected and got.problem is None and not got.provisional
        if not ok:
            mismatches.append((d, expected, got))
    assert mismatches == []


# -- properties ----------------------------------------------------------------------

accepted_times = st.datetimes(min_value=datetime(FIRST, 1, 1), max_value=datetime(LAST, 12, 31, 23, 59))
cutoffs = st.none() | st.times(min_value=time(8), max_value=time(20))
ns = st.integers(min_value=1, max_value=30)


@settings(max_examples=300, deadline=None)
@given(accepted=accepted_times, n=ns, cutoff=cutoffs)
def test_ready_by_properties(accepted, n, cutoff):
    result = CAL.ready_by(accepted, n=n, cutoff=cutoff)
    start = accepted.date()
    if cutoff is not None and accepted.time() > cutoff:   # counts from the next working day
        start += timedelta(days=1)
        while start.year <= LAST and not CAL.is_working_day(start):
            start += timedelta(days=1)
    assert result.counted_from == start
    if result.ready_by is None:  # only a window running past the last published year
        assert result.problem is not None and result.problem.code == "calendar_year_missing"
        assert result.problem.params["year"] == LAST + 1
        assert independent_ready_by(start, n) is None
        return
    assert result.problem is None and not result.provisional
    assert result.ready_by > accepted.date()
    assert CAL.is_working_day(result.ready_by)
    assert CAL.working_days_between(start, result.ready_by) == n
    assert result.ready_by == independent_ready_by(start, n)


@settings(max_examples=200, deadline=None)
@given(
    accepted=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2028, 12, 31)),
    n=ns,
    held=st.sets(st.integers(min_value=2020, max_value=LAST)),
)
def test_provisional_properties(accepted, n, held):
    cal = build(held)
    strict = cal.ready_by(accepted, n=n)
    result = cal.ready_by(accepted, n=n, provisional=True)
    assert result.problem is None and result.ready_by is not None
    assert result.ready_by > accepted.date()

    def working(d: date) -> bool:  # the calendar where held, elsewhere Monday to Friday less the law's holidays
        return cal.is_working_day(d) if cal.has_year(d.year) else d.weekday() < 5 and d not in statutory_holidays(
            d.year)

    window = [accepted.date() + timedelta(days=i) for i in range(1, (result.ready_by - accepted.date()).days + 1)]
    assert working(result.ready_by)
    assert sum(working(d) for d in window) == n
    missing = sorted({d.year for d in window if not cal.has_year(d.year)})
    assert result.provisional == bool(missing)
    assert list(result.estimated_years) == missing
    if missing:
        assert strict.ready_by is None and strict.problem is not None
        assert strict.problem.params["year"] == missing[0]
    else:
        assert strict == result
