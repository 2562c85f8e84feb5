"""``clerk-desk sync push|pull [--central URL]`` and ``clerk-desk bundle export|import FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from clerk_desk.commands.common import cli_actor, open_database, settings_or_warn
from clerk_desk.commands.texts import t
from clerk_desk.config import language


def _report(counts) -> None:  # type: ignore[no-untyped-def]
    print(t("cli.sync.added_updated_unchanged", total_inserted=counts.total_inserted, total_updated=counts.total_updated, unchanged=counts.unchanged))


def _central(args: argparse.Namespace) -> str | None:
    settings = settings_or_warn()
    return args.central or settings.sync.central_url or None


def _exchange(args: argparse.Namespace, direction: str) -> int:
    from clerk_desk.domain.problems import RuleError, render
    from clerk_desk.services import sync
    from clerk_desk.services.uow import unit_of_work

    url = _central(args)
    if not url:
        print(render("sync.no_central", {}, language()), file=sys.stderr)
        return 1
    engine = open_database()
    try:
        with unit_of_work(engine) as local:
            actor = cli_actor(local, getattr(args, "user", None))
        counts = sync.exchange(direction, engine.url.render_as_string(hide_password=False), url, actor)
    except RuleError as exc:
        print(exc.message(language()), file=sys.stderr)
        return 1
    except sync.CentralUnreachable as exc:  # this station's database errors and bugs: cli._known_error
        import logging

        logging.getLogger("clerk_desk.cli").warning("sync %s: the central database failed: %s", direction, exc.reason,
                                                    exc_info=exc)
        print(exc.message(language()), file=sys.stderr)
        return 1
    _report(counts)
    return 0


def push(args: argparse.Namespace) -> int:
    return _exchange(args, "push")


def pull(args: argparse.Namespace) -> int:
    return _exchange(args, "pull")


def bundle_export(args: argparse.Namespace) -> int:
    from clerk_desk.services import sync

    count = _with_bundle(args, sync.export_bundle)
    if count is None:
        return 1
    print(t("cli.sync.records_exported", count=count, file=args.file))
    return 0


def bundle_import(args: argparse.Namespace) -> int:
    from clerk_desk.services import sync

    counts = _with_bundle(args, sync.import_bundle)
    if counts is None:
        return 1
    _report(counts)
    return 0


def _with_bundle(args: argparse.Namespace, use_case: Any) -> Any:
    """``use_case(session, actor, file)`` in one unit of work; None (the refusal said) when refused."""
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.services.uow import unit_of_work

    engine = open_database()
    try:
        with unit_of_work(engine) as session:
            return use_case(session, cli_actor(session, getattr(args, "user", None)), Path(args.file))
    except RuleError as exc:
        print(exc.message(language()), file=sys.stderr)
        return None
