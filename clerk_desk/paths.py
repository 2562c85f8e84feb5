"""Where the program's own files are: the top-level resources/, db/ and ui/ of a checkout, or
their copies inside an installed wheel (clerk_desk/_data/…, see pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    checkout = _PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    return _PACKAGE / "_data" / name


RESOURCES = _folder("resources")
MIGRATIONS = _folder("db")
UI = _folder("ui")
