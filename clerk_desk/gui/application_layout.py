"""What the New Application page adds to its Designer form: the labels beside the applicant and
the relation, the problems list at the bottom, the day banner and the draft offer in fixed
places (nothing moves the form when they come and go), the "same as contact address" box,
the household page's echo of the card, digits choosing the combo boxes' entries, dates typed as
8 digits, and one fixed tab order for the whole form."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from clerk_desk.domain.application_form import ApplicationForm
from clerk_desk.gui.application_keys import (
    CardEcho,
    NumberPicker,
    fixed_tab_order,
    iso_on_leave,
    page_hint,
    same_address,
)
from clerk_desk.gui.day_banner import day_banner
from clerk_desk.gui.qt import QComboBox, QLabel, QPushButton, QWidget


class PageEcho(CardEcho):
    """The card's name and number on the household page (see :class:`CardEcho`)."""

    def read(self, form: ApplicationForm) -> ApplicationForm:
        (_, name), (_, number) = self.pairs
        return replace(form, hukou=replace(form.hukou, page_name=self.value(name).strip(),
                                           page_id_number=self.value(number).strip()))


def _problem_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("class", "problem")
    label.setWordWrap(True)
    label.hide()
    return label


def _keep_place(*widgets: QWidget) -> None:
    for w in widgets:
        policy = w.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        w.setSizePolicy(policy)


def build_layout(page: Any) -> None:
    u, x = page.ui, page.extras
    page.duplicateButton = QPushButton(page)
    page.duplicateButton.setObjectName("duplicateButton")
    page.duplicateButton.hide()
    u.buttonsLayout.insertWidget(1, page.duplicateButton)
    u.buttonsLayout.setStretch(0, 1)
    u.applicantProblem = _problem_label(page, "applicantProblem")
    u.applicantForm.insertRow(u.applicantForm.getWidgetPosition(u.applicantCombo)[0] + 1, u.applicantProblem)
    u.letterProblem = _problem_label(page, "letterProblem")
    page.letterNote = _problem_label(page, "letterNote")
    page.letterNote.setProperty("severity", "warning")
    at = u.applicantForm.getWidgetPosition(u.agentRelationCombo)[0] + 1
    u.applicantForm.insertRow(at, u.letterProblem)
    u.applicantForm.insertRow(at + 1, page.letterNote)
    u.rightLayout.insertWidget(u.rightLayout.count() - 1, page.problems.list)
    page.dayBanner = day_banner(page)
    u.draftLayout.insertWidget(0, page.dayBanner, 1)   # one fixed band above the form: the day, a draft offer
    _keep_place(u.restoreDraftButton, u.discardDraftButton, page.duplicateButton)
    page.sameAddressCheck = same_address(u.hukouAddressEdit, u.addressEdit, u.hukouForm)
    hint = page_hint(page)
    hint.setProperty("class", "problem")
    hint.setProperty("severity", "warning")
    u.hukouForm.insertRow(u.hukouForm.getWidgetPosition(u.pageIdEdit)[0] + 1, hint)
    page.echo = PageEcho([(u.nameEdit, u.pageNameEdit), (u.idNumberEdit, u.pageIdEdit)], hint,
                         after=u.relationToHeadCombo)
    for edit in (u.pageNameEdit, u.pageIdEdit):
        edit.setStyleSheet('QLineEdit[state="pending"] { color: #6d6d6d; font-style: italic; }')
    for combo in page.findChildren(QComboBox):
        NumberPicker(combo)
    for edit in (u.validFromEdit, u.validToEdit, u.agentValidFromEdit, u.agentValidToEdit, x.permitValidEdit,
                 x.birthDateEdit):
        iso_on_leave(edit)
    order = [u.idNumberEdit, u.nameEdit, u.phoneEdit, u.addressEdit, u.authorityEdit, u.validFromEdit,
             u.validToEdit, u.longTermCheck, u.temporaryCheck, u.kindCombo, x.reasonCombo, x.categoryCombo,
             x.gapSpin, x.paidBackSpin, x.contributionSpin, u.employmentCombo, u.schemeCombo, u.socialCardEdit,
             u.applicantCombo, u.agentIdEdit, u.agentNameEdit, u.agentAuthorityEdit, u.agentValidFromEdit,
             u.agentValidToEdit, u.agentLongTermCheck, u.agentPhoneEdit, u.agentRelationCombo, u.letterCheck,
             x.statusCombo, u.householdNoEdit, u.householdTypeCombo, page.sameAddressCheck, u.hukouAddressEdit,
             u.pageNameEdit, u.pageIdEdit, u.relationToHeadCombo, x.regionEdit, u.residencePermitEdit,
             x.permitValidEdit, u.birthCertificateEdit, x.birthDateEdit, x.memberNameEdit, x.memberIdEdit,
             x.memberRelationEdit, x.addMemberButton, x.removeMemberButton, x.membersList, u.acceptButton,
             u.returnButton, u.saveDraftButton, u.clearButton, page.duplicateButton, page.problems.list,
             u.restoreDraftButton, u.discardDraftButton]
    fixed_tab_order(order)
    page.checklist.tab_after = x.membersList   # the checklist's rows go between the members and Accept
