"""The tables.

Every record that synchronises between a street point and the hall has a UUID primary
key and the code of the station that made it (``station``), so records made offline
merge without collisions and replaying a sync is harmless.

Times are the counter's local wall-clock time, stored without a zone (a service point
works in one zone); ``business_date`` is the local day an application belongs to in
reports.  The schema is created by Alembic (``db/versions``); ``create_all`` is for
tests only.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, MetaData, UniqueConstraint, event, text
from sqlmodel import Field, SQLModel

# Named constraints, so migrations (batch mode on SQLite) can address them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def _change_seq() -> Any:
    """Where this record stands in its database's change sequence (set at commit; see services.changes)."""
    return Field(default=None, sa_type=BigInteger, index=True)


#: Application states that hold a person's business open: one per person and business.
_OPEN = text("status IN ('accepted', 'ready')")
_UNMASKED = text("id_number NOT LIKE '%*%'")


def _json(default: Any = None) -> Any:
    if default is None:
        return Field(default=None, sa_type=JSON)
    return Field(default_factory=default, sa_type=JSON)


class ServicePoint(SQLModel, table=True):
    __tablename__ = "service_point"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    code: str = Field(max_length=16, unique=True)
    name: str = Field(max_length=100)
    kind: str = Field(max_length=10)  # street | county
    address: str = ""
    hours: str = ""
    phone: str = ""
    station: str = Field(max_length=32)
    created_at: datetime
    updated_at: datetime


class UserAccount(SQLModel, table=True):
    __tablename__ = "user_account"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    username: str = Field(max_length=64, unique=True)
    display_name: str = Field(default="", max_length=100)
    role: str = Field(max_length=16)  # clerk | supervisor | admin
    password_hash: str
    must_change_password: bool = False
    failed_logins: int = 0
    locked_until: datetime | None = None
    disabled: bool = False
    last_login_at: datetime | None = None
    station: str = Field(max_length=32)
    created_at: datetime
    updated_at: datetime


class Person(SQLModel, table=True):
    """An insured person, as last seen at the counter."""

    __tablename__ = "person"
    __table_args__ = (
        # One row a person (purged rows hold masked numbers, which may repeat).
        Index("uq_person_id_number", "id_number", unique=True, sqlite_where=_UNMASKED, postgresql_where=_UNMASKED),
    )
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    id_number: str = Field(max_length=18, index=True)  # normalised, uppercase X
    id_kind: str = Field(default="resident", max_length=24)
    name: str = Field(max_length=100, index=True)
    sex: str = Field(default="", max_length=1)
    birth_date: date | None = None
    phone: str = Field(default="", max_length=32)
    address: str = ""
    id_card_authority: str = ""
    id_card_valid_from: date | None = None
    id_card_valid_to: date | None = None  # None with valid_from set: long-term
    hukou_household_no: str = ""
    hukou_type: str = ""
    hukou_address: str = ""
    hukou_relation: str = ""
    residence_permit_no: str = ""
    station: str = Field(max_length=32)
    created_at: datetime
    updated_at: datetime


class Application(SQLModel, table=True):
    """One walk-in's application, through its life: draft → accepted → ready → collected."""

    __tablename__ = "application"
    # What a counter looks up, each on an index (checked by tests/store/test_query_plans.py):
    __table_args__ = (
        Index("ix_application_point_day_created", "point_code", "business_date", "created_at", "id", "status"),
        Index("ix_application_id_number_status", "insured_id_number", "status"),
        Index("ix_application_status_point_ready", "status", "point_code", "ready_at"),
        Index("ix_application_point_ready_at", "point_code", "ready_at"),
        Index("ix_application_point_collected_at", "point_code", "collected_at"),
        Index("ix_application_point_returned_at", "point_code", "returned_at"),
        Index("ix_application_point_cancelled_at", "point_code", "cancelled_at"),
        Index("ix_application_insured_name", "insured_name", postgresql_ops={"insured_name": "text_pattern_ops"}),
        Index("ix_application_name_pinyin", "name_pinyin", postgresql_ops={"name_pinyin": "text_pattern_ops"}),
        Index("ix_application_name_initials", "name_initials",
              postgresql_ops={"name_initials": "text_pattern_ops"}),
        # One open application per person and business, however many counters accept at once.
        Index("uq_application_open_business", "insured_id_number", "kind", unique=True,
              sqlite_where=_OPEN, postgresql_where=_OPEN),
    )
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    number: str | None = Field(default=None, max_length=40, unique=True)  # given on acceptance
    point_code: str = Field(max_length=16, index=True)
    station: str = Field(max_length=32)
    kind: str = Field(max_length=20)  # new_enrollment | renewal | first_card | card_replacement
    scheme: str = Field(default="", max_length=20)  # employee | resident
    category: str = Field(default="none", max_length=24,  # person category (domain.categories)
                          sa_column_kwargs={"server_default": "none"})
    status: str = Field(max_length=12, index=True)  # draft accepted ready collected returned cancelled
    applicant_type: str = Field(default="self", max_length=10)  # self | proxy | guardian
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    insured_id_number: str = Field(default="", max_length=18)
    insured_name: str = Field(default="", max_length=100)
    # kept from insured_name on every ORM write (see _name_keys below): 张秀英 → zhangxiuying, zxy
    name_pinyin: str = Field(default="", max_length=200)
    name_initials: str = Field(default="", max_length=60)
    agent_name: str = ""
    agent_id_number: str = Field(default="", max_length=18)
    agent_phone: str = ""
    agent_relation: str = ""
    authorization_letter: bool = False
    form: dict[str, Any] | None = _json()  # the whole form as typed (drafts restore from it)
    business_date: date | None = Field(default=None, index=True)
    created_by: str = ""
    created_at: datetime
    updated_at: datetime
    accepted_at: datetime | None = None
    accepted_by: str = ""
    ready_at: datetime | None = None
    ready_marked_by: str = ""
    collected_at: datetime | None = None
    handed_over_by: str = ""
    collector_type: str = ""  # insured | agent
    collector_name: str = ""
    collector_id_number: str = Field(default="", max_length=18)
    collector_relation: str = ""
    returned_at: datetime | None = None
    cancelled_at: datetime | None = None
    cancelled_by: str = ""
    cancel_reason: str = ""


