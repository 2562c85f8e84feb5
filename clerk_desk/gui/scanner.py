"""The barcode / QR scanner at the counter: a keyboard wedge, told apart from a clerk by its speed.

A scanner "types" what it reads into the focused widget, each key a few milliseconds after the
last, and ends with Enter.  :class:`ScanDetector`, an event filter on the application, watches
the key presses that reach the focused widget: a burst of at least ``min_length`` characters,
less than ``max_gap_ms`` apart, ended by Enter, is one scan.  It takes the burst back out of the
line edit the scanner typed into, swallows the Enter and emits :attr:`ScanDetector.scanned`;
:func:`route_scan` then puts the text where it belongs:

* a pickup slip's QR code (``CDSLIP1|…``) or an application number: the handover page looks
  it up;
* an 18-character ID number: the focused ID field (insured, agent, household page, collector),
  otherwise the search;
* anything else stays in the line edit it was typed into (without the Enter).

A clerk typing, even fast, leaves gaps of 50 ms and more: nothing happens.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from clerk_desk.gui.qt import QApplication, QEvent, QLineEdit, QObject, Qt, QWidget, Signal

APPLICATION_NUMBER = re.compile(r"[A-Za-z0-9_]{1,16}-\d{8}-\d{4}")
ID_NUMBER = re.compile(r"\d{17}[\dX]")
ID_FIELDS = ("idNumberEdit", "agentIdEdit", "pageIdEdit", "collectorIdEdit")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanDetector(QObject):
    """Recognises a scanner's burst of keys ending in Enter; emits the text as :attr:`scanned`."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *, min_length: int = 6, max_gap_ms: float = 30.0,
                 clock: Callable[[], float] | None = None,
                 accept: Callable[[QWidget | None], bool] | None = None) -> None:
        super().__init__(parent)
        self.min_length = min_length
        self.max_gap_ms = max_gap_ms
        self._clock = clock or time.monotonic  # seconds; used when the event has no timestamp
        self._accept = accept                  # may a scan be taken from this focus widget?
        self._chars: list[str] = []
        self._last_ms: float | None = None
        self._target: QWidget | None = None
        self._before: tuple[str, int] | None = None  # the line edit's text and cursor before the burst

    def _now_ms(self, event: Any) -> float:
        stamp = event.timestamp()
        return float(stamp) if stamp else self._clock() * 1000.0

    def reset(self) -> None:
        self._chars.clear()
        self._last_ms = None
        self._target = None
        self._before = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        receiver = obj is focus if focus is not None else isinstance(obj, QWidget) and obj.isWindow()
        if not receiver:
            return False  # the same key on its way to the window, or up to a parent
        now = self._now_ms(event)
        gap_ok = self._last_ms is not None and now - self._last_ms < self.max_gap_ms
        key = event.key()  # type: ignore[attr-defined]
        if key in _ENTER:
            text = "".join(self._chars)
            burst = gap_ok and len(text) >= self.min_length and obj is self._target
            if burst and (self._accept is None or self._accept(focus)):
                self._undo_typing()
                self.reset()
                self.scanned.emit(text)
                return True  # the Enter belongs to the scan, not to the field
            self.reset()
            return False
        text = event.text()  # type: ignore[attr-defined]
        if len(text) != 1 or not text.isprintable() or event.isAutoRepeat():  # type: ignore[attr-defined]
            if text:  # Backspace, Tab, ...: not a scanner
                self.reset()
            return False  # Shift and other modifiers between a scanner's characters
        if not gap_ok or obj is not self._target:
            self.reset()
            self._target = obj  # type: ignore[assignment]
            if isinstance(obj, QLineEdit):
                self._before = (obj.text(), obj.cursorPosition())
        self._chars.append(text)
        self._last_ms = now
        return False

    def _undo_typing(self) -> None:
        """The scanner typed into a line edit: put back what it held before the burst."""
        edit = self._target
        if isinstance(edit, QLineEdit) and self._before is not None and edit.text() != self._before[0]:
            edit.setText(self._before[0])
            edit.setCursorPosition(self._before[1])


def classify(text: str) -> tuple[str, str]:
    """``("slip" | "number" | "id" | "other", cleaned text)`` of what was scanned."""
    from clerk_desk.domain.idnumber import normalize
    from clerk_desk.domain.slipcode import parse_slip

    stripped = text.strip()
    slip, _problems = parse_slip(stripped)
    if slip is not None:
        return "slip", stripped
    if APPLICATION_NUMBER.fullmatch(stripped.upper()):
        return "number", stripped.upper()
    cleaned = normalize(stripped)
    if ID_NUMBER.fullmatch(cleaned):
        return "id", cleaned
    return "other", stripped


def is_id_field(widget: Any) -> bool:
    return isinstance(widget, QLineEdit) and widget.objectName() in ID_FIELDS and widget.isEnabled()


def route_scan(window: Any, text: str, focus: QWidget | None = None) -> str:
    """Where a scan went: ``"handover"``, ``"id_field"``, ``"typed"`` (left in the focused field) or ``"search"``."""
    kind, value = classify(text)
    if kind in ("slip", "number"):
        page = window.page("handover_page")
        if page is not None:
            window.show_page("handover_page")
            page.ui.lookupEdit.setText(value)
            page._on_lookup()
            return "handover"
    if kind == "id" and is_id_field(focus):
        assert isinstance(focus, QLineEdit)
        focus.setText(value)
        focus.textEdited.emit(value)  # the page's own normalisation and rules, as if typed
        return "id_field"
    if kind == "other" and isinstance(focus, QLineEdit):
        focus.insert(value)  # not one of ours (a social security card number, ...): typed where it was
        return "typed"
    window.ui.searchEdit.setText(value)
    window._on_search()
    return "search"
