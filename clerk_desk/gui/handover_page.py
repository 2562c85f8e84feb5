"""Card handover (pickup desk): find by the slip's QR code, the number or the ID number; the
collector is the insured (ID checked against the record) or an agent (ID, relation, slip); the
collector's own card validity is entered, and someone who is not the agent recorded at
acceptance also shows the insured's ID card (its number is typed and checked)."""

from __future__ import annotations

from typing import Any

from clerk_desk.domain.applicant import RELATION_NAMES
from clerk_desk.gui import errors
from clerk_desk.gui.form_fields import combo_value, fill_combo, normalize_in_place, parse_date, show_problems
from clerk_desk.gui.forms.ui_handover import Ui_HandoverPage
from clerk_desk.gui.qt import QCheckBox, QHBoxLayout, QKeySequence, QLineEdit, QShortcut, QWidget, Slot
from clerk_desk.gui.style import set_state


def domain_label(pair: tuple[str, str], lang: str) -> str:
    """A label the domain keeps in both languages (status, way of applying), in ``lang``."""
    zh, en = pair
    return {"en": en}.get(lang, zh)


class HandoverPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.detail: Any = None
        self.candidates: list[Any] = []
        self.handed_over: Any = None
        self.ui.handoverButtons.setStretch(0, 1)
        fill_combo(self.ui.collectorRelationCombo, RELATION_NAMES, ctx.lang, first=("", ""))
        self._extra_fields()
        self.ui.lookupEdit.returnPressed.connect(self._on_lookup)
        self.ui.lookupButton.clicked.connect(self._on_lookup)
        self.ui.collectorCombo.currentIndexChanged.connect(self._update_collector)
        self.ui.collectorIdEdit.textEdited.connect(lambda _t: normalize_in_place(self.ui.collectorIdEdit))
        self.ui.handOverButton.clicked.connect(self._on_hand_over)
        QShortcut(QKeySequence("F9"), self, activated=self._on_hand_over)
        self._update_collector()
        self._show(None)

    def _extra_fields(self) -> None:
        """The collector's card validity and the insured's card (issue 11), beside the Designer form."""
        u = self.ui
        self.collectorValidToEdit = QLineEdit(self)
        self.collectorValidToEdit.setObjectName("collectorValidToEdit")
        self.collectorValidToEdit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.collectorLongTermCheck = QCheckBox(self.tr("长期"), self)
        self.collectorLongTermCheck.setObjectName("collectorLongTermCheck")
        self.collectorLongTermCheck.toggled.connect(lambda on: self.collectorValidToEdit.setEnabled(not on))
        row = QHBoxLayout()
        row.addWidget(self.collectorValidToEdit)
        row.addWidget(self.collectorLongTermCheck)
        at = u.collectorForm.getWidgetPosition(u.collectorIdEdit)[0] + 1
        u.collectorForm.insertRow(at, self.tr("身份证有效期至："), row)
        self.insuredIdEdit = QLineEdit(self)
        self.insuredIdEdit.setObjectName("insuredIdEdit")
        self.insuredIdEdit.setPlaceholderText(self.tr("非受理时登记的代办人代领：录入参保人身份证号码"))
        self.insuredIdEdit.textEdited.connect(lambda _t: normalize_in_place(self.insuredIdEdit))
        u.collectorForm.addRow(self.tr("参保人身份证："), self.insuredIdEdit)

    def activate(self) -> None:
        self.ui.lookupEdit.setFocus()
        self.ui.lookupEdit.selectAll()

    @property
    def collector_is_agent(self) -> bool:
        return self.ui.collectorCombo.currentIndex() == 1

    @Slot()
    def _update_collector(self, *_args: Any) -> None:
        agent = self.collector_is_agent
        for w in (self.ui.collectorNameEdit, self.ui.collectorRelationCombo, self.ui.collectorPhoneEdit,
                  self.ui.certificateCheck, self.insuredIdEdit):
            w.setEnabled(agent)

    # -- finding the record ------------------------------------------------------------------------
    @Slot()
    def _on_lookup(self) -> None:
        text = self.ui.lookupEdit.text().strip()
        if not text:
            return
        show_problems(self.ui.lookupProblem, [], self.ctx.lang)

        def work(session: Any) -> tuple[list[Any], Any]:
            from clerk_desk.services import applications

            rows = applications.search(session, self.ctx.actor, text)
            ready = [r for r in rows if getattr(r.status, "value", r.status) == "ready"]
            chosen = (ready or rows or [None])[0]
            detail = applications.get_detail(session, self.ctx.actor, chosen.id) if chosen is not None else None
            return rows, detail

        def done(result: tuple[list[Any], Any]) -> None:
            self.candidates, detail = result
            if detail is None:
                self.ui.lookupProblem.setText(self.tr("没有找到该业务，请核对号码"))
                self.ui.lookupProblem.show()
            self._show(detail)
            if detail is not None:
                self.ui.collectorIdEdit.setFocus()

        self.ctx.call(work, done)

    def _show(self, detail: Any) -> None:
        self.detail = detail
        u = self.ui
        if detail is None:
            for label in (u.numberValue, u.statusValue, u.insuredValue, u.readyByValue, u.applicantValue,
                          u.pickupValue):
                label.clear()
            u.handOverButton.setEnabled(False)
            return
        from clerk_desk.domain.application_form import APPLICANT_LABELS
        from clerk_desk.domain.workflow import STATUS_LABELS

        row = detail.row
        status = getattr(row.status, "value", row.status)
        status_text = domain_label(STATUS_LABELS.get(row.status, (status, status)), self.ctx.lang)
        u.numberValue.setText(row.number)
        u.statusValue.setText(status_text)
        set_state(u.statusValue, "state", "ok" if status == "ready" else "error")
        u.insuredValue.setText(f"{row.insured_name}  {row.masked_id}")
        u.readyByValue.setText(row.ready_by.isoformat() if row.ready_by else "")
        applicant = next((v for k, v in APPLICANT_LABELS.items() if k.value == row.applicant_type), None)
        text = domain_label(applicant, self.ctx.lang) if applicant else row.applicant_type
        if row.agent_name:
            text += self.tr("（{name}）").format(name=row.agent_name)
        u.applicantValue.setText(text)
        u.pickupValue.setText(row.pickup_code)
        u.handOverButton.setEnabled(status == "ready")
        if status != "ready":
            u.handoverMessage.setText(self.tr("该业务状态为“{status}”，不能发卡").format(status=status_text))
        else:
            u.handoverMessage.clear()

    # -- handing over ---------------------------------------------------------------------------------
    def collector(self) -> Any:
        from clerk_desk.services.applications import Collector

        u = self.ui
        return Collector(kind="agent" if self.collector_is_agent else "insured",
                         id_number=u.collectorIdEdit.text().strip(), name=u.collectorNameEdit.text().strip(),
                         relation=combo_value(u.collectorRelationCombo) or "",
                         phone=u.collectorPhoneEdit.text().strip(), slip_checked=u.certificateCheck.isChecked(),
                         valid_to=None if self.collectorLongTermCheck.isChecked() else parse_date(
                             self.collectorValidToEdit.text()),
                         long_term=self.collectorLongTermCheck.isChecked(),
                         insured_id_number=self.insuredIdEdit.text().strip() if self.collector_is_agent else "")

    @Slot()
    def _on_hand_over(self) -> None:
        if self.detail is None or not self.ui.handOverButton.isEnabled():
            return
        self.ui.handOverButton.setEnabled(False)
        app_id = self.detail.row.id
        number = self.detail.row.number
        collector = self.collector()

        def done(_result: Any) -> None:
            self.handed_over = number
            errors.show_message("ok", self.tr("已发卡：{number}").format(number=number))
            self.clear()
            self.ctx.applications_changed.emit()

        def failed(exc: BaseException) -> None:
            self.ui.handOverButton.setEnabled(True)
            problems = getattr(exc, "problems", None)
            if problems:
                show_problems(self.ui.collectorIdProblem, list(problems), self.ctx.lang)
            else:
                errors.report_exception(exc)

        self.ctx.service("hand_over", self.ctx.actor, app_id, collector, settings=self.ctx.settings,
                         on_done=done, on_error=failed)

    def clear(self) -> None:
        u = self.ui
        for edit in (u.lookupEdit, u.collectorIdEdit, u.collectorNameEdit, u.collectorPhoneEdit,
                     self.collectorValidToEdit, self.insuredIdEdit):
            edit.clear()
        self.collectorLongTermCheck.setChecked(False)
        u.collectorCombo.setCurrentIndex(0)
        u.collectorRelationCombo.setCurrentIndex(0)
        u.certificateCheck.setChecked(False)
        show_problems(u.collectorIdProblem, [], self.ctx.lang)
        self._show(None)
        u.lookupEdit.setFocus()
