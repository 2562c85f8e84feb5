"""Judge a whole application form: every rule of the counter, in one report.

:func:`evaluate` runs the identity rules on the insured's and the agent's certificates,
the household-book, eligibility and applicant rules and the documents checklist, and
gives one :class:`FormReport`: the problems with the field each belongs to (dotted paths
such as ``insured.id_number``, ``agent.id_number``, ``documents.hukou_book``), whether the
application can be accepted and, if not, why; what is missing for the one-time notice.
The GUI shows it beside the fields as the clerk types; the services run it again before
they save, so nothing unchecked is ever accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from clerk_desk.domain.application_form import (
    ApplicantType,
    ApplicationForm,
    IdCardInfo,
    Kind,
    Scheme,
)
from clerk_desk.domain.idcard import IdCard, check_id_card
from clerk_desk.domain.idnumber import IdNumberCheck, check_id_number
from clerk_desk.domain.problems import (
    DEFAULT_LANGUAGE,
    Findings,
    Problem,
    define,
    define_field,
    error,
    field_label,
    relocate,
)
from clerk_desk.domain.ruleset import Rules, RuleSet

define_field("insured", zh="参保人", en="insured's")
define_field("agent", zh="代办人", en="agent's")
define_field("name", zh="姓名", en="name")
define_field("documents", zh="材料", en="document")
define_field("scheme", zh="险种", en="scheme")

define("form.name_required", zh="请填写{field}", en="Enter the {field}")
define("form.scheme_required", zh="请选择险种", en="Choose the scheme")
define("form.scheme_not_offered", zh="该参保人不能在窗口参加所选险种", en="The insured cannot join the chosen scheme at the counter")
define("form.agent_required", zh="代办或监护办理时须填写代办人信息", en="Enter the agent's details for a proxy or guardian")
define("form.not_acceptable", zh="尚不能受理：{first}", en="Cannot accept yet: {first}")
define("form.missing_documents", zh="材料不全：{missing}", en="Documents missing: {missing}")


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label_zh: str
    label_en: str
    required: bool
    result: str  # verified | missing | expired | mismatch
    document: str = ""  # the document type that decides it (to tick on the form)
    accepted: tuple[str, ...] = ()  # any of these document types satisfies it

    def label(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.label_en if lang == "en" else self.label_zh


@dataclass(frozen=True)
class FormReport(Findings):
    problems: tuple[Problem, ...]
    insured: IdNumberCheck | None = None
    agent: IdNumberCheck | None = None
    suggested_schemes: tuple[Scheme, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    missing: tuple[ChecklistItem, ...] = field(default=())

    @property
    def acceptable(self) -> bool:
        return not self.errors and not self.missing

    @property
    def returnable(self) -> bool:
        """Documents are missing but the person is identified: a one-time notice can be printed."""
        return bool(self.missing) and self.insured is not None and self.insured.valid

    def for_field(self, name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == name or p.field.startswith(name + ".")]

    def missing_labels(self, lang: str = DEFAULT_LANGUAGE) -> list[str]:
        return [item.label(lang) for item in self.missing]

    def blocking_reason(self, lang: str = DEFAULT_LANGUAGE) -> str:
        """Why Accept is disabled ("" when it is not)."""
        if self.errors:
            from clerk_desk.domain.problems import render

            return render("form.not_acceptable", {"first": self.errors[0].message(lang)}, lang)
        if self.missing:
            from clerk_desk.domain.problems import render

            sep = "、" if lang == "zh" else ", "
            return render("form.missing_documents", {"missing": sep.join(self.missing_labels(lang))}, lang)
        return ""


def _card(info: IdCardInfo) -> IdCard:
    return IdCard(number=info.id_number, name=info.name, issuing_authority=info.authority,
                  valid_from=info.valid_from, valid_until=info.valid_to, long_term=info.long_term,
                  temporary=info.temporary)


def _card_problems(info: IdCardInfo, prefix: str, today: date) -> tuple[list[Problem], IdNumberCheck]:
    """The certificate's problems; validity is checked once its dates are entered."""
    if info.valid_from is not None or info.valid_to is not None or info.long_term:
        check = check_id_card(_card(info), today)
        problems, number = list(check.problems), check.number
    else:
        number = check_id_number(info.id_number, today)
        problems = list(number.problems)
    out = [relocate(p, prefix) for p in problems]
    if not info.name.strip():
        out.append(error("form.name_required", f"{prefix}.name"))
    return out, number


