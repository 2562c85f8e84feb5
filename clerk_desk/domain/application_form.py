"""What the clerk types for one application, as one plain value.

The GUI fills an :class:`ApplicationForm`; the rules (``application_rules.evaluate``)
judge it; the services save it (its ``to_dict`` is kept with a draft, so a walk-in's
next visit, or the next start after a power cut, restores it with ``from_dict``).
Dates are ``datetime.date``; texts are as typed (the rules normalise them).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from clerk_desk.domain.eligibility import SCHEME_NAMES, Employment, Scheme


class Kind(StrEnum):
    NEW_ENROLLMENT = "new_enrollment"
    RENEWAL = "renewal"
    CARD_REPLACEMENT = "card_replacement"


KIND_LABELS = {
    Kind.NEW_ENROLLMENT: ("新参保登记", "new enrollment"),
    Kind.RENEWAL: ("续保", "renewal"),
    Kind.CARD_REPLACEMENT: ("补换社保卡", "card replacement"),
}


SCHEME_LABELS = SCHEME_NAMES


class ApplicantType(StrEnum):
    SELF = "self"
    PROXY = "proxy"
    GUARDIAN = "guardian"


APPLICANT_LABELS = {
    ApplicantType.SELF: ("本人办理", "in person"),
    ApplicantType.PROXY: ("他人代办", "by proxy"),
    ApplicantType.GUARDIAN: ("监护人代办", "by guardian"),
}


EMPLOYMENT_LABELS = {
    Employment.EMPLOYED: ("单位就业", "employed by a unit"),
    Employment.FLEXIBLE: ("灵活就业", "flexible worker"),
    Employment.NONE: ("无业", "not employed"),
    Employment.STUDENT: ("在校学生", "student"),
    Employment.RETIRED: ("退休", "retired"),
}


@dataclass(frozen=True)
class IdCardInfo:
    """One resident ID card (or permit) as read or typed."""

    id_number: str = ""
    name: str = ""
    authority: str = ""  # 签发机关
    valid_from: date | None = None
    valid_to: date | None = None  # None with valid_from set and long_term: 长期
    long_term: bool = False
    temporary: bool = False  # 临时身份证


@dataclass(frozen=True)
class HukouInfo:
    """The household-registration book (户口簿) and the insured's page."""

    present: bool = True  # False: no hukou yet (newborn with birth certificate)
    household_no: str = ""
    household_type: str = ""  # family | collective | agricultural | non_agricultural
    address: str = ""
    page_name: str = ""
    page_id_number: str = ""
    relation_to_head: str = ""
    residence_permit_no: str = ""
    birth_certificate_no: str = ""  # 出生医学证明编号 (newborns)


@dataclass(frozen=True)
class AgentInfo:
    """The proxy or guardian who applies on the insured's behalf."""

    card: IdCardInfo = field(default_factory=IdCardInfo)
    phone: str = ""
    relation: str = ""  # spouse | parent | child | sibling | grandparent | other ...
    authorization_letter: bool = False  # 委托书 seen and kept


@dataclass(frozen=True)
class ApplicationForm:
    kind: Kind = Kind.NEW_ENROLLMENT
    scheme: Scheme | None = None
    insured: IdCardInfo = field(default_factory=IdCardInfo)
    phone: str = ""
    address: str = ""
    employment: Employment = Employment.NONE
    social_security_card_no: str = ""
    hukou: HukouInfo = field(default_factory=HukouInfo)
    applicant: ApplicantType = ApplicantType.SELF
    agent: AgentInfo | None = None
    documents: dict[str, str] = field(default_factory=dict)  # document code -> result
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _to_jsonable(dataclasses.asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> ApplicationForm:
        """Rebuild a form from ``to_dict`` output; unknown or bad values fall back to defaults."""
        data = data or {}

        def card(d: Any) -> IdCardInfo:
            d = d if isinstance(d, dict) else {}
            return IdCardInfo(
                id_number=str(d.get("id_number") or ""), name=str(d.get("name") or ""),
                authority=str(d.get("authority") or ""), valid_from=_date(d.get("valid_from")),
                valid_to=_date(d.get("valid_to")), long_term=bool(d.get("long_term")),
                temporary=bool(d.get("temporary")))

        h_raw = data.get("hukou")
        h: dict[str, Any] = h_raw if isinstance(h_raw, dict) else {}
        hukou = HukouInfo(present=bool(h.get("present", True)),
                          **{k: str(h.get(k) or "") for k in ("household_no", "household_type", "address",
                                                               "page_name", "page_id_number", "relation_to_head",
                                                               "residence_permit_no", "birth_certificate_no")})
        a = data.get("agent")
        agent = None
        if isinstance(a, dict):
            agent = AgentInfo(card=card(a.get("card")), phone=str(a.get("phone") or ""),
                              relation=str(a.get("relation") or ""),
                              authorization_letter=bool(a.get("authorization_letter")))
        docs_raw = data.get("documents")
        docs: dict[str, Any] = docs_raw if isinstance(docs_raw, dict) else {}
        return cls(
            kind=_enum(Kind, data.get("kind"), Kind.NEW_ENROLLMENT),
            scheme=_enum(Scheme, data.get("scheme"), None),
            insured=card(data.get("insured")),
            phone=str(data.get("phone") or ""), address=str(data.get("address") or ""),
            employment=_enum(Employment, data.get("employment"), Employment.NONE),
            social_security_card_no=str(data.get("social_security_card_no") or ""),
            hukou=hukou,
            applicant=_enum(ApplicantType, data.get("applicant"), ApplicantType.SELF),
            agent=agent,
            documents={str(k): str(v) for k, v in docs.items()},
            notes=str(data.get("notes") or ""),
        )


def _enum(cls: Any, value: Any, default: Any) -> Any:
    try:
        return cls(value)
    except ValueError:
        return default


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _to_jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value
