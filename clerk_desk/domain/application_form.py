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

from clerk_desk.domain.categories import CATEGORY_LABELS, CATEGORY_PROOF, PersonCategory
from clerk_desk.domain.eligibility import SCHEME_NAMES, Employment, Scheme

__all__ = [
    "APPLICANT_LABELS", "BUSINESS_LABELS", "CATEGORY_LABELS", "CATEGORY_PROOF", "EMPLOYMENT_LABELS",
    "HUKOU_STATUS_LABELS", "KIND_LABELS", "REPLACEMENT_REASON_LABELS", "SCHEME_LABELS", "AgentInfo",
    "ApplicantType", "ApplicationForm", "Business", "Employment", "HukouInfo", "HukouStatus", "IdCardInfo",
    "Kind", "MemberSeen", "PersonCategory", "ReplacementReason", "Scheme", "gets_slip", "makes_card",
]


class Business(StrEnum):
    """What is applied for (DOMAIN.md "Businesses are different things").

    The stored values stay those of the first edition (``new_enrollment`` is enrollment).
    """

    ENROLLMENT = "new_enrollment"        # 参保登记: joins a scheme; a card only if they have none
    NEW_ENROLLMENT = "new_enrollment"    # the first edition's name (an alias of ENROLLMENT)
    RENEWAL = "renewal"                  # 续保: paying for the next period; no card is made
    FIRST_CARD = "first_card"            # 社保卡申领: an insured person's first card
    CARD_REPLACEMENT = "card_replacement"  # 补换卡: lost (reported lost first) or damaged (handed back)


Kind = Business  # the first edition's name


class ReplacementReason(StrEnum):
    LOST = "lost"          # 挂失补卡: the card is reported lost first
    DAMAGED = "damaged"    # 损坏换卡: the damaged card is handed back


BUSINESS_LABELS = {
    Business.ENROLLMENT: ("参保登记", "enrollment"),
    Business.RENEWAL: ("续保", "renewal"),
    Business.FIRST_CARD: ("社保卡申领", "first card"),
    Business.CARD_REPLACEMENT: ("补换社保卡", "card replacement"),
}
KIND_LABELS = BUSINESS_LABELS

REPLACEMENT_REASON_LABELS = {
    ReplacementReason.LOST: ("挂失补卡", "lost (reported lost)"),
    ReplacementReason.DAMAGED: ("损坏换卡", "damaged (handed back)"),
}

POINT_STREET = "street"


def makes_card(business: Business, *, has_card: bool = False) -> bool:
    """Whether the business has a social-security card made.

    First card and replacement always; enrollment only for a person who has no card yet
    (``has_card``: a card number was recorded); renewal never.
    """
    if business is Business.RENEWAL:
        return False
    if business is Business.ENROLLMENT:
        return not has_card
    return True


def gets_slip(business: Business, point_kind: str, *, has_card: bool = False) -> bool:
    """Whether a card-pickup slip is printed: a card is made and the point is a street point
    (a county center hands the card over on the spot)."""
    return point_kind == POINT_STREET and makes_card(business, has_card=has_card)


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


class HukouStatus(StrEnum):
    """Whether the insured has a household book, and what stands for it when not."""

    REGISTERED = "registered"      # a household book (户口簿)
    NEWBORN = "newborn"            # before hukou registration: the birth certificate
    HK_MACAO_TW = "hk_macao_tw"    # 港澳台居民: residence permit or travel permit
    FOREIGNER = "foreigner"        # 外国人: permanent-residence ID card, or passport + residence permit


HUKOU_STATUS_LABELS = {
    HukouStatus.REGISTERED: ("有户口簿", "household book"),
    HukouStatus.NEWBORN: ("未落户新生儿", "newborn without hukou"),
    HukouStatus.HK_MACAO_TW: ("港澳台居民", "Hong Kong, Macao or Taiwan resident"),
    HukouStatus.FOREIGNER: ("外国人", "foreign national"),
}


@dataclass(frozen=True)
class MemberSeen:
    """A person the clerk saw on the household book (or as a parent on the birth certificate)."""

    name: str = ""
    id_number: str = ""
    relation: str = ""  # as printed: 户主, 妻, 子 ... or mother / father on the birth certificate


