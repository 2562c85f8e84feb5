"""New application: the screen a clerk lives in.  ID number first; the rules run as they type.

The widget only gathers an :class:`~clerk_desk.domain.application_form.ApplicationForm`,
asks :func:`clerk_desk.domain.application_rules.evaluate` what is wrong, and shows each
problem beside its field.  Accept, Return and drafts call the services in a worker.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from clerk_desk.domain.applicant import RELATION_NAMES
from clerk_desk.domain.application_form import (
    APPLICANT_LABELS,
    EMPLOYMENT_LABELS,
    KIND_LABELS,
    SCHEME_LABELS,
    AgentInfo,
    ApplicantType,
    ApplicationForm,
    Employment,
    HukouInfo,
    IdCardInfo,
    Kind,
    Scheme,
)
from clerk_desk.gui import errors
from clerk_desk.gui.context import AppContext
from clerk_desk.gui.form_fields import (
    combo_value,
    fill_combo,
    mark,
    normalize_in_place,
    parse_date,
    set_combo_value,
    show_problems,
)
from clerk_desk.gui.forms.ui_new_application import Ui_NewApplicationPage
from clerk_desk.gui.qt import (
    QCheckBox,
    QComboBox,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QShortcut,
    QTimer,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.style import set_state

HOUSEHOLD_TYPES = {"family": ("家庭户", "family household"), "collective": ("集体户", "collective household"),
                   "agricultural": ("农业家庭户", "agricultural household"),
                   "non_agricultural": ("非农业家庭户", "non-agricultural household")}
HEAD_RELATIONS = ["户主", "配偶", "妻", "夫", "子", "女", "父", "母", "孙子", "孙女", "兄", "弟", "姐", "妹", "其他"]
DOC_RESULTS = [("", ("未核验", "not checked")), ("verified", ("已核验", "verified")), ("missing", ("缺少", "missing")),
               ("expired", ("已过期", "expired")), ("mismatch", ("不一致", "mismatch"))]
DRAFT_FILE = "gui-draft.json"


def _doc_key(item: Any) -> str:
    """The document type a checklist row records (older rules: the row's own code)."""
    return getattr(item, "document", "") or item.code


class NewApplicationPage(QWidget):
    accepted_result = Signal(object)   # AcceptResult
    returned_result = Signal(object)   # ReturnResult
    open_application = Signal(object)  # a draft or returned application to continue
    search_requested = Signal(str)  # show a record (e.g. a duplicate's existing application) in the search page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewApplicationPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.application_id: uuid.UUID | None = None
        self.report: Any = None
        self.last_result: Any = None
        self.busy = False
        self._loading = False
        self._doc_combos: dict[str, QComboBox] = {}
        self._doc_items: dict[str, Any] = {}
        self._doc_results: dict[str, str] = {}
        self._draft_saving = False
        self._dirty_since_db_save = False
        self._pending_duplicate: str | None = None
        self._fill_combos()
        self.duplicateButton = QPushButton(self)
        self.duplicateButton.setObjectName("duplicateButton")
        self.duplicateButton.hide()
        self.duplicateButton.clicked.connect(self._on_show_duplicate)
        self.ui.buttonsLayout.insertWidget(1, self.duplicateButton)
        self.ui.buttonsLayout.setStretch(0, 1)
        self._eval_timer = QTimer(self, singleShot=True, interval=120)
        self._eval_timer.timeout.connect(self.evaluate)
        self._draft_timer = QTimer(self, singleShot=True, interval=1500)
        self._draft_timer.timeout.connect(self._on_autosave)
        self._connect()
        self._shortcuts()
        ctx.database_ready.connect(self._on_database_ready)
        ctx.settings_changed.connect(self.evaluate)
        self.ui.otherProblems = QLabel(self)  # problems without a field of their own
        self.ui.otherProblems.setProperty("class", "problem")
        self.ui.otherProblems.setWordWrap(True)
        self.ui.otherProblems.hide()
        self.ui.rightLayout.insertWidget(self.ui.rightLayout.count() - 1, self.ui.otherProblems)
        self._update_applicant()
        self._update_hukou()
        self.evaluate()
        self._offer_local_draft()

    # -- set-up ---------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        lang = self.ctx.lang
        u = self.ui
        fill_combo(u.kindCombo, KIND_LABELS, lang)
        fill_combo(u.employmentCombo, EMPLOYMENT_LABELS, lang)
        set_combo_value(u.employmentCombo, Employment.NONE)
        fill_combo(u.schemeCombo, SCHEME_LABELS, lang, first=(self.ctx.t("（按建议）", "(as suggested)"), None))
        fill_combo(u.applicantCombo, APPLICANT_LABELS, lang)
        fill_combo(u.householdTypeCombo, HOUSEHOLD_TYPES, lang, first=("", ""))
        u.relationToHeadCombo.addItems(HEAD_RELATIONS)
        u.relationToHeadCombo.setCurrentIndex(-1)
        fill_combo(u.agentRelationCombo, RELATION_NAMES, lang, first=("", ""))
        u.idNumberEdit.setMinimumWidth(380)

    def _connect(self) -> None:
        u = self.ui
        u.idNumberEdit.textEdited.connect(self._on_id_edited)
        u.agentIdEdit.textEdited.connect(self._on_agent_id_edited)
        u.pageIdEdit.textEdited.connect(lambda _t: normalize_in_place(u.pageIdEdit))
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._on_changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._on_changed)
            if combo.isEditable():
                combo.editTextChanged.connect(self._on_changed)
        for check in self.findChildren(QCheckBox):
            check.toggled.connect(self._on_changed)
        u.applicantCombo.currentIndexChanged.connect(self._update_applicant)
        u.hukouPresentCheck.toggled.connect(self._update_hukou)
        u.longTermCheck.toggled.connect(lambda on: u.validToEdit.setEnabled(not on))
        u.agentLongTermCheck.toggled.connect(lambda on: u.agentValidToEdit.setEnabled(not on))
        u.acceptButton.clicked.connect(self._on_accept)
        u.returnButton.clicked.connect(self._on_return)
        u.saveDraftButton.clicked.connect(self._on_save_draft)
        u.clearButton.clicked.connect(self._on_clear)
        u.restoreDraftButton.clicked.connect(self._on_restore_draft)
        u.discardDraftButton.clicked.connect(self._on_discard_draft)

    def _shortcuts(self) -> None:
        for key, slot in (("F9", self._on_accept), ("Ctrl+Return", self._on_accept), ("Ctrl+R", self._on_return),
                          ("Ctrl+S", self._on_save_draft), ("Ctrl+N", self._on_clear),
                          ("Ctrl+D", self.mark_all_verified), ("Ctrl+I", self.ui.idNumberEdit.setFocus)):
            QShortcut(QKeySequence(key), self, activated=slot)

    def activate(self) -> None:
        if not self.ui.idNumberEdit.text():
            self.ui.idNumberEdit.setFocus()

    # -- the form value -----------------------------------------------------------------
    def form(self) -> ApplicationForm:
        u = self.ui
        insured = IdCardInfo(
            id_number=u.idNumberEdit.text().strip(), name=u.nameEdit.text().strip(),
            authority=u.authorityEdit.text().strip(), valid_from=parse_date(u.validFromEdit.text()),
            valid_to=None if u.longTermCheck.isChecked() else parse_date(u.validToEdit.text()),
            long_term=u.longTermCheck.isChecked(), temporary=u.temporaryCheck.isChecked())
        hukou = HukouInfo(
            present=u.hukouPresentCheck.isChecked(), household_no=u.householdNoEdit.text().strip(),
            household_type=combo_value(u.householdTypeCombo) or "", address=u.hukouAddressEdit.text().strip(),
            page_name=u.pageNameEdit.text().strip(), page_id_number=u.pageIdEdit.text().strip(),
            relation_to_head=u.relationToHeadCombo.currentText().strip(),
            residence_permit_no=u.residencePermitEdit.text().strip(),
            birth_certificate_no=u.birthCertificateEdit.text().strip())
        applicant = ApplicantType(combo_value(u.applicantCombo))
        agent = None
        if applicant is not ApplicantType.SELF:
            agent = AgentInfo(
                card=IdCardInfo(id_number=u.agentIdEdit.text().strip(), name=u.agentNameEdit.text().strip(),
                                authority=u.agentAuthorityEdit.text().strip(),
                                valid_from=parse_date(u.agentValidFromEdit.text()),
                                valid_to=None if u.agentLongTermCheck.isChecked() else parse_date(u.agentValidToEdit.text()),
                                long_term=u.agentLongTermCheck.isChecked()),
                phone=u.agentPhoneEdit.text().strip(), relation=combo_value(u.agentRelationCombo) or "",
                authorization_letter=u.letterCheck.isChecked())
        scheme = combo_value(u.schemeCombo)
        return ApplicationForm(
            kind=Kind(combo_value(u.kindCombo)), scheme=Scheme(scheme) if scheme else None, insured=insured,
            phone=u.phoneEdit.text().strip(), address=u.addressEdit.text().strip(),
            employment=Employment(combo_value(u.employmentCombo)),
            social_security_card_no=u.socialCardEdit.text().strip(), hukou=hukou, applicant=applicant,
            agent=agent, documents={k: v for k, v in self._doc_results.items() if v})

    def set_form(self, form: ApplicationForm, application_id: uuid.UUID | None = None) -> None:
        """Fill every field from ``form`` (a restored draft, a returned walk-in's next visit)."""
        u = self.ui
        self._loading = True
        try:
            set_combo_value(u.kindCombo, form.kind)
            set_combo_value(u.schemeCombo, form.scheme)
            set_combo_value(u.employmentCombo, form.employment)
            c = form.insured
            u.idNumberEdit.setText(c.id_number)
            u.nameEdit.setText(c.name)
            u.authorityEdit.setText(c.authority)
            u.validFromEdit.setText(c.valid_from.isoformat() if c.valid_from else "")
            u.validToEdit.setText(c.valid_to.isoformat() if c.valid_to else "")
            u.longTermCheck.setChecked(c.long_term)
            u.temporaryCheck.setChecked(c.temporary)
            u.phoneEdit.setText(form.phone)
            u.addressEdit.setText(form.address)
            u.socialCardEdit.setText(form.social_security_card_no)
            h = form.hukou
            u.hukouPresentCheck.setChecked(h.present)
            u.householdNoEdit.setText(h.household_no)
            set_combo_value(u.householdTypeCombo, h.household_type)
            u.hukouAddressEdit.setText(h.address)
            u.pageNameEdit.setText(h.page_name)
            u.pageIdEdit.setText(h.page_id_number)
            u.relationToHeadCombo.setEditText(h.relation_to_head)
            u.residencePermitEdit.setText(h.residence_permit_no)
            u.birthCertificateEdit.setText(h.birth_certificate_no)
            set_combo_value(u.applicantCombo, form.applicant)
            a = form.agent or AgentInfo()
            u.agentIdEdit.setText(a.card.id_number)
            u.agentNameEdit.setText(a.card.name)
            u.agentAuthorityEdit.setText(a.card.authority)
            u.agentValidFromEdit.setText(a.card.valid_from.isoformat() if a.card.valid_from else "")
            u.agentValidToEdit.setText(a.card.valid_to.isoformat() if a.card.valid_to else "")
            u.agentLongTermCheck.setChecked(a.card.long_term)
            u.agentPhoneEdit.setText(a.phone)
            set_combo_value(u.agentRelationCombo, a.relation)
            u.letterCheck.setChecked(a.authorization_letter)
            self._doc_results = dict(form.documents)
            self._doc_combos_clear()
        finally:
            self._loading = False
        self.application_id = application_id
        self._update_applicant()
        self._update_hukou()
        self.evaluate()

    def fill_from_card(self, card: Any, *, agent: bool = False) -> None:
        """Structured data from an ID-card reader (see :mod:`clerk_desk.gui.id_reader`)."""
        u = self.ui
        if agent:
            u.agentIdEdit.setText(card.id_number)
            u.agentNameEdit.setText(card.name)
            u.agentAuthorityEdit.setText(card.authority)
            u.agentValidFromEdit.setText(card.valid_from.isoformat() if card.valid_from else "")
            u.agentValidToEdit.setText(card.valid_to.isoformat() if card.valid_to else "")
            u.agentLongTermCheck.setChecked(card.long_term)
        else:
            u.idNumberEdit.setText(card.id_number)
            u.nameEdit.setText(card.name)
            u.addressEdit.setText(card.address)
            u.authorityEdit.setText(card.authority)
            u.validFromEdit.setText(card.valid_from.isoformat() if card.valid_from else "")
            u.validToEdit.setText(card.valid_to.isoformat() if card.valid_to else "")
            u.longTermCheck.setChecked(card.long_term)
        self.evaluate()

    # -- as the clerk types -------------------------------------------------------------------
    @Slot(str)
    def _on_id_edited(self, _text: str) -> None:
        normalize_in_place(self.ui.idNumberEdit)
        self.evaluate()  # at once: the derived fields follow every keystroke

    @Slot(str)
    def _on_agent_id_edited(self, _text: str) -> None:
        normalize_in_place(self.ui.agentIdEdit)

    @Slot()
    def _on_changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._eval_timer.start()
        self._draft_timer.start()
        self._dirty_since_db_save = True

    @Slot()
    def _update_applicant(self, *_args: Any) -> None:
        self_applying = combo_value(self.ui.applicantCombo) == ApplicantType.SELF.value
        self.ui.applicantGroup.setTitle(self.ctx.t("申请人", "Applicant"))
        u = self.ui
        for w in (u.agentIdEdit, u.agentNameEdit, u.agentAuthorityEdit, u.agentValidFromEdit, u.agentValidToEdit, u.agentLongTermCheck,
                  u.agentPhoneEdit, u.agentRelationCombo, u.letterCheck):
            w.setEnabled(not self_applying)
        if not self_applying and u.agentLongTermCheck.isChecked():
            u.agentValidToEdit.setEnabled(False)

    @Slot()
    def _update_hukou(self, *_args: Any) -> None:
        present = self.ui.hukouPresentCheck.isChecked()
        u = self.ui
        for w in (u.householdNoEdit, u.householdTypeCombo, u.hukouAddressEdit, u.pageNameEdit, u.pageIdEdit,
                  u.relationToHeadCombo, u.residencePermitEdit):
            w.setEnabled(present)
        u.birthCertificateEdit.setEnabled(not present)

    @Slot()
    def evaluate(self) -> Any:
        """Run the rules on the form; show problems beside the fields; enable Accept or say why."""
        from clerk_desk.domain.application_rules import evaluate

        self._eval_timer.stop()
        form = self.form()
        report = evaluate(form, today=self.ctx.today(), rules=self.ctx.settings.rules,
                          point_kind=self.ctx.point_kind)
        self.report = report
        lang = self.ctx.lang
        u = self.ui
        typing_id = len(u.idNumberEdit.text()) < 18

        def pick(*prefixes: str, exclude: tuple[str, ...] = ()) -> list[Any]:
            return [p for p in report.problems
                    if any(p.field == x or p.field.startswith(x + ".") for x in prefixes)
                    and not any(p.field == x or p.field.startswith(x + ".") for x in exclude)]

        id_problems = pick("insured.id_number")
        if typing_id:  # half-typed: only say what is already certain (bad characters, bad X)
            id_problems = [p for p in id_problems if p.code in ("id.characters", "id.x_position")]
        show_problems(u.idNumberProblem, id_problems, lang)
        mark(u.idNumberEdit, id_problems, bool(report.insured and report.insured.valid))
        self._show_derived(report.insured, typing_id)
        touched_name = bool(u.nameEdit.text()) or not typing_id
        show_problems(u.nameProblem, pick("insured.name") if touched_name else [], lang)
        show_problems(u.phoneProblem, pick("phone", "insured.phone"), lang)
        show_problems(u.validityProblem, pick("insured", exclude=("insured.id_number", "insured.name", "insured.phone"))
                      if not typing_id else [], lang)
        show_problems(u.schemeProblem, pick("scheme", "employment", "eligibility", "kind"), lang)
        show_problems(u.hukouProblem, pick("hukou", "household", "birth_certificate", "residence_permit"), lang)
        agent_id = pick("agent.id_number")
        if len(u.agentIdEdit.text()) < 18:
            agent_id = [p for p in agent_id if p.code in ("id.characters", "id.x_position")]
        show_problems(u.agentIdProblem, agent_id, lang)
        mark(u.agentIdEdit, agent_id, bool(report.agent and report.agent.valid))
        show_problems(u.agentProblem, pick("agent", "applicant", "guardian", exclude=("agent.id_number",)), lang)
        known = ("insured", "phone", "scheme", "employment", "eligibility", "kind", "hukou", "household",
                 "birth_certificate", "residence_permit", "agent", "applicant", "guardian", "documents")
        others = [p for p in report.problems if not any(p.field == k or p.field.startswith(k + ".") for k in known)]
        show_problems(u.otherProblems, others, lang)
        self._show_suggestion(report)
        self._show_checklist(report)
        self._update_buttons()
        return report

    def _show_derived(self, check: Any, typing_id: bool) -> None:
        label = self.ui.derivedLabel
        if check is None or check.birth_date is None or (typing_id and check.kind is None):
            n = len(self.ui.idNumberEdit.text())
            label.setText(self.ctx.t(f"已输入 {n}/18 位", f"{n} of 18 characters") if n else "")
            return
        sex = {"M": self.ctx.t("男", "male"), "F": self.ctx.t("女", "female")}.get(getattr(check.sex, "value", ""), "")
        parts = [self.ctx.t("出生日期 ", "born ") + check.birth_date.isoformat(), sex,
                 self.ctx.t(f"{check.age} 岁", f"age {check.age}") if check.age is not None else "",
                 check.region or ""]
        label.setText("  ·  ".join(p for p in parts if p))

    def _show_suggestion(self, report: Any) -> None:
        lang = self.ctx.lang
        if report.suggested_schemes:
            names = "、".join(SCHEME_LABELS[s][1 if lang == "en" else 0] for s in report.suggested_schemes)
            self.ui.suggestedLabel.setText(self.ctx.t("建议险种：", "Suggested scheme: ") + names)
        else:
            self.ui.suggestedLabel.clear()

    def _doc_combos_clear(self) -> None:
        form = self.ui.documentsForm
        while form.rowCount():
            form.removeRow(0)
        self._doc_combos.clear()

    def _show_checklist(self, report: Any) -> None:
        """One row per requirement; the clerk's choice is recorded on the document type that decides it."""
        lang = self.ctx.lang
        self._doc_items = {item.code: item for item in report.checklist}
        codes = list(self._doc_items)
        if codes != list(self._doc_combos):
            self._doc_combos_clear()
            for item in report.checklist:
                combo = QComboBox(self)
                combo.setObjectName(f"doc_{item.code}")
                for value, (zh, en) in DOC_RESULTS:
                    combo.addItem(en if lang == "en" else zh, value)
                combo.currentIndexChanged.connect(lambda _i, code=item.code, c=combo: self._on_doc(code, c))
                label = QLabel(item.label(lang) + ("" if item.required else self.ctx.t("（如有）", " (if any)")))
                label.setWordWrap(True)
                label.setBuddy(combo)
                self.ui.documentsForm.addRow(label, combo)
                self._doc_combos[item.code] = combo
            self._fix_tab_order()
        for item in report.checklist:
            combo = self._doc_combos[item.code]
            chosen = self._doc_results.get(_doc_key(item), "")
            if combo.currentData() != chosen:
                combo.blockSignals(True)
                set_combo_value(combo, chosen)
                combo.blockSignals(False)
            state = "ok" if item.result == "verified" else ("error" if chosen or not item.required else "")
            if item.result in ("expired", "mismatch"):
                state = "error"
            set_state(combo, "state", state)

    def _fix_tab_order(self) -> None:
        """The checklist rows come after the household book, as on the screen, then Accept."""
        prev: QWidget = self.ui.birthCertificateEdit
        for combo in self._doc_combos.values():
            QWidget.setTabOrder(prev, combo)
            prev = combo
        QWidget.setTabOrder(prev, self.ui.acceptButton)

    def _on_doc(self, code: str, combo: QComboBox) -> None:
        item = self._doc_items.get(code)
        if item is None:
            return
        value = combo.currentData() or ""
        if value:
            self._doc_results[_doc_key(item)] = value
        else:
            self._doc_results.pop(_doc_key(item), None)
        self._on_changed()

    @Slot()
    def mark_all_verified(self) -> None:
        """Ctrl+D: every document on the checklist seen and verified."""
        for combo in self._doc_combos.values():
            set_combo_value(combo, "verified")
        self.evaluate()

    def set_document(self, code: str, result: str) -> None:
        """Set a checklist row (by requirement key or document type)."""
        if code not in self._doc_combos:
            code = next((k for k, i in self._doc_items.items() if _doc_key(i) == code), code)
        combo = self._doc_combos.get(code)
        if combo is not None:
            set_combo_value(combo, result)
            self.evaluate()

    def _update_buttons(self) -> None:
        u = self.ui
        report = self.report
        lang = self.ctx.lang
        reason = report.blocking_reason(lang) if report is not None else ""
        if not reason and not self.ctx.ready:
            reason = self.ctx.t("正在打开数据库…", "Opening the database…")
        if not reason and self.busy:
            reason = self.ctx.t("正在保存…", "Saving…")
        u.acceptButton.setEnabled(not reason)
        u.blockingLabel.setText(reason)
        u.acceptButton.setToolTip(reason)
        u.returnButton.setEnabled(bool(report is not None and report.returnable and self.ctx.ready and not self.busy))
        u.saveDraftButton.setEnabled(self.ctx.ready and not self.busy)

    @Slot()
    def _on_database_ready(self) -> None:
        self._update_buttons()
        self._offer_db_drafts()

    # -- accept, return, drafts -------------------------------------------------------------------
    def _busy(self, on: bool) -> None:
        self.busy = on
        self._update_buttons()

    @Slot()
    def _on_accept(self) -> None:
        report = self.evaluate()
        if self.busy or not report.acceptable or not self.ctx.ready:
            return
        self._submit_accept(provisional=False)

    def _submit_accept(self, *, provisional: bool) -> None:
        self._draft_timer.stop()
        self._busy(True)
        self.ctx.service("accept", self.ctx.actor, self.form(), settings=self.ctx.settings,
                         application_id=self.application_id, allow_provisional=provisional,
                         on_done=self._on_accepted,
                         on_error=self._on_failed if provisional else self._on_accept_failed)

    @Slot(object)
    def _on_accept_failed(self, exc: BaseException) -> None:
        """The ready-by date runs into a year without a calendar: offer a provisional (暂定) slip."""
        year = next((p.params.get("year") for p in getattr(exc, "problems", ())
                     if p.code == "calendar_year_missing"), None)
        if year is None or not self._ask_provisional(year):
            self._on_failed(exc)
            return
        self._submit_accept(provisional=True)

    def _ask_provisional(self, year: Any) -> bool:
        t = self.ctx.t
        answer = QMessageBox.question(
            self, t("领卡日期暂定", "Provisional ready-by date"),
            t(f"{year}年的工作日历尚未导入，无法确定准确的领卡日期。\n\n"
              f"是否按周一至周五估算，出具标明“暂定”的领卡凭条？\n请同时通知负责人尽快导入{year}年工作日历。",
              f"The working-day calendar for {year} has not been imported, so the exact ready-by date is "
              f"unknown.\n\nIssue a pickup slip marked provisional (暂定), counting Monday to Friday?\n"
              f"Please also ask a supervisor to import the {year} calendar."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    @Slot(object)
    def _on_accepted(self, result: Any) -> None:
        self._busy(False)
        self.last_result = result
        t = self.ctx.t
        if result.slip is not None:
            text = t(f"已受理：业务编号 {result.number}，领卡码 {result.slip.pickup_code}，"
                     f"请于 {result.slip.ready_by.isoformat()} 后凭领卡凭条领卡。",
                     f"Accepted: application {result.number}, pickup code {result.slip.pickup_code}; "
                     f"the card is ready by {result.slip.ready_by.isoformat()}.")
            if result.slip.provisional:
                years = "、".join(str(y) for y in result.slip.provisional_years)
                text += t(f"（领卡日期为暂定，请通知负责人导入{years}年工作日历）",
                          f" (ready-by date provisional: a supervisor must import the {years} calendar)")
        else:
            text = t(f"已受理：业务编号 {result.number}，已当场发卡。", f"Accepted: application {result.number}; "
                     "card handed over on the spot.")
        errors.show_message("ok", text)
        docs = ["receipt"] + (["slip"] if result.slip is not None else [])
        self._print(result.application_id, docs)
        self.accepted_result.emit(result)
        self.ctx.applications_changed.emit()
        self.clear()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        """The form stays as typed (a stopped database server loses nothing); the clerk can retry."""
        self._busy(False)
        self._write_local_draft()
        problems = getattr(exc, "problems", ())
        existing = next((p.params.get("number") for p in problems if p.params.get("existing_id")), None)
        self._pending_duplicate = existing
        if existing:
            self.duplicateButton.setText(self.ctx.t(f"查看已有业务 {existing}", f"Open {existing}"))
            self.duplicateButton.show()
        errors.report_exception(exc)

    @Slot()
    def _on_show_duplicate(self) -> None:
        """The link to the existing record of a refused duplicate."""
        if self._pending_duplicate:
            self.search_requested.emit(self._pending_duplicate)

    @Slot()
    def _on_return(self) -> None:
        report = self.evaluate()
        if self.busy or not report.returnable or not self.ctx.ready:
            return
        self._draft_timer.stop()
        self._busy(True)
        self.ctx.service("return_with_notice", self.ctx.actor, self.form(), settings=self.ctx.settings,
                         application_id=self.application_id, on_done=self._on_returned, on_error=self._on_failed)

    @Slot(object)
    def _on_returned(self, result: Any) -> None:
        self._busy(False)
        self.last_result = result
        sep = "、" if self.ctx.lang == "zh" else ", "
        errors.show_message("info", self.ctx.t(
            "已出具一次性告知书，请补齐：" + sep.join(result.missing) + "。草稿已保存，下次来办时查询身份证号码即可继续。",
            "Notice printed; bring: " + sep.join(result.missing) + ". The draft is kept; search the ID number on "
            "the next visit to continue."))
        self._print(result.application_id, ["notice"])
        self.returned_result.emit(result)
        self.ctx.applications_changed.emit()
        self.clear()

    def _print(self, application_id: Any, documents: list[str]) -> None:
        printer = getattr(self.window(), "print_documents", None)
        if printer is not None:
            printer(application_id, documents)

    @Slot()
    def _on_save_draft(self) -> None:
        self._save_db_draft(explicit=True)

    @Slot()
    def _on_autosave(self) -> None:
        self._write_local_draft()
        self._save_db_draft(explicit=False)

    def _has_content(self) -> bool:
        return bool(self.ui.idNumberEdit.text().strip() or self.ui.nameEdit.text().strip())

    def _save_db_draft(self, *, explicit: bool) -> None:
        if not self.ctx.ready or self.busy or self._draft_saving or not self._has_content():
            return
        self._draft_saving = True
        self._dirty_since_db_save = False

        def done(app_id: Any) -> None:
            self._draft_saving = False
            if self._has_content():
                self.application_id = app_id
            if explicit:
                errors.show_message("ok", self.ctx.t("草稿已保存", "Draft saved"))

        def failed(exc: BaseException) -> None:
            self._draft_saving = False
            if explicit:
                errors.report_exception(exc)

        self.ctx.service("save_draft", self.ctx.actor, self.form(), settings=self.ctx.settings,
                         application_id=self.application_id, on_done=done, on_error=failed)

    # the local draft file survives a power cut even when the database is out of reach
    def _draft_path(self) -> Any:
        from clerk_desk.config import data_dir

        return data_dir() / DRAFT_FILE

    def _write_local_draft(self) -> None:
        path = self._draft_path()
        try:
            if not self._has_content():
                path.unlink(missing_ok=True)
                return
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"form": self.form().to_dict(), "saved_at": datetime.now().isoformat(
                timespec="seconds"), "application_id": str(self.application_id) if self.application_id else None},
                ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass

    def _offer_local_draft(self) -> None:
        try:
            data = json.loads(self._draft_path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        form = ApplicationForm.from_dict(data.get("form"))
        if not (form.insured.id_number or form.insured.name):
            return
        self._offered = ("local", form, data.get("application_id"))
        from clerk_desk.domain.idnumber import mask

        self.ui.draftLabel.setText(self.ctx.t(
            f"上次未完成的受理：{form.insured.name} {mask(form.insured.id_number)}（{data.get('saved_at', '')}），是否恢复？",
            f"Unfinished application: {form.insured.name} {mask(form.insured.id_number)} "
            f"({data.get('saved_at', '')}). Restore it?"))
        self.ui.restoreDraftButton.show()
        self.ui.discardDraftButton.show()

    def _offer_db_drafts(self) -> None:
        if getattr(self, "_offered", None) is not None or self._has_content():
            return

        def work(session: Any) -> Any:
            from clerk_desk.services import applications
            from clerk_desk.services.station import station_code

            rows = applications.latest_drafts(session, station=station_code(), limit=1)
            rows = [r for r in rows if r.status.value == "draft"] if rows else []
            if not rows:
                return None
            return rows[0], applications.get_form(session, self.ctx.actor, rows[0].id)

        def done(found: Any) -> None:
            if found is None or self._has_content() or getattr(self, "_offered", None) is not None:
                return
            row, form = found
            self._offered = ("db", form, str(row.id))
            self.ui.draftLabel.setText(self.ctx.t(f"有未完成的草稿：{row.insured_name} {row.masked_id}，是否恢复？",
                                                  f"Unfinished draft: {row.insured_name} {row.masked_id}. Restore it?"))
            self.ui.restoreDraftButton.show()
            self.ui.discardDraftButton.show()

        self.ctx.call(work, done, lambda exc: None)

    def _hide_offer(self) -> None:
        self._offered = None
        self.ui.draftLabel.clear()
        self.ui.restoreDraftButton.hide()
        self.ui.discardDraftButton.hide()

    @Slot()
    def _on_restore_draft(self) -> None:
        offered = getattr(self, "_offered", None)
        if offered is None:
            return
        _kind, form, app_id = offered
        self._hide_offer()
        self.set_form(form, uuid.UUID(app_id) if app_id else None)
        self.ui.idNumberEdit.setFocus()

    @Slot()
    def _on_discard_draft(self) -> None:
        self._hide_offer()
        self._draft_path().unlink(missing_ok=True)

    def load_application(self, application_id: Any) -> None:
        """Continue a returned application or a draft (the walk-in's next visit)."""

        def work(session: Any) -> Any:
            from clerk_desk.services import applications

            return applications.get_form(session, self.ctx.actor, application_id)

        self.ctx.call(work, lambda form: self.set_form(form, application_id), errors.report_exception)

    @Slot()
    def _on_clear(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._draft_timer.stop()
        self._pending_duplicate = None
        self.duplicateButton.hide()
        self.set_form(ApplicationForm())
        set_combo_value(self.ui.employmentCombo, Employment.NONE)
        self.application_id = None
        self._draft_path().unlink(missing_ok=True)
        self._hide_offer()
        self.ui.idNumberEdit.setFocus()
