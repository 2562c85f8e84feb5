"""The counter's read side: lists, search and the full record of applications.

Lists and search results (:mod:`clerk_desk.services.search`) are :class:`ApplicationRow`
values that never hold a full ID number; the full record (:func:`get_detail`) is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, tuple_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from clerk_desk.domain.application_form import ApplicationForm
from clerk_desk.domain.idnumber import mask
from clerk_desk.domain.masking import mask_phone
from clerk_desk.domain.problems import RuleError, define, error
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.domain.workflow import Status
from clerk_desk.services import audit
from clerk_desk.services.permissions import require
from clerk_desk.services.station import station_code
from clerk_desk.store.models import Application, DocumentCheck, PickupSlip

define("application.not_found", zh="找不到该业务记录", en="No such application")


def load_application(session: Session, application_id: uuid.UUID, *, lock: bool = False) -> Application:
    stmt = select(Application).where(Application.id == application_id)
    if lock:
        stmt = stmt.with_for_update()
    app = session.exec(stmt).first()
    if app is None:
        raise RuleError(error("application.not_found", "application"))
    return app


@dataclass(frozen=True)
class ApplicationRow:
    """One line of a list: never a full ID number."""

    id: uuid.UUID
    number: str
    status: Status
    kind: str
    scheme: str
    applicant_type: str
    insured_name: str
    masked_id: str
    created_at: datetime
    accepted_at: datetime | None
    accepted_by: str
    ready_by: date | None
    provisional: bool
    pickup_code: str
    agent_name: str
    returned_at: datetime | None = None   # the one-time notice (一次性告知) given: documents missing


@dataclass(frozen=True)
class ApplicationDetail:
    row: ApplicationRow
    form: ApplicationForm
    ready_at: datetime | None
    collected_at: datetime | None
    handed_over_by: str
    collector_type: str
    collector_name: str
    cancel_reason: str
    documents: tuple[tuple[str, str], ...]
    # as recorded now (after any correction), masked: the form above is what was typed
    agent_id_masked: str = ""
    agent_phone_masked: str = ""
    agent_relation: str = ""
    authorization_letter: bool = False
    collector_relation: str = ""


def _row(app: Application, slip: PickupSlip | None) -> ApplicationRow:
    return ApplicationRow(
        id=app.id, number=app.number or "", status=Status(app.status), kind=app.kind, scheme=app.scheme,
        applicant_type=app.applicant_type, insured_name=app.insured_name,
        masked_id=mask(app.insured_id_number) if app.insured_id_number else "",
        created_at=app.created_at, accepted_at=app.accepted_at, accepted_by=app.accepted_by,
        ready_by=slip.ready_by if slip else None, provisional=bool(slip and slip.provisional),
        pickup_code=slip.pickup_code if slip else "", agent_name=app.agent_name, returned_at=app.returned_at)


# The columns a list row needs (never the form's JSON nor a full ID number kept in the row).
ROW_COLUMNS = (col(Application.id), col(Application.number), col(Application.status), col(Application.kind),
               col(Application.scheme), col(Application.applicant_type), col(Application.insured_name),
               col(Application.insured_id_number), col(Application.created_at), col(Application.accepted_at),
               col(Application.accepted_by), col(PickupSlip.ready_by), col(PickupSlip.provisional),
               col(PickupSlip.pickup_code), col(Application.agent_name), col(Application.returned_at))


def row_of(r: Any) -> ApplicationRow:
    """A list row from a result of :data:`ROW_COLUMNS`."""
    return ApplicationRow(
        id=r[0], number=r[1] or "", status=Status(r[2]), kind=r[3], scheme=r[4], applicant_type=r[5],
        insured_name=r[6], masked_id=mask(r[7]) if r[7] else "", created_at=r[8], accepted_at=r[9],
        accepted_by=r[10], ready_by=r[11], provisional=bool(r[12]), pickup_code=r[13] or "", agent_name=r[14],
        returned_at=r[15])


def row_select() -> Any:
    """``SELECT`` of :data:`ROW_COLUMNS` from applications, each with its slip if any."""
    return sa_select(*ROW_COLUMNS).select_from(Application).outerjoin(
        PickupSlip, col(PickupSlip.application_id) == col(Application.id))


def _rows(session: Session, stmt: Any) -> list[ApplicationRow]:
    return [row_of(r) for r in session.execute(stmt).all()]


def list_day(session: Session, *, point_code: str, day: date, after: ApplicationRow | None = None,
             limit: int = 100, include_drafts: bool = False) -> list[ApplicationRow]:
    """A page of one day's applications at a point, newest first (masked).

    Keyset pages: the next page starts after the last row of the one before (``after``), read
    in the order of the ``(point, day, created_at, id)`` index, so the last page of a busy day
    costs what the first does (no OFFSET re-reading the rows before it).
    """
    params: dict[str, Any] = {"point": point_code, "day": day, "limit": limit}
    if after is not None:
        params.update(created=after.created_at, id=after.id)
    stmt = _day_page(after is not None, include_drafts)
    return [row_of(r) for r in session.connection().execute(stmt, params).all()]


@cache
def _day_page(keyset: bool, include_drafts: bool) -> Any:
    """The statement of a day's page, built once (building costs as much as running it)."""
    stmt = row_select().where(Application.point_code == bindparam("point"), Application.business_date == bindparam("day"))
    if not include_drafts:
        stmt = stmt.where(Application.status != Status.DRAFT.value)
    if keyset:
        stmt = stmt.where(tuple_(col(Application.created_at), col(Application.id))
                          < tuple_(bindparam("created", type_=col(Application.created_at).type),  # type: ignore[attr-defined]
                                   bindparam("id", type_=col(Application.id).type)))  # type: ignore[attr-defined]
    limit: Any = bindparam("limit")
    return stmt.order_by(col(Application.created_at).desc(), col(Application.id).desc()).limit(limit)


