"""Load a page's data when the page is shown, not while it sits behind another tab.

A supervisor's pages (daily report, late cards, cards ready) used to query at login and
again on every ``applications_changed``, shown or not.  :class:`WhenShown` loads each time
the page is shown (fresh figures, other counters' work included) and, while it is on
screen, whenever its data changed; a change behind another tab costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clerk_desk.gui.qt import QEvent, QObject, QWidget, Slot


class WhenShown(QObject):
    def __init__(self, widget: QWidget, load: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._load = load
        widget.installEventFilter(self)

    @Slot()
    def request(self, *_args: Any) -> None:
        """Load now if the page is on screen (else it loads when next shown)."""
        if self._widget.isVisible():
            self._load()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self._widget and event.type() == QEvent.Type.Show:
            self._load()
        return False
