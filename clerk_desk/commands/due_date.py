"""``clerk-desk due-date [--kind street|county] [--cutoff HH:MM] [--provisional] [--json] DATETIME...|-``.

Card ready-by dates from the calendar years in the database (the same rows every counter
reads), with the settings' window (N working days) and cut-off.  Exit 0 when every date
was computed (a provisional date counts as computed), 1 when any was refused.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time

from clerk_desk.commands import texts  # noqa: F401  (the messages below are defined there)
from clerk_desk.config import language, load_settings
from clerk_desk.domain.problems import Problem, error
from clerk_desk.domain.workdays import COUNTY, DueDate, WorkCalendar

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

BAD_DATETIME = "due_date.bad_datetime"
OUT_OF_RANGE = "due_date.out_of_range"
NO_INPUT = "due_date.no_input"
DB_FAILED = "due_date.database_failed"



BAD_CUTOFF = "due_date.bad_cutoff"


def parse_cutoff(text: str) -> time | None:
    """``HH:MM`` (full-width digits allowed) as a time; None when it is not one."""
    value = unicodedata.normalize("NFKC", text).strip()
    if len(value) != 5 or value[2] != ":" or not (value[:2] + value[3:]).isdigit():
        return None
    hh, mm = int(value[:2]), int(value[3:])
    return time(hh, mm) if hh < 24 and mm < 60 else None


def parse_accepted(text: str) -> datetime | date | None:
    """A date or a naive date-time from what was typed (full-width digits allowed)."""
    value = unicodedata.normalize("NFKC", text).strip()
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=None)  # the wall-clock time as given


def inputs(items: Iterable[str], stdin: Iterable[str]) -> Iterator[str]:
    for item in items:
        if item == "-":
            for line in stdin:
                if line.strip():
                    yield line.strip()
        else:
            yield item


def _row(raw: str, accepted: datetime | date | None, kind: str, result: DueDate | None,
         problem: Problem | None, lang: str) -> dict[str, object]:
    ready = result.ready_by if result is not None else None
    if problem is None and result is not None:
        problem = result.problem
    return {
        "accepted": accepted.isoformat() if accepted is not None else raw,
        "kind": kind,
        "ready_by": ready.isoformat() if ready is not None else None,
        "provisional": bool(result and result.provisional),
        "error": None if problem is None else {"code": problem.code, "message": problem.message(lang)},
    }


def _load_calendar() -> WorkCalendar:
    from clerk_desk.services.calendar import load_work_calendar
    from clerk_desk.services.database import ensure_database
    from clerk_desk.services.uow import unit_of_work

    result = ensure_database()
    with unit_of_work(result.url) as session:
        return load_work_calendar(session)


def run(args: argparse.Namespace) -> int:
    lang = language()
    settings, _ = load_settings()
    kind = args.kind or settings.service_point.kind
    cutoff = settings.cutoff
    if getattr(args, "cutoff", None) is not None:
        cutoff = parse_cutoff(args.cutoff)
        if cutoff is None:
            print(error(BAD_CUTOFF, "cutoff", value=args.cutoff).message(lang), file=sys.stderr)
            return EXIT_USAGE
    items = list(inputs(args.datetimes, sys.stdin))
    if not items:
        print(error(NO_INPUT, "accepted").message(lang), file=sys.stderr)
        return EXIT_USAGE

    calendar = WorkCalendar()
    if kind != COUNTY:
        from clerk_desk.services.database import database_errors

        try:
            calendar = _load_calendar()
        except database_errors() as exc:  # unreachable, locked, damaged: a bug goes to the error handler
            print(error(DB_FAILED, "calendar", reason=str(exc)).message(lang), file=sys.stderr)
            return EXIT_REFUSED

    status = EXIT_OK
    for raw in items:
        accepted = parse_accepted(raw)
        result: DueDate | None = None
        problem: Problem | None = None
        if accepted is None:
            problem = error(BAD_DATETIME, "accepted", value=raw)
        else:
            try:
                result = calendar.ready_by(accepted, kind=kind, n=settings.rules.working_days, cutoff=cutoff,
                                           provisional=args.provisional)
            except OverflowError:  # e.g. 9999-12-31: the ready-by date would pass the last day there is
                problem = error(OUT_OF_RANGE, "accepted", value=raw)
        row = _row(raw, accepted, kind, result, problem, lang)
        if row["error"] is not None:
            status = EXIT_REFUSED
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(_text_line(row, result, lang))
    return status


def _text_line(row: dict[str, object], result: DueDate | None, lang: str) -> str:
    err = row["error"]
    if isinstance(err, dict):
        return f"{row['accepted']}\t—\t{err['message']}"
    note = result.provisional_note(lang) if result is not None else ""
    return f"{row['accepted']}\t{row['ready_by']}" + (f"\t{note}" if note else "")
