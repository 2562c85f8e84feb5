"""The New Application page's fields and the form value: the widgets of
:class:`~clerk_desk.gui.forms.ui_new_application.Ui_NewApplicationPage` read into an
:class:`~clerk_desk.domain.application_form.ApplicationForm` and filled back from one, or from
an ID-card reader (the insured's card or the agent's).  Plain functions on the ``ui``; the page
decides when to call them.
"""

from __future__ import annotations

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
from clerk_desk.gui.form_fields import combo_value, fill_combo, fill_translated, parse_date, set_combo_value
from clerk_desk.gui.forms.ui_new_application import Ui_NewApplicationPage
from clerk_desk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication

# Stored as the household book says it, in Chinese; shown translated (item data keeps the stored value).
HOUSEHOLD_TYPES = {"family": QT_TRANSLATE_NOOP("ApplicationFields", "家庭户"),
                   "collective": QT_TRANSLATE_NOOP("ApplicationFields", "集体户"),
                   "agricultural": QT_TRANSLATE_NOOP("ApplicationFields", "农业家庭户"),
                   "non_agricultural": QT_TRANSLATE_NOOP("ApplicationFields", "非农业家庭户")}
HEAD_RELATIONS = [
    QT_TRANSLATE_NOOP("ApplicationFields", "户主"), QT_TRANSLATE_NOOP("ApplicationFields", "配偶"),
    QT_TRANSLATE_NOOP("ApplicationFields", "妻"), QT_TRANSLATE_NOOP("ApplicationFields", "夫"),
    QT_TRANSLATE_NOOP("ApplicationFields", "子"), QT_TRANSLATE_NOOP("ApplicationFields", "女"),
    QT_TRANSLATE_NOOP("ApplicationFields", "父"), QT_TRANSLATE_NOOP("ApplicationFields", "母"),
    QT_TRANSLATE_NOOP("ApplicationFields", "孙子"), QT_TRANSLATE_NOOP("ApplicationFields", "孙女"),
    QT_TRANSLATE_NOOP("ApplicationFields", "兄"), QT_TRANSLATE_NOOP("ApplicationFields", "弟"),
    QT_TRANSLATE_NOOP("ApplicationFields", "姐"), QT_TRANSLATE_NOOP("ApplicationFields", "妹"),
    QT_TRANSLATE_NOOP("ApplicationFields", "其他")]


def fill_choices(u: Ui_NewApplicationPage, lang: str, as_suggested: str) -> None:
    """The combo boxes' choices in the desk's language; ``as_suggested`` is the scheme's first entry."""
    fill_combo(u.kindCombo, KIND_LABELS, lang)
    fill_combo(u.employmentCombo, EMPLOYMENT_LABELS, lang)
    set_combo_value(u.employmentCombo, Employment.NONE)
    fill_combo(u.schemeCombo, SCHEME_LABELS, lang, first=(as_suggested, None))
    fill_combo(u.applicantCombo, APPLICANT_LABELS, lang)
    fill_translated(u.householdTypeCombo, "ApplicationFields", HOUSEHOLD_TYPES, first=("", ""))
    fill_translated(u.relationToHeadCombo, "ApplicationFields", {w: w for w in HEAD_RELATIONS})
    u.relationToHeadCombo.setCurrentIndex(-1)
    fill_combo(u.agentRelationCombo, RELATION_NAMES, lang, first=("", ""))
    u.idNumberEdit.setMinimumWidth(380)


def relation_to_head(u: Ui_NewApplicationPage) -> str:
    """The relation as the book says it (Chinese): a choice's stored word, or what the clerk typed."""
    text = u.relationToHeadCombo.currentText().strip()
    index = u.relationToHeadCombo.findText(text)
    data = u.relationToHeadCombo.itemData(index) if index >= 0 else None
    return data if isinstance(data, str) else text


