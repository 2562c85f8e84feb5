"""Each fact typed once on the New Application page (issue 14).

* :class:`CardEcho`: the household page's name and ID number start as the ID card's, shown as
  not yet confirmed; the clerk compares them with the book and confirms both with one key
  (Enter).  Until then they read as empty (the rules ask for them); a mismatch is typed over
  and the rules flag it.  A change on the card after a confirmation asks for it again.
* :func:`same_address`: the registered address "same as the contact address" (one box).
* :class:`NumberPicker`: a combo box's entries chosen by their number (1, 2, 3 … in the order
  shown; the tooltip lists them); the relation and the household type also by pinyin letter.
* :func:`iso_on_leave`: a date typed as 8 digits (20200601) shown as 2020-06-01 once left.
* :func:`fixed_tab_order`: one tab order for the whole form, whatever the state (a disabled
  or hidden field is skipped, the others keep their place).
"""

from __future__ import annotations

from typing import Any

from clerk_desk.domain.pinyin import name_keys
from clerk_desk.gui.form_fields import parse_date
from clerk_desk.gui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QEvent,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    Qt,
    QWidget,
)
from clerk_desk.gui.style import set_state


class CardEcho(QObject):
    """The household page's fields following the card's until typed over or confirmed."""

    def __init__(self, pairs: list[tuple[QLineEdit, QLineEdit]], hint: QLabel, after: QWidget) -> None:
        super().__init__(hint)
        self.pairs = pairs
        self.hint = hint
        self.after = after          # where Enter takes the clerk: the next fact after the page
        self.confirmed = False
        self.typed: set[QLineEdit] = set()
        for source, echo in pairs:
            source.textChanged.connect(self._follow)
            echo.textEdited.connect(lambda _t, e=echo: self._on_typed(e))
            echo.returnPressed.connect(self.confirm)
        self._show()

    def value(self, echo: QLineEdit) -> str:
        """What the form records: the text typed, or the card's once confirmed; else nothing."""
        return echo.text() if echo in self.typed or self.confirmed else ""

    def _follow(self, *_args: Any) -> None:
        self.confirmed = False
        for source, echo in self.pairs:
            if echo not in self.typed and echo.text() != source.text():
                echo.setText(source.text())
        self._show()

    def _on_typed(self, echo: QLineEdit) -> None:
        self.typed.add(echo)
        self._show()

    def confirm(self) -> None:
        """Enter in either field: both agree with the book (a field typed over stays as typed)."""
        if not any(source.text() for source, _ in self.pairs):
            return
        self.confirmed = True
        self._show()
        self.after.setFocus(Qt.FocusReason.TabFocusReason)

    def pending(self) -> bool:
        return not self.confirmed and any(e.text() and e not in self.typed for _, e in self.pairs)

    def loaded(self) -> None:
        """A form filled from a draft: what it holds on the page was recorded; empty fields follow the card."""
        self.confirmed = False
        self.typed = {e for _, e in self.pairs if e.text()}
        self._follow()

    def reset(self) -> None:
        self.confirmed = False
        self.typed.clear()
        self._follow()

    def _show(self) -> None:
        pending = self.pending()
        for _, echo in self.pairs:
            set_state(echo, "state", "pending" if pending and echo not in self.typed else "")
        self.hint.setVisible(pending)


def page_hint(parent: QWidget) -> QLabel:
    label = QLabel(QCoreApplication.translate(
        "ApplicationKeys", "姓名、身份证号码已按身份证填入：与户口簿本人页核对一致后按回车确认；不一致时直接改写"), parent)
    label.setObjectName("pageConfirmHint")
    label.setWordWrap(True)
    label.setProperty("class", "hint")
    return label


def same_address(edit: QLineEdit, source: QLineEdit, form: Any) -> QCheckBox:
    """A "same as the contact address" box before ``edit`` (in ``form``, a QFormLayout)."""
    row, _role = form.getWidgetPosition(edit)
    box = QWidget(edit.parentWidget())
    box.setObjectName("hukouAddressBox")
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    check = QCheckBox(QCoreApplication.translate("ApplicationKeys", "同联系地址"), box)
    check.setObjectName("sameAddressCheck")
    form.removeWidget(edit)
    lay.addWidget(check)
    lay.addWidget(edit, 1)
    form.setWidget(row, form.ItemRole.FieldRole, box)

    def sync(*_args: Any) -> None:
        if check.isChecked():
            edit.setText(source.text())
        edit.setEnabled(not check.isChecked())

    check.toggled.connect(sync)
    source.textChanged.connect(sync)
    return check


class NumberPicker(QObject):
    """Digits 1-9 choose a combo box's entries in the order shown (a blank first entry not counted);
    a letter, the next entry whose pinyin starts with it (its pinyin initial, from the domain's pinyin keys: h 户主, j 家庭户 …)."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.first = 1 if combo.count() and not combo.itemText(0).strip() else 0
        combo.installEventFilter(self)   # an editable combo passes its keys on to its line edit
        if combo.lineEdit() is not None:
            combo.lineEdit().installEventFilter(self)
        names = [combo.itemText(i) for i in range(self.first, min(combo.count(), self.first + 9))]
        combo.setToolTip("  ".join(f"{n} {name}" for n, name in enumerate(names, 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        held = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
        text = "" if held else event.text().lower()  # type: ignore[attr-defined]
        if len(text) != 1 or not ("1" <= text <= "9" or "a" <= text <= "z"):
            return False
        edit = self.combo.lineEdit()
        if edit is not None and edit.text() and edit.selectedText() != edit.text():
            return False  # typing into the text: digits are the clerk's own
        if text.isdigit():
            index = self.first + int(text) - 1
        else:
            index = self._by_initial(text)
        if not 0 <= index < self.combo.count():
            return text.isdigit()   # a letter nothing starts with: the combo's own search
        self.combo.setCurrentIndex(index)
        if edit is not None:
            self.combo.setEditText(self.combo.itemText(index))
            edit.selectAll()
        return True

    def _by_initial(self, letter: str) -> int:
        """The next entry after the current one whose initial is ``letter`` (-1: none)."""
        count = self.combo.count()
        current = self.combo.findText(self.combo.currentText()) if self.combo.isEditable() else self.combo.currentIndex()
        for step in range(1, count + 1):
            index = (current + step) % count
            if name_keys(self.combo.itemText(index))[1][:1] == letter:
                return index
        return -1


def iso_on_leave(edit: QLineEdit) -> None:
    """8 digits become YYYY-MM-DD when the field is left (what was typed is kept if not a date)."""

    def tidy() -> None:
        text = edit.text().strip()
        day = parse_date(text)
        if day is not None and text != day.isoformat():
            edit.setText(day.isoformat())

    edit.editingFinished.connect(tidy)
    edit.setPlaceholderText(QCoreApplication.translate("ApplicationKeys", "如 20200601"))


def fixed_tab_order(widgets: list[QWidget]) -> None:
    """Tab walks ``widgets`` in this order, whatever is enabled (Qt skips what is not)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
