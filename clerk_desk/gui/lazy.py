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


class LazyPage(QWidget):
    """A tab that builds its page (``factory()``) the first time it is shown.

    The supervisor's calendar, audit and accounts pages read the database and draw a whole
    year when built; behind a tab at login that is work nobody has asked for yet.
    """

    def __init__(self, factory: Callable[[], QWidget], on_built: Callable[[QWidget], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from clerk_desk.gui.qt import QVBoxLayout

        self._factory = factory
        self._on_built = on_built
        self.built: QWidget | None = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self.built is None:
            self.built = self._factory()
            self.layout().addWidget(self.built)
            if self._on_built is not None:
                self._on_built(self.built)
        return self.built

    def showEvent(self, event: Any) -> None:  # noqa: N802
        self.page()
        super().showEvent(event)
