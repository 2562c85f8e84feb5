"""The rows an acceptance writes: the person, the application, its document checks and pickup slip.

They are written by plain statements built once (an acceptance is the counter's most frequent
write: ORM objects, their attribute events and a flush per kind of row were a third of its
time), in the order the foreign keys need, inside the caller's transaction and savepoint (a
unique index refusing a row raises there, as a flush did).  Each synchronised row takes its
change number from :func:`clerk_desk.store.changes.stamp_for_insert`, as the ORM's rows do at a
flush.  A draft or returned application already in the session is written by the ORM.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import bindparam, insert, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select as sa_select
from sqlmodel import Session

from clerk_desk.domain.application_form import ApplicationForm
from clerk_desk.domain.application_rules import FormReport
from clerk_desk.domain.idnumber import normalize
from clerk_desk.domain.pinyin import name_keys
from clerk_desk.services.document_checks import record_checks
from clerk_desk.services.station import station_code
from clerk_desk.store import changes
from clerk_desk.store.models import Application, Person, PickupSlip, new_id

_PERSONS = Person.__table__  # type: ignore[attr-defined]
_APPLICATIONS = Application.__table__  # type: ignore[attr-defined]
_PERSON_BY_NUMBER = sa_select(_PERSONS.c.id).where(_PERSONS.c.id_number == bindparam("number")).limit(1)
_INSERT_PERSON = insert(_PERSONS)
_UPDATE_PERSON = update(_PERSONS).where(_PERSONS.c.id == bindparam("person"))
_INSERT_APPLICATION = insert(_APPLICATIONS)
_INSERT_SLIP = insert(PickupSlip.__table__)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SlipInfo:
    pickup_code: str
    ready_by: date
    provisional: bool
    provisional_years: tuple[int, ...] = ()


def _defaults() -> dict[str, Any]:
    made = Application(point_code="", station="", kind="", status="", created_at=datetime.min, updated_at=datetime.min)
    return {column.key: getattr(made, column.key) for column in _APPLICATIONS.columns if column.key != "id"}


_DEFAULTS = _defaults()


def new_application(**values: Any) -> Application:
    """A new application before its row is written (by :func:`write_rows`): the model's defaults and
    ``values`` in a plain namespace standing for the model (constructing the SQLModel, and each
    attribute set through pydantic and SQLAlchemy, took a tenth of an acceptance)."""
    return cast(Application, SimpleNamespace(**{**_DEFAULTS, "id": new_id(), **values}))


def upsert_person(session: Session, form: ApplicationForm, report: FormReport, now: datetime) -> uuid.UUID:
    """The person as last seen at the counter (a new row, or theirs updated), before the
    application that refers to it; their id."""
    number = report.insured.normalized if report.insured and report.insured.normalized else normalize(
        form.insured.id_number)
    ins = report.insured
    values = {
        "name": form.insured.name.strip(),
        "id_kind": ins.kind.value if ins and ins.kind else "resident",
        "sex": ins.sex.value if ins and ins.sex else "",
        "birth_date": ins.birth_date if ins else None,
        "phone": form.phone.strip(),
        "address": form.address.strip(),
        "id_card_authority": form.insured.authority.strip(),
        "id_card_valid_from": form.insured.valid_from,
        "id_card_valid_to": form.insured.valid_to,
        "hukou_household_no": form.hukou.household_no.strip(),
        "hukou_type": form.hukou.household_type,
        "hukou_address": form.hukou.address.strip(),
        "hukou_relation": form.hukou.relation_to_head.strip(),
        "residence_permit_no": form.hukou.residence_permit_no.strip(),
        "updated_at": now,
    }
    conn = session.connection()
    # a newborn without an ID number yet is a person of their own, never matched on ""
    found = conn.execute(_PERSON_BY_NUMBER, {"number": number}).scalar() if number else None
    if found is not None:
        held = session.identity_map.get(sa_inspect(Person).identity_key_from_primary_key((found,)))
        if held is not None:  # loaded earlier in this transaction: read again when next used
            session.expire(held)
        stamp = changes.stamp_for_insert(session, "person", found)
        conn.execute(_UPDATE_PERSON, {**values, "person": found, **({"change_seq": stamp} if stamp else {})})
        return found  # type: ignore[no-any-return]
    person = new_id()
    conn.execute(_INSERT_PERSON, {**values, "id": person, "id_number": number, "station": station_code(),
                                  "created_at": now, "change_seq": changes.stamp_for_insert(session, "person", person)})
    return person


def write_rows(session: Session, app: Application, form: ApplicationForm, report: FormReport, now: datetime,
               *, slip: SlipInfo | None, redo: bool) -> None:
    """The application (``redo``: a draft or returned one, held by the session; else one of
    :func:`new_application`), then its document checks and pickup slip."""
    if redo:
        session.add(app)
        session.flush()  # before the rows that refer to it
    else:
        _insert_application(session, app)
    record_checks(session, app, form, report, now, redo=redo)  # a draft or returned one may hold checks
    if slip is not None:
        key = new_id()
        session.connection().execute(_INSERT_SLIP, {
            "id": key, "change_seq": changes.stamp_for_insert(session, "pickup_slip", key), "application_id": app.id,
            "pickup_code": slip.pickup_code, "ready_by": slip.ready_by, "provisional": slip.provisional,
            "issued_at": now, "station": app.station})


def _insert_application(session: Session, app: Application) -> None:
    """A new application's row from ``app`` (:func:`new_application`: never in the session; a later read
    in the transaction loads the row).  The pinyin keys are kept as models._name_keys keeps them."""
    app.name_pinyin, app.name_initials = name_keys(app.insured_name)
    app.change_seq = changes.stamp_for_insert(session, "application", app.id)
    values: dict[str, Any] = {column.key: getattr(app, column.key) for column in _APPLICATIONS.columns}
    session.connection().execute(_INSERT_APPLICATION, values)
