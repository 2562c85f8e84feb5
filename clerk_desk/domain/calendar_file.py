"""The calendar import format: one year of the State Council's holiday notice in TOML.

A supervisor writes it from the notice::

    year = 2027
    source = "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）"
    holidays = [2027-01-01, 2027-01-02, 2027-01-03]   # every day off of each break
    workdays = [2027-02-20]                             # weekend days that are working days

Dates may be TOML dates or ``"YYYY-MM-DD"`` strings.  :func:`parse_calendar_text`
checks everything and lists every problem; a file with any error is refused whole.
Errors: TOML syntax, a missing or unknown key, a bad year, an empty source, something
that is not a date, a date outside the year, a date listed twice, a date in both lists,
no holidays at all.  Warnings (the file may still be imported): a working day listed on
a Monday to Friday (调休 working days are weekend days, so it changes nothing), and a
holiday on a Saturday or Sunday that is not part of any break with a weekday off (it
is a day off anyway; perhaps it was meant as a working day).

Pure Python: the caller reads the file and passes its text.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import tomli_w

from clerk_desk.domain.problems import (
    Problem,
    RuleError,
    define,
    define_field,
    error,
    errors_of,
    warning,
    warnings_of,
)
from clerk_desk.domain.workdays import YearSchedule

KEYS = ("year", "source", "holidays", "workdays")
MIN_YEAR = 2000
MAX_YEAR = 2100

define_field("year", zh="年份", en="year")
define_field("source", zh="依据（通知标题）", en="source (title of the notice)")
define_field("holidays", zh="放假日期", en="holidays")
define_field("workdays", zh="调休上班日期", en="working weekend days")

SYNTAX = define("calendar_file.syntax", zh="文件不是有效的 TOML：{reason}",
                en="The file is not valid TOML: {reason}")
ENCODING = define("calendar_file.encoding", zh="文件不是 UTF-8 编码的文本", en="The file is not UTF-8 text")
MISSING_KEY = define("calendar_file.missing_key", zh="缺少 {key}（{field}）",
                     en="{key} ({field}) is missing")
UNKNOWN_KEY = define("calendar_file.unknown_key", zh="未知的项 {key}；只允许 year、source、holidays、workdays",
                     en="Unknown key {key}; only year, source, holidays and workdays are allowed")
BAD_YEAR = define("calendar_file.bad_year", zh="year 应为 {min}–{max} 之间的整数，而不是 {value!r}",
                  en="year must be a whole number from {min} to {max}, not {value!r}")
BAD_SOURCE = define("calendar_file.bad_source", zh="source 应填写通知的标题（文号），不能为空",
                    en="source must give the title (document number) of the notice and cannot be empty")
NOT_A_LIST = define("calendar_file.not_a_list", zh="{key} 应为日期列表，例如 [2027-01-01, 2027-01-02]",
                    en="{key} must be a list of dates, e.g. [2027-01-01, 2027-01-02]")
BAD_DATE = define("calendar_file.bad_date", zh="{key} 第 {position} 项 {value!r} 不是日期（YYYY-MM-DD）",
                  en="{key} item {position}, {value!r}, is not a date (YYYY-MM-DD)")
OUTSIDE_YEAR = define("calendar_file.outside_year", zh="{key} 中的 {date} 不在 {year} 年内",
                      en="{date} in {key} is not in {year}")
DUPLICATE = define("calendar_file.duplicate", zh="{key} 中 {date} 出现了 {count} 次",
                   en="{date} appears {count} times in {key}")
IN_BOTH = define("calendar_file.in_both", zh="{date} 同时列在放假日期和调休上班日期中",
                 en="{date} is listed both as a holiday and as a working day")
NO_HOLIDAYS = define("calendar_file.no_holidays", zh="holidays 为空：通知中的放假日期都应列出",
                     en="holidays is empty: every day off in the notice must be listed")
WEEKDAY_WORKDAY = define("calendar_file.weekday_workday",
                         zh="调休上班日 {date} 是周一至周五，本来就是工作日；调休上班日应为周六或周日",
                         en="Working day {date} is a Monday to Friday, a working day anyway; "
                         "adjusted working days (调休) fall on a Saturday or Sunday")
WEEKEND_HOLIDAY = define("calendar_file.weekend_holiday",
                         zh="放假日期 {date} 是周末，本来就休息，且不与任何工作日放假相连；是否应为调休上班日？",
                         en="Holiday {date} is a Saturday or Sunday, a day off anyway, and not part of a break "
                         "with a weekday off; was it meant as a working day?")


@dataclass(frozen=True)
class CalendarFile:
    """A parsed import file and everything found wrong with it."""

    year: int | None
    source: str
    holidays: tuple[date, ...]
    workdays: tuple[date, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """No errors (warnings allowed): the year may be imported."""
        return not errors_of(self.problems)

    @property
    def errors(self) -> list[Problem]:
        return errors_of(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return warnings_of(self.problems)

    def schedule(self) -> YearSchedule:
        """The year to import; raises :class:`RuleError` with every error when the file is refused."""
        errors = self.errors
        if errors:
            raise RuleError(*errors)
        assert self.year is not None
        return YearSchedule.of(self.year, self.holidays, self.workdays, self.source)


def parse_calendar_bytes(data: bytes) -> CalendarFile:
    """Parse a file's bytes (UTF-8, with or without a byte-order mark)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return CalendarFile(None, "", (), (), (error(ENCODING, "file"),))
    return parse_calendar_text(text)