def evaluate(form: ApplicationForm, *, today: date, rules: RuleSet | None = None,
             point_kind: str = "street") -> FormReport:
    """Every finding on ``form`` as of ``today`` under the rule settings ``rules``."""
    rules = rules or Rules()
    problems, insured = _card_problems(form.insured, "insured", today)
    agent_check: IdNumberCheck | None = None
    if form.applicant is not ApplicantType.SELF:
        if form.agent is None:
            problems.append(error("form.agent_required", "agent"))
        else:
            agent_problems, agent_check = _card_problems(form.agent.card, "agent", today)
            problems.extend(agent_problems)
    expired = any(p.code == "idcard.expired" and p.field.startswith("insured.") for p in problems)
    extra = _domain_rules(form, today=today, rules=rules, insured=insured, agent=agent_check,
                          insured_expired=expired)
    problems.extend(extra.problems)
    if form.scheme is None and not extra.suggested and insured.valid:  # nothing to suggest from yet otherwise
        problems.append(error("form.scheme_required", "scheme"))
    return FormReport(problems=tuple(problems), insured=insured, agent=agent_check,
                      suggested_schemes=tuple(extra.suggested), checklist=tuple(extra.checklist),
                      missing=tuple(i for i in extra.checklist if i.required and i.result != "verified"))


@dataclass
class _Extra:
    problems: list[Problem] = field(default_factory=list)
    suggested: list[Scheme] = field(default_factory=list)
    checklist: list[ChecklistItem] = field(default_factory=list)


