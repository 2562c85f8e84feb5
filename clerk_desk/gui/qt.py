"""The one place the GUI imports Qt from (as Anki's ``aqt.qt`` and qutebrowser's ``qt``).

Only ``clerk_desk.gui`` imports PySide6; a binding change, or a typed helper, sits here.
"""

from __future__ import annotations

from PySide6.QtCore import *  # noqa: F403
from PySide6.QtCore import Signal, Slot  # noqa: F401  (explicit for readers and linters)
from PySide6.QtGui import *  # noqa: F403
from PySide6.QtWidgets import *  # noqa: F403
