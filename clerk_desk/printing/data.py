"""What the documents print: plain, immutable input records.

Services fill these from the database and the settings and hand them to the document
functions (:mod:`clerk_desk.printing.documents`).  The printing package knows nothing of
tables or sessions; it only needs what is here.

Rules for whoever fills them
----------------------------
* **ID numbers, phone numbers and addresses of persons are passed masked**
  (:func:`clerk_desk.domain.masking.mask_id`, ``mask_phone``, ``mask_address``).  As a
  safety net every ``*_masked`` field is masked again when it still holds a full 15- or
  18-character ID number; a full number never reaches the paper.
* **Labels are passed already translated** into the language the document is printed in
  (scheme, kind of application, relation, status, clerk's display name, document names,
  reasons).  Only the structure is interpreted here: the applicant's ``kind``
  (``"self"``, ``"proxy"``, ``"guardian"``) and the fixed captions of each document, which
  come from the message catalogue (:mod:`clerk_desk.printing.texts`).
* Dates are :class:`datetime.date`, times :class:`datetime.datetime` (naive local time of
  the service point); they are formatted per language here.
* Sequences are tuples (lists are accepted and turned into tuples); mappings keep their
  order and are frozen on construction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from clerk_desk.domain.masking import looks_like_full_id, mask_id, mask_ids_in_text
from clerk_desk.domain.problems import Problem

if TYPE_CHECKING:
    from clerk_desk.config import Settings

APPLICANT_KINDS = ("self", "proxy", "guardian")


def _tuple(obj: Any, name: str) -> None:
    value = getattr(obj, name)
    if not isinstance(value, tuple):
        object.__setattr__(obj, name, tuple(value))


def _frozen_map(obj: Any, name: str) -> None:
    value = getattr(obj, name)
    if not isinstance(value, MappingProxyType):
        object.__setattr__(obj, name, MappingProxyType(dict(value)))


def _scrubbed(obj: Any, name: str) -> None:
    """Free texts (items, notes, steps) never carry a full ID number to the paper."""
    value = tuple(getattr(obj, name))
    object.__setattr__(obj, name, tuple(mask_ids_in_text(v) if isinstance(v, str) else v for v in value))


def _masked(obj: Any, name: str) -> None:
    value = getattr(obj, name)
    if value and looks_like_full_id(value):
        object.__setattr__(obj, name, mask_id(value))


@dataclass(frozen=True)
class ServicePointInfo:
    """The service point printed in the heading and the footer of every document."""

    name: str
    address: str = ""
    hours: str = ""
    phone: str = ""
    code: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> ServicePointInfo:
        sp = settings.service_point
        return cls(name=sp.name, address=sp.address, hours=sp.hours, phone=sp.phone, code=sp.code)


@dataclass(frozen=True)
class PersonRef:
    """A person as printed: full name and the masked ID number."""

    name: str
    id_masked: str

    def __post_init__(self) -> None:
        _masked(self, "id_masked")


@dataclass(frozen=True)
class ApplicantInfo:
    """Who applied: ``kind`` is ``"self"``, ``"proxy"`` (代办) or ``"guardian"`` (监护人).

    For a proxy or a guardian, ``name``, ``id_masked`` and ``relation`` (translated label,
    e.g. ``"配偶"``) describe the agent; ``phone_masked`` is optional.
    """

    kind: str = "self"
    name: str = ""
    id_masked: str = ""
    relation: str = ""
    phone_masked: str = ""

    def __post_init__(self) -> None:
        if self.kind not in APPLICANT_KINDS:
            raise ValueError(f"applicant kind must be one of {APPLICANT_KINDS}, not {self.kind!r}")
        _masked(self, "id_masked")


@dataclass(frozen=True)
class ReceiptData:
    """受理回执: handed to the insured (or the agent) when an application is accepted.

    ``documents_checked``: names of the documents the clerk checked (``"居民身份证"`` …).
    ``next_steps``: what happens next, one sentence each (services word them, e.g. from
    the pickup rules).  ``guidance``: the scheme's texts from ``settings.receipt.guidance``.
    ``ready_by``/``ready_by_provisional``: the card's ready-by date at a street point
    (``None`` at a county center, where the card is handed over at once).
    """

    point: ServicePointInfo
    application_number: str
    accepted_at: datetime
    clerk: str
    insured: PersonRef
    scheme: str
    kind: str
    applicant: ApplicantInfo = field(default_factory=ApplicantInfo)
    documents_checked: Sequence[str] = ()
    next_steps: Sequence[str] = ()
    guidance: Sequence[str] = ()
    ready_by: date | None = None
    ready_by_provisional: bool = False
    # what the rules said of the business (issue 11): its code, whether a card is made, the
    # person category (its label, "" for none) and the waiting period (None: none concerned)
    business: str = ""
    card_made: bool = True
    category: str = ""
    waiting_months: int | None = None
    benefits_start: date | None = None

    def __post_init__(self) -> None:
        for name in ("documents_checked", "next_steps", "guidance"):
            _scrubbed(self, name)


@dataclass(frozen=True)
class SlipData:
    """领卡凭条: the card-pickup slip of a street point.

    ``pickup_code`` is printed large and, with the application number, encoded in the QR
    code (:func:`clerk_desk.domain.slipcode.encode_slip`).  ``who_may_collect`` and
    ``what_to_bring`` replace the standard wording when given.
    """

    point: ServicePointInfo
    application_number: str
    pickup_code: str
    insured: PersonRef
    ready_by: date
    issued_at: datetime
    clerk: str = ""
    ready_by_provisional: bool = False
    scheme: str = ""
    kind: str = ""
    who_may_collect: Sequence[str] = ()
    what_to_bring: Sequence[str] = ()

    def __post_init__(self) -> None:
        for name in ("who_may_collect", "what_to_bring"):
            _scrubbed(self, name)


@dataclass(frozen=True)
class NoticeData:
    """一次性告知书: everything missing for this person and this kind of application, in one
    list.  ``missing`` holds texts or domain :class:`Problem` objects (printed with
    ``problem.message(lang)``); ``notes`` are further remarks."""

    point: ServicePointInfo
    insured: PersonRef
    scheme: str
    kind: str
    missing: Sequence[str | Problem]
    issued_at: datetime
    clerk: str = ""
    application_number: str = ""
    notes: Sequence[str] = ()
    applicant_kind: str = "self"  # who signs for it: 申请人 / 代办人 / 监护人

    def __post_init__(self) -> None:
        if self.applicant_kind not in APPLICANT_KINDS:
            raise ValueError(f"applicant kind must be one of {APPLICANT_KINDS}, not {self.applicant_kind!r}")
        _scrubbed(self, "missing")
        _scrubbed(self, "notes")


# --- daily report ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReportApplication:
    """One application accepted (or registered) on the report's day."""

    application_number: str
    accepted_at: datetime
    insured_name: str
    id_masked: str
    scheme: str
    kind: str
    applicant: str  # translated label: 本人 / 代办 / 监护人
    clerk: str
    status: str  # translated label
    ready_by: date | None = None
    ready_by_provisional: bool = False

    def __post_init__(self) -> None:
        _masked(self, "id_masked")


