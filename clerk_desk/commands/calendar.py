"""``clerk-desk calendar list | show YEAR | import FILE [--yes] [--user NAME]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from clerk_desk.commands.common import current_actor
from clerk_desk.commands.texts import render_in, t
from clerk_desk.config import language
from clerk_desk.domain.problems import Problem, RuleError

EXIT_OK, EXIT_REFUSED = 0, 1



@contextmanager
def _session() -> Iterator[Any]:  # a unit of work's Session
    from clerk_desk.services.database import ensure_database
    from clerk_desk.services.uow import unit_of_work

    result = ensure_database()
    with unit_of_work(result.url) as session:
        yield session


def _weekday(d: date) -> str:
    return t(f"cli.calendar.weekday.{d.weekday()}")


def _problem_line(p: Problem) -> str:
    return t("cli.calendar.problem_line", severity=t(f"cli.calendar.severity.{p.severity.value}"),
             message=p.message(language()))


def list_years(args: argparse.Namespace) -> int:
    from clerk_desk.services import calendar as service
    from clerk_desk.services import clock
    from clerk_desk.services.database import database_errors

    try:
        with _session() as session:
            years = service.list_years(session)
            banner = service.banner(session, clock.today())
    except database_errors() as exc:
        print(t("cli.calendar.cannot_read_calendar", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    print(t("cli.calendar.list_header"))
    for y in years:
        origin = t("cli.calendar.origin_package") if y.origin == "package" else t("cli.calendar.origin_import")
        at = y.imported_at.strftime("%Y-%m-%d %H:%M") if y.imported_at else ""
        print(f"{y.year}\t{origin}\t{len(y.holidays)}\t{len(y.workdays)}\t{y.imported_by or ''}\t{at}\t{y.source}")
    if banner is not None:
        print(banner.message(language()), file=sys.stderr)
    return EXIT_OK


def _runs(days: tuple[date, ...]) -> list[tuple[date, date]]:
    runs: list[tuple[date, date]] = []
    for d in days:
        if runs and runs[-1][1] + timedelta(days=1) == d:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    return runs


def show_year(args: argparse.Namespace) -> int:
    from clerk_desk.services import calendar as service
    from clerk_desk.services.database import database_errors

    try:
        with _session() as session:
            info = service.get_year(session, args.year)
    except database_errors() as exc:
        print(t("cli.calendar.cannot_read_calendar", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    if info is None:
        from clerk_desk.domain.workdays import year_missing

        print(year_missing(args.year).message(language()), file=sys.stderr)
        return EXIT_REFUSED
    origin = t("cli.calendar.origin_chinese_calendar") if info.origin == "package" else \
        t("cli.calendar.origin_imported")
    print(f"{info.year}  {info.source}")
    line = t("cli.calendar.origin", origin=origin)
    if info.imported_by:
        line += t("cli.calendar.imported_by", imported_by=info.imported_by)
    if info.imported_at:
        line += t("cli.calendar.imported_at", imported_at=info.imported_at)
    print(line)
    print(t("cli.calendar.days_off", n_holidays=len(info.holidays)))
    for start, end in _runs(info.holidays):
        n = (end - start).days + 1
        if start == end:
            print(f"  {start} {_weekday(start)}")
        else:
            print(f"  {start} {_weekday(start)} – {end} {_weekday(end)}  " + t("cli.calendar.n_days", n=n))
    print(t("cli.calendar.working_weekend_days", n_workdays=len(info.workdays)))
    for d in info.workdays:
        print(f"  {d} {_weekday(d)}")
    return EXIT_OK


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    try:
        answer = input(question + " [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", render_in("cli.calendar.yes", lang="zh"))


def import_year(args: argparse.Namespace) -> int:
    from clerk_desk.services import calendar as service
    from clerk_desk.services.database import database_errors

    lang = language()
    parsed = service.read_calendar_file(args.file)
    if parsed.problems:
        print(t("cli.calendar.file_heading", file=args.file))
        for p in parsed.problems:
            print(_problem_line(p))
    if not parsed.ok:
        print(t("cli.calendar.error_s_nothing_was", n_errors=len(parsed.errors)),
              file=sys.stderr)
        return EXIT_REFUSED
    assert parsed.year is not None
    try:
        with _session() as session:
            actor = current_actor()
            existing = service.get_year(session, parsed.year)
            replace = bool(args.yes)
            if existing is not None and not replace:
                question = t("cli.calendar.calendar_already_exists_replace", year=parsed.year, source=existing.source)
                if not _confirm(question):
                    print(t("cli.calendar.calendar_exists_and_was", year=parsed.year),
                          file=sys.stderr)
                    return EXIT_REFUSED
                replace = True
            result = service.import_year(session, parsed, actor=actor, replace=replace)
    except RuleError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_REFUSED
    except database_errors() as exc:
        print(t("cli.calendar.import_failed", exc=exc), file=sys.stderr)
        return EXIT_REFUSED
    verb = t("cli.calendar.verb_replaced") if result.replaced else t("cli.calendar.verb_imported")
    print(t("cli.calendar.calendar_days_off_working", verb=verb, year=result.year, n_holidays=len(parsed.holidays), n_workdays=len(parsed.workdays)))
    from clerk_desk.services.slip_revision import moved_slip_lines

    for line in moved_slip_lines(result.moved, lang):
        print(line)
    return EXIT_OK

