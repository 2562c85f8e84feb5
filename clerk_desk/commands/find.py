"""``clerk-desk find TEXT [--user NAME] [--limit N] [--json]``: search as at the counter.

By ID number (full or its first digits), name (prefix, or pinyin: ``zhang``, ``zxy``),
application number, the slip's 6-digit pickup code or its QR payload.  Rows are masked as
on the counter's lists; the search is a submitted one, so it is audited once, as the account.
"""

from __future__ import annotations

import argparse
import json
import sys

from clerk_desk.commands.common import cli_actor, open_database
from clerk_desk.commands.texts import pick, t
from clerk_desk.config import language


def _line(row) -> str:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.workflow import STATUS_LABELS

    ready = row.ready_by.isoformat() if row.ready_by else ""
    return "\t".join((row.number or "-", pick(STATUS_LABELS[row.status]), row.insured_name, row.masked_id, ready, row.pickup_code))


def _json(row) -> str:  # type: ignore[no-untyped-def]
    return json.dumps({"number": row.number, "status": row.status.value, "name": row.insured_name,
                       "id_number": row.masked_id, "kind": row.kind, "scheme": row.scheme,
                       "ready_by": row.ready_by.isoformat() if row.ready_by else None,
                       "pickup_code": row.pickup_code}, ensure_ascii=False)


def run(args: argparse.Namespace) -> int:
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services.search import search
    from clerk_desk.services.uow import unit_of_work

    text = (args.text or "").strip()
    if not text:
        print(t("cli.find.give_id_number_name"), file=sys.stderr)
        return 2
    if not 1 <= args.limit <= 500:
        print(t("cli.find.limit_must_be_between"), file=sys.stderr)
        return 2
    engine = open_database()
    try:
        with unit_of_work(engine) as session:
            actor = cli_actor()
            rows = search(session, actor, text, limit=args.limit, record=True)
    except RuleError as exc:
        print(exc.message(language()), file=sys.stderr)
        return 1
    for row in rows:
        print(_json(row) if args.json else _line(row))
    if not rows and not args.json:
        print(t("cli.find.no_application_found"), file=sys.stderr)
    return 0
