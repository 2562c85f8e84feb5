"""Python's cyclic garbage collector runs on the GUI thread only.

Left automatic, a collection runs in whichever thread happens to allocate: a database worker
could then destroy Qt objects that became garbage on the GUI thread (a closed dialog, the pages
of a user who logged out), and PySide crashes ("Fatal Python error: Segmentation fault …
Garbage-collecting" with a worker's stack). Anki does the same (``aqt.GarbageCollector``):
automatic collection off, and the GUI thread collects on a timer with the usual thresholds.
"""

from __future__ import annotations

import gc

from clerk_desk.gui.qt import QObject, QTimer, Slot


class GuiThreadCollector(QObject):
    """While it lives, only the GUI thread collects (every ``interval_ms``, when the counts call for it)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start(interval_ms)

    @Slot()
    def _on_tick(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self._threshold[0]:
            return
        generation = 2 if counts[2] > self._threshold[2] else 1 if counts[1] > self._threshold[1] else 0
        gc.collect(generation)

    def stop(self) -> None:
        """Collect what is left on this (the GUI) thread; collection stays manual until the process ends."""
        self._timer.stop()
        gc.collect()
