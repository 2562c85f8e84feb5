"""Slow work off the GUI thread (Picard's ``run_task``, Anki's ``CollectionOp``).

``run_task(func, on_done, on_error)`` runs ``func()`` on the global ``QThreadPool``; its
result or exception comes back on the GUI thread through queued signals.  Workers never
touch widgets: ``func`` only calls services and returns plain values.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clerk_desk.gui.qt import QObject, QRunnable, QThreadPool, Signal

_running: set[_Signals] = set()
_closing = False  # the application is quitting: no new work, results of running work are dropped


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._func = func
        self._signals = signals

    def run(self) -> None:  # noqa: D401 - Qt override
        try:
            result = self._func()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application quit while this ran: nobody is waiting for it
            if not _closing:
                raise


def run_task(func: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[BaseException], None] | None = None) -> None:
    """Run ``func`` in a worker thread; ``on_done(result)`` / ``on_error(exc)`` run on the GUI thread."""
    if _closing:
        return
    signals = _Signals()
    _running.add(signals)

    def finished_ok(result: Any) -> None:
        _running.discard(signals)
        if on_done is not None:
            _deliver(on_done, result)

    def finished_error(exc: BaseException) -> None:
        _running.discard(signals)
        if on_error is not None:
            _deliver(on_error, exc)
        else:
            from clerk_desk.gui.errors import report_exception

            report_exception(exc)

    signals.done.connect(finished_ok)
    signals.failed.connect(finished_error)
    QThreadPool.globalInstance().start(_Task(func, signals))


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    """A result for a page that is gone (the user changed and the page was removed) is dropped."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        import logging

        logging.getLogger("clerk_desk.gui").debug("a result for a closed page dropped: %s", exc)


def shutdown(timeout_ms: int = 15000) -> bool:
    """Before the application ends: drop queued work, wait for running work (a database call
    ends within its timeouts), forget the results.  True when every worker finished."""
    global _closing
    _closing = True
    pool = QThreadPool.globalInstance()
    pool.clear()
    finished = bool(pool.waitForDone(timeout_ms))
    _running.clear()
    return finished


def pending() -> int:
    """Tasks whose result has not reached the GUI thread yet (tests wait for 0)."""
    return len(_running)