@event.listens_for(Application, "before_insert")
def _name_keys(_mapper: Any, _conn: Any, target: Application) -> None:
    """Keep the pinyin search keys in step with the insured's name (a maintained column)."""
    from clerk_desk.domain.pinyin import name_keys

    target.name_pinyin, target.name_initials = name_keys(target.insured_name)


@event.listens_for(Application, "before_update")
def _name_keys_if_renamed(mapper: Any, conn: Any, target: Application) -> None:
    from sqlalchemy import inspect

    if inspect(target).attrs.insured_name.history.has_changes():
        _name_keys(mapper, conn, target)


class DocumentCheck(SQLModel, table=True):
    __tablename__ = "document_check"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    document: str = Field(max_length=40)
    result: str = Field(max_length=12)  # verified | missing | expired | mismatch
    note: str = ""
    station: str = Field(max_length=32)
    created_at: datetime


class PickupSlip(SQLModel, table=True):
    __tablename__ = "pickup_slip"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    application_id: uuid.UUID = Field(foreign_key="application.id", unique=True)
    pickup_code: str = Field(max_length=12, index=True)
    ready_by: date = Field(index=True)
    provisional: bool = False
    issued_at: datetime = Field(index=True)
    station: str = Field(max_length=32)


class PrintLog(SQLModel, table=True):
    __tablename__ = "print_log"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    application_id: uuid.UUID | None = Field(default=None, foreign_key="application.id", index=True)
    document: str = Field(max_length=20)  # receipt | slip | notice | daily_report | export
    copy_no: int = 1
    printed_at: datetime
    printed_by: str = ""
    target: str = ""  # printer name or file path
    station: str = Field(max_length=32)


class AuditEvent(SQLModel, table=True):
    """Append-only audit trail; each entry carries the hash of the one before (per station)."""

    __tablename__ = "audit_event"
    __table_args__ = (UniqueConstraint("station", "seq"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    station: str = Field(max_length=32)
    seq: int = Field(sa_column=Column(BigInteger, nullable=False))
    at: datetime = Field(index=True)
    actor: str = Field(default="", max_length=64, index=True)
    action: str = Field(max_length=40, index=True)
    target: str = Field(default="", max_length=80, index=True)
    details: dict[str, Any] | None = _json()
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class AuditHead(SQLModel, table=True):
    """The last entry of each station's audit chain; locked while appending."""

    __tablename__ = "audit_head"
    station: str = Field(max_length=32, primary_key=True)
    seq: int = Field(sa_column=Column(BigInteger, nullable=False))
    hash: str = Field(max_length=64)


class CalendarYear(SQLModel, table=True):
    __tablename__ = "calendar_year"
    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    change_seq: int | None = _change_seq()
    source: str = ""
    holidays: list[str] = _json(list)  # ISO dates of days off
    workdays: list[str] = _json(list)  # ISO dates of working weekend days (调休)
    origin: str = Field(default="import", max_length=10)  # package | import
    imported_by: str | None = None
    imported_at: datetime


class DayClosure(SQLModel, table=True):
    __tablename__ = "day_closure"
    __table_args__ = (UniqueConstraint("point_code", "business_date"),)
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    point_code: str = Field(max_length=16)
    business_date: date
    closed_by: str
    closed_at: datetime
    station: str = Field(max_length=32)


class Correction(SQLModel, table=True):
    __tablename__ = "correction"
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    change_seq: int | None = _change_seq()
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    actor: str
    reason: str
    before: dict[str, Any] | None = _json()
    after: dict[str, Any] | None = _json()
    at: datetime
    station: str = Field(max_length=32)


class NumberSequence(SQLModel, table=True):
    """Counters for application numbers, one row per key (point and day)."""

    __tablename__ = "number_sequence"
    key: str = Field(max_length=64, primary_key=True)
    value: int = 0


class StationIdentity(SQLModel, table=True):
    """This database's own station code (one row), so a lost settings file does not split its chain."""

    __tablename__ = "station_identity"
    code: str = Field(max_length=32, primary_key=True)
    created_at: datetime


class SyncState(SQLModel, table=True):
    """What this station last exchanged with a peer (central database or bundle)."""

    __tablename__ = "sync_state"
    peer: str = Field(max_length=200, primary_key=True)
    last_push_at: datetime | None = None
    last_pull_at: datetime | None = None
    details: dict[str, Any] | None = _json()


class CounterVersion(SQLModel, table=True):
    """The program version each counter (station) last logged in with: a hall checks they all match."""

    __tablename__ = "counter_version"
    station: str = Field(max_length=32, primary_key=True)
    version: str = Field(max_length=32)
    platform: str = Field(default="", max_length=80)
    username: str = Field(default="", max_length=64)
    seen_at: datetime


ALL_TABLES = [
    ServicePoint, UserAccount, Person, Application, DocumentCheck, PickupSlip, PrintLog,
    AuditEvent, AuditHead, CalendarYear, DayClosure, Correction, NumberSequence, StationIdentity, SyncState,
    CounterVersion,
]

import clerk_desk.store.changes  # noqa: E402,F401  (stamps change_seq at commit)
