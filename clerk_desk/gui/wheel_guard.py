"""Nothing changes by accident: the mouse wheel over a combo box, spin box or date field that
does not have the keyboard focus scrolls the form around it instead of changing the value.

One application-wide event filter (installed once, where the window starts) covers every
:class:`QComboBox` and :class:`QAbstractSpinBox` (``QSpinBox``, ``QDateEdit``…), also those
created later; a field the clerk has clicked into (it has the focus) still takes the wheel.
"""

from __future__ import annotations

from clerk_desk.gui.qt import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QEvent, QObject, QWidget

_GUARDED = (QComboBox, QAbstractSpinBox)


def _guarded_field(obj: QObject) -> QWidget | None:
    """The combo/spin field ``obj`` is (or is the line edit inside of), if any."""
    for candidate in (obj, obj.parent()):
        if isinstance(candidate, _GUARDED):
            return candidate
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QComboBox):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Wheel or not isinstance(obj, QWidget):
            return False
        field = _guarded_field(obj)
        if field is None or field.hasFocus():
            return False
        area = _scroll_area(field)
        if area is not None:  # the scroll bar scrolls the form as the wheel meant to
            bar = area.verticalScrollBar() if area.verticalScrollBar().isVisible() else area.horizontalScrollBar()
            QApplication.sendEvent(bar, event)
        return True


def install(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on the application (once; later calls return the same guard)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
