"""``clerk-desk report daily [--date D] [--point CODE] [--pdf FILE] [--csv FILE]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clerk_desk.commands.common import cli_actor, day_option, open_database, settings_or_warn
from clerk_desk.commands.texts import t
from clerk_desk.config import language


def daily(args: argparse.Namespace) -> int:
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services import clock
    from clerk_desk.services.printouts import daily_report
    from clerk_desk.services.uow import unit_of_work

    settings = settings_or_warn()
    day = day_option(args.date, "--date", clock.today())
    if day is None:
        return 2
    point = args.point or settings.service_point.code
    if not point:
        print(t("cli.report.no_service_point_set"), file=sys.stderr)
        return 2
    pdf = Path(args.pdf) if args.pdf else None
    csv = Path(args.csv) if args.csv else None
    if pdf is None and csv is None:
        pdf = Path(f"daily-{point}-{day}.pdf")
    engine = open_database()
    try:
        with unit_of_work(engine) as session:
            actor = cli_actor(session, getattr(args, "user", None))
            daily_report(session, actor, point_code=point, day=day, settings=settings, lang=language(),
                         pdf=pdf, csv=csv)
    except RuleError as exc:
        print(exc.message(language()), file=sys.stderr)
        return 1
    for path in (pdf, csv):
        if path is not None:
            print(path)
    return 0
