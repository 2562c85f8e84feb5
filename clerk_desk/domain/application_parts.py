"""The parts of :func:`clerk_desk.domain.application_rules.evaluate`, one per concern.

Each takes the form and what the earlier parts found and adds problems to a list: the
household (or what stands for it), eligibility, who applies, the documents on the desk.
Fields are the form's dotted paths (``hukou.registration_region``, ``agent.relation`` ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from clerk_desk.domain import applicant as ap
from clerk_desk.domain import documents as dc
from clerk_desk.domain import eligibility as el
from clerk_desk.domain import household as hh
from clerk_desk.domain.application_form import (
    ApplicationForm,
    Business,
    HukouStatus,
    ReplacementReason,
)
from clerk_desk.domain.categories import CATEGORY_PROOF, PersonCategory
from clerk_desk.domain.idcard import IdCard
from clerk_desk.domain.idnumber import IdKind, IdNumberCheck, normalize
from clerk_desk.domain.phone import phone_problems
from clerk_desk.domain.problems import Problem, define, define_field, error, relocate
from clerk_desk.domain.ruleset import RuleSet

define_field("replacement_reason", zh="补换卡原因", en="reason for the replacement")
define_field("years_paid_back", zh="补缴年数", en="years paid back")
define_field("birth_date", zh="出生日期", en="birth date")
define_field("members_seen", zh="已核对的家庭成员", en="members seen")

E_REASON = define("form.replacement_reason_required", zh="请选择补换卡原因（挂失补卡或损坏换卡）",
                  en="Choose why the card is replaced (lost, or damaged)")
E_PAID_BACK = define("form.paid_back_exceeds_gap", zh="补缴年数 {paid} 不能多于断缴年数 {gap}",
                     en="Years paid back ({paid}) cannot exceed the years of gap ({gap})")
E_NEWBORN_BIRTH = define("form.newborn_birth_date_required", zh="请填写出生医学证明上的出生日期",
                         en="Enter the birth date on the birth certificate")
E_HMT_NUMBER = define("form.hmt_permit_number", zh="港澳台居民请录入港澳台居民居住证号码（81/82/83 开头）",
                      en="For a Hong Kong, Macao or Taiwan resident enter the residence permit number "
                         "(starting 81, 82 or 83)")
E_FOREIGN_NUMBER = define("form.foreign_permanent_number", zh="外国人请录入外国人永久居留身份证号码（9 开头）",
                          en="For a foreign national enter the permanent residence ID number (starting 9)")


E_DOC_NUMBER = define("form.document_number_required", zh="请填写证件号码（通行证或护照号码）",
                      en="Enter the document number (travel permit or passport)")
E_DOC_BIRTH = define("form.document_birth_date_required", zh="请填写出生日期（持通行证或护照的，号码中不含出生日期）",
                     en="Enter the birth date (a travel permit or passport number does not carry it)")
E_DOC_VALIDITY = define("form.document_validity_required", zh="请填写证件有效期截止日期",
                        en="Enter the document's end of validity")
E_DOC_EXPIRED = define("form.document_expired", zh="证件已于 {until} 过期，请持有效证件",
                       en="The document expired on {until}; a valid one is needed")
_ID_SHAPE = re.compile(r"\d{17}[\dX]")


def travel_document(form: ApplicationForm) -> bool:
    """A Hong Kong/Macao/Taiwan resident's travel permit or a foreigner's passport: people without
    a household book whose document number is not an 18-character ID number."""
    if form.hukou.effective_status not in (HukouStatus.HK_MACAO_TW, HukouStatus.FOREIGNER):
        return False
    return not _ID_SHAPE.fullmatch(normalize(form.insured.id_number))


def travel_document_problems(form: ApplicationForm, today: date) -> list[Problem]:
    """The document's number, validity and the birth date (the number does not carry it)."""
    card = form.insured
    out: list[Problem] = []
    if not card.name.strip():
        out.append(error("form.name_required", "insured.name"))
    if not card.id_number.strip():
        out.append(error(E_DOC_NUMBER, "insured.id_number"))
    if card.valid_to is None:
        out.append(error(E_DOC_VALIDITY, "insured.valid_until"))
    elif card.valid_to < today:
        out.append(error(E_DOC_EXPIRED, "insured.valid_until", until=card.valid_to.isoformat()))
    if form.hukou.birth_date is None:
        out.append(error(E_DOC_BIRTH, "hukou.birth_date"))
    return out


@dataclass
class Found:
    """What the parts found, gathered for the report."""

    problems: list[Problem] = field(default_factory=list)
    suggested: list[el.Scheme] = field(default_factory=list)
    household: hh.HouseholdCheck = field(default_factory=hh.HouseholdCheck)
    book: hh.HouseholdBook | None = None
    letter_required: bool = False


def card_of(info: object) -> IdCard:
    from clerk_desk.domain.application_form import IdCardInfo

    assert isinstance(info, IdCardInfo)
    return IdCard(number=info.id_number, name=info.name, issuing_authority=info.authority,
                  valid_from=info.valid_from, valid_until=info.valid_to, long_term=info.long_term,
                  temporary=info.temporary)


