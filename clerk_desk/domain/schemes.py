"""The insurance schemes and employment states, on their own: the settings module needs their
values at every start, and importing them from :mod:`clerk_desk.domain.eligibility` pulled in the
ID-number checks, the region table's module and the retirement rules before the first window."""

from __future__ import annotations

from enum import StrEnum


class Employment(StrEnum):
    EMPLOYED = "employed"        # employed by a unit (单位职工)
    FLEXIBLE = "flexible"        # 灵活就业
    NONE = "none"                # no employment (城乡居民)
    STUDENT = "student"          # in school or university
    RETIRED = "retired"          # retired without employee coverage: the resident scheme


class Scheme(StrEnum):
    EMPLOYEE_FLEXIBLE = "employee_flexible"   # 职工医保（灵活就业人员个人参保）
    RESIDENT = "resident"                     # 城乡居民基本医疗保险
