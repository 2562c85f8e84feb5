"""New Application: the screen a clerk lives in.  ID number first; the rules run as they type.

The widget only gathers an :class:`~clerk_desk.domain.application_form.ApplicationForm`
(:mod:`clerk_desk.gui.application_fields`), asks
:func:`clerk_desk.domain.application_rules.evaluate` what is wrong, and shows what is worth
showing (:mod:`clerk_desk.gui.application_problems`: a field once left, everything at Accept).
Each fact is typed once (:mod:`clerk_desk.gui.application_keys`); the documents checklist is in
:mod:`clerk_desk.gui.documents_checklist`, the drafts in :mod:`clerk_desk.gui.application_drafts`,
Accept and Return (in a worker) in :mod:`clerk_desk.gui.application_submit`.
"""

from __future__ import annotations

import uuid
from typing import Any

from clerk_desk.domain.application_form import SCHEME_LABELS, ApplicantType, ApplicationForm, Employment
from clerk_desk.domain.problems import label as pick_label
from clerk_desk.gui.application_drafts import DRAFT_FILE, DraftKeeper
from clerk_desk.gui.application_extras import ExtraFields
from clerk_desk.gui.application_fields import (
    HEAD_RELATIONS,
    HOUSEHOLD_TYPES,
    enable_agent_fields,
    enable_hukou_fields,
    fill_card,
    fill_choices,
    guardian_words,
    read_form,
    set_agent_wording,
    write_form,
)
from clerk_desk.gui.application_layout import build_layout
from clerk_desk.gui.application_problems import ProblemsView
from clerk_desk.gui.application_submit import Submitter
from clerk_desk.gui.context import AppContext
from clerk_desk.gui.day_banner import check_day
from clerk_desk.gui.documents_checklist import DOC_RESULTS, DocumentsChecklist
from clerk_desk.gui.form_fields import combo_value, normalize_in_place, set_combo_value
from clerk_desk.gui.forms.ui_new_application import Ui_NewApplicationPage
from clerk_desk.gui.qt import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QKeySequence,
    QLineEdit,
    QMessageBox,
    QShortcut,
    QTimer,
    QWidget,
    Signal,
    Slot,
)
from clerk_desk.gui.style import set_state

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
        fill_choices(self.ui, ctx.lang, self.tr("（按建议）"))
        self.extras = ExtraFields(self.ui, self, ctx.lang)
        self.submitter = Submitter(self)
        self._eval_timer = QTimer(self, singleShot=True, interval=120)
        self._eval_timer.timeout.connect(self.evaluate)
        self.checklist = DocumentsChecklist(ctx, self.ui, self)
        self.checklist.changed.connect(self._on_changed)
        self.drafts = DraftKeeper(self)
        self.drafts.restore_requested.connect(self._on_restore_requested)
        self.problems = ProblemsView(self)
        build_layout(self)   # the added rows, the same-address box, the page's echo, the tab order
        self._connect()
        self.extras.connect(self._on_changed)
        self._shortcuts()
        ctx.database_ready.connect(self._on_database_ready)
        ctx.settings_changed.connect(self.evaluate)
        self._update_applicant()
        self._update_hukou()
        self.evaluate()
        self.drafts.offer_local()

    @property
    def _doc_combos(self) -> dict[str, QComboBox]:
        """The checklist's combo boxes by requirement code."""
        return self.checklist.combos

    @property
    def _pending_duplicate(self) -> str | None:
        return self.submitter.pending_duplicate

    @_pending_duplicate.setter
    def _pending_duplicate(self, number: str | None) -> None:
        self.submitter.pending_duplicate = number

    # -- set-up ---------------------------------------------------------------------------
    def _connect(self) -> None:
        u = self.ui
        u.idNumberEdit.textEdited.connect(self._on_id_edited)
        u.agentIdEdit.textEdited.connect(lambda _t: normalize_in_place(u.agentIdEdit))
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
        self.duplicateButton.clicked.connect(self._on_show_duplicate)

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
        form = read_form(self.ui, self.checklist.documents())
        return self.extras.read(self.echo.read(form))

    def set_form(self, form: ApplicationForm, application_id: uuid.UUID | None = None) -> None:
        """Fill every field from ``form`` (a restored draft, a returned walk-in's next visit)."""
        self._loading = True
        try:
            write_form(self.ui, form)
            self.extras.write(form)
            self.checklist.set_results(form.documents)
            self.echo.loaded()
        finally:
            self._loading = False
        self.application_id = application_id
        self.problems.reset()
        if form != ApplicationForm():
            self.problems.all = True   # a form the clerk has seen before: judged as a whole
        self._update_applicant()
        self._update_hukou()
        self.evaluate()

    def fill_from_card(self, card: Any, *, agent: bool = False) -> None:
        """Structured data from an ID-card reader (see :mod:`clerk_desk.gui.id_reader`)."""
        fill_card(self.ui, card, agent=agent)
        self.problems.judge(*(("agentIdEdit", "agentNameEdit", "agentAuthorityEdit", "agentValidFromEdit",
                               "agentValidToEdit") if agent else
                              ("idNumberEdit", "nameEdit", "addressEdit", "authorityEdit", "validFromEdit",
                               "validToEdit")))
        self.evaluate()

    # -- as the clerk types -------------------------------------------------------------------
    @Slot(str)
    def _on_id_edited(self, _text: str) -> None:
        normalize_in_place(self.ui.idNumberEdit)
        self.evaluate()  # at once: the derived fields follow every keystroke

    @Slot()
    def _on_changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._eval_timer.start()
        self.drafts.touched()

    @Slot()
    def _update_applicant(self, *_args: Any) -> None:
        self_applying = combo_value(self.ui.applicantCombo) == ApplicantType.SELF.value
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
        """Run the rules on the form; show what is worth showing; enable Accept or say why."""
        from clerk_desk.domain.application_rules import evaluate

        self._eval_timer.stop()
        report = evaluate(self.form(), today=self.ctx.today(), rules=self.ctx.settings.rules,
                          point_kind=self.ctx.point_kind)
        self.report = report
        self._show_derived(report.insured, len(self.ui.idNumberEdit.text()) < 18)
        self.problems.show(report, self.ctx.lang)
        self.extras.show(report, self.problems.shown(report))
        set_agent_wording(self.ui, self.guardian_mode)
        self._show_letter(report)
        self._show_suggestion(report)
        self.checklist.show(report)
        self._update_buttons()
        return report

    def _show_derived(self, check: Any, typing_id: bool) -> None:
        label = self.ui.derivedLabel
        if check is None or check.birth_date is None or (typing_id and check.kind is None):
            n = len(self.ui.idNumberEdit.text())
            label.setText(self.tr("已输入 {n}/18 位").format(n=n) if n else "")
            return
        sex = {"M": self.tr("男性"), "F": self.tr("女性")}.get(getattr(check.sex, "value", ""), "")
        parts = [self.tr("出生日期 {day}").format(day=check.birth_date.isoformat()), sex,
                 self.tr("{age} 岁").format(age=check.age) if check.age is not None else "", check.region or ""]
        label.setText("  ·  ".join(p for p in parts if p))

    def _show_letter(self, report: Any) -> None:
        """The authorisation letter's requirement beside the relation, when the checklist asks for one."""
        label = self.letterNote
        needed = any(getattr(i, "document", i.code) == "authorisation_letter" for i in report.checklist)
        label.setText(self.tr("此关系需提供授权委托书（原件留存），收到后勾选“已收委托书”") if needed else "")
        label.setVisible(needed and not self.ui.letterProblem.isVisible())

    def _show_suggestion(self, report: Any) -> None:
        if report.suggested_schemes:
            names = self.tr("、").join(pick_label(SCHEME_LABELS[s], self.ctx.lang) for s in report.suggested_schemes)
            self.ui.suggestedLabel.setText(self.tr("建议险种：{names}").format(names=names))
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
        reason = report.blocking_reason(self.ctx.lang) if report is not None else ""
        if self.guardian_mode:
            reason = guardian_words(reason, True)
        if not reason and not self.ctx.ready:
            reason = self.tr("正在打开数据库…")
        if not reason and self.busy:
            reason = self.tr("正在保存…")
        u.acceptButton.setEnabled(not reason)
        u.blockingLabel.setText(reason)
        problems = getattr(self, "problems", None)   # nothing judged yet: why F9 waits, said quietly
        quiet = problems is None or not (problems.all or problems.judged)
        set_state(u.blockingLabel, "quiet", "true" if quiet else "false")
        u.acceptButton.setToolTip(reason)
        u.returnButton.setEnabled(bool(report is not None and report.returnable and self.ctx.ready and not self.busy))
        u.saveDraftButton.setEnabled(self.ctx.ready and not self.busy)

    @Slot()
    def _on_database_ready(self) -> None:
        self._update_buttons()
        self.check_day()
        self.drafts.offer_db()

    # -- accept, return, drafts -------------------------------------------------------------------
    def set_busy(self, on: bool) -> None:
        self.busy = on
        self._update_buttons()

    @Slot()
    def _on_accept(self) -> None:
        self.problems.all = True
        report = self.evaluate()
        if self.busy or not report.acceptable or not self.ctx.ready:
            if report.problems and not self.busy:
                self.problems.list.setFocus()   # the list of what is wrong: Enter goes to the field
            return
        self.submitter.accept()

    @Slot()
    def _on_return(self) -> None:
        self.problems.all = True
        report = self.evaluate()
        if self.busy or not report.returnable or not self.ctx.ready:
            return
        self.submitter.return_with_notice()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self.submitter.failed(exc)

    @Slot()
    def _on_show_duplicate(self) -> None:
        self.submitter.show_duplicate()

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

        from clerk_desk.gui import errors

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
        answer = QMessageBox.question(
            self, self.tr("清空表单"), self.tr("表单中已录入的内容将被清空，且不保存为草稿。确定清空吗？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def clear(self) -> None:
        self.drafts.stop()
        self.submitter.pending_duplicate = None
        self.duplicateButton.hide()
        self.set_form(ApplicationForm())
        self.echo.reset()
        self.sameAddressCheck.setChecked(False)
        set_combo_value(self.ui.employmentCombo, Employment.NONE)
        self.application_id = None
        self.problems.reset()
        self.evaluate()
        self.drafts.remove_local()
        self.drafts.hide_offer()
        self.ui.idNumberEdit.setFocus()
