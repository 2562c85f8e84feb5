"""Which scheme a person can join at the counter, and why not.

Public API::

    Employment, Scheme, Person
    assess_eligibility(person, on, rules=DEFAULT_RULES) -> Eligibility
    retirement_age(sex, rules) -> int

Rules (DOMAIN.md):

* someone *employed by a unit* is in the employee scheme through the employer; the counter
  does not enroll them (``eligibility.employed_via_employer``);
* a *flexible worker* may join the employee scheme alone from ``rules.flexible_min_age`` up
  to the statutory retirement age of the 2025 reform (:mod:`clerk_desk.domain.retirement`;
  a woman's original age is ``rules.female_original_retirement_age``); outside those ages
  that route is refused with the reason, and the resident scheme is offered; flexible
  workers may also choose the resident scheme;
* a flexible worker past retirement age who *renews* (``renewal=True``) with fewer than
  ``rules.required_contribution_years`` years paid may go on paying until then (Social
  Insurance Law art. 27): allowed, with the note ``eligibility.paying_to_required_years``;
  with the years complete the renewal is refused (``eligibility.contribution_complete``);
* everyone else (no job, students, children, the retired without employee coverage) joins
  the resident scheme (城乡居民基本医疗保险);
* a non-local hukou without a residence permit, where the setting requires one, cannot join
  the resident scheme here (``eligibility.needs_residence_permit``).

:attr:`Eligibility.schemes` lists the schemes offered, best first; :attr:`Eligibility.problems`
the refusals (errors: that route is impossible) and notes (warnings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from clerk_desk.domain.idnumber import Sex, age_on
from clerk_desk.domain.problems import Problem, Severity, define, define_field, error, warning
from clerk_desk.domain.retirement import past_retirement, retirement_months
from clerk_desk.domain.ruleset import DEFAULT_RULES, RuleSet
from clerk_desk.domain.schemes import Employment, Scheme  # noqa: F401  (defined there, used here and re-exported)

F_EMPLOYMENT = define_field("employment", zh="就业状态", en="employment status")
F_SCHEME = define_field("scheme", zh="险种", en="scheme")  # as the form and the lists name it
F_BIRTH = define_field("birth_date", zh="出生日期", en="birth date")

E_VIA_EMPLOYER = define("eligibility.employed_via_employer",
                        zh="用人单位职工应由单位办理职工医保参保，不在窗口个人参保",
                        en="A person employed by a unit is enrolled in the employee scheme by the "
                           "employer, not at the counter")
E_FLEX_TOO_YOUNG = define("eligibility.flexible_too_young",
                          zh="灵活就业人员参加职工医保须年满 {min_age} 周岁（现 {age} 岁），可参加城乡居民医保",
                          en="Flexible workers join the employee scheme from age {min_age} (now {age}); "
                             "the resident scheme is open")
E_FLEX_RETIRED = define("eligibility.flexible_retirement_age",
                        zh="已达法定退休年龄 {retirement_age}（现 {age} 岁），不能以灵活就业身份新参加职工医保，可参加城乡居民医保",
                        en="Past the statutory retirement age {retirement_age} (now {age}) a person cannot newly "
                           "join the employee scheme as a flexible worker; the resident scheme is open")
W_PAY_TO_YEARS = define("eligibility.paying_to_required_years",
                        zh="已达法定退休年龄（{retirement_age}），缴费年限 {years} 年不足 {required} 年，可继续缴费至满 {required} 年"
                           "（《社会保险法》第二十七条）",
                        en="Past the statutory retirement age ({retirement_age}) with {years} of {required} years "
                           "paid: may go on paying until {required} years (Social Insurance Law art. 27)")
E_YEARS_COMPLETE = define("eligibility.contribution_complete",
                          zh="已达法定退休年龄（{retirement_age}）且缴费已满 {required} 年，应办理退休医保待遇，不再续保",
                          en="Past the statutory retirement age ({retirement_age}) with {required} years paid: "
                             "apply for retirement benefits instead of renewing")
E_NEEDS_PERMIT = define("eligibility.needs_residence_permit",
                        zh="非本地户籍人员须持本地居住证方可在本地参加城乡居民医保",
                        en="A non-local hukou needs a residence permit issued here to join the resident scheme")
E_NOT_BORN = define("eligibility.birth_after_check", zh="出生日期 {birth} 晚于办理日期",
                    en="The birth date {birth} is after the day of the application")


SCHEME_NAMES = {
    Scheme.EMPLOYEE_FLEXIBLE: ("城镇职工基本医疗保险（灵活就业）", "Employee basic medical insurance (flexible worker)"),
    Scheme.RESIDENT: ("城乡居民基本医疗保险", "Urban-rural resident basic medical insurance"),
}


@dataclass(frozen=True)
class Person:
    birth_date: date
    sex: Sex
    employment: Employment
    local_hukou: bool | None = None          # None: not known / no local prefixes set
    has_residence_permit: bool = False
    contribution_years: int = 0              # years paid so far (renewal past retirement age)


@dataclass(frozen=True)
class Eligibility:
    schemes: tuple[Scheme, ...] = ()         # offered, best first; empty: nothing at the counter
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    age: int | None = None

    @property
    def eligible(self) -> bool:
        return bool(self.schemes)

    @property
    def refusals(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    def allows(self, scheme: Scheme) -> bool:
        return scheme in self.schemes


def retirement_age(sex: Sex, rules: RuleSet) -> int:
    """The original (pre-reform) age in years; the reform's exact age is
    :func:`clerk_desk.domain.retirement.retirement_months`."""
    return 60 if sex is Sex.MALE else rules.female_original_retirement_age


def age_text(months: int, lang: str = "zh") -> str:
    years, rest = divmod(months, 12)
    if lang == "en":
        return f"{years} years" + (f" {rest} months" if rest else "")
    return f"{years}岁" + (f"{rest}个月" if rest else "")


def scheme_name(scheme: Scheme, lang: str = "zh") -> str:
    zh, en = SCHEME_NAMES[scheme]
    return en if lang == "en" else zh


def assess_eligibility(person: Person, on: date, rules: RuleSet = DEFAULT_RULES, *,
                       renewal: bool = False) -> Eligibility:
    if person.birth_date > on:
        return Eligibility((), (error(E_NOT_BORN, F_BIRTH, birth=person.birth_date.isoformat()),))
    age = age_on(person.birth_date, on)
    problems: list[Problem] = []
    schemes: list[Scheme] = []

    if person.employment is Employment.EMPLOYED:
        return Eligibility((), (error(E_VIA_EMPLOYER, F_EMPLOYMENT),), age)

    resident_ok = True
    if person.local_hukou is False and rules.nonlocal_needs_residence_permit and not person.has_residence_permit:
        problems.append(error(E_NEEDS_PERMIT, F_SCHEME))
        resident_ok = False

    if person.employment is Employment.FLEXIBLE:
        months = retirement_months(person.birth_date, person.sex, rules.female_original_retirement_age)
        retire = age_text(months)
        if age < rules.flexible_min_age:
            problems.append(error(E_FLEX_TOO_YOUNG, F_SCHEME, min_age=rules.flexible_min_age, age=age))
        elif not past_retirement(person.birth_date, person.sex, on, rules.female_original_retirement_age):
            schemes.append(Scheme.EMPLOYEE_FLEXIBLE)
        elif renewal and person.contribution_years < rules.required_contribution_years:
            schemes.append(Scheme.EMPLOYEE_FLEXIBLE)
            problems.append(warning(W_PAY_TO_YEARS, F_SCHEME, retirement_age=retire, years=person.contribution_years,
                                    required=rules.required_contribution_years))
        elif renewal:
            problems.append(error(E_YEARS_COMPLETE, F_SCHEME, retirement_age=retire,
                                  required=rules.required_contribution_years))
        else:
            problems.append(error(E_FLEX_RETIRED, F_SCHEME, retirement_age=retire, age=age))
    if resident_ok:
        schemes.append(Scheme.RESIDENT)
    return Eligibility(tuple(schemes), tuple(problems), age)
