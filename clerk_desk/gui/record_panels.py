"""The record dialog's action panels, shown one at a time under the record: reveal the full ID
number, cancel (撤销), correct (更正); and the reprint (补打) menu.

Each panel only gathers what the clerk types and says so by a signal: ``confirmed`` when the
required reason is there, ``back`` for its Back button.  The dialog runs the services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clerk_desk.gui.form_fields import combo_value, fill_combo, normalize_in_place, set_combo_value
from clerk_desk.gui.qt import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.record_view import DASH, RecordView, Translate, agent_word

REVEAL_REASONS = (("核对参保人身份证件", "checking the insured's ID card"),
                  ("参保人本人要求", "the insured asks"),
                  ("更正业务信息", "correcting the application"))
NUMBER_FIELDS = ("insured_id_number", "agent_id_number", "agent_phone")  # empty: left as they are


class _Panel(QGroupBox):
    back = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.form = QFormLayout(self)

    def _add_buttons(self, ok: QPushButton, back_text: str) -> None:
        back = QPushButton(back_text, self)
        back.setAutoDefault(False)
        back.clicked.connect(self.back)
        ok.setAutoDefault(False)
        back.setProperty("class", "secondary")
        row = QHBoxLayout()
        row.addWidget(ok)
        row.addWidget(back)
        row.addStretch(1)
        self.form.addRow(row)

    def _confirm_button(self, text: str, name: str, kind: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("class", kind)
        button.setEnabled(False)
        return button


class RevealPanel(_Panel):
    """显示完整号码: whose number and why (the reason goes into the audit trail)."""

    confirmed = Signal(str, str)  # reason, who ("insured" or "agent")

    def __init__(self, t: Translate, parent: QWidget | None = None) -> None:
        super().__init__(t("显示完整身份证号码（将记入审计日志）",
                           "Show the full ID number (recorded in the audit trail)"), parent)
        self._t = t
        self.who = QComboBox(self)
        self.reason = QComboBox(self)
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems([""] + [t(zh, en) for zh, en in REVEAL_REASONS])
        self.reason.lineEdit().setPlaceholderText(t("请填写或选择查看原因", "Type or choose why"))
        self.reason.lineEdit().returnPressed.connect(self._on_confirm)
        self.reason.editTextChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.confirm = self._confirm_button(t("显示", "Show"), "revealConfirm", "primary")
        self.confirm.clicked.connect(self._on_confirm)
        self.form.addRow(t("号码", "Number"), self.who)
        self.form.addRow(t("查看原因", "Reason"), self.reason)
        self._add_buttons(self.confirm, t("返回", "Back"))

    def prepare(self, view: RecordView) -> None:
        """The masked numbers there are to show: the insured's and the agent's or guardian's."""
        t = self._t
        self.who.clear()
        if view.row.masked_id:
            self.who.addItem(t("参保人", "insured") + f" {view.row.insured_name} {view.row.masked_id}", "insured")
        if view.agent_id:
            self.who.addItem(f"{agent_word(view, t)} {view.agent_name} {view.agent_id}", "agent")
        self.who.setEnabled(self.who.count() > 1)

    @Slot()
    def _on_confirm(self) -> None:
        reason = self.reason.currentText().strip()
        if reason:
            self.confirmed.emit(reason, self.who.currentData() or "insured")


class CancelPanel(_Panel):
    """撤销: a warning and the reason."""

    confirmed = Signal(str)  # the reason

    def __init__(self, t: Translate, parent: QWidget | None = None) -> None:
        super().__init__(t("撤销业务", "Cancel the application"), parent)
        self._t = t
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setProperty("class", "problem")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("cancelReasonEdit")
        self.reason.setPlaceholderText(t("必填，例如：参保人申请撤回", "Required, e.g. the insured withdrew"))
        self.reason.textChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.reason.returnPressed.connect(self._on_confirm)
        self.confirm = self._confirm_button(t("确认撤销", "Cancel it"), "cancelConfirm", "danger")
        self.confirm.clicked.connect(self._on_confirm)
        self.form.addRow(self.warning)
        self.form.addRow(t("撤销原因", "Reason"), self.reason)
        self._add_buttons(self.confirm, t("返回，不撤销", "Back, keep it"))

    def prepare(self, view: RecordView) -> None:
        row = view.row
        self.warning.setText(self._t(
            f"撤销业务 {row.number}（{row.insured_name}）？撤销后不能恢复，如需办理须重新受理。",
            f"Cancel {row.number} ({row.insured_name})? This cannot be undone; a new application would be needed."))
        self.reason.clear()

    @Slot()
    def _on_confirm(self) -> None:
        reason = self.reason.text().strip()
        if reason:
            self.confirmed.emit(reason)


def current_values(view: RecordView) -> dict[str, Any]:
    """The record's values the correct panel starts from (numbers are never shown in full)."""
    return {"kind": view.row.kind, "scheme": view.row.scheme, "insured_name": view.row.insured_name,
            "agent_name": view.agent_name, "agent_relation": view.agent_relation,
            "collector_name": view.collector_name}


