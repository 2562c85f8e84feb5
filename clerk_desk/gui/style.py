"""The style sheet (``ui/style.qss``), a helper for state-driven styling, and a message line that
takes room only while it says something."""

from __future__ import annotations

from clerk_desk.gui.qt import QApplication, QLabel, QWidget
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


def show_message(label: QLabel, text: str) -> None:
    """``text`` in a page's message line, shown only while there is something to say (an empty
    line would stand as a blank row between the page's buttons and its table)."""
    label.setText(text)
    label.setVisible(bool(text))
