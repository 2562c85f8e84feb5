"""Calendar years in the database: seeding from chinese-calendar, importing, reading.

Every counter and every synchronised street point reads the same ``calendar_year`` rows,
so they all print the same ready-by date.  The years the chinese-calendar package
carries are loaded at first start (origin ``package``); later years are imported by a
supervisor from a TOML file (origin ``import``), and an imported year is never
overwritten by the package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Text, cast
from sqlmodel import Session, col, select

from clerk_desk.config import Settings
from clerk_desk.domain.calendar_file import CalendarFile, parse_calendar_bytes
from clerk_desk.domain.problems import Problem, RuleError, define, error, render
from clerk_desk.domain.roles import SYSTEM, Action, Actor
from clerk_desk.domain.workdays import DueDate, WorkCalendar, YearSchedule, calendar_banner
from clerk_desk.services import audit, clock, permissions
from clerk_desk.services.slip_revision import MovedSlip, revise_provisional_slips
from clerk_desk.store.models import CalendarYear

ORIGIN_PACKAGE = "package"
ORIGIN_IMPORT = "import"

YEAR_EXISTS = define(
    "calendar.year_exists",
    zh="{year}年的工作日历已存在（{source}）；确认后才能替换",
    en="The calendar for {year} already exists ({source}); replacing it needs confirmation",
)
# The source of a year loaded from the chinese-calendar package: stored with the year (shown as written).
define("calendar.published_source", zh="国务院办公厅关于{year}年部分节假日安排的通知（chinese-calendar {version}）",
       en="General Office of the State Council notice on the {year} holiday schedule (chinese-calendar {version})")
FILE_UNREADABLE = define("calendar.file_unreadable", zh="无法读取文件 {path}：{reason}",
                         en="Cannot read the file {path}: {reason}")


@dataclass(frozen=True)
class CalendarYearInfo:
    """One stored year, as the list, the show command and the calendar page present it."""

    year: int
    source: str
    origin: str
    imported_by: str | None
    imported_at: datetime | None
    holidays: tuple[date, ...]
    workdays: tuple[date, ...]

    def schedule(self) -> YearSchedule:
        return YearSchedule.of(self.year, self.holidays, self.workdays, self.source)


@dataclass(frozen=True)
class ImportResult:
    year: int
    replaced: CalendarYearInfo | None  # the year as it was before, when it was replaced
    warnings: tuple[Problem, ...]
    moved: tuple[MovedSlip, ...] = ()  # provisional slips whose date changed (with phones)


def _info(row: CalendarYear) -> CalendarYearInfo:
    return CalendarYearInfo(
        year=row.year,
        source=row.source,
        origin=row.origin,
        imported_by=row.imported_by,
        imported_at=clock.local(row.imported_at),
        holidays=tuple(sorted(date.fromisoformat(d) for d in row.holidays)),
        workdays=tuple(sorted(date.fromisoformat(d) for d in row.workdays)),
    )


def _iso(days: frozenset[date] | tuple[date, ...]) -> list[str]:
    return [d.isoformat() for d in sorted(days)]


# ---------------------------------------------------------------------------------
# The published years
# ---------------------------------------------------------------------------------


def package_version() -> str:
    import chinese_calendar

    found = getattr(chinese_calendar, "__version__", None)  # at every start: reading the installed
    if isinstance(found, str) and found:  # metadata instead took as long as importing the package
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("chinesecalendar")
    except PackageNotFoundError:  # pragma: no cover
        return "?"


def published_schedules() -> list[YearSchedule]:
    """The years the chinese-calendar package carries, as schedules."""
    from chinese_calendar import constants

    ver = package_version()
    years = sorted({d.year for d in constants.holidays} | {d.year for d in constants.workdays})
    return [
        YearSchedule.of(
            y,
            (d for d in constants.holidays if d.year == y),
            (d for d in constants.workdays if d.year == y),
            render("calendar.published_source", {"year": y, "version": ver}),  # stored: in Chinese, as published
        )
        for y in years
    ]


def ensure_published_years(session: Session) -> list[int]:
    """Store the package's years; returns the years added or refreshed.

    A missing year is added; a year from an older package is refreshed when the data
    differs; a year a supervisor imported is never touched.
    """
    changed: list[int] = []
    now = clock.now()
    for schedule in published_schedules():
        holidays, workdays = _iso(schedule.holidays), _iso(schedule.workdays)
        row = session.get(CalendarYear, schedule.year)
        if row is None:
            session.add(CalendarYear(year=schedule.year, source=schedule.source, holidays=holidays,
                                     workdays=workdays, origin=ORIGIN_PACKAGE, imported_by=None, imported_at=now))
            changed.append(schedule.year)
        elif row.origin == ORIGIN_PACKAGE and (sorted(row.holidays) != holidays or sorted(row.workdays) != workdays):
            row.holidays, row.workdays, row.source, row.imported_at = holidays, workdays, schedule.source, now
            session.add(row)
            changed.append(schedule.year)
    if changed:
        session.flush()
        audit.record(session, actor=SYSTEM.username, action="calendar.seed", target="calendar",
                     details={"years": changed, "package": f"chinesecalendar {package_version()}"})
    return changed


# ---------------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------------


def list_years(session: Session) -> list[CalendarYearInfo]:
    return [_info(r) for r in session.exec(select(CalendarYear).order_by(col(CalendarYear.year)))]


def get_year(session: Session, year: int) -> CalendarYearInfo | None:
    row = session.get(CalendarYear, year)
    return _info(row) if row is not None else None


def years_held(session: Session) -> list[int]:
    return list(session.exec(select(CalendarYear.year).order_by(col(CalendarYear.year))))


_built: dict[tuple[tuple[Any, ...], ...], WorkCalendar] = {}
_YEARS = CalendarYear.__table__  # type: ignore[attr-defined]
_YEARS_TEXT = select(_YEARS.c.year, _YEARS.c.source, cast(_YEARS.c.holidays, Text),  # type: ignore[call-overload]
                     cast(_YEARS.c.workdays, Text)).order_by(_YEARS.c.year)


def load_work_calendar(session: Session) -> WorkCalendar:
    """The calendar every ready-by date is computed with.

    Read at every acceptance: the stored years' text is fetched (one small query) and the
    calendar built from it is kept, keyed on that very text, so a year imported or changed by
    any counter is seen at once, and an unchanged one is not parsed again.
    """
    rows = tuple(tuple(r) for r in session.connection().execute(_YEARS_TEXT))
    calendar = _built.get(rows)
    if calendar is None:
        calendar = WorkCalendar.from_schedules(
            YearSchedule.of(year, map(date.fromisoformat, json.loads(holidays or "[]")),
                            map(date.fromisoformat, json.loads(workdays or "[]")), source)
            for year, source, holidays, workdays in rows)
        if len(_built) >= 8:  # another database, or the years changed: keep a few
            _built.clear()
        _built[rows] = calendar
    return calendar


def banner(session: Session, today: date | None = None) -> Problem | None:
    """The counter's calendar banner for ``today`` (default: the clock's today)."""
    return calendar_banner(today or clock.today(), years_held(session))


def due_date(
    session: Session,
    accepted: datetime | date,
    *,
    settings: Settings,
    kind: str | None = None,
    provisional: bool = False,
    calendar: WorkCalendar | None = None,
) -> DueDate:
    """The ready-by date with the settings' window (N), cut-off and service-point kind."""
    cal = calendar if calendar is not None else load_work_calendar(session)
    return cal.ready_by(accepted, kind=kind or settings.service_point.kind, n=settings.rules.working_days,
                        cutoff=settings.cutoff, provisional=provisional)


