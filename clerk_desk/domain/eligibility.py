"""Which scheme a person can join at the counter, and why not.

Public API::

    Employment, Scheme, Person
    assess_eligibility(person, on, rules=DEFAULT_RULES) -> Eligibility
    retirement_age(sex, rules) -> int

Rules (DOMAIN.md):

* someone *employed by a unit* is in the employee scheme through the employer; the counter
  does not enroll them (``eligibility.employed_via_employer``);
* a *flexible worker* may join the employee scheme alone from ``rules.flexible_min_age`` up
  to the retirement age for their sex (``rules.retirement_age_male``/``_female``); outside
  those ages that route is refused with the reason, and the resident scheme is offered;
  flexible workers may also choose the resident scheme;
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
from enum import StrEnum

from clerk_desk.domain.idnumber import Sex, age_on
from clerk_desk.domain.problems import Problem, Severity, define, define_field, error
from clerk_desk.domain.ruleset import DEFAULT_RULES, RuleSet

F_EMPLOYMENT = define_field("employment", zh="就业状态", en="employment status")
F_SCHEME = define_field("scheme", zh="参保险种", en="scheme")
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
                        zh="已达退休年龄 {retirement_age} 岁（现 {age} 岁），不能以灵活就业身份新参加职工医保，可参加城乡居民医保",
                        en="At the retirement age {retirement_age} (now {age}) a person cannot newly join the "
                           "employee scheme as a flexible worker; the resident scheme is open")
E_NEEDS_PERMIT = define("eligibility.needs_residence_permit",
                        zh="非本地户籍人员须持本地居住证方可在本地参加城乡居民医保",
                        en="A non-local hukou needs a residence permit issued here to join the resident scheme")
E_NOT_BORN = define("eligibility.birth_after_check", zh="出生日期 {birth} 晚于办理日期",
                    en="The birth date {birth} is after the day of the application")


class Employment(StrEnum):
    EMPLOYED = "employed"        # employed by a unit (单位职工)
    FLEXIBLE = "flexible"        # 灵活就业
    NONE = "none"                # no employment (城乡居民)
    STUDENT = "student"          # in school or university
    RETIRED = "retired"          # retired without employee coverage: the resident scheme


class Scheme(StrEnum):
    EMPLOYEE_FLEXIBLE = "employee_flexible"   # 职工医保（灵活就业人员个人参保）
    RESIDENT = "resident"                     # 城乡居民基本医疗保险


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
    return rules.retirement_age_male if sex is Sex.MALE else rules.retirement_age_female


def scheme_name(scheme: Scheme, lang: str = "zh") -> str:
    zh, en = SCHEME_NAMES[scheme]
    return en if lang == "en" else zh


def assess_eligibility(person: Person, on: date, rules: RuleSet = DEFAULT_RULES) -> Eligibility:
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
        retire = retirement_age(person.sex, rules)
        if age < rules.flexible_min_age:
            problems.append(error(E_FLEX_TOO_YOUNG, F_SCHEME, min_age=rules.flexible_min_age, age=age))
        elif age >= retire:
            problems.append(error(E_FLEX_RETIRED, F_SCHEME, retirement_age=retire, age=age))
        else:
            schemes.append(Scheme.EMPLOYEE_FLEXIBLE)
    if resident_ok:
        schemes.append(Scheme.RESIDENT)
    return Eligibility(tuple(schemes), tuple(problems), age)
