"""The waiting period before benefits (待遇等待期), DOMAIN.md "Waiting period".

Public API::

    WaitingRules (protocol), WaitingPeriod
    waiting_period(*, business, scheme, category, gap_years, years_paid_back, on, rules) -> WaitingPeriod | None
    in_collection_period(on, rules) -> bool
    add_months(day, months) -> date

Since 2025 (national guidance, city settings): a resident who enrolls outside the collection
period, or after a gap, waits ``waiting_fixed_months`` (3) before benefits; each whole year of
gap adds a month (whether the first year counts is ``waiting_first_gap_year_counts``); each
year paid back removes a month of that variable part; after a gap of
``waiting_floor_gap_years`` (4) or more the total stays at least ``waiting_floor_months`` (6)
even after paying back. Newborns and subsidised groups are exempt (settings). Only enrollment
and renewal in the resident scheme are concerned: a card business has no waiting period
(``None``), and neither has the employee scheme here.

The period runs from the day of payment, or from 1 January when the payment in the collection
period is for the next year; benefits start the day it ends (same day of the month, the
month's last day when shorter).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clerk_desk.domain.categories import PersonCategory, is_subsidised
from clerk_desk.domain.eligibility import Scheme
from clerk_desk.domain.idcard import add_months
from clerk_desk.domain.ruleset import WaitingRules

__all__ = ["WaitingPeriod", "WaitingRules", "add_months", "in_collection_period", "waiting_period"]


@dataclass(frozen=True)
class WaitingPeriod:
    months: int                  # 0: no waiting
    benefits_start: date
    fixed_months: int = 0
    variable_months: int = 0
    exempt: bool = False         # the person's category exempts them
    in_collection_period: bool = False


def _month_day(text: str) -> tuple[int, int]:
    mm, dd = text.split("-")
    return int(mm), int(dd)


def in_collection_period(on: date, rules: WaitingRules) -> bool:
    start, end = _month_day(rules.collection_period_start), _month_day(rules.collection_period_end)
    md = (on.month, on.day)
    if start <= end:
        return start <= md <= end
    return md >= start or md <= end          # a period over the new year (e.g. 10-01 to 02-28)


def waiting_period(*, business: str, scheme: Scheme | None, category: PersonCategory, gap_years: int,
                   years_paid_back: int, on: date, rules: WaitingRules) -> WaitingPeriod | None:
    """The waiting period of an enrollment or renewal made ``on``; None where none is concerned."""
    if business not in ("new_enrollment", "renewal") or scheme is not Scheme.RESIDENT:
        return None
    gap = max(0, gap_years)
    paid_back = min(max(0, years_paid_back), gap)
    inside = in_collection_period(on, rules)
    start = date(on.year + 1, 1, 1) if inside and (on.month, on.day) >= _month_day(
        rules.collection_period_start) else on
    exempt = ((category is PersonCategory.NEWBORN and rules.waiting_exempt_newborns)
              or (is_subsidised(category) and rules.waiting_exempt_subsidised))
    if exempt or (inside and gap == 0):
        return WaitingPeriod(0, start, exempt=exempt, in_collection_period=inside)
    fixed = rules.waiting_fixed_months
    counted = gap if rules.waiting_first_gap_year_counts else max(0, gap - 1)
    variable = max(0, counted - paid_back)
    months = fixed + variable
    if gap >= rules.waiting_floor_gap_years:
        months = max(months, rules.waiting_floor_months)
    return WaitingPeriod(months, add_months(start, months), fixed, months - fixed, False, inside)