def count_day(session: Session, *, point_code: str, day: date, include_drafts: bool = False) -> int:
    stmt = select(func.count()).select_from(Application).where(Application.point_code == point_code,
                                                               Application.business_date == day)
    if not include_drafts:
        stmt = stmt.where(Application.status != Status.DRAFT.value)
    return int(session.exec(stmt).one())


def latest_drafts(session: Session, *, station: str | None = None, limit: int = 5) -> list[ApplicationRow]:
    """Unfinished drafts of this station, newest first (offered for restore after a crash)."""
    stmt = row_select().where(Application.status == Status.DRAFT.value,
                              Application.station == (station or station_code()))
    stmt = stmt.order_by(col(Application.updated_at).desc()).limit(limit)
    return _rows(session, stmt)


def get_form(session: Session, actor: Actor, application_id: uuid.UUID) -> ApplicationForm:
    """The saved form of a draft or returned application (to continue it)."""
    require(session, actor, Action.REGISTER)
    return ApplicationForm.from_dict(load_application(session, application_id).form)


def get_detail(session: Session, actor: Actor, application_id: uuid.UUID) -> ApplicationDetail:
    """The full record of an application; the view is audited."""
    require(session, actor, Action.VIEW_RECORD)
    app = load_application(session, application_id)
    slip = session.exec(select(PickupSlip).where(PickupSlip.application_id == app.id)).first()
    docs = session.exec(select(DocumentCheck).where(DocumentCheck.application_id == app.id)).all()
    audit.record(session, actor=actor.username, action="application.view", target=app.number or str(app.id))
    return ApplicationDetail(row=_row(app, slip), form=ApplicationForm.from_dict(app.form), ready_at=app.ready_at,
                             collected_at=app.collected_at, handed_over_by=app.handed_over_by,
                             collector_type=app.collector_type, collector_name=app.collector_name,
                             cancel_reason=app.cancel_reason,
                             documents=tuple((d.document, d.result) for d in docs),
                             agent_id_masked=mask(app.agent_id_number) if app.agent_id_number else "",
                             agent_phone_masked=mask_phone(app.agent_phone), agent_relation=app.agent_relation,
                             authorization_letter=app.authorization_letter,
                             collector_relation=app.collector_relation)


def late_cards(session: Session, *, point_code: str, today: date) -> list[ApplicationRow]:
    """Accepted applications whose card was not ready by the promised date."""
    stmt = (select(Application, PickupSlip)
            .join(PickupSlip, col(PickupSlip.application_id) == col(Application.id))
            .where(Application.point_code == point_code, Application.status == Status.ACCEPTED.value,
                   col(PickupSlip.ready_by) < today)
            .order_by(col(PickupSlip.ready_by)))
    return [_row(a, s) for a, s in session.exec(stmt).all()]


def awaiting_cards(session: Session, *, point_code: str, limit: int = 1000) -> list[ApplicationRow]:
    """Accepted applications whose card has not arrived yet, oldest promise first (to mark ready)."""
    stmt = (select(Application, PickupSlip)
            .join(PickupSlip, col(PickupSlip.application_id) == col(Application.id))
            .where(Application.point_code == point_code, Application.status == Status.ACCEPTED.value)
            .order_by(col(PickupSlip.ready_by), col(Application.number)).limit(limit))
    return [_row(a, s) for a, s in session.exec(stmt).all()]


def uncollected_cards(session: Session, *, point_code: str, today: date, days: int) -> list[ApplicationRow]:
    """Cards ready for longer than ``days`` and not collected."""
    limit = datetime.combine(today - timedelta(days=days), datetime.min.time()).astimezone()
    stmt = (select(Application, PickupSlip)
            .outerjoin(PickupSlip, col(PickupSlip.application_id) == col(Application.id))
            .where(Application.point_code == point_code, Application.status == Status.READY.value,
                   col(Application.ready_at) < limit)
            .order_by(col(Application.ready_at)))
    return [_row(a, s) for a, s in session.exec(stmt).all()]
