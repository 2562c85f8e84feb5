"""``clerk-desk check-id [--on YYYY-MM-DD] [--json] NUMBER...|-``

Checks ID numbers with :func:`clerk_desk.domain.idnumber.check_id_number`.  ``-`` reads one
number a line from standard input (blank lines are skipped).  ``--json`` prints one object a
line with exactly the keys ``input, valid, kind, normalized, birth_date, sex, age, region,
errors, warnings`` (messages in the user's language); otherwise one readable line a number.
Exit status 0 when every number is valid, 1 when any is refused, 2 for a bad ``--on``.

Imports only the domain and the light settings module: no database, no Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from datetime import date

from clerk_desk.commands.texts import render_in
from clerk_desk.domain.idnumber import IdKind, IdNumberCheck, Sex, check_id_number

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2



def _inputs(numbers: Iterable[str]) -> Iterator[str]:
    for item in numbers:
        if item == "-":
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
            for line in data.decode("utf-8-sig", errors="replace").splitlines():
                if line.strip():
                    yield line
        else:
            yield item


class _Words:
    """The words of the text lines in one language, rendered once (not once a number)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.sep = render_in("list.separator", lang=lang)
        self.verdict = {True: render_in("cli.check_id.valid", lang=lang),
                        False: render_in("cli.check_id.invalid", lang=lang)}
        self.kind = {k: render_in(f"cli.check_id.kind.{k.value}", lang=lang) for k in IdKind}
        self.sex = {s: render_in(f"cli.check_id.sex.{s.value}", lang=lang) for s in Sex}
        self.born = self._around("cli.check_id.born", "birth")
        self.age = self._around("cli.check_id.age", "age")

    def _around(self, code: str, name: str) -> tuple[str, str]:
        """The text of ``code`` before and after its one parameter ``name``."""
        before, _, after = render_in(code, {name: "\0"}, self.lang).partition("\0")
        return before, after


def _text_line(result: IdNumberCheck, words: _Words) -> str:
    valid = not result.problems or result.valid
    head = result.normalized if valid and result.normalized else result.input.strip() or '""'
    parts = [head, words.verdict[valid]]
    if result.kind is not None and result.kind is not IdKind.RESIDENT:
        parts.append(words.kind[result.kind])
    if result.birth_date is not None:
        parts.append(result.birth_date.isoformat().join(words.born))
    if result.sex is not None:
        parts.append(words.sex[result.sex])
    if result.age is not None:
        parts.append(str(result.age).join(words.age))
    if result.region:
        parts.append(result.region)
    line = "  ".join(parts)
    if result.problems:
        lang, sep = words.lang, words.sep
        if result.errors:
            line += "  " + sep.join(p.message(lang) for p in result.errors)
        if result.warnings:
            line += "  " + render_in("cli.check_id.warning", {"text": sep.join(p.message(lang) for p in result.warnings)},
                                  lang)
    return line


def check_lines(numbers: Iterable[str], on: date, *, as_json: bool, lang: str) -> tuple[list[str], bool]:
    """The output lines for ``numbers`` and whether all were valid."""
    out: list[str] = []
    all_valid = True
    if as_json:
        import json  # only for --json: not at every start

        encode = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False) makes one a call
        for text in numbers:
            result = check_id_number(text, on)
            all_valid = all_valid and result.valid
            out.append(encode(result.as_dict(lang)))
        return out, all_valid
    words = _Words(lang)
    for text in numbers:
        result = check_id_number(text, on)
        line = _text_line(result, words)
        all_valid = all_valid and (not result.problems or result.valid)
        out.append(line)
    return out, all_valid


def run(args: argparse.Namespace) -> int:
    from clerk_desk.datadir import language

    lang = language()
    from clerk_desk.commands.common import day_option

    on = day_option(getattr(args, "on", None), "--on", date.today())
    if on is None:
        return EXIT_USAGE
    try:
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
    lines, all_valid = check_lines(_inputs(args.numbers), on, as_json=bool(args.json), lang=lang)
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    return EXIT_OK if all_valid else EXIT_REFUSED