def parse_calendar_text(text: str) -> CalendarFile:
    """Parse and check the TOML text of an import file."""
    try:
        raw = tomllib.loads(text.lstrip("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        return CalendarFile(None, "", (), (), (error(SYNTAX, "file", reason=str(exc)),))
    except RecursionError:  # arrays or tables nested thousands deep: not a calendar
        return CalendarFile(None, "", (), (), (error(SYNTAX, "file", reason="nested too deep / 嵌套层数过多"),))
    return check_calendar(raw)


def check_calendar(raw: dict[str, Any]) -> CalendarFile:
    """Check an already parsed mapping; lists every problem found."""
    problems: list[Problem] = []
    for key in raw:
        if key not in KEYS:
            problems.append(error(UNKNOWN_KEY, key, key=key))
    for key in KEYS:
        if key not in raw:
            problems.append(error(MISSING_KEY, key, key=key))

    year: int | None = None
    if "year" in raw:
        value = raw["year"]
        if isinstance(value, int) and not isinstance(value, bool) and MIN_YEAR <= value <= MAX_YEAR:
            year = value
        else:
            problems.append(error(BAD_YEAR, "year", value=value, min=MIN_YEAR, max=MAX_YEAR))

    source = ""
    if "source" in raw:
        value = raw["source"]
        if isinstance(value, str) and value.strip():
            source = " ".join(value.split())
        else:
            problems.append(error(BAD_SOURCE, "source", value=value))

    lists: dict[str, list[date]] = {}
    for key in ("holidays", "workdays"):
        lists[key] = _dates(raw, key, year, problems) if key in raw else []
    holidays, workdays = lists["holidays"], lists["workdays"]

    if "holidays" in raw and isinstance(raw["holidays"], list) and not raw["holidays"]:
        problems.append(error(NO_HOLIDAYS, "holidays"))
    for day in sorted(set(holidays) & set(workdays)):
        problems.append(error(IN_BOTH, "holidays", date=day.isoformat()))

    off, work = set(holidays), set(workdays)
    for day in sorted(work - off):
        if day.weekday() < 5:
            problems.append(warning(WEEKDAY_WORKDAY, "workdays", date=day.isoformat()))
    for day in sorted(off - work):
        if day.weekday() >= 5 and not _in_break_with_weekday_off(day, off, work):
            problems.append(warning(WEEKEND_HOLIDAY, "holidays", date=day.isoformat()))

    return CalendarFile(year, source, tuple(sorted(off)), tuple(sorted(work)), tuple(problems))


def _dates(raw: dict[str, Any], key: str, year: int | None, problems: list[Problem]) -> list[date]:
    value = raw[key]
    if not isinstance(value, list):
        problems.append(error(NOT_A_LIST, key, key=key))
        return []
    days: list[date] = []
    counts: dict[date, int] = {}
    for position, item in enumerate(value, start=1):
        day = _as_date(item)
        if day is None:
            problems.append(error(BAD_DATE, key, key=key, position=position, value=item))
            continue
        if year is not None and day.year != year:
            problems.append(error(OUTSIDE_YEAR, key, key=key, date=day.isoformat(), year=year))
            continue
        counts[day] = counts.get(day, 0) + 1
        if counts[day] == 1:
            days.append(day)
    for day, count in counts.items():
        if count > 1:
            problems.append(error(DUPLICATE, key, key=key, date=day.isoformat(), count=count))
    return days


def _as_date(item: Any) -> date | None:
    if isinstance(item, datetime):  # a date with a time of day is not a day
        return None
    if isinstance(item, date):
        return item
    if isinstance(item, str):
        text = item.strip()
        if len(text) == 10:
            try:
                return date.fromisoformat(text)
            except ValueError:
                return None
    return None


def _in_break_with_weekday_off(day: date, off: set[date], work: set[date]) -> bool:
    """Whether ``day`` belongs to a run of days off that includes a listed weekday holiday.

    A run that reaches the end of the year may go on in the next (a New Year break
    starting on 31 December), so it gets the benefit of the doubt.
    """

    def is_off(d: date) -> bool:
        return d in off or (d.weekday() >= 5 and d not in work)

    for step in (timedelta(days=-1), timedelta(days=1)):
        d = day
        while is_off(d):
            if d in off and d.weekday() < 5:
                return True
            d += step
            if d.year != day.year:
                return True
    return False


def format_calendar_toml(schedule: YearSchedule, *, comment: Iterable[str] = ()) -> str:
    """The import-format text of ``schedule`` (for examples and exports), written by tomli_w."""
    lines = [f"# {line}".rstrip() for c in comment for line in c.splitlines()]
    body = tomli_w.dumps({"year": schedule.year, "source": schedule.source,
                          "holidays": sorted(schedule.holidays), "workdays": sorted(schedule.workdays)})
    return "\n".join(lines) + ("\n" if lines else "") + body
