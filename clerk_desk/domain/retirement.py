"""Statutory retirement age under the gradual reform in force since 2025-01-01 (DOMAIN.md).

Public API::

    retirement_months(birth, sex, female_original_age=55) -> int   # age in months
    retirement_date(birth, sex, female_original_age=55) -> date
    past_retirement(birth, sex, on, female_original_age=55) -> bool

Men 60 → 63: born 1965-01 or later, +1 month for every 4 months of birth, at most 36.
Women whose original age is 55 → 58: born 1970-01 or later, +1 month per 4 months, at most 36.
Women whose original age is 50 → 55: born 1975-01 or later, +1 month per 2 months, at most 60.
"""

from __future__ import annotations

from datetime import date

from clerk_desk.domain.idcard import add_months
from clerk_desk.domain.idnumber import Sex

# original age (years), first birth month concerned, months of birth per added month, most added
_REFORM = {
    "male": (60, (1965, 1), 4, 36),
    "female55": (55, (1970, 1), 4, 36),
    "female50": (50, (1975, 1), 2, 60),
}


def _schedule(sex: Sex, female_original_age: int) -> tuple[int, tuple[int, int], int, int]:
    if sex is Sex.MALE:
        return _REFORM["male"]
    return _REFORM["female50"] if female_original_age == 50 else _REFORM["female55"]


def retirement_months(birth: date, sex: Sex, female_original_age: int = 55) -> int:
    original, (y0, m0), step, most = _schedule(sex, female_original_age)
    since = (birth.year - y0) * 12 + (birth.month - m0)
    added = 0 if since < 0 else min(most, since // step + 1)
    return original * 12 + added


def retirement_date(birth: date, sex: Sex, female_original_age: int = 55) -> date:
    return add_months(birth, retirement_months(birth, sex, female_original_age))


def past_retirement(birth: date, sex: Sex, on: date, female_original_age: int = 55) -> bool:
    return on >= retirement_date(birth, sex, female_original_age)