def read_form(u: Ui_NewApplicationPage, documents: dict[str, str]) -> ApplicationForm:
    """The form as typed; ``documents`` are the checklist's results (document type -> result)."""
    insured = IdCardInfo(
        id_number=u.idNumberEdit.text().strip(), name=u.nameEdit.text().strip(),
        authority=u.authorityEdit.text().strip(), valid_from=parse_date(u.validFromEdit.text()),
        valid_to=None if u.longTermCheck.isChecked() else parse_date(u.validToEdit.text()),
        long_term=u.longTermCheck.isChecked(), temporary=u.temporaryCheck.isChecked())
    hukou = HukouInfo(
        present=u.hukouPresentCheck.isChecked(), household_no=u.householdNoEdit.text().strip(),
        household_type=combo_value(u.householdTypeCombo) or "", address=u.hukouAddressEdit.text().strip(),
        page_name=u.pageNameEdit.text().strip(), page_id_number=u.pageIdEdit.text().strip(),
        relation_to_head=relation_to_head(u),
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
        agent=agent, documents=documents)


def write_form(u: Ui_NewApplicationPage, form: ApplicationForm) -> None:
    """Every field from ``form`` (the documents are the checklist's)."""
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
    set_combo_value(u.relationToHeadCombo, h.relation_to_head)
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
    set_combo_value(u.agentRelationCombo, a.relation, keep_unknown=True)   # an old draft's free text shown
    u.letterCheck.setChecked(a.authorization_letter)


def fill_card(u: Ui_NewApplicationPage, card: Any, *, agent: bool = False) -> None:
    """Structured data from an ID-card reader into the insured's fields, or the agent's."""
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


def enable_agent_fields(u: Ui_NewApplicationPage, self_applying: bool) -> None:
    """The agent's fields only when someone applies for the insured (long-term: no end date)."""
    for w in (u.agentIdEdit, u.agentNameEdit, u.agentAuthorityEdit, u.agentValidFromEdit, u.agentValidToEdit,
              u.agentLongTermCheck, u.agentPhoneEdit, u.agentRelationCombo, u.letterCheck):
        w.setEnabled(not self_applying)
    if not self_applying and u.agentLongTermCheck.isChecked():
        u.agentValidToEdit.setEnabled(False)


def enable_hukou_fields(u: Ui_NewApplicationPage, present: bool) -> None:
    """The household book's fields with the book; the birth certificate without it."""
    address = u.hukouAddressEdit.parentWidget()   # the address with its "same as contact address" box
    if address is None or address.objectName() != "hukouAddressBox":
        address = u.hukouAddressEdit
    for w in (u.householdNoEdit, u.householdTypeCombo, address, u.pageNameEdit, u.pageIdEdit,
              u.relationToHeadCombo, u.residencePermitEdit):
        w.setEnabled(present)
    u.birthCertificateEdit.setEnabled(not present)


def _agent_words() -> tuple[tuple[str, str], ...]:
    """(agent's word, guardian's word) as a title and inside a sentence, in the current language."""
    return ((QCoreApplication.translate("AgentWords", "代办人"), QCoreApplication.translate("AgentWords", "监护人")),
            (QCoreApplication.translate("AgentWordsInSentence", "代办人"),
             QCoreApplication.translate("AgentWordsInSentence", "监护人")))


def guardian_words(text: str, guardian: bool) -> str:
    """``text`` with the agent's words as the guardian's when a guardian applies (and back)."""
    for agent_word, guardian_word in _agent_words():
        text = text.replace(agent_word, guardian_word) if guardian else text.replace(guardian_word, agent_word)
    return text


def set_agent_wording(u: Ui_NewApplicationPage, guardian: bool) -> None:
    """Every agent field's label, placeholder and problem says 监护人 in guardian mode, 代办人 otherwise."""
    for label in (u.lbl_agentIdEdit, u.lbl_agentNameEdit, u.lbl_agentAuthorityEdit, u.lbl_agentValidFromEdit,
                  u.lbl_agentPhoneEdit, u.lbl_agentRelationCombo):
        label.setText(guardian_words(label.text(), guardian))
    if guardian:  # problems are written afresh each time; one may rightly speak of a guardian otherwise
        for problem in (u.agentProblem, u.agentIdProblem):
            problem.setText(guardian_words(problem.text(), True))
    for edit in (u.agentIdEdit, u.agentNameEdit, u.agentAuthorityEdit, u.agentPhoneEdit):
        edit.setPlaceholderText(guardian_words(edit.placeholderText(), guardian))
