"""Waiting period (DOMAIN.md): a table of cases from the rule's text, and its properties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_desk.domain.categories import PersonCategory
from clerk_desk.domain.eligibility import Scheme
from clerk_desk.domain.ruleset import Rules
from clerk_desk.domain.waiting_period import waiting_period

R = Rules()
NO_FIRST = replace(R, waiting_first_gap_year_counts=False)
NO_EXEMPT = replace(R, waiting_exempt_newborns=False, waiting_exempt_subsidised=False)
P = PersonCategory

# on, gap, paid back, category, rules, months, benefits start
CASES = [
    (date(2026, 10, 10), 0, 0, P.NONE, R, 0, date(2027, 1, 1)),     # in the collection period: no wait
    (date(2026, 3, 15), 0, 0, P.NONE, R, 3, date(2026, 6, 15)),     # outside it: the fixed 3 months
    (date(2026, 3, 15), 2, 0, P.NONE, R, 5, date(2026, 8, 15)),     # + 1 a year of gap
    (date(2026, 3, 15), 2, 2, P.NONE, R, 3, date(2026, 6, 15)),     # paid back: variable part gone
    (date(2026, 3, 15), 2, 1, P.NONE, R, 4, date(2026, 7, 15)),
    (date(2026, 3, 15), 3, 3, P.NONE, R, 3, date(2026, 6, 15)),     # under 4 years: no floor
    (date(2026, 3, 15), 4, 1, P.NONE, R, 6, date(2026, 9, 15)),     # 3 + 3 = 6
    (date(2026, 3, 15), 5, 5, P.NONE, R, 6, date(2026, 9, 15)),     # floor of 6 after 4+ years
    (date(2026, 3, 15), 8, 0, P.NONE, R, 11, date(2027, 2, 15)),
    (date(2026, 3, 15), 2, 0, P.NONE, NO_FIRST, 4, date(2026, 7, 15)),  # the first year does not count
    (date(2026, 3, 15), 1, 0, P.NONE, NO_FIRST, 3, date(2026, 6, 15)),
    (date(2026, 10, 10), 2, 0, P.NONE, R, 5, date(2027, 6, 1)),     # in the period after a gap: from 1 Jan
    (date(2026, 3, 15), 3, 0, P.NEWBORN, R, 0, date(2026, 3, 15)),  # exempt groups
    (date(2026, 3, 15), 3, 0, P.MINIMUM_LIVING, R, 0, date(2026, 3, 15)),
    (date(2026, 3, 15), 3, 0, P.ORPHAN, R, 0, date(2026, 3, 15)),
    (date(2026, 3, 15), 3, 0, P.STUDENT, R, 6, date(2026, 9, 15)),  # students are not exempt
    (date(2026, 3, 15), 3, 0, P.NEWBORN, NO_EXEMPT, 6, date(2026, 9, 15)),
    (date(2026, 8, 31), 0, 0, P.NONE, R, 3, date(2026, 11, 30)),    # month end clamps
]


@pytest.mark.parametrize(("on", "gap", "back", "category", "rules", "months", "start"), CASES)
def test_waiting_period_table(on, gap, back, category, rules, months, start) -> None:  # type: ignore[no-untyped-def]
    w = waiting_period(business="new_enrollment", scheme=Scheme.RESIDENT, category=category, gap_years=gap,
                       years_paid_back=back, on=on, rules=rules)
    assert w is not None
    assert (w.months, w.benefits_start) == (months, start)


@pytest.mark.parametrize(("business", "scheme"), [("card_replacement", Scheme.RESIDENT),
                                                  ("first_card", Scheme.RESIDENT),
                                                  ("renewal", Scheme.EMPLOYEE_FLEXIBLE),
                                                  ("new_enrollment", None)])
def test_no_waiting_period_where_none_is_concerned(business, scheme) -> None:  # type: ignore[no-untyped-def]
    assert waiting_period(business=business, scheme=scheme, category=P.NONE, gap_years=3, years_paid_back=0,
                          on=date(2026, 3, 15), rules=R) is None


def test_collection_period_over_the_new_year() -> None:
    rules = replace(R, collection_period_start="10-01", collection_period_end="02-28")
    inside = waiting_period(business="renewal", scheme=Scheme.RESIDENT, category=P.NONE, gap_years=0,
                            years_paid_back=0, on=date(2027, 2, 10), rules=rules)
    assert inside is not None and inside.months == 0 and inside.in_collection_period


days = st.dates(date(2025, 1, 1), date(2035, 12, 31))
years = st.integers(0, 30)


@given(on=days, gap=years, back=years, more=st.integers(1, 5))
def test_properties(on: date, gap: int, back: int, more: int) -> None:
    def months(g: int, b: int) -> int:
        w = waiting_period(business="renewal", scheme=Scheme.RESIDENT, category=P.NONE, gap_years=g,
                           years_paid_back=b, on=on, rules=R)
        assert w is not None and w.benefits_start >= on
        return w.months

    m = months(gap, back)
    assert 0 <= m <= R.waiting_fixed_months + gap
    assert months(gap + more, back) >= m              # a longer gap never shortens the wait
    assert months(gap, back + more) <= m              # paying back never lengthens it
    if gap >= R.waiting_floor_gap_years:
        assert m >= R.waiting_floor_months
    if gap > 0:
        assert m >= R.waiting_fixed_months
