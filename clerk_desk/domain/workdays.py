"""Working days and card ready-by dates.

A :class:`WorkCalendar` holds, for each year it knows, the days off (statutory holidays,
weekends included where the notice lists them) and the weekend days that are working
days (调休).  Any other day is a working day from Monday to Friday.  A year it does not
hold is never guessed: asking about it gives the problem ``calendar_year_missing``
naming the year, or — only when asked for — a *provisional* Monday-to-Friday count.

The ready-by date at a street point is the N-th working day strictly after the day of
acceptance; the acceptance day never counts.  An optional daily cut-off treats an
acceptance after it as made on the next working day.  A provisional count (a year not held)
still skips the statutory holidays the law fixes.  A county center hands the card over
on the spot, so its ready-by date is the acceptance date.

Pure Python: no clock (``today`` is a parameter), no files, no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from clerk_desk.domain.problems import (
    DEFAULT_LANGUAGE,
    ENUMERATION_SEPARATOR,
    Problem,
    RuleError,
    define,
    define_field,
    error,
    render,
    warning,
)
from clerk_desk.domain.statutory_holidays import statutory_holidays

STREET = "street"
COUNTY = "county"
KINDS = (STREET, COUNTY)

DEFAULT_WORKING_DAYS = 3

#: From this month on, next year's calendar is expected (the notice comes out around November).
BANNER_FROM_MONTH = 11

CALENDAR_YEAR_MISSING = define(
    "calendar_year_missing",
    zh="{year}年的工作日历（国务院节假日安排）尚未导入，无法确定领卡日期；请负责人导入{year}年日历",
    en="The working-day calendar for {year} (the State Council holiday notice) has not been imported, "
    "so the ready-by date cannot be determined; a supervisor must import the {year} calendar",
)
CALENDAR_NEXT_YEAR_MISSING = define(
    "calendar_next_year_missing",
    zh="{year}年的工作日历尚未导入：国务院节假日安排发布后，请负责人尽快导入，否则跨年的领卡日期无法确定",
    en="The working-day calendar for {year} has not been imported yet: once the State Council notice is "
    "out, a supervisor should import it, or ready-by dates running into {year} cannot be determined",
)
PROVISIONAL_NOTE = define(
    "due_date.provisional",
    zh="暂定日期：{years}年节假日安排未导入，按周一至周五估算，以实际通知为准",
    en="Provisional date: the {years} holiday schedule is not imported; estimated counting Monday to "
    "Friday, subject to the official notice",
)
define_field("accepted", zh="受理时间", en="acceptance time")
define_field("calendar", zh="工作日历", en="working-day calendar")


def year_missing(year: int) -> Problem:
    """The problem ``calendar_year_missing`` for ``year``."""
    return error(CALENDAR_YEAR_MISSING, "calendar", year=year)


# ---------------------------------------------------------------------------------
# The calendar
# ---------------------------------------------------------------------------------


class DayKind(StrEnum):
    """How a day is shown in a calendar view."""

    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"  # a day off listed by the notice
    WORKING_WEEKEND = "working_weekend"  # 调休: a Saturday or Sunday that is a working day


@dataclass(frozen=True)
class YearSchedule:
    """One year of the State Council's holiday notice."""

    year: int
    holidays: frozenset[date]
    workdays: frozenset[date]
    source: str = ""

    def __post_init__(self) -> None:
        stray = sorted(d for d in self.holidays | self.workdays if d.year != self.year)
        if stray:
            raise ValueError(f"dates outside {self.year}: {', '.join(d.isoformat() for d in stray)}")
        both = sorted(self.holidays & self.workdays)
        if both:
            raise ValueError(f"dates both off and working: {', '.join(d.isoformat() for d in both)}")

    @classmethod
    def of(cls, year: int, holidays: Iterable[date], workdays: Iterable[date], source: str = "") -> YearSchedule:
        return cls(year, frozenset(holidays), frozenset(workdays), source)

    def is_working_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def day_kind(self, day: date) -> DayKind:
        """How ``day`` is shown in a calendar view."""
        if day in self.holidays:
            return DayKind.HOLIDAY
        if day in self.workdays:
            return DayKind.WORKING_WEEKEND
        return DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY


YearsInput = Mapping[int, "YearSchedule | tuple[Iterable[date], Iterable[date]]"]


