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

from clerk_desk.domain import application_parts as parts
from clerk_desk.domain.application_form import (
    ApplicantType,
    ApplicationForm,
    Business,
    HukouStatus,
    IdCardInfo,
    Scheme,
)
from clerk_desk.domain.idcard import check_id_card
from clerk_desk.domain.idnumber import IdNumberCheck, check_id_number
from clerk_desk.domain.problems import (
    DEFAULT_LANGUAGE,
    ENUMERATION_SEPARATOR,
    Findings,
    Problem,
    define,
    define_field,
    error,
    field_label,
    label,
    relocate,
)
from clerk_desk.domain.ruleset import Rules, RuleSet
from clerk_desk.domain.waiting_period import WaitingPeriod, waiting_period

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
        return label((self.label_zh, self.label_en), lang)


@dataclass(frozen=True)
class FormReport(Findings):
    problems: tuple[Problem, ...]
    insured: IdNumberCheck | None = None
    agent: IdNumberCheck | None = None
    suggested_schemes: tuple[Scheme, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    missing: tuple[ChecklistItem, ...] = field(default=())
    business: Business = Business.ENROLLMENT
    card_made: bool = False          # the business has a card made
    slip: bool = False               # a card-pickup slip is printed (street point, card made)
    waiting: WaitingPeriod | None = None   # None: no waiting period concerns this business

    @property
    def waiting_period_months(self) -> int | None:
        return None if self.waiting is None else self.waiting.months

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

            sep = render(ENUMERATION_SEPARATOR, lang=lang)
            return render("form.missing_documents", {"missing": sep.join(self.missing_labels(lang))}, lang)
        return ""


def _card_problems(info: IdCardInfo, prefix: str, today: date, *,
                   validity_required: bool = True) -> tuple[list[Problem], IdNumberCheck]:
    """The certificate's problems; its validity is required (DOMAIN.md: every card presented
    has its validity checked) unless ``validity_required`` is False and no date was entered."""
    if validity_required or info.valid_from is not None or info.valid_to is not None or info.long_term:
        check = check_id_card(parts.card_of(info), today)
        problems, number = list(check.problems), check.number
    else:
        number = check_id_number(info.id_number, today)
        problems = list(number.problems)
    out = [relocate(p, prefix) for p in problems]
    if not info.name.strip():
        out.append(error("form.name_required", f"{prefix}.name"))
    return out, number


def _insured_card_presented(form: ApplicationForm) -> bool:
    """Whether the insured shows an ID card (or permit) whose validity must be checked: not a
    newborn (birth certificate), nor a minor whose guardian shows the household-book page."""
    if form.hukou.effective_status is HukouStatus.NEWBORN:
        return False
    if form.applicant is ApplicantType.GUARDIAN and form.documents.get("insured_id_card") != "verified":
        return False
    return True


def evaluate(form: ApplicationForm, *, today: date, rules: RuleSet | None = None,
             point_kind: str = "street") -> FormReport:
    """Every finding on ``form`` as of ``today`` under the rule settings ``rules``, at a service
    point of ``point_kind`` (street or county)."""
    rules = rules or Rules()
    newborn_no_number = form.hukou.effective_status is HukouStatus.NEWBORN and not form.insured.id_number.strip()
    insured: IdNumberCheck | None = None
    if newborn_no_number:   # the ID number may come later; the name is still needed
        problems = [] if form.insured.name.strip() else [error("form.name_required", "insured.name")]
    elif parts.travel_document(form):   # a travel permit or passport: its number is no ID number
        problems = parts.travel_document_problems(form, today)
    else:
        problems, insured = _card_problems(form.insured, "insured", today,
                                           validity_required=_insured_card_presented(form))
    agent_check: IdNumberCheck | None = None
    if form.applicant is not ApplicantType.SELF:
        if form.agent is None:
            problems.append(error("form.agent_required", "agent"))
        else:
            agent_problems, agent_check = _card_problems(form.agent.card, "agent", today)
            problems.extend(agent_problems)
    expired = any(p.code == "idcard.expired" and p.field.startswith("insured.") for p in problems)
    found = parts.Found(problems=problems)
    parts.household_part(form, found, today=today, rules=rules, insured=insured)
    parts.eligibility_part(form, found, today=today, rules=rules, insured=insured)
    parts.applicant_part(form, found, today=today, rules=rules, insured=insured)
    parts.business_part(form, found)
    checklist = parts.checklist_part(form, found, rules=rules, insured_expired=expired)
    paying = form.kind in (Business.ENROLLMENT, Business.RENEWAL)
    if paying and form.scheme is None and not found.suggested and (insured is None or insured.valid):
        found.problems.append(error("form.scheme_required", "scheme"))
    items = tuple(_item(i) for i in checklist.items)
    scheme = form.scheme or (found.suggested[0] if found.suggested else None)
    waiting = waiting_period(business=form.kind.value, scheme=scheme, category=parts.effective_category(form),
                             gap_years=form.gap_years, years_paid_back=form.years_paid_back, on=today, rules=rules)
    return FormReport(problems=tuple(found.problems), insured=insured, agent=agent_check,
                      suggested_schemes=tuple(found.suggested), checklist=items,
                      missing=tuple(i for i in items if i.required and i.result != "verified"),
                      business=form.kind, card_made=form.card_made, slip=form.slip(point_kind), waiting=waiting)


def _item(item: object) -> ChecklistItem:
    from clerk_desk.domain.documents import ChecklistItem as DocItem

    assert isinstance(item, DocItem)
    req = item.requirement
    return ChecklistItem(req.key, field_label(req.field, "zh"), field_label(req.field, "en"), True, item.status.value,
                         document=(item.document or req.accepted[0]).value,
                         accepted=tuple(t.value for t in req.accepted))
