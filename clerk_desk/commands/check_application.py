"""``clerk-desk check-application [--on DATE] [--point-kind street|county] [--json] FILE|-``

Checks application forms written as JSON, one a line (the drafts' format, documented with its
JSON Schema in ``docs/application-form.md``), by the same rules as the counter
(:func:`clerk_desk.domain.application_rules.evaluate`, with the settings' rules). It is how a
community's batch of forms (团体代办) is checked before the people come in.

``--json`` prints one object a line with exactly the keys ``acceptable, business, scheme,
errors, warnings, missing_documents, card_made, slip, waiting_period_months`` (errors and
warnings as ``{"code", "field", "message"}``, messages in the user's language). A malformed
line (not JSON, a wrong type, an unknown code or field) is named on standard error with its
line number and the field, and the other lines are still checked. Blank lines are skipped.

Exit status: 0 when every form is acceptable, 1 when any is not, 2 when any line is
malformed (or the options are).

Imports the domain and the settings module only: no database, no Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

from clerk_desk.commands.texts import render_in
from clerk_desk.domain.application_form import ApplicationForm
from clerk_desk.domain.application_rules import FormReport, evaluate
from clerk_desk.domain.application_schema import FormSyntaxError, parse_form

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2




def result_of(form: ApplicationForm, report: FormReport, lang: str) -> dict[str, Any]:
    """The line printed for one form: exactly the issue's keys."""
    scheme = form.scheme or (report.suggested_schemes[0] if report.suggested_schemes else None)
    return {
        "acceptable": report.acceptable,
        "business": form.kind.value,
        "scheme": scheme.value if scheme is not None else None,
        "errors": [p.as_dict(lang) for p in report.errors],
        "warnings": [p.as_dict(lang) for p in report.warnings],
        "missing_documents": [item.code for item in report.missing],
        "card_made": report.card_made,
        "slip": report.slip,
        "waiting_period_months": report.waiting_period_months,
    }


def check_text(text: str, *, on: date, point_kind: str, rules: Any, lang: str
               ) -> Iterator[tuple[int, dict[str, Any] | None, FormSyntaxError | None]]:
    """(line number, result or None, malformed or None) for every non-blank line of ``text``."""
    # lines end at "\n" only: str.splitlines would also cut at U+2028 and other separators,
    # which JSON strings may hold
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            form = parse_form(line, number)
        except FormSyntaxError as exc:
            yield number, None, exc
            continue
        report = evaluate(form, today=on, rules=rules, point_kind=point_kind)
        yield number, result_of(form, report, lang), None


def _text_line(number: int, row: dict[str, Any], lang: str) -> str:
    sep = render_in("list.separator", lang=lang)
    verdict = render_in("cli.check_application.acceptable" if row["acceptable"] else "cli.check_application.refused",
                     lang=lang)
    parts = [f"{number}", verdict, row["business"], row["scheme"] or "-"]
    if row["errors"]:
        parts.append(sep.join(e["message"] for e in row["errors"]))
    if row["missing_documents"]:
        parts.append(render_in("cli.check_application.missing", {"items": ", ".join(row["missing_documents"])}, lang))
    return "\t".join(parts)


def _read(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    else:
        with open(source, "rb") as fh:
            data = fh.read()
    return data.decode("utf-8-sig", errors="replace")


def run(args: argparse.Namespace) -> int:
    from clerk_desk.config import language, load_settings

    lang = language()
    settings, _ = load_settings()
    from clerk_desk.commands.common import day_option

    on = day_option(args.on, "--on", date.today())
    if on is None:
        return EXIT_USAGE
    try:
        text = _read(args.file)
    except (OSError, ValueError) as exc:  # ValueError: a name no file can have (a NUL byte in it)
        reason = getattr(exc, "strerror", None) or exc
        sys.stderr.write(render_in("cli.check_application.unreadable", {"file": args.file, "reason": reason},
                                lang) + "\n")
        return EXIT_USAGE
    point_kind = args.point_kind or settings.service_point.kind
    status = EXIT_OK
    for number, row, bad in check_text(text, on=on, point_kind=point_kind, rules=settings.rules, lang=lang):
        if bad is not None:
            p = bad.problem
            sys.stderr.write(render_in("cli.check_application.malformed",
                                    {"line": number, "field": p.field, "message": p.message(lang)}, lang) + "\n")
            status = EXIT_USAGE
            continue
        assert row is not None
        if not row["acceptable"] and status == EXIT_OK:
            status = EXIT_REFUSED
        print(json.dumps(row, ensure_ascii=False) if args.json else _text_line(number, row, lang))
    sys.stdout.flush()
    return status
