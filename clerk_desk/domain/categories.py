"""Person categories that change what is owed and what is waited (DOMAIN.md "Person categories").

Public API::

    PersonCategory, CATEGORY_LABELS, SUBSIDISED
    CATEGORY_PROOF[category] -> str          # the document code (``documents`` key) that proves it
    is_subsidised(category) -> bool

The list is the city's (a setting may narrow what is offered); each category but ``none`` is
recorded with the document that proves it, and the counter checks that document like any
other on the checklist.
"""

from __future__ import annotations

from enum import StrEnum


class PersonCategory(StrEnum):
    NONE = "none"                              # 普通参保人员
    EXTREME_POVERTY = "extreme_poverty"        # 特困人员
    MINIMUM_LIVING = "minimum_living"          # 低保对象
    POVERTY_MONITORED = "poverty_monitored"    # 防止返贫监测对象
    SEVERE_DISABILITY = "severe_disability"    # 重度残疾人
    ORPHAN = "orphan"                          # 孤儿、事实无人抚养儿童
    STUDENT = "student"                        # 在校学生 (enrolls where they study)
    NEWBORN = "newborn"                        # 新生儿


CATEGORY_LABELS: dict[PersonCategory, tuple[str, str]] = {
    PersonCategory.NONE: ("普通参保人员", "no particular category"),
    PersonCategory.EXTREME_POVERTY: ("特困人员", "person in extreme poverty"),
    PersonCategory.MINIMUM_LIVING: ("低保对象", "minimum-living-allowance recipient"),
    PersonCategory.POVERTY_MONITORED: ("防止返贫监测对象", "person monitored against relapse into poverty"),
    PersonCategory.SEVERE_DISABILITY: ("重度残疾人", "person with a severe disability"),
    PersonCategory.ORPHAN: ("孤儿、事实无人抚养儿童", "orphan or de-facto unsupported child"),
    PersonCategory.STUDENT: ("在校学生", "student"),
    PersonCategory.NEWBORN: ("新生儿", "newborn"),
}

SUBSIDISED: frozenset[PersonCategory] = frozenset({
    PersonCategory.EXTREME_POVERTY, PersonCategory.MINIMUM_LIVING, PersonCategory.POVERTY_MONITORED,
    PersonCategory.SEVERE_DISABILITY, PersonCategory.ORPHAN,
})

# category -> the document code (a key of ApplicationForm.documents) that proves it
CATEGORY_PROOF: dict[PersonCategory, str] = {
    PersonCategory.EXTREME_POVERTY: "extreme_poverty_certificate",
    PersonCategory.MINIMUM_LIVING: "minimum_living_certificate",
    PersonCategory.POVERTY_MONITORED: "poverty_monitoring_certificate",
    PersonCategory.SEVERE_DISABILITY: "disability_certificate",
    PersonCategory.ORPHAN: "orphan_certificate",
    PersonCategory.STUDENT: "student_certificate",
    PersonCategory.NEWBORN: "birth_certificate",
}

def is_subsidised(category: PersonCategory) -> bool:
    return category in SUBSIDISED
