"""New application: the screen a clerk lives in.  ID number first; the rules run as they type.

The widget only gathers an :class:`~clerk_desk.domain.application_form.ApplicationForm`
(:mod:`clerk_desk.gui.application_fields`), asks
:func:`clerk_desk.domain.application_rules.evaluate` what is wrong, and shows each problem beside
its field.  The documents checklist is in :mod:`clerk_desk.gui.documents_checklist`, the drafts
in :mod:`clerk_desk.gui.application_drafts`.  Accept, Return and drafts call the services in a
worker.
"""

from __future__ import annotations

import uuid
from typing import Any

from clerk_desk.domain.application_form import SCHEME_LABELS, ApplicantType, ApplicationForm, Employment
from clerk_desk.gui import errors
from clerk_desk.gui.application_drafts import DRAFT_FILE, DraftKeeper
from clerk_desk.gui.application_extras import BUSINESS_FIELDS, ExtraFields
from clerk_desk.gui.application_fields import (
    HEAD_RELATIONS,
    HOUSEHOLD_TYPES,
    enable_agent_fields,
    enable_hukou_fields,
    fill_card,
    fill_choices,
    read_form,
    set_agent_wording,
    write_form,
)
from clerk_desk.gui.context import AppContext
from clerk_desk.gui.day_banner import check_day, day_banner
from clerk_desk.gui.documents_checklist import DOC_RESULTS, DocumentsChecklist
from clerk_desk.gui.form_fields import combo_value, mark, normalize_in_place, set_combo_value, show_problems
from clerk_desk.gui.forms.ui_new_application import Ui_NewApplicationPage
from clerk_desk.gui.qt import (
    QAbstractSpinBox,
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

__all__ = ["DOC_RESULTS", "DRAFT_FILE", "HEAD_RELATIONS", "HOUSEHOLD_TYPES", "NewApplicationPage"]


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
        self._pending_duplicate: str | None = None
        fill_choices(self.ui, ctx.lang, ctx.t("（按建议）", "(as suggested)"))
        self.extras = ExtraFields(self.ui, self, ctx.t, ctx.lang)
        self.duplicateButton = QPushButton(self)
        self.duplicateButton.setObjectName("duplicateButton")
        self.duplicateButton.hide()
        self.duplicateButton.clicked.connect(self._on_show_duplicate)
        self.ui.buttonsLayout.insertWidget(1, self.duplicateButton)
        self.ui.buttonsLayout.setStretch(0, 1)
        self._eval_timer = QTimer(self, singleShot=True, interval=120)
        self._eval_timer.timeout.connect(self.evaluate)
        self.checklist = DocumentsChecklist(ctx, self.ui, self)
        self.checklist.tab_after = self.extras.membersList
        self.checklist.changed.connect(self._on_changed)
        self.drafts = DraftKeeper(self)
        self.drafts.restore_requested.connect(self._on_restore_requested)
        self._connect()
        self.extras.connect(self._on_changed)
        self._shortcuts()
        ctx.database_ready.connect(self._on_database_ready)
        ctx.settings_changed.connect(self.evaluate)
        self.ui.otherProblems = QLabel(self)  # problems without a field of their own
        self.ui.otherProblems.setProperty("class", "problem")
        self.ui.otherProblems.setWordWrap(True)
        self.ui.otherProblems.hide()
        self.ui.rightLayout.insertWidget(self.ui.rightLayout.count() - 1, self.ui.otherProblems)
        self.dayBanner = day_banner(self)
        self.ui.pageLayout.insertWidget(0, self.dayBanner)
        self._update_applicant()
        self._update_hukou()
        self.evaluate()
        self.drafts.offer_local()

    @property
    def _doc_combos(self) -> dict[str, QComboBox]:
        """The checklist's combo boxes by requirement code."""
        return self.checklist.combos

    # -- set-up ---------------------------------------------------------------------------
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
        u.restoreDraftButton.clicked.connect(self.drafts.restore)
        u.discardDraftButton.clicked.connect(self.drafts.discard)

    def _shortcuts(self) -> None:
        for key, slot in (("F9", self._on_accept), ("Ctrl+Return", self._on_accept), ("Ctrl+R", self._on_return),
                          ("Ctrl+S", self._on_save_draft), ("Ctrl+N", self._on_clear),
                          ("Ctrl+D", self.mark_all_verified), ("Ctrl+I", self.ui.idNumberEdit.setFocus)):
            QShortcut(QKeySequence(key), self, activated=slot)

    def activate(self) -> None:
        if not self.ui.idNumberEdit.text():
            self.ui.idNumberEdit.setFocus()
        self.check_day()

    def check_day(self) -> None:
        """The day's state (closed day, missing calendar year) in the banner, before any typing."""
        if self.ctx.ready:
            check_day(self.ctx, self.dayBanner)

    # -- the form value -----------------------------------------------------------------
    def form(self) -> ApplicationForm:
        return self.extras.read(read_form(self.ui, self.checklist.documents()))

    def set_form(self, form: ApplicationForm, application_id: uuid.UUID | None = None) -> None:
        """Fill every field from ``form`` (a restored draft, a returned walk-in's next visit)."""
        self._loading = True
        try:
            write_form(self.ui, form)
            self.extras.write(form)
            self.checklist.set_results(form.documents)
        finally:
            self._loading = False
        self.application_id = application_id
        self._update_applicant()
        self._update_hukou()
        self.evaluate()

    def fill_from_card(self, card: Any, *, agent: bool = False) -> None:
        """Structured data from an ID-card reader (see :mod:`clerk_desk.gui.id_reader`)."""
        fill_card(self.ui, card, agent=agent)
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
        self.drafts.touched()

    @Slot()
    def _update_applicant(self, *_args: Any) -> None:
        self_applying = combo_value(self.ui.applicantCombo) == ApplicantType.SELF.value
        self.ui.applicantGroup.setTitle(self.ctx.t("申请人", "Applicant"))
        enable_agent_fields(self.ui, self_applying)
        set_agent_wording(self.ui, self.guardian_mode)

    @property
    def guardian_mode(self) -> bool:
        return combo_value(self.ui.applicantCombo) == ApplicantType.GUARDIAN.value

    @Slot()
    def _update_hukou(self, *_args: Any) -> None:
        enable_hukou_fields(self.ui, self.ui.hukouPresentCheck.isChecked())

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
        set_agent_wording(u, self.guardian_mode)
        self.extras.show(report, pick)
        known = ("insured", "phone", "scheme", "employment", "eligibility", "kind", "hukou", "household",
                 "birth_certificate", "residence_permit", "agent", "applicant", "guardian", "documents",
                 *BUSINESS_FIELDS)
        others = [p for p in report.problems if not any(p.field == k or p.field.startswith(k + ".") for k in known)]
        show_problems(u.otherProblems, others, lang)
        self._show_suggestion(report)
        self.checklist.show(report)
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

    @Slot()
    def mark_all_verified(self) -> None:
        """Ctrl+D: every document on the checklist seen and verified."""
        self.checklist.mark_all_verified()
        self.evaluate()

    def set_document(self, code: str, result: str) -> None:
        """Set a checklist row (by requirement key or document type)."""
        if self.checklist.set_document(code, result):
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
        self.check_day()
        self.drafts.offer_db()

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
        self.drafts.stop()
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
        elif result.report is not None and not result.report.card_made:
            text = t(f"已受理：业务编号 {result.number}，本业务不制卡，已办结。",
                     f"Accepted: application {result.number}; no card is made for this business.")
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
        self.drafts.write_local()
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
        self.drafts.stop()
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

    # -- drafts (see :mod:`clerk_desk.gui.application_drafts`) ------------------------------------
    @Slot()
    def _on_save_draft(self) -> None:
        self.drafts.save(explicit=True)

    @Slot(object, object)
    def _on_restore_requested(self, form: ApplicationForm, application_id: uuid.UUID | None) -> None:
        self.set_form(form, application_id)
        self.ui.idNumberEdit.setFocus()

    def load_application(self, application_id: Any) -> None:
        """Continue a returned application or a draft (the walk-in's next visit)."""

        def work(session: Any) -> Any:
            from clerk_desk.services import applications

            return applications.get_form(session, self.ctx.actor, application_id)

        self.ctx.call(work, lambda form: self.set_form(form, application_id), errors.report_exception)

    @Slot()
    def _on_clear(self) -> None:
        """Ctrl+N or 清空: a filled form is cleared only when the clerk confirms."""
        if self.is_filled() and not self._confirm_clear():
            return
        self.clear()

    def is_filled(self) -> bool:
        """Anything typed on the form (a text field not empty; spin boxes start at a number)."""
        return any(e.text().strip() for e in self.findChildren(QLineEdit)
                   if not e.isReadOnly() and not isinstance(e.parent(), QAbstractSpinBox))

    def _confirm_clear(self) -> bool:
        t = self.ctx.t
        answer = QMessageBox.question(
            self, t("清空表单", "Clear the form"),
            t("表单中已录入的内容将被清空，且不保存为草稿。确定清空吗？",
              "What is typed on the form will be cleared and not saved as a draft. Clear it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def clear(self) -> None:
        self.drafts.stop()
        self._pending_duplicate = None
        self.duplicateButton.hide()
        self.set_form(ApplicationForm())
        set_combo_value(self.ui.employmentCombo, Employment.NONE)
        self.application_id = None
        self.drafts.remove_local()
        self.drafts.hide_offer()
        self.ui.idNumberEdit.setFocus()
