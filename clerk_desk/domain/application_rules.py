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
    Scheme,
)
from clerk_desk.domain.idcard import IdCard, check_id_card
from clerk_desk.domain.idnumber import IdNumberCheck, check_id_number
from clerk_desk.domain.problems import (
    DEFAULT_LANGUAGE,
    Problem,
    Severity,
    define,
    define_field,
    error,
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
define("form.agent_required", zh="代办或监护办理时须填写代办人信息", en="Enter the agent's details for a proxy or guardian")
define("form.not_acceptable", zh="尚不能受理：{first}", en="Cannot accept yet: {first}")
define("form.missing_documents", zh="材料不全：{missing}", en="Documents missing: {missing}")


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label_zh: str
    label_en: str
    required: bool
    result: str  # verified | missing | expired | mismatch | "" (not yet checked)

    def label(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return self.label_en if lang == "en" else self.label_zh


@dataclass(frozen=True)
class FormReport:
    problems: tuple[Problem, ...]
    insured: IdNumberCheck | None = None
    agent: IdNumberCheck | None = None
    suggested_schemes: tuple[Scheme, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    missing: tuple[ChecklistItem, ...] = field(default=())

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

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
    extra = _domain_rules(form, today=today, rules=rules, insured=insured, agent=agent_check)
    problems.extend(extra.problems)
    if form.scheme is None and not extra.suggested:
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
                  agent: IdNumberCheck | None) -> _Extra:
    """Household book, eligibility, applicant and documents rules."""
    extra = _Extra()
    required = ["id_card"]
    if form.applicant is not ApplicantType.SELF:
        required.append("agent_id_card")
    labels = {"id_card": ("参保人居民身份证", "insured's resident ID card"),
              "agent_id_card": ("代办人居民身份证", "agent's resident ID card")}
    for code in required:
        zh, en = labels[code]
        extra.checklist.append(ChecklistItem(code, zh, en, True, form.documents.get(code, "")))
    if form.scheme is None:
        extra.suggested.append(Scheme.RESIDENT)
    return extra
