"""Typing as a clerk does: ASCII through the keyboard, Chinese (and the full-width digits an
input method produces) as input-method commits — Qt's test keyboard only knows ASCII."""

from __future__ import annotations

from clerk_desk.gui.qt import QApplication, QInputMethodEvent, Qt, QWidget


def commit(widget: QWidget, text: str) -> None:
    """What an input method sends when the clerk picks ``text`` from its candidates."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``widget``: runs of ASCII by key clicks, the rest committed by the IME."""
    run = ""
    for ch in text:
        if ch.isascii():
            if run:
                commit(widget, run)
                run = ""
            qtbot.keyClicks(widget, ch)
        else:
            run += ch
    if run:
        commit(widget, run)


def fill(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select all, then type ``text`` (replaces what was there)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def choose(qtbot, combo, value) -> None:  # type: ignore[no-untyped-def]
    """Pick the item whose data is ``value`` with the arrow keys, as the keyboard does."""
    value = getattr(value, "value", value)
    target = combo.findData(value)
    assert target >= 0, (value, [combo.itemData(i) for i in range(combo.count())])
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
