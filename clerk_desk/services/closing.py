"""Closing the day, and corrections of applications afterwards.

A supervisor closes a business date for a service point (:func:`close_day`).  From then on
the applications of that date change only through :func:`correct_application`, which
writes a :class:`~clerk_desk.store.models.Correction` (who, why, before/after with ID
numbers masked) and an audit entry.  Other services call :func:`assert_day_open` before
they change an application of a given date.

All functions work inside the caller's transaction (``with session_scope() as s: ...``).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam
from sqlmodel import Session, col, func, select

from clerk_desk.domain.masking import mask_id, mask_ids_in_text, mask_phone
from clerk_desk.domain.problems import RuleError, define, define_field, error
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.services import audit, clock
from clerk_desk.services.permissions import require
from clerk_desk.store.models import Application, Correction, DayClosure

define_field("business_date", zh="业务日期", en="business date")
define_field("reason", zh="更正原因", en="reason")
define_field("changes", zh="更正内容", en="changes")
define("day.closed", zh="{point} {date} 已日结，业务只能通过更正记录修改（须由负责人填写原因）",
       en="{date} is closed for {point}; applications change only through a correction with a reason")
define("day.already_closed", zh="{point} {date} 已于 {at} 由 {by} 日结",
       en="{date} was already closed for {point} at {at} by {by}")
define("day.future", zh="不能日结尚未到来的日期 {date}", en="{date} has not come yet and cannot be closed")
define("correction.reason_required", zh="更正必须填写原因", en="A correction needs a reason")
define("correction.not_found", zh="找不到要更正的业务", en="The application to correct was not found")
define("correction.field_not_allowed", zh="“{name}”不能通过更正修改", en="{name} cannot be changed by a correction")
define("correction.no_change", zh="更正内容与原记录相同，无需更正", en="The correction changes nothing")
define("correction.bad_id", zh="{name} 不是有效的身份证号码：{problem}",
       en="{name} is not a valid ID number: {problem}")

A_CLOSE_DAY = "day.close"
A_CORRECT = "application.correct"

# What a correction may change: the facts recorded at the counter, not the application's
# identity, number, state or history (those move only through the workflow).
CORRECTABLE_FIELDS = frozenset({
    "kind", "scheme", "applicant_type",
    "insured_id_number", "insured_name",
    "agent_name", "agent_id_number", "agent_phone", "agent_relation", "authorization_letter",
    "collector_type", "collector_name", "collector_id_number", "collector_relation",
})
ID_FIELDS = frozenset({"insured_id_number", "agent_id_number", "collector_id_number"})
PHONE_FIELDS = frozenset({"agent_phone"})
RELATION_FIELDS = {"agent_relation": "agent.relation", "collector_relation": "collector.relation"}


def _mask_value(name: str, value: Any) -> Any:
    """The value as the correction record and the audit trail may keep it."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if name in ID_FIELDS and isinstance(value, str):
        return mask_id(value) if value else ""
    if name in PHONE_FIELDS and isinstance(value, str):
        return mask_phone(value) if value else ""
    if isinstance(value, str):
        return mask_ids_in_text(value)
    return value


def masked_snapshot(values: dict[str, Any]) -> dict[str, Any]:
    return {k: _mask_value(k, v) for k, v in values.items()}


# -- closing ----------------------------------------------------------------------------------

def closure(session: Session, point_code: str, business_date: date) -> DayClosure | None:
    """The closure of ``business_date`` at ``point_code`` (the daily report says *closed*), or None."""
    return session.exec(select(DayClosure).where(DayClosure.point_code == point_code,
                                                 DayClosure.business_date == business_date)).first()


_DAY = DayClosure.__table__  # type: ignore[attr-defined]
# A plain query, built once: asked at every acceptance.
_IS_CLOSED = select(_DAY.c.id).where(_DAY.c.point_code == bindparam("point"),
                                     _DAY.c.business_date == bindparam("day")).limit(1)


def is_closed(session: Session, point_code: str, business_date: date | None) -> bool:
    if business_date is None:
        return False
    found = session.connection().execute(_IS_CLOSED, {"point": point_code, "day": business_date}).first()
    return found is not None


def assert_day_open(session: Session, point_code: str, business_date: date | None) -> None:
    """Raise :class:`RuleError` ``day.closed`` when the date is closed for the point."""
    if is_closed(session, point_code, business_date):
        assert business_date is not None
        raise RuleError(error("day.closed", "business_date", point=point_code, date=business_date.isoformat()))


