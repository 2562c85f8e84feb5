"""The one place the GUI imports Qt from (as Anki's ``aqt.qt`` and qutebrowser's ``qt``).

Only ``clerk_desk.gui`` imports PySide6; a binding change, or a typed helper, sits here.
Names are looked up lazily (PEP 562): ``from PySide6.QtWidgets import *`` would make
PySide6 create every class binding at start-up, which costs more than the whole window.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal, Slot  # noqa: F401  (the two every module needs)

_MODULES = (QtCore, QtWidgets, QtGui)


def __getattr__(name: str) -> Any:
    for module in _MODULES:
        try:
            value = getattr(module, name)
        except AttributeError:
            continue
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