@dataclass(frozen=True)
class HukouInfo:
    """The household-registration book (户口簿) and the insured's page.

    ``status`` says whether there is a book at all (people without one have none of its
    findings); ``present`` False is the first edition's "newborn, no hukou yet".
    """

    present: bool = True  # False: no hukou yet (newborn with birth certificate)
    household_no: str = ""
    household_type: str = ""  # family | collective | agricultural | non_agricultural
    address: str = ""
    page_name: str = ""
    page_id_number: str = ""
    relation_to_head: str = ""
    residence_permit_no: str = ""
    birth_certificate_no: str = ""  # 出生医学证明编号 (newborns)
    status: HukouStatus = HukouStatus.REGISTERED
    birth_date: date | None = None  # on the birth certificate (a newborn may have no ID number yet)
    registration_region: str = ""  # 6-digit code where the hukou is registered (decides "local")
    residence_permit_valid_to: date | None = None
    members_seen: tuple[MemberSeen, ...] = ()

    @property
    def effective_status(self) -> HukouStatus:
        if self.status is HukouStatus.REGISTERED and not self.present:
            return HukouStatus.NEWBORN
        return self.status

    @property
    def has_book(self) -> bool:
        return self.effective_status is HukouStatus.REGISTERED


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
    replacement_reason: ReplacementReason | None = None  # card replacement only
    category: PersonCategory = PersonCategory.NONE       # proof: documents[CATEGORY_PROOF[category]]
    gap_years: int = 0          # whole years without coverage before this enrollment/renewal
    years_paid_back: int = 0    # of those, years paid back (补缴)
    contribution_years: int = 0  # years already paid (flexible workers past retirement age)

    @property
    def business(self) -> Business:
        return self.kind

    @property
    def card_made(self) -> bool:
        return makes_card(self.kind, has_card=bool(self.social_security_card_no.strip()))

    def slip(self, point_kind: str) -> bool:
        return gets_slip(self.kind, point_kind, has_card=bool(self.social_security_card_no.strip()))

    def to_dict(self) -> dict[str, Any]:
        """The form as JSON values: ``dataclasses.asdict`` with dates as ISO text and enums as their
        values, built directly (asdict deep-copies every leaf; this runs at every save and acceptance)."""
        return _to_jsonable(self)  # type: ignore[no-any-return]

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
        members = h.get("members_seen")
        hukou = HukouInfo(present=bool(h.get("present", True)),
                          **{k: str(h.get(k) or "") for k in ("household_no", "household_type", "address",
                                                               "page_name", "page_id_number", "relation_to_head",
                                                               "residence_permit_no", "birth_certificate_no",
                                                               "registration_region")},
                          status=_enum(HukouStatus, h.get("status"), HukouStatus.REGISTERED),
                          residence_permit_valid_to=_date(h.get("residence_permit_valid_to")),
                          birth_date=_date(h.get("birth_date")),
                          members_seen=tuple(
                              MemberSeen(str(m.get("name") or ""), str(m.get("id_number") or ""),
                                         str(m.get("relation") or ""))
                              for m in (members if isinstance(members, list) else []) if isinstance(m, dict)))
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
            replacement_reason=_enum(ReplacementReason, data.get("replacement_reason"), None),
            category=_enum(PersonCategory, data.get("category"), PersonCategory.NONE),
            gap_years=_count(data.get("gap_years")),
            years_paid_back=_count(data.get("years_paid_back")),
            contribution_years=_count(data.get("contribution_years")),
        )


def _count(value: Any) -> int:
    """A whole number of years, 0 when absent or not a non-negative whole number."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return 0
    return value


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


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_ATOMS = frozenset({str, int, bool, float, type(None)})


def _to_jsonable(value: Any) -> Any:
    kind = type(value)
    if kind in _ATOMS:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(kind):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    if names is not None:
        return {name: _to_jsonable(getattr(value, name)) for name in names}
    if isinstance(value, dict):
        return {k: _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    return value
