"""Personal information (PIPL): revealing a full ID number, viewing a full record, retention.

Lists, search results and printouts show masked ID numbers
(:func:`clerk_desk.domain.masking.mask_id`); the full number leaves the database only
through :func:`reveal_id`, which is audited.  :func:`retention_purge` blanks the full
personal data of finished applications older than the retention setting.

All functions work inside the caller's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlmodel import Session, and_, col, or_, select

from clerk_desk.config import load_settings
from clerk_desk.domain.masking import is_masked, mask_address, mask_id, mask_phone
from clerk_desk.domain.problems import RuleError, define, define_field, error, phrase
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.services import audit
from clerk_desk.services.permissions import require
from clerk_desk.store.models import Application, Person

define_field("record", zh="记录", en="record")
define("privacy.not_found", zh="找不到该记录", en="The record was not found")
define("privacy.no_number", zh="该记录没有{which}身份证号码", en="The record has no {which} ID number")
define("privacy.who.insured", zh="参保人", en="insured's")
define("privacy.who.agent", zh="代办人", en="agent's")
define("privacy.who.collector", zh="领卡人", en="collector's")
define("privacy.purged", zh="该记录已超过保存期限，完整个人信息已删除",
       en="The record is past its retention period; the full personal data has been removed")

A_REVEAL = "id.reveal"
A_VIEW = "record.view"
A_PURGE = "retention.purge"

# Which number of an application to reveal.
WHO = {"insured": "insured_id_number", "agent": "agent_id_number", "collector": "collector_id_number"}

# A finished application (or an abandoned draft) keeps full personal data only this long.
RETAINED_STATUSES = ("collected", "completed", "cancelled", "returned", "draft")


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise RuleError(error("privacy.not_found", "record")) from None


def reveal_id(session: Session, actor: Actor | None, application_or_person_id: uuid.UUID | str, *,
              who: str = "insured", reason: str = "") -> str:
    """The full ID number of an application's insured (agent, collector) or of a person; audited."""
    key = _uuid(application_or_person_id)
    require(session, actor, Action.REVEAL_ID, target=str(key))
    assert actor is not None
    attr, which = WHO[who], phrase(f"privacy.who.{who}")
    app = session.get(Application, key)
    if app is not None:
        number = getattr(app, attr)
        target = app.number or str(app.id)
        kind = "application"
    else:
        person = session.get(Person, key)
        if person is None:
            raise RuleError(error("privacy.not_found", "record"))
        number, target, kind, who = person.id_number, str(person.id), "person", "insured"
    if not number:
        raise RuleError(error("privacy.no_number", "record", which=which))
    if is_masked(number):
        raise RuleError(error("privacy.purged", "record"))
    audit.record(session, actor=actor.username, action=A_REVEAL, target=target,
                 details={"kind": kind, "id": str(key), "who": who, "number": mask_id(number), "reason": reason})
    return str(number)


def record_view(session: Session, actor: Actor | None, application_id: uuid.UUID | str) -> Application:
    """An application's full record for display; the view is audited."""
    key = _uuid(application_id)
    require(session, actor, Action.VIEW_RECORD, target=str(key))
    assert actor is not None
    app = session.get(Application, key)
    if app is None:
        raise RuleError(error("privacy.not_found", "record"))
    audit.record(session, actor=actor.username, action=A_VIEW, target=app.number or str(app.id),
                 details={"id": str(app.id)})
    return app


@dataclass(frozen=True)
class PurgeResult:
    cutoff: date
    applications: int
    persons: int


def retention_cutoff(today: date, years: int) -> date:
    """``years`` before ``today`` (29 February falls back to 28 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _mask_form(form: dict | None) -> dict | None:  # type: ignore[type-arg]
    if form is None:
        return None
    return {"purged": True}


def retention_purge(session: Session, actor: Actor | None, today: date, *, years: int | None = None) -> PurgeResult:
    """Blank the full personal data of finished applications whose business date is older than
    the retention setting (``security.retention_years``); the masked forms stay for the
    statistics.  A person's record is blanked once none of their applications is newer or
    still open.  Audited with the counts; running it twice changes nothing more.
    """
    require(session, actor, Action.DATABASE_TOOLS, target="retention")
    assert actor is not None
    if years is None:
        years = load_settings()[0].security.retention_years
    cutoff = retention_cutoff(today, years)
    old = session.exec(select(Application).where(
        col(Application.status).in_(RETAINED_STATUSES),
        or_(col(Application.business_date) < cutoff,
            and_(col(Application.business_date).is_(None), col(Application.created_at) < _start_of(cutoff))),
    )).all()
    apps = 0
    person_ids: set[uuid.UUID] = set()
    for app in old:
        changed = False
        for attr in ("insured_id_number", "agent_id_number", "collector_id_number"):
            value = getattr(app, attr)
            if value and not is_masked(value):
                setattr(app, attr, mask_id(value))
                changed = True
        if app.agent_phone and not is_masked(app.agent_phone):
            app.agent_phone = mask_phone(app.agent_phone)
            changed = True
        if app.form is not None and app.form != {"purged": True}:
            app.form = _mask_form(app.form)
            changed = True
        if changed:
            session.add(app)
            apps += 1
        if app.person_id is not None:
            person_ids.add(app.person_id)
    persons = 0
    for pid in sorted(person_ids, key=str):
        if _still_needed(session, pid, cutoff):
            continue
        person = session.get(Person, pid)
        if person is None or is_masked(person.id_number):
            continue
        person.id_number = mask_id(person.id_number)
        person.phone = mask_phone(person.phone) if person.phone else ""
        person.address = mask_address(person.address) if person.address else ""
        person.hukou_address = mask_address(person.hukou_address) if person.hukou_address else ""
        person.hukou_household_no = ""
        person.residence_permit_no = mask_id(person.residence_permit_no) if person.residence_permit_no else ""
        session.add(person)
        persons += 1
    session.flush()
    audit.record(session, actor=actor.username, action=A_PURGE, target="retention",
                 details={"cutoff": cutoff.isoformat(), "years": years, "applications": apps, "persons": persons})
    return PurgeResult(cutoff, apps, persons)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def _still_needed(session: Session, person_id: uuid.UUID, cutoff: date) -> bool:
    """A person is still needed while any application of theirs is open or newer than the cutoff."""
    stmt = select(Application.id).where(
        Application.person_id == person_id,
        or_(col(Application.status).not_in(RETAINED_STATUSES), col(Application.business_date) >= cutoff,
            and_(col(Application.business_date).is_(None), col(Application.created_at) >= _start_of(cutoff))),
    ).limit(1)
    return session.exec(stmt).first() is not None
