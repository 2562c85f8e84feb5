"""Retirement ages by the 2025 reform, every birth month 1960–1990 against an oracle written here
from the reform's text, plus literal rows of the published table."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.domain.idnumber import Sex
from clerk_desk.domain.retirement import past_retirement, retirement_date, retirement_months


def oracle(year: int, month: int, original_years: int, first: tuple[int, int], every: int, most: int) -> int:
    """Walk the birth months from the first one concerned: each block of ``every`` months retires
    one month later than the block before, until ``most`` months are added."""
    added, y, m, in_block = 0, *first, 0
    if (year, month) < first:
        return original_years * 12
    added = 1
    while (y, m) != (year, month):
        in_block += 1
        if in_block == every:
            in_block = 0
            added = min(most, added + 1)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return original_years * 12 + added


BIRTH_MONTHS = [(y, m) for y in range(1960, 1991) for m in range(1, 13)]


@pytest.mark.parametrize(("sex", "original", "oracle_args"), [
    (Sex.MALE, 55, (60, (1965, 1), 4, 36)),
    (Sex.FEMALE, 55, (55, (1970, 1), 4, 36)),
    (Sex.FEMALE, 50, (50, (1975, 1), 2, 60)),
])
def test_every_birth_month_1960_1990(sex, original, oracle_args) -> None:  # type: ignore[no-untyped-def]
    for y, m in BIRTH_MONTHS:
        assert retirement_months(date(y, m, 15), sex, original) == oracle(y, m, *oracle_args), (y, m)


# rows of the table annexed to the reform: birth month -> age (years, months), retirement month
PUBLISHED = [
    (Sex.MALE, 55, (1964, 12), (60, 0), (2024, 12)),
    (Sex.MALE, 55, (1965, 1), (60, 1), (2025, 2)),
    (Sex.MALE, 55, (1965, 4), (60, 1), (2025, 5)),
    (Sex.MALE, 55, (1965, 5), (60, 2), (2025, 7)),
    (Sex.MALE, 55, (1970, 1), (61, 4), (2031, 5)),
    (Sex.MALE, 55, (1976, 8), (62, 11), (2039, 7)),
    (Sex.MALE, 55, (1976, 9), (63, 0), (2039, 9)),
    (Sex.FEMALE, 55, (1970, 1), (55, 1), (2025, 2)),
    (Sex.FEMALE, 55, (1981, 9), (58, 0), (2039, 9)),
    (Sex.FEMALE, 50, (1975, 1), (50, 1), (2025, 2)),
    (Sex.FEMALE, 50, (1975, 3), (50, 2), (2025, 5)),
    (Sex.FEMALE, 50, (1984, 10), (54, 11), (2039, 9)),
    (Sex.FEMALE, 50, (1984, 11), (55, 0), (2039, 11)),
]


@pytest.mark.parametrize(("sex", "original", "birth", "age", "month"), PUBLISHED)
def test_published_rows(sex, original, birth, age, month) -> None:  # type: ignore[no-untyped-def]
    months = retirement_months(date(*birth, 1), sex, original)
    assert divmod(months, 12) == age
    d = retirement_date(date(*birth, 1), sex, original)
    assert (d.year, d.month) == month


def test_past_retirement_on_the_day() -> None:
    birth = date(1965, 1, 20)                    # 60 years 1 month: 2025-02-20
    assert not past_retirement(birth, Sex.MALE, date(2025, 2, 19))
    assert past_retirement(birth, Sex.MALE, date(2025, 2, 20))
