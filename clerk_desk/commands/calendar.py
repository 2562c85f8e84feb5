"""``clerk-desk calendar list | show YEAR | import FILE [--yes] [--user NAME]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from sqlmodel import Session

from clerk_desk.commands.common import current_actor, say
from clerk_desk.config import language
from clerk_desk.domain.problems import Problem, RuleError, Severity

EXIT_OK, EXIT_REFUSED = 0, 1

WEEKDAYS = {"zh": "一二三四五六日", "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]}



@contextmanager
def _session() -> Iterator[Session]:
    from clerk_desk.services.database import ensure_database
    from clerk_desk.services.uow import unit_of_work

    result = ensure_database()
    with unit_of_work(result.url) as session:
        yield session


def _weekday(d: date) -> str:
    if language() == "en":
        return WEEKDAYS["en"][d.weekday()]
    return "周" + WEEKDAYS["zh"][d.weekday()]


def _problem_line(p: Problem) -> str:
    lang = language()
    label = {Severity.ERROR: ("错误", "error"), Severity.WARNING: ("警告", "warning")}[p.severity]
    return f"  {label[1] if lang == 'en' else label[0]}: {p.message(lang)}"


def list_years(args: argparse.Namespace) -> int:
    from clerk_desk.services import calendar as service
    from clerk_desk.services import clock
    from clerk_desk.services.database import database_errors

    try:
        with _session() as session:
            years = service.list_years(session)
            banner = service.banner(session, clock.today())
    except database_errors() as exc:
        print(say(f"无法读取工作日历：{exc}", f"cannot read the calendar: {exc}"), file=sys.stderr)
        return EXIT_REFUSED
    print(say("年份\t来源\t放假\t调休上班\t导入人\t导入时间\t依据", "year\torigin\tdays off\tworking weekends\t"
               "imported by\timported at\tsource"))
    for y in years:
        origin = say("软件包", "package") if y.origin == "package" else say("导入", "import")
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
        print(say(f"无法读取工作日历：{exc}", f"cannot read the calendar: {exc}"), file=sys.stderr)
        return EXIT_REFUSED
    if info is None:
        from clerk_desk.domain.workdays import year_missing

        print(year_missing(args.year).message(language()), file=sys.stderr)
        return EXIT_REFUSED
    origin = say("软件包 chinese-calendar", "chinese-calendar package") if info.origin == "package" else \
        say("导入", "imported")
    print(f"{info.year}  {info.source}")
    line = say(f"来源：{origin}", f"origin: {origin}")
    if info.imported_by:
        line += say(f"；导入人：{info.imported_by}", f"; imported by {info.imported_by}")
    if info.imported_at:
        line += say(f"；时间：{info.imported_at:%Y-%m-%d %H:%M}", f" at {info.imported_at:%Y-%m-%d %H:%M}")
    print(line)
    print(say(f"放假（{len(info.holidays)} 天）：", f"days off ({len(info.holidays)}):"))
    for start, end in _runs(info.holidays):
        n = (end - start).days + 1
        if start == end:
            print(f"  {start} {_weekday(start)}")
        else:
            print(f"  {start} {_weekday(start)} – {end} {_weekday(end)}  " + say(f"{n} 天", f"{n} days"))
    print(say(f"调休上班（{len(info.workdays)} 天）：", f"working weekend days ({len(info.workdays)}):"))
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
    return answer.strip().lower() in ("y", "yes", "是")


def import_year(args: argparse.Namespace) -> int:
    from clerk_desk.services import calendar as service
    from clerk_desk.services.database import database_errors

    lang = language()
    parsed = service.read_calendar_file(args.file)
    if parsed.problems:
        print(say(f"{args.file}：", f"{args.file}:"))
        for p in parsed.problems:
            print(_problem_line(p))
    if not parsed.ok:
        print(say(f"文件有 {len(parsed.errors)} 处错误，未导入，数据库未作任何修改。",
                   f"{len(parsed.errors)} error(s): nothing was imported, the database is unchanged."),
              file=sys.stderr)
        return EXIT_REFUSED
    assert parsed.year is not None
    try:
        with _session() as session:
            actor = current_actor()
            existing = service.get_year(session, parsed.year)
            replace = bool(args.yes)
            if existing is not None and not replace:
                question = say(f"{parsed.year}年的日历已存在（{existing.source}），是否替换？",
                                f"The {parsed.year} calendar already exists ({existing.source}). Replace it?")
                if not _confirm(question):
                    print(say(f"{parsed.year}年的日历已存在，未替换；确认替换请加 --yes",
                               f"The {parsed.year} calendar exists and was not replaced; add --yes to replace it"),
                          file=sys.stderr)
                    return EXIT_REFUSED
                replace = True
            result = service.import_year(session, parsed, actor=actor, replace=replace)
    except RuleError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_REFUSED
    except database_errors() as exc:
        print(say(f"导入失败：{exc}", f"import failed: {exc}"), file=sys.stderr)
        return EXIT_REFUSED
    verb = say("已替换", "replaced") if result.replaced else say("已导入", "imported")
    print(say(f"{verb} {result.year} 年日历：放假 {len(parsed.holidays)} 天，调休上班 {len(parsed.workdays)} 天",
               f"{verb} the {result.year} calendar: {len(parsed.holidays)} days off, "
               f"{len(parsed.workdays)} working weekend days"))
    from clerk_desk.services.slip_revision import moved_slip_lines

    for line in moved_slip_lines(result.moved, say):
        print(line)
    return EXIT_OK

