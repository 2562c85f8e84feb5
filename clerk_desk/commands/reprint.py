"""``clerk-desk print receipt|slip|notice APPLICATION_NUMBER|ID --pdf FILE``: the original the first time, a
reprint (补打) after that; audited."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clerk_desk.commands.common import cli_actor, open_database, settings_or_warn
from clerk_desk.commands.texts import t
from clerk_desk.config import language


def run(args: argparse.Namespace) -> int:
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services.printouts import print_document
    from clerk_desk.services.uow import unit_of_work

    settings = settings_or_warn()
    engine = open_database()
    try:
        with unit_of_work(engine) as session:
            actor = cli_actor(session, args.user)
            printed = print_document(session, actor, args.application_number, args.document, settings=settings,
                                     lang=language(), out=Path(args.pdf), reprint=True)
    except RuleError as exc:
        print(exc.message(language()), file=sys.stderr)
        return 1
    if printed.copy_no == 1:
        print(t("cli.reprint.original", path=printed.path))
    else:
        print(t("cli.reprint.copy", path=printed.path, copy_no=printed.copy_no))
    return 0