class CorrectPanel(_Panel):
    """更正: the correctable fields, two a line, and the reason; empty number fields stay as they are."""

    confirmed = Signal(str)  # the reason; :meth:`changes` gives what changed

    def __init__(self, t: Translate, lang: str, parent: QWidget | None = None) -> None:
        from clerk_desk.domain.applicant import RELATION_NAMES
        from clerk_desk.domain.application_form import KIND_LABELS, SCHEME_LABELS

        super().__init__(t("更正业务（留空的号码不修改）", "Correct the application (empty numbers stay)"), parent)
        self._t = t
        self.edits: dict[str, Any] = {}

        def combo(name: str, labels: Any) -> QComboBox:
            c = QComboBox(self)
            fill_combo(c, labels, lang, first=("", ""))
            self.edits[name] = c
            return c

        def edit(name: str, id_like: bool = False) -> QLineEdit:
            e = QLineEdit(self)
            e.setObjectName(f"{name}Edit")
            if id_like:
                e.textEdited.connect(lambda _t, e=e: normalize_in_place(e))
            e.returnPressed.connect(self._on_confirm)
            self.edits[name] = e
            return e

        rows = [("kind", t("业务类型", "Kind"), combo("kind", KIND_LABELS)),
                ("scheme", t("险种", "Scheme"), combo("scheme", SCHEME_LABELS)),
                ("insured_name", t("参保人姓名", "Insured's name"), edit("insured_name")),
                ("insured_id_number", t("参保人身份证号码", "Insured's ID number"), edit("insured_id_number", True)),
                ("agent_name", t("代办人姓名", "Agent's name"), edit("agent_name")),
                ("agent_id_number", t("代办人身份证号码", "Agent's ID number"), edit("agent_id_number", True)),
                ("agent_phone", t("代办人电话", "Agent's phone"), edit("agent_phone")),
                ("agent_relation", t("代办人关系", "Agent's relation"), combo("agent_relation", RELATION_NAMES)),
                ("collector_name", t("领卡人姓名", "Collector's name"), edit("collector_name"))]
        self.rows = {name: widget for name, _caption, widget in rows}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()  # two fields a line: the panel leaves room for the record above
        for i, (name, caption, widget) in enumerate(rows):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            self.labels[name] = label
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.form.addRow(grid)
        self.reason = edit("reason")
        self.reason.setObjectName("correctReasonEdit")
        self.reason.setPlaceholderText(t("必填，例如：受理时电话录入错误", "Required, e.g. phone mistyped"))
        self.reason.textChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.confirm = self._confirm_button(t("保存更正", "Save the correction"), "correctConfirm", "primary")
        self.confirm.clicked.connect(self._on_confirm)
        self.form.addRow(t("更正原因", "Reason"), self.reason)
        self._add_buttons(self.confirm, t("返回", "Back"))

    def prepare(self, view: RecordView) -> None:
        """The fields this record has, filled with its values; the numbers' masks as placeholders."""
        agent = view.row.applicant_type != "self"
        shown = {"agent_name": agent, "agent_id_number": agent, "agent_phone": agent, "agent_relation": agent,
                 "collector_name": view.collector_type == "agent"}
        for name, widget in self.rows.items():
            visible = shown.get(name, True)
            widget.setVisible(visible)
            self.labels[name].setVisible(visible)
        current = current_values(view)
        for name, widget in self.edits.items():
            if isinstance(widget, QComboBox):
                set_combo_value(widget, current.get(name, ""))
            else:
                widget.setText(current.get(name, ""))
        keep = self._t("不修改请留空；当前 ", "leave empty to keep ")
        self.edits["insured_id_number"].setPlaceholderText(keep + view.row.masked_id)
        self.edits["agent_id_number"].setPlaceholderText(keep + (view.agent_id or DASH))
        self.edits["agent_phone"].setPlaceholderText(keep + (view.agent_phone or DASH))

    def changes(self, current: dict[str, Any]) -> dict[str, Any]:
        """The fields changed from ``current`` (empty number fields are left as they are)."""
        changes = {}
        for name, widget in self.edits.items():
            if name == "reason" or widget.isHidden():
                continue
            value = combo_value(widget) if isinstance(widget, QComboBox) else widget.text().strip()
            if name in NUMBER_FIELDS:
                if value:
                    changes[name] = value
            elif (value or "") != (current.get(name) or ""):
                changes[name] = value
        return changes

    def clear_text(self) -> None:
        """Typed numbers do not stay in hidden fields."""
        for widget in self.edits.values():
            if isinstance(widget, QLineEdit):
                widget.clear()

    @Slot()
    def _on_confirm(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.reason.setFocus()
            return
        self.confirmed.emit(reason)


def fill_reprint_menu(menu: QMenu, row: Any, on_pick: Callable[[str], None]) -> None:
    """补打: one entry per document, enabled for those this application has."""
    from clerk_desk.gui.printing import reprint_label, reprintable

    menu.clear()
    docs = reprintable(row)
    for document in ("receipt", "slip", "notice"):
        action = menu.addAction(reprint_label(document))
        action.setEnabled(document in docs)
        action.triggered.connect(lambda _checked=False, d=document: on_pick(d))