def close_day(session: Session, actor: Actor | None, point_code: str, business_date: date) -> DayClosure:
    """A supervisor closes ``business_date`` for ``point_code``; audited with the day's counts."""
    require(session, actor, Action.CLOSE_DAY, target=f"{point_code} {business_date.isoformat()}")
    assert actor is not None
    if business_date > clock.today():
        raise RuleError(error("day.future", "business_date", date=business_date.isoformat()))
    existing = closure(session, point_code, business_date)
    if existing is not None:
        at = clock.local(existing.closed_at) or existing.closed_at
        raise RuleError(error("day.already_closed", "business_date", point=point_code,
                              date=business_date.isoformat(), at=at.strftime("%Y-%m-%d %H:%M"),
                              by=existing.closed_by))
    counts = dict(session.exec(
        select(Application.status, func.count()).where(Application.point_code == point_code,
                                                       Application.business_date == business_date)
        .group_by(col(Application.status))).all())
    row = DayClosure(point_code=point_code, business_date=business_date, closed_by=actor.username,
                     closed_at=clock.now(), station=_station())
    session.add(row)
    session.flush()
    audit.record(session, actor=actor.username, action=A_CLOSE_DAY,
                 target=f"{point_code} {business_date.isoformat()}",
                 details={"point": point_code, "date": business_date.isoformat(),
                          "counts": {str(k): int(v) for k, v in counts.items()}})
    return row


def closed_days(session: Session, point_code: str, start: date, end: date) -> list[DayClosure]:
    return list(session.exec(select(DayClosure).where(
        DayClosure.point_code == point_code, col(DayClosure.business_date) >= start,
        col(DayClosure.business_date) <= end).order_by(col(DayClosure.business_date))).all())


def _station() -> str:
    from clerk_desk.services.station import station_code

    return station_code()


# -- corrections ---------------------------------------------------------------------------------

def _normalise_change(name: str, value: Any) -> Any:
    if name in ID_FIELDS and isinstance(value, str) and value.strip():
        from clerk_desk.domain.idnumber import check_id_number

        result = check_id_number(value, clock.today())
        if not result.valid:
            raise RuleError(error("correction.bad_id", "changes", name=name, problem=result.errors[0]))
        return result.normalized
    if name in RELATION_FIELDS and isinstance(value, str) and value.strip():
        from clerk_desk.domain import applicant as ap

        if ap.parse_relation(value) is None:   # a code of the list, as the counter records it
            raise RuleError(error(ap.E_RELATION_UNKNOWN, RELATION_FIELDS[name], value=value.strip(),
                                  choices=ap.relation_choices()))
    if isinstance(value, str):
        return value.strip()
    return value


def correct_application(session: Session, actor: Actor | None, application_id: uuid.UUID | str,
                        changes: dict[str, Any], reason: str) -> Correction:
    """A supervisor changes an application (closed day or not) with a reason.

    Only :data:`CORRECTABLE_FIELDS` may change.  The correction keeps the changed fields
    before and after, ID numbers masked; the audit entry holds the same.
    """
    app_id = application_id if isinstance(application_id, uuid.UUID) else uuid.UUID(str(application_id))
    require(session, actor, Action.CORRECT, target=str(app_id))
    assert actor is not None
    reason = (reason or "").strip()
    if not reason:
        raise RuleError(error("correction.reason_required", "reason"))
    app = session.get(Application, app_id)
    if app is None:
        raise RuleError(error("correction.not_found", "changes"))
    bad = sorted(k for k in changes if k not in CORRECTABLE_FIELDS)
    if bad:
        raise RuleError(*(error("correction.field_not_allowed", "changes", name=k) for k in bad))
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, raw in changes.items():
        value = _normalise_change(name, raw)
        old = getattr(app, name)
        if old != value:
            before[name] = old
            after[name] = value
    if not after:
        raise RuleError(error("correction.no_change", "changes"))
    now = clock.now()
    for name, value in after.items():
        setattr(app, name, value)
    app.updated_at = now
    session.add(app)
    masked_before, masked_after = masked_snapshot(before), masked_snapshot(after)
    row = Correction(application_id=app.id, actor=actor.username, reason=reason, before=masked_before,
                     after=masked_after, at=now, station=_station())
    session.add(row)
    session.flush()
    audit.record(session, actor=actor.username, action=A_CORRECT, target=app.number or str(app.id),
                 details={"application_id": str(app.id), "reason": reason, "before": masked_before,
                          "after": masked_after, "closed_day": is_closed(session, app.point_code,
                                                                          app.business_date)})
    return row


def corrections_of(session: Session, application_id: uuid.UUID) -> list[Correction]:
    """The corrections of one application, oldest first."""
    return list(session.exec(select(Correction).where(Correction.application_id == application_id)
                             .order_by(col(Correction.at))).all())
