"""The style sheet (``ui/style.qss``) and a helper for state-driven styling."""

from __future__ import annotations

from clerk_desk.gui.qt import QApplication, QWidget
from clerk_desk.paths import UI

STYLE_FILE = UI / "style.qss"


def apply(app: QApplication) -> None:
    try:
        app.setStyleSheet(STYLE_FILE.read_text(encoding="utf-8"))
    except OSError:
        pass


def set_state(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the style sheet matches on, and re-polish."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
