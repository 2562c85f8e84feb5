"""The record dialog's action panels, shown one at a time under the record: reveal the full ID
number, cancel (撤销), correct (更正); and the reprint (补打) menu.

Each panel only gathers what the clerk types and says so by a signal: ``confirmed`` when the
required reason is there, ``back`` for its Back button.  The dialog runs the services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clerk_desk.gui.form_fields import combo_value, fill_combo, normalize_in_place, set_combo_value
from clerk_desk.gui.forms.ui_cancel_panel import Ui_CancelPanel
from clerk_desk.gui.forms.ui_correct_panel import Ui_CorrectPanel
from clerk_desk.gui.forms.ui_reveal_panel import Ui_RevealPanel
from clerk_desk.gui.qt import QComboBox, QGroupBox, QLineEdit, QMenu, QWidget, Signal, Slot
from clerk_desk.gui.record_view import DASH, RecordView, agent_word

NUMBER_FIELDS = ("insured_id_number", "agent_id_number", "agent_phone")  # empty: left as they are


class RevealPanel(QGroupBox):
    """显示完整号码 (``ui/reveal_panel.ui``): whose number and why (the reason goes into the audit trail)."""

    back = Signal()
    confirmed = Signal(str, str)  # reason, who ("insured" or "agent")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_RevealPanel()
        u.setupUi(self)
        self.who, self.reason, self.confirm = u.revealWho, u.revealReason, u.revealConfirm
        self.reason.insertItem(0, "")  # no reason until one is typed or chosen
        self.reason.setCurrentIndex(0)
        self.reason.lineEdit().setPlaceholderText(self.tr("请填写或选择查看原因"))
        self.reason.lineEdit().returnPressed.connect(self._on_confirm)
        self.reason.editTextChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.confirm.clicked.connect(self._on_confirm)
        u.revealBack.clicked.connect(self.back)

    def prepare(self, view: RecordView) -> None:
        """The masked numbers there are to show: the insured's and the agent's or guardian's."""
        self.who.clear()
        if view.row.masked_id:
            self.who.addItem(self.tr("参保人 {name} {id}").format(name=view.row.insured_name, id=view.row.masked_id),
                             "insured")
        if view.agent_id:
            self.who.addItem(f"{agent_word(view)} {view.agent_name} {view.agent_id}", "agent")
        self.who.setEnabled(self.who.count() > 1)

    @Slot()
    def _on_confirm(self) -> None:
        reason = self.reason.currentText().strip()
        if reason:
            self.confirmed.emit(reason, self.who.currentData() or "insured")


class CancelPanel(QGroupBox):
    """撤销 (``ui/cancel_panel.ui``): a warning and the reason."""

    back = Signal()
    confirmed = Signal(str)  # the reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_CancelPanel()
        u.setupUi(self)
        self.warning, self.reason, self.confirm = u.cancelWarning, u.cancelReasonEdit, u.cancelConfirm
        self.reason.textChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.reason.returnPressed.connect(self._on_confirm)
        self.confirm.clicked.connect(self._on_confirm)
        u.cancelBack.clicked.connect(self.back)

    def prepare(self, view: RecordView) -> None:
        row = view.row
        self.warning.setText(self.tr("撤销业务 {number}（{name}）？撤销后不能恢复，如需办理须重新受理。").format(
            number=row.number, name=row.insured_name))
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


class CorrectPanel(QGroupBox):
    """更正 (``ui/correct_panel.ui``): the correctable fields, two a line, and the reason; empty number
    fields stay as they are.  The combos are filled in the desk's language by :meth:`set_language`."""

    back = Signal()
    confirmed = Signal(str)  # the reason; :meth:`changes` gives what changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = u = Ui_CorrectPanel()
        u.setupUi(self)
        self.edits: dict[str, Any] = {
            "kind": u.kindCombo, "scheme": u.schemeCombo, "insured_name": u.insuredNameEdit,
            "insured_id_number": u.insuredIdNumberEdit, "agent_name": u.agentNameEdit,
            "agent_id_number": u.agentIdNumberEdit, "agent_phone": u.agentPhoneEdit,
            "agent_relation": u.agentRelationCombo, "collector_name": u.collectorNameEdit}
        self.rows = dict(self.edits)
        self.labels = {"kind": u.kindLabel, "scheme": u.schemeLabel, "insured_name": u.insuredNameLabel,
                       "insured_id_number": u.insuredIdNumberLabel, "agent_name": u.agentNameLabel,
                       "agent_id_number": u.agentIdNumberLabel, "agent_phone": u.agentPhoneLabel,
                       "agent_relation": u.agentRelationLabel, "collector_name": u.collectorNameLabel}
        self.reason = self.edits["reason"] = u.correctReasonEdit
        self.confirm = u.correctConfirm
        for name in ("insured_id_number", "agent_id_number"):
            edit = self.edits[name]
            edit.textEdited.connect(lambda _t, e=edit: normalize_in_place(e))
        for edit in self.edits.values():
            if isinstance(edit, QLineEdit):
                edit.returnPressed.connect(self._on_confirm)
        self.reason.textChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.confirm.clicked.connect(self._on_confirm)
        u.correctBack.clicked.connect(self.back)
        self.set_language("zh")

    def set_language(self, lang: str) -> None:
        """The kinds, schemes and relations (the domain's labels) in ``lang``."""
        from clerk_desk.domain.applicant import RELATION_NAMES
        from clerk_desk.domain.application_form import KIND_LABELS, SCHEME_LABELS

        for name, labels in (("kind", KIND_LABELS), ("scheme", SCHEME_LABELS), ("agent_relation", RELATION_NAMES)):
            fill_combo(self.edits[name], labels, lang, first=("", ""))

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
            if isinstance(widget, QComboBox):   # an older record's free-text relation kept as it is
                set_combo_value(widget, current.get(name, ""), keep_unknown=True)
            else:
                widget.setText(current.get(name, ""))
        keep = self.tr("不修改请留空；当前 ")
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