class WorkCalendar:
    """The years of holiday notices the program holds; immutable once built.

    ``WorkCalendar({2026: (holidays, workdays)})`` or with :class:`YearSchedule` values.
    """

    __slots__ = ("_years",)

    def __init__(self, years: YearsInput | None = None) -> None:
        built: dict[int, YearSchedule] = {}
        for year, value in (years or {}).items():
            if isinstance(value, YearSchedule):
                if value.year != year:
                    raise ValueError(f"schedule for {value.year} given as {year}")
                built[year] = value
            else:
                holidays, workdays = value
                built[year] = YearSchedule.of(year, holidays, workdays)
        self._years = built

    @classmethod
    def from_schedules(cls, schedules: Iterable[YearSchedule]) -> WorkCalendar:
        return cls({s.year: s for s in schedules})

    @property
    def years(self) -> tuple[int, ...]:
        """The years held, in order."""
        return tuple(sorted(self._years))

    def has_year(self, year: int) -> bool:
        return year in self._years

    def schedule(self, year: int) -> YearSchedule | None:
        return self._years.get(year)

    def with_year(self, schedule: YearSchedule) -> WorkCalendar:
        """A new calendar with ``schedule`` added or replacing that year."""
        years: dict[int, YearSchedule] = dict(self._years)
        years[schedule.year] = schedule
        return WorkCalendar(years)

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a working day; raises :class:`RuleError` for a year not held."""
        if isinstance(day, datetime):
            day = day.date()
        schedule = self._years.get(day.year)
        if schedule is None:
            raise RuleError(year_missing(day.year))
        return schedule.is_working_day(day)

    def ready_by(
        self,
        accepted: datetime | date,
        *,
        kind: str = STREET,
        n: int = DEFAULT_WORKING_DAYS,
        cutoff: time | None = None,
        provisional: bool = False,
    ) -> DueDate:
        """The ready-by date of an application accepted at ``accepted``.

        ``kind``: ``"street"`` (the N-th working day strictly after the acceptance day) or
        ``"county"`` (the acceptance date: the card is handed over on the spot).
        ``cutoff``: an acceptance later than this time counts as made on the next working day
        (a Friday-evening acceptance counts from Monday).
        ``provisional``: where a year is not held, count Monday to Friday less the statutory
        holidays the law fixes (:mod:`clerk_desk.domain.statutory_holidays`) and flag the
        result provisional, instead of refusing with ``calendar_year_missing``.
        """
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise ValueError(f"n must be a whole number of at least 1, not {n!r}")
        day = accepted.date() if isinstance(accepted, datetime) else accepted
        if kind == COUNTY:
            return DueDate(accepted, kind, day, day)
        missing: list[int] = []
        one = timedelta(days=1)

        def working(current: date) -> bool | None:
            """Whether ``current`` is a working day; None when its year is not held (not provisional)."""
            schedule = self._years.get(current.year)
            if schedule is not None:
                return schedule.is_working_day(current)
            if not provisional:
                return None
            if current.year not in missing:
                missing.append(current.year)
            return current.weekday() < 5 and current not in statutory_holidays(current.year)

        counted_from = day
        if cutoff is not None and isinstance(accepted, datetime) and accepted.time() > cutoff:
            # after the cut-off the acceptance counts as made on the next working day
            counted_from += one
            while not (is_work := working(counted_from)):
                if is_work is None:
                    return DueDate(accepted, kind, counted_from, None, problem=year_missing(counted_from.year))
                counted_from += one
        remaining = n
        current = counted_from
        while remaining:
            current += one
            is_work = working(current)
            if is_work is None:
                return DueDate(accepted, kind, counted_from, None, problem=year_missing(current.year))
            if is_work:
                remaining -= 1
        return DueDate(accepted, kind, counted_from, current, provisional=bool(missing),
                       estimated_years=tuple(missing))

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie in ``(start, end]``; raises for a year not held."""
        count = 0
        day = start + timedelta(days=1)
        while day <= end:
            count += self.is_working_day(day)
            day += timedelta(days=1)
        return count


@dataclass(frozen=True)
class DueDate:
    """The ready-by date of one acceptance, or why there is none.

    ``ready_by`` is ``None`` exactly when ``problem`` is set.  ``provisional`` is true when
    some day of the count lay in a year not held (``estimated_years``) and was counted
    Monday to Friday; such a date must be marked provisional wherever it appears.
    """

    accepted: datetime | date
    kind: str
    counted_from: date  # the acceptance day after the cut-off rule
    ready_by: date | None
    provisional: bool = False
    problem: Problem | None = None
    estimated_years: tuple[int, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.problem is None

    def provisional_note(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """The text that must accompany a provisional date ("" for an exact one)."""
        if not self.provisional:
            return ""
        sep = render(ENUMERATION_SEPARATOR, None, lang)
        return render(PROVISIONAL_NOTE, {"years": sep.join(str(y) for y in self.estimated_years)}, lang)

    def require(self) -> date:
        """The ready-by date; raises :class:`RuleError` (e.g. to block a slip) when there is none."""
        if self.problem is not None:
            raise RuleError(self.problem)
        assert self.ready_by is not None
        return self.ready_by


def ready_by(
    calendar: WorkCalendar,
    accepted: datetime | date,
    *,
    kind: str = STREET,
    n: int = DEFAULT_WORKING_DAYS,
    cutoff: time | None = None,
    provisional: bool = False,
) -> DueDate:
    """Module-level spelling of :meth:`WorkCalendar.ready_by`."""
    return calendar.ready_by(accepted, kind=kind, n=n, cutoff=cutoff, provisional=provisional)


def calendar_banner(today: date, years_held: Iterable[int]) -> Problem | None:
    """The warning every counter shows about missing calendar years, or None.

    The current year missing is an error (no ready-by date can be computed); from
    1 November, next year missing is a warning (the notice is due and the windows of late
    December run into it).
    """
    held = set(years_held)
    if today.year not in held:
        return year_missing(today.year)
    if today.month >= BANNER_FROM_MONTH and today.year + 1 not in held:
        return warning(CALENDAR_NEXT_YEAR_MISSING, "calendar", year=today.year + 1)
    return None
