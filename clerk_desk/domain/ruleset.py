"""The rule settings the identity, household, eligibility and applicant checks read.

``clerk_desk.config.RuleSettings`` satisfies :class:`RuleSet` as it is (the domain does not
import the settings module); :data:`DEFAULT_RULES` holds the defaults for tests and callers
without settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class RuleSet(Protocol):
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


DEFAULT_RULES = Rules()
