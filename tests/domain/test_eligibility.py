"""Which scheme a person can join at the counter."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.domain.eligibility import (
    Employment,
    Person,
    Scheme,
    assess_eligibility,
    retirement_age,
    scheme_name,
)
from clerk_desk.domain.idnumber import Sex
from clerk_desk.domain.ruleset import Rules

ON = date(2025, 6, 1)
E, R = Scheme.EMPLOYEE_FLEXIBLE, Scheme.RESIDENT


def born(age: int, *, days_before_birthday: int = 0) -> date:
    d = date(ON.year - age, ON.month, ON.day)
    return date.fromordinal(d.toordinal() + days_before_birthday)


@pytest.mark.parametrize(("age", "sex", "employment", "schemes", "refusals"), [
    (30, Sex.MALE, Employment.EMPLOYED, (), ["eligibility.employed_via_employer"]),
    (30, Sex.FEMALE, Employment.FLEXIBLE, (E, R), []),
    (16, Sex.MALE, Employment.FLEXIBLE, (E, R), []),                       # from the minimum age
    (15, Sex.MALE, Employment.FLEXIBLE, (R,), ["eligibility.flexible_too_young"]),
    (59, Sex.MALE, Employment.FLEXIBLE, (E, R), []),
    (60, Sex.MALE, Employment.FLEXIBLE, (E, R), []),       # born 1965-06: retires at 60y2m (2025 reform)
    (61, Sex.MALE, Employment.FLEXIBLE, (R,), ["eligibility.flexible_retirement_age"]),
    (54, Sex.FEMALE, Employment.FLEXIBLE, (E, R), []),
    (55, Sex.FEMALE, Employment.FLEXIBLE, (E, R), []),     # born 1970-06: retires at 55y2m
    (56, Sex.FEMALE, Employment.FLEXIBLE, (R,), ["eligibility.flexible_retirement_age"]),
    (40, Sex.MALE, Employment.NONE, (R,), []),
    (0, Sex.FEMALE, Employment.NONE, (R,), []),                             # newborn
    (80, Sex.MALE, Employment.NONE, (R,), []),
    (19, Sex.FEMALE, Employment.STUDENT, (R,), []),
    (10, Sex.MALE, Employment.STUDENT, (R,), []),
])
def test_schemes(age, sex, employment, schemes, refusals):
    result = assess_eligibility(Person(born(age), sex, employment), ON)
    assert result.schemes == schemes
    assert [p.code for p in result.refusals] == refusals
    assert result.age == age
    assert result.eligible is bool(schemes)


def test_retirement_day_exactly():
    # a man born 1965-06-01 retires at 60 years 2 months: 2025-08-01
    man = Person(date(1965, 6, 1), Sex.MALE, Employment.FLEXIBLE)
    assert assess_eligibility(man, date(2025, 7, 31)).allows(E)
    assert not assess_eligibility(man, date(2025, 8, 1)).allows(E)
    # born before 1965: 60 exactly
    old = Person(date(1964, 12, 1), Sex.MALE, Employment.FLEXIBLE)
    assert assess_eligibility(old, date(2024, 11, 30)).allows(E)
    assert not assess_eligibility(old, date(2024, 12, 1)).allows(E)


# issue 11: a flexible worker at retirement age renews to complete the contribution years (art. 27)
@pytest.mark.parametrize(("years", "renewal", "allowed", "codes"), [
    (12, True, True, ["eligibility.paying_to_required_years"]),
    (0, True, True, ["eligibility.paying_to_required_years"]),
    (20, True, False, ["eligibility.contribution_complete"]),
    (12, False, False, ["eligibility.flexible_retirement_age"]),   # a new enrollment is still refused
])
def test_renewal_past_retirement_age(years, renewal, allowed, codes):
    person = Person(date(1960, 3, 3), Sex.MALE, Employment.FLEXIBLE, contribution_years=years)
    result = assess_eligibility(person, ON, renewal=renewal)
    assert result.allows(E) is allowed
    assert [p.code for p in result.problems] == codes


@pytest.mark.parametrize(("rules", "age", "sex", "allowed"), [
    (Rules(flexible_min_age=18), 17, Sex.MALE, False),
    (Rules(flexible_min_age=18), 18, Sex.MALE, True),
    (Rules(female_original_retirement_age=50), 52, Sex.FEMALE, False),   # born 1973: 50 exactly
    (Rules(female_original_retirement_age=50), 50, Sex.FEMALE, True),    # born 1975-06: 50y3m
    (Rules(female_original_retirement_age=55), 52, Sex.FEMALE, True),
    (Rules(female_original_retirement_age=55), 57, Sex.FEMALE, False),
])
def test_ages_are_settings(rules, age, sex, allowed):
    assert assess_eligibility(Person(born(age), sex, Employment.FLEXIBLE), ON, rules).allows(E) is allowed


@pytest.mark.parametrize(("local", "permit", "rule", "resident_ok"), [
    (True, False, True, True),
    (False, True, True, True),
    (False, False, True, False),
    (False, False, False, True),
    (None, False, True, True),                # locality not known: not refused
])
def test_non_local_needs_permit(local, permit, rule, resident_ok):
    person = Person(born(40), Sex.MALE, Employment.NONE, local_hukou=local, has_residence_permit=permit)
    result = assess_eligibility(person, ON, Rules(nonlocal_needs_residence_permit=rule))
    assert result.allows(R) is resident_ok
    assert ("eligibility.needs_residence_permit" in [p.code for p in result.problems]) is (not resident_ok)


def test_birth_after_the_day():
    result = assess_eligibility(Person(date(2025, 6, 2), Sex.MALE, Employment.NONE), ON)
    assert not result.eligible and result.refusals[0].code == "eligibility.birth_after_check"


def test_names_and_messages():
    assert scheme_name(R) == "城乡居民基本医疗保险"
    assert "employee" in scheme_name(E, "en").lower()
    assert retirement_age(Sex.FEMALE, Rules()) == 55
    assert retirement_age(Sex.FEMALE, Rules(female_original_retirement_age=50)) == 50
    result = assess_eligibility(Person(born(15), Sex.MALE, Employment.FLEXIBLE), ON)
    assert "16" in result.refusals[0].message("zh") and "15" in result.refusals[0].message("en")