def household_part(form: ApplicationForm, found: Found, *, today: date, rules: RuleSet,
                   insured: IdNumberCheck | None) -> None:
    """The household book, the birth certificate, or (HK/Macao/Taiwan, foreigners) neither."""
    h = form.hukou
    status = h.effective_status
    if status is HukouStatus.HK_MACAO_TW:
        if insured is not None and insured.cleaned and insured.kind is not IdKind.HK_MACAO_TW_PERMIT:
            found.problems.append(error(E_HMT_NUMBER, "insured.id_number"))
        return
    if status is HukouStatus.FOREIGNER:
        if insured is not None and insured.cleaned and insured.kind is not IdKind.FOREIGN_PERMANENT:
            found.problems.append(error(E_FOREIGN_NUMBER, "insured.id_number"))
        return
    permit = None
    if h.residence_permit_no.strip():
        region = (list(rules.local_region_prefixes)[:1] or [""])[0]
        permit = hh.ResidencePermit(h.residence_permit_no.strip(), (region + "000000")[:6],
                                    h.residence_permit_valid_to)
    valid_id = insured if insured is not None and insured.valid else None
    if status is HukouStatus.NEWBORN:
        birth = h.birth_date or (insured.birth_date if insured is not None else None)
        if birth is None:
            found.problems.append(error(E_NEWBORN_BIRTH, "hukou.birth_date"))
            return
        cert = hh.BirthCertificate(number=h.birth_certificate_no.strip(), child_name=form.insured.name,
                                   birth_date=birth)
        found.household = hh.check_household(insured_name=form.insured.name, insured_id=valid_id, on=today,
                                             rules=rules, birth_certificate=cert,
                                             registration_region=h.registration_region)
    else:
        book_given = any(x.strip() for x in (h.household_no, h.address, h.page_name, h.page_id_number))
        if form.kind is Business.ENROLLMENT or book_given:
            try:
                htype = hh.HouseholdType(h.household_type or "family")
            except ValueError:
                htype = hh.HouseholdType.FAMILY
            found.book = hh.HouseholdBook(
                household_number=h.household_no.strip(), household_type=htype, registered_address=h.address.strip(),
                page=hh.HouseholdPage(h.page_name.strip(), h.page_id_number.strip(), h.relation_to_head.strip()))
            found.household = hh.check_household(insured_name=form.insured.name, insured_id=valid_id, on=today,
                                                 rules=rules, book=found.book, residence_permit=permit,
                                                 registration_region=h.registration_region)
        elif form.kind is Business.RENEWAL:
            # no book on the desk: the hukou's place (for the residence-permit rule) is still asked
            found.household = hh.check_residence(h.registration_region.strip() or None, on=today, rules=rules,
                                                 residence_permit=permit)
    found.problems.extend(relocate(p, "hukou") for p in found.household.problems)


def eligibility_part(form: ApplicationForm, found: Found, *, today: date, rules: RuleSet,
                     insured: IdNumberCheck | None) -> None:
    """Which schemes; only for enrollment and renewal (a card is anyone's who is insured)."""
    if form.kind not in (Business.ENROLLMENT, Business.RENEWAL):
        return
    if insured is None and (form.hukou.effective_status is HukouStatus.NEWBORN or travel_document(form)):
        # a newborn, or someone known by a travel permit or passport: the resident scheme
        found.suggested.append(el.Scheme.RESIDENT)
        if form.scheme is not None and form.scheme is not el.Scheme.RESIDENT:
            found.problems.append(error("form.scheme_not_offered", "scheme"))
        return
    if insured is None or insured.birth_date is None or insured.sex is None:
        return
    try:
        employment = el.Employment(str(getattr(form.employment, "value", form.employment)))
    except ValueError:
        employment = el.Employment.NONE
    result = el.assess_eligibility(
        el.Person(birth_date=insured.birth_date, sex=insured.sex, employment=employment,
                  local_hukou=found.household.local, has_residence_permit=bool(form.hukou.residence_permit_no.strip()),
                  contribution_years=form.contribution_years),
        today, rules, renewal=form.kind is Business.RENEWAL)
    offered = list(result.schemes)
    found.suggested.extend(offered)
    notes = [p for p in result.problems if p not in result.refusals]
    if form.scheme is not None and form.scheme not in offered:
        found.problems.extend(relocate(p, "scheme") if not p.field.startswith("scheme") else p
                              for p in result.refusals)
        if not result.refusals:
            found.problems.append(error("form.scheme_not_offered", "scheme"))
    elif form.scheme is None:
        found.problems.extend(p for p in result.refusals if not offered)
    if form.scheme is el.Scheme.EMPLOYEE_FLEXIBLE:
        found.problems.extend(notes)


