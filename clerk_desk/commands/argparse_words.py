"""argparse's own words — ``usage:``, section titles, ``-h``'s help, its error messages — in the
language of the run.

argparse passes each of them through gettext (``_()`` and ``ngettext()``, looked up in its module
when used): the hook it has for translations.  Rather than a compiled catalogue and a
``LANGUAGE`` variable for the whole process, :func:`speak` points those two names at the CLI's
own catalogue (``cli.argparse.*`` in :mod:`clerk_desk.commands.texts`, whose English is argparse's
message id, exactly: Python 3.11–3.13 share them).  A message not listed stays English, as
gettext leaves an untranslated one; in English each id gives itself back.
"""

from __future__ import annotations

import argparse

from clerk_desk.commands.texts import ARGPARSE_CODES, render_in


def words(lang: str) -> dict[str, str]:
    """argparse's message id → its text in ``lang``."""
    return {render_in(code, lang="en"): render_in(code, lang=lang) for code in ARGPARSE_CODES}


def speak(lang: str) -> str:
    """argparse in ``lang`` from now on (in English the table gives its own words back); returns ``lang``."""
    table = words(lang)
    argparse._ = lambda message: table.get(message, message)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: table.get(one if n == 1 else many, one if n == 1 else many)  # type: ignore[attr-defined]
    return lang