def _domain_rules(form: ApplicationForm, *, today: date, rules: RuleSet, insured: IdNumberCheck,
                  agent: IdNumberCheck | None, insured_expired: bool = False) -> _Extra:
    """Household book, eligibility, applicant and documents rules, composed for one form."""
    from clerk_desk.domain import applicant as ap
    from clerk_desk.domain import documents as dc
    from clerk_desk.domain import eligibility as el
    from clerk_desk.domain import household as hh

    extra = _Extra()
    h = form.hukou
    newborn_cert = None
    if not h.present and h.birth_certificate_no.strip():
        newborn_cert = hh.BirthCertificate(number=h.birth_certificate_no.strip(), child_name=form.insured.name,
                                           birth_date=insured.birth_date or today)
    book = None
    if h.present:
        try:
            htype = hh.HouseholdType(h.household_type or "family")
        except ValueError:
            htype = hh.HouseholdType.FAMILY
        book = hh.HouseholdBook(household_number=h.household_no.strip(), household_type=htype,
                                registered_address=h.address.strip(),
                                page=hh.HouseholdPage(h.page_name.strip(), h.page_id_number.strip(),
                                                      h.relation_to_head.strip()))
    permit = None
    if h.residence_permit_no.strip():
        region = (list(rules.local_region_prefixes)[:1] or [""])[0]
        permit = hh.ResidencePermit(h.residence_permit_no.strip(), (region + "000000")[:6])
    book_given = h.present and any(x.strip() for x in (h.household_no, h.address, h.page_name, h.page_id_number))
    if form.kind is not Kind.NEW_ENROLLMENT and not book_given and newborn_cert is None:
        # renewal and card replacement do not ask for the household book; the hukou's place
        # (for the residence-permit rule) is then read from the ID number
        household = hh.HouseholdCheck(local=hh.is_local(insured.region_code, rules), region_code=insured.region_code)
        book = None
    else:
        household = hh.check_household(insured_name=form.insured.name,
                                       insured_id=insured if insured.valid else None, on=today, rules=rules,
                                       book=book, birth_certificate=newborn_cert, residence_permit=permit)
        extra.problems.extend(relocate(p, "hukou") for p in household.problems)

    # eligibility: which schemes, and is the chosen one possible
    if insured.birth_date is not None and insured.sex is not None:
        try:
            employment = el.Employment(str(getattr(form.employment, "value", form.employment)))
        except ValueError:
            employment = el.Employment.NONE
        result = el.assess_eligibility(
            el.Person(birth_date=insured.birth_date, sex=insured.sex, employment=employment,
                      local_hukou=household.local, has_residence_permit=bool(permit)), today, rules)
        offered = list(result.schemes)
        extra.suggested.extend(offered)
        if form.scheme is not None and form.scheme not in offered:
            extra.problems.extend(relocate(p, "scheme") if not p.field.startswith("scheme") else p
                                  for p in result.refusals)
            if not result.refusals:
                extra.problems.append(error("form.scheme_not_offered", "scheme"))
        elif form.scheme is None:
            extra.problems.extend(p for p in result.refusals if not offered)

    # applicant: self, proxy or guardian
    role = ap.ApplicantRole(form.applicant.value)
    agent_obj = None
    if form.agent is not None and role is not ap.ApplicantRole.SELF:
        try:
            relation = ap.Relation(form.agent.relation) if form.agent.relation else None
        except ValueError:
            relation = ap.Relation.OTHER
        evidence = ap.RelationEvidence.NONE
        if form.documents.get(dc.DocumentType.GUARDIANSHIP_DOCUMENT.value) == "verified":
            evidence = ap.RelationEvidence.GUARDIANSHIP_DOCUMENT
        elif form.documents.get(dc.DocumentType.BIRTH_CERTIFICATE.value) == "verified":
            evidence = ap.RelationEvidence.BIRTH_CERTIFICATE
        elif h.present and form.documents.get(dc.DocumentType.HOUSEHOLD_BOOK.value) == "verified":
            evidence = ap.RelationEvidence.HUKOU_BOOK
        agent_obj = ap.Agent(name=form.agent.card.name, id_card=_card(form.agent.card), phone=form.agent.phone,
                             relation=relation, relation_evidence=evidence)
    app_check = ap.check_applicant(ap.Applicant(role=role, agent=agent_obj,
                                                authorisation_letter=bool(form.agent and form.agent.authorization_letter)),
                                   insured=insured, on=today, rules=rules, insured_birth_date=insured.birth_date)
    seen = {(p.code, p.field) for p in extra.problems}
    for p in app_check.problems:  # the agent's card problems are already on agent.*
        if p.field.startswith("agent.") and (p.code, p.field) in seen:
            continue
        if p.code.startswith(("id.", "idcard.")) and p.field.startswith("agent"):
            continue
        extra.problems.append(p)

    # the documents on the desk, as the clerk marked them; an expired card is expired whatever was ticked
    presented = []
    for code, marked in form.documents.items():
        try:
            presented.append(dc.PresentedDocument(dc.DocumentType(code), dc.DocumentStatus(marked)))
        except ValueError:
            continue
    if insured_expired:
        presented.append(dc.PresentedDocument(dc.DocumentType.INSURED_ID_CARD, dc.DocumentStatus.EXPIRED))
    if book is not None:
        hb = dc.presented_household_book(household)
        if hb.status is not dc.DocumentStatus.VERIFIED:
            presented.append(hb)
    kind = dc.ApplicationKind(form.kind.value)
    checklist = dc.build_checklist(kind, role, presented, newborn=household.newborn,
                                   needs_residence_permit=household.local is False
                                   and rules.nonlocal_needs_residence_permit,
                                   needs_letter=app_check.letter_required,
                                   has_social_security_card=bool(form.social_security_card_no.strip()))
    for item in checklist.items:
        req = item.requirement
        zh, en = field_label(req.field, "zh"), field_label(req.field, "en")
        extra.checklist.append(ChecklistItem(req.key, zh, en, True, item.status.value,
                                             document=(item.document or req.accepted[0]).value,
                                             accepted=tuple(t.value for t in req.accepted)))
    return extra
