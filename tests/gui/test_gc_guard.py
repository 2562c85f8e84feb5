"""The GUI thread collects garbage; a worker thread never does (gui/gc_guard.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from clerk_desk.gui.gc_guard import GuiThreadCollector
from clerk_desk.gui.qt import QObject


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_worker_thread_never_collects_and_the_gui_timer_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.enable()  # as a process starts
    owner = QObject()
    collector = GuiThreadCollector(owner, interval_ms=20)
    assert not gc.isenabled()
    cycle = _Cycle()
    dead = weakref.ref(cycle)
    del cycle

    kept: list[list[int]] = []

    def allocate() -> None:  # far past the generation-0 threshold: automatic collection would run here
        kept.extend([] for _ in range(gc.get_threshold()[0] * 5))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert dead() is not None  # the worker did not collect it
    qtbot.waitUntil(lambda: dead() is None, timeout=3000)  # the GUI thread's timer did
    collector.stop()
    owner.deleteLater()
    assert kept