# ---------------------------------------------------------------------------------
# Importing
# ---------------------------------------------------------------------------------


def read_calendar_file(path: str | Path) -> CalendarFile:
    """Read and check an import file; an unreadable file is reported like any other problem."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except (OSError, ValueError) as exc:  # ValueError: a name no file can have (a NUL byte in it)
        reason = getattr(exc, "strerror", None) or str(exc)
        return CalendarFile(None, "", (), (), (error(FILE_UNREADABLE, "file", path=str(p), reason=reason),))
    return parse_calendar_bytes(data)


def import_year(session: Session, parsed: CalendarFile, *, actor: Actor | None, replace: bool = False,
                settings: Settings | None = None) -> ImportResult:
    """Store an import file's year, in the caller's transaction, audited; then count the open
    provisional slips again (``ImportResult.moved``: those whose date changed, to be told).

    Refused with :class:`RuleError` (nothing changed): the actor may not edit the calendar;
    the file has errors (all of them are raised); the year exists and ``replace`` is false
    (``calendar.year_exists``: ask, then call again with ``replace=True``).
    """
    permissions.require(session, actor, Action.EDIT_CALENDAR, target="calendar")
    assert actor is not None
    schedule = parsed.schedule()  # raises with every error
    row = session.get(CalendarYear, schedule.year)
    previous = _info(row) if row is not None else None
    if row is not None and not replace:
        raise RuleError(error(YEAR_EXISTS, "calendar", year=schedule.year, source=row.source))
    now = clock.now()
    holidays, workdays = _iso(schedule.holidays), _iso(schedule.workdays)
    if row is None:
        row = CalendarYear(year=schedule.year, source=schedule.source, holidays=holidays, workdays=workdays,
                           origin=ORIGIN_IMPORT, imported_by=actor.username, imported_at=now)
    else:
        row.source, row.holidays, row.workdays = schedule.source, holidays, workdays
        row.origin, row.imported_by, row.imported_at = ORIGIN_IMPORT, actor.username, now
    session.add(row)
    session.flush()
    details: dict[str, object] = {
        "year": schedule.year, "source": schedule.source, "holidays": holidays, "workdays": workdays,
        "warnings": [p.code for p in parsed.warnings],
    }
    if previous is not None:
        details["replaced"] = {
            "source": previous.source, "origin": previous.origin, "imported_by": previous.imported_by,
            "holidays": _iso(previous.holidays), "workdays": _iso(previous.workdays),
        }
    audit.record(session, actor=actor.username, action="calendar.replace" if previous else "calendar.import",
                 target=f"calendar:{schedule.year}", details=details)
    if settings is None:
        from clerk_desk.config import load_settings

        settings = load_settings()[0]
    moved = revise_provisional_slips(session, load_work_calendar(session), settings, actor=actor.username)
    return ImportResult(schedule.year, previous, tuple(parsed.warnings), tuple(moved))
