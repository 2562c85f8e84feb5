"""The rule settings the identity, household, eligibility and applicant checks read.

``clerk_desk.config.RuleSettings`` satisfies :class:`RuleSet` as it is (the domain does not
import the settings module); :data:`DEFAULT_RULES` holds the defaults for tests and callers
without settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class WaitingRules(Protocol):
    """The waiting period's settings (:mod:`clerk_desk.domain.waiting_period`)."""

    @property
    def collection_period_start(self) -> str: ...      # "MM-DD", e.g. "09-01"
    @property
    def collection_period_end(self) -> str: ...        # "MM-DD", e.g. "12-31"
    @property
    def waiting_fixed_months(self) -> int: ...
    @property
    def waiting_first_gap_year_counts(self) -> bool: ...
    @property
    def waiting_floor_gap_years(self) -> int: ...
    @property
    def waiting_floor_months(self) -> int: ...
    @property
    def waiting_exempt_newborns(self) -> bool: ...
    @property
    def waiting_exempt_subsidised(self) -> bool: ...


class RuleSet(WaitingRules, Protocol):
    @property
    def min_age_alone(self) -> int: ...          # under this age a guardian applies (16)
    @property
    def nonlocal_needs_residence_permit(self) -> bool: ...
    @property
    def local_region_prefixes(self) -> Sequence[str]: ...   # e.g. ["2306"]; empty: all local
    @property
    def proxy_needs_letter(self) -> bool: ...
    @property
    def letter_exempt_close_family(self) -> bool: ...
    @property
    def flexible_min_age(self) -> int: ...
    @property
    def retirement_age_male(self) -> int: ...
    @property
    def retirement_age_female(self) -> int: ...
    @property
    def newborn_days(self) -> int: ...
    @property
    def female_original_retirement_age(self) -> int: ...    # 55 (cadre) or 50 (worker)
    @property
    def required_contribution_years(self) -> int: ...       # a flexible worker may pay on to these


@dataclass(frozen=True)
class Rules:
    """A plain, immutable :class:`RuleSet` with the defaults of the settings file."""

    min_age_alone: int = 16
    nonlocal_needs_residence_permit: bool = False
    local_region_prefixes: Sequence[str] = ()
    proxy_needs_letter: bool = True
    letter_exempt_close_family: bool = True
    flexible_min_age: int = 16
    retirement_age_male: int = 60
    retirement_age_female: int = 55
    newborn_days: int = 90
    female_original_retirement_age: int = 55
    required_contribution_years: int = 20
    collection_period_start: str = "09-01"
    collection_period_end: str = "12-31"
    waiting_fixed_months: int = 3
    waiting_first_gap_year_counts: bool = True
    waiting_floor_gap_years: int = 4
    waiting_floor_months: int = 6
    waiting_exempt_newborns: bool = True
    waiting_exempt_subsidised: bool = True


DEFAULT_RULES = Rules()