@dataclass(frozen=True)
class LateCard:
    """A card not ready by its promised date (as of the report's day)."""

    application_number: str
    insured_name: str
    id_masked: str
    accepted_on: date
    ready_by: date
    days_late: int
    status: str = ""

    def __post_init__(self) -> None:
        _masked(self, "id_masked")


@dataclass(frozen=True)
class UncollectedCard:
    """A card ready for ``days_waiting`` days (at least the uncollected setting) and not
    collected."""

    application_number: str
    insured_name: str
    id_masked: str
    ready_on: date
    days_waiting: int
    phone_masked: str = ""

    def __post_init__(self) -> None:
        _masked(self, "id_masked")


@dataclass(frozen=True)
class Cancellation:
    """An application cancelled on the report's day, with the supervisor's reason."""

    application_number: str
    insured_name: str
    id_masked: str
    cancelled_at: datetime
    cancelled_by: str
    reason: str

    def __post_init__(self) -> None:
        _masked(self, "id_masked")


@dataclass(frozen=True)
class DailyReportData:
    """日报: one service point, one day.

    Totals are ``{translated label: count}`` mappings, in the order they should be
    printed; each should add up to ``accepted`` (not checked: a day may include
    applications of other kinds).  ``slips_issued``, ``cards_ready`` and
    ``cards_collected`` count the events of that day, whatever day the application was
    made.  ``returned`` counts missing-documents notices (一次性告知) given that day.

    ``applications`` lists the day's applications (the chart of applications per hour
    is drawn from their ``accepted_at``); ``late``, ``uncollected`` and ``cancellations``
    are the supervisor's lists.  ``closed`` prints the 已日结 / closed mark with
    ``closed_at`` and ``closed_by``.
    """

    point: ServicePointInfo
    day: date
    printed_by: str
    printed_at: datetime
    accepted: int = 0
    slips_issued: int = 0
    cards_ready: int = 0
    cards_collected: int = 0
    returned: int = 0
    cancelled: int = 0
    by_scheme: Mapping[str, int] = field(default_factory=dict)
    by_kind: Mapping[str, int] = field(default_factory=dict)
    by_applicant: Mapping[str, int] = field(default_factory=dict)
    by_clerk: Mapping[str, int] = field(default_factory=dict)
    by_status: Mapping[str, int] = field(default_factory=dict)
    by_category: Mapping[str, int] = field(default_factory=dict)   # person categories other than none
    applications: Sequence[ReportApplication] = ()
    late: Sequence[LateCard] = ()
    uncollected: Sequence[UncollectedCard] = ()
    cancellations: Sequence[Cancellation] = ()
    closed: bool = False
    closed_at: datetime | None = None
    closed_by: str = ""

    def __post_init__(self) -> None:
        for name in ("by_scheme", "by_kind", "by_applicant", "by_clerk", "by_status", "by_category"):
            _frozen_map(self, name)
        for name in ("applications", "late", "uncollected", "cancellations"):
            _tuple(self, name)

    def by_hour(self) -> dict[int, int]:
        """Applications per hour of acceptance, from ``applications``."""
        counts: dict[int, int] = {}
        for row in self.applications:
            counts[row.accepted_at.hour] = counts.get(row.accepted_at.hour, 0) + 1
        return dict(sorted(counts.items()))