def relation_evidence(form: ApplicationForm) -> ap.RelationEvidence:
    """What proves the agent's relation: being among the members the clerk saw on the book (or
    the birth certificate's parents), else a verified guardianship document; a ticked relation
    alone proves nothing."""
    agent = form.agent
    if agent is None:
        return ap.RelationEvidence.NONE
    number = normalize(agent.card.id_number)
    for m in form.hukou.members_seen:
        if number and normalize(m.id_number) == number and hh.same_name(m.name, agent.card.name):
            if form.hukou.effective_status is HukouStatus.NEWBORN:
                return ap.RelationEvidence.BIRTH_CERTIFICATE
            return ap.RelationEvidence.HUKOU_BOOK
    if form.documents.get(dc.DocumentType.GUARDIANSHIP_DOCUMENT.value) == "verified":
        return ap.RelationEvidence.GUARDIANSHIP_DOCUMENT
    return ap.RelationEvidence.NONE


def applicant_part(form: ApplicationForm, found: Found, *, today: date, rules: RuleSet,
                   insured: IdNumberCheck | None) -> None:
    role = ap.ApplicantRole(form.applicant.value)
    agent_obj = None
    unknown = ""  # a relation the rules do not know (an old draft's free text): refused, not taken as 其他
    if form.agent is not None and role is not ap.ApplicantRole.SELF:
        relation = ap.parse_relation(form.agent.relation)
        unknown = form.agent.relation.strip() if relation is None else ""
        agent_obj = ap.Agent(name=form.agent.card.name, id_card=card_of(form.agent.card), phone=form.agent.phone,
                             relation=relation, relation_evidence=relation_evidence(form))
    birth = form.hukou.birth_date or (insured.birth_date if insured is not None else None)
    check = ap.check_applicant(ap.Applicant(role=role, agent=agent_obj,
                                            authorisation_letter=bool(form.agent and form.agent.authorization_letter)),
                               insured=insured if insured is not None and insured.valid else None, on=today,
                               rules=rules, insured_birth_date=birth)
    found.letter_required = check.letter_required
    seen = {(p.code, p.field) for p in found.problems}
    if unknown:
        found.problems.append(error(ap.E_RELATION_UNKNOWN, ap.F_AGENT_RELATION, value=unknown,
                                    choices=ap.relation_choices()))
        seen.add((ap.E_RELATION_MISSING, ap.F_AGENT_RELATION))  # chosen, but not from the list
    for p in check.problems:  # the agent's card problems are already on agent.*
        if p.field.startswith("agent") and ((p.code, p.field) in seen or p.code.startswith(("id.", "idcard."))):
            continue
        found.problems.append(p)


def business_part(form: ApplicationForm, found: Found) -> None:
    found.problems.extend(phone_problems(form.phone, "phone"))
    if form.kind is Business.CARD_REPLACEMENT and form.replacement_reason is None:
        found.problems.append(error(E_REASON, "replacement_reason"))
    if form.years_paid_back > form.gap_years:
        found.problems.append(error(E_PAID_BACK, "years_paid_back", paid=form.years_paid_back, gap=form.gap_years))


def effective_category(form: ApplicationForm) -> PersonCategory:
    if form.category is PersonCategory.NONE and form.hukou.effective_status is HukouStatus.NEWBORN:
        return PersonCategory.NEWBORN
    return form.category


def checklist_part(form: ApplicationForm, found: Found, *, rules: RuleSet, insured_expired: bool) -> dc.Checklist:
    presented = []
    for code, marked in form.documents.items():
        try:
            presented.append(dc.PresentedDocument(dc.DocumentType(code), dc.DocumentStatus(marked)))
        except ValueError:
            continue
    if insured_expired:
        presented.append(dc.PresentedDocument(dc.DocumentType.INSURED_ID_CARD, dc.DocumentStatus.EXPIRED))
    if found.book is not None:
        hb = dc.presented_household_book(found.household)
        if hb.status is not dc.DocumentStatus.VERIFIED:
            presented.append(hb)
    status = form.hukou.effective_status
    category = form.category
    proof = dc.DocumentType(CATEGORY_PROOF[category]) if category in CATEGORY_PROOF else None
    reason_doc = {ReplacementReason.LOST: dc.DocumentType.LOSS_REPORT,
                  ReplacementReason.DAMAGED: dc.DocumentType.DAMAGED_CARD}.get(form.replacement_reason) \
        if form.kind is Business.CARD_REPLACEMENT and form.replacement_reason is not None else None
    return dc.build_checklist(
        dc.ApplicationKind(form.kind.value), ap.ApplicantRole(form.applicant.value), presented,
        newborn=status is HukouStatus.NEWBORN and found.household.newborn,
        needs_residence_permit=found.household.local is False and rules.nonlocal_needs_residence_permit,
        needs_letter=found.letter_required, has_social_security_card=bool(form.social_security_card_no.strip()),
        without_book={HukouStatus.HK_MACAO_TW: "hmt", HukouStatus.FOREIGNER: "foreigner_passport"
                      if travel_document(form) else "foreigner"}.get(status),
        category_proof=proof, replacement_proof=reason_doc)
