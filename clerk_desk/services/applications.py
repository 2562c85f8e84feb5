"""Use cases of the counter: drafts, accept, return with notice, search, handover, cards ready, cancel.

Each function is one use case in the caller's transaction (``with session_scope() as s``):
it checks the actor's permission first, runs the domain rules again (the GUI's checks are a
convenience, never trusted), writes, and records the audit entry.  Refusals raise
:class:`~clerk_desk.domain.problems.RuleError` with bilingual problems.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, bindparam, case, or_
from sqlalchemy import select as sa_select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from clerk_desk.config import Settings
from clerk_desk.domain import workflow
from clerk_desk.domain.application_form import ApplicantType, ApplicationForm
from clerk_desk.domain.application_rules import FormReport, evaluate
from clerk_desk.domain.idnumber import normalize
from clerk_desk.domain.problems import RuleError, define, define_field, error
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.domain.workflow import Status, Transition
from clerk_desk.services import audit, clock
from clerk_desk.services.acceptance_rows import SlipInfo, new_application, upsert_person, write_rows
from clerk_desk.services.application_queries import (  # noqa: F401  (the read side, re-exported)
    ApplicationDetail,
    ApplicationRow,
    awaiting_cards,
    count_day,
    get_detail,
    get_form,
    late_cards,
    latest_drafts,
    list_day,
    load_application,
    uncollected_cards,
)
from clerk_desk.services.card_flow import Collector, cancel, hand_over, mark_ready  # noqa: F401  (re-exported)
from clerk_desk.services.closing import assert_day_open
from clerk_desk.services.permissions import require
from clerk_desk.services.search import search  # noqa: F401  (re-exported)
from clerk_desk.services.station import station_code
from clerk_desk.services.transitions import point_kind, transition
from clerk_desk.store import changes
from clerk_desk.store.models import Application

define_field("application", zh="业务", en="application")
define("application.duplicate_open", zh="{name}已有未办结的业务 {number}（{status}），不能重复受理",
       en="{name} already has an open application {number} ({status}); it cannot be registered twice")
define("application.duplicate_collected",
       zh="{name}今年已领取同险种的社保卡（业务 {number}），不能重复受理",
       en="{name} already collected a card of the same scheme this year (application {number})")
define("application.not_acceptable", zh="{reason}", en="{reason}")


@dataclass(frozen=True)
class AcceptResult:
    application_id: uuid.UUID
    number: str
    status: Status
    slip: SlipInfo | None
    report: FormReport


@dataclass(frozen=True)
class ReturnResult:
    application_id: uuid.UUID
    missing: tuple[str, ...]
    number: str = ""   # printed on the notice: its reprint, and the later acceptance, find it by this


# ---------------------------------------------------------------------------------------
# helpers


def report_for(form: ApplicationForm, settings: Settings, today: date | None = None) -> FormReport:
    return evaluate(form, today=today or clock.today(), rules=settings.rules,
                    point_kind=settings.service_point.kind)


def next_number(session: Session, point_code: str, day: date) -> str:
    """The next application number of a point and day: ``S001-20261127-0001`` (one locked update)."""
    key = f"{point_code}-{day:%Y%m%d}"
    return f"{key}-{changes.bump(session, key):04d}"


def _pickup_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def _fill_application(app: Application, form: ApplicationForm, report: FormReport | None) -> None:
    app.kind = form.kind.value
    app.category = form.category.value
    scheme = form.scheme or (report.suggested_schemes[0] if report and report.suggested_schemes else None)
    app.scheme = scheme.value if scheme else ""
    app.applicant_type = form.applicant.value
    number = report.insured.normalized if report and report.insured and report.insured.normalized else ""
    app.insured_id_number = number or normalize(form.insured.id_number)[:18]
    app.insured_name = form.insured.name.strip()
    agent = form.agent if form.applicant is not ApplicantType.SELF else None
    app.agent_name = agent.card.name.strip() if agent else ""
    app.agent_id_number = normalize(agent.card.id_number)[:18] if agent else ""
    app.agent_phone = agent.phone.strip() if agent else ""
    app.agent_relation = agent.relation if agent else ""
    app.authorization_letter = bool(agent and agent.authorization_letter)
    app.form = form.to_dict()


def find_duplicate(session: Session, id_number: str, scheme: str, year: int,
                   exclude: uuid.UUID | None = None) -> Application | None:
    """An open application of the same person, or a card of the same scheme collected this year
    (one plain query on the ID number's index, an open one first; the record loaded only if found)."""
    params = {"id_number": id_number, "scheme": scheme, "since": datetime(year, 1, 1).astimezone()}
    if exclude is None:
        found = session.connection().execute(_DUPLICATE, params).scalar()
    else:
        found = session.connection().execute(_DUPLICATE_OTHER, {**params, "exclude": exclude}).scalar()
    return session.get(Application, found) if found is not None else None


def _duplicate_query(*, exclude: bool) -> Any:
    """The query of find_duplicate, built once (it runs at every acceptance)."""
    t = Application.__table__  # type: ignore[attr-defined]
    open_ = t.c.status.in_([Status.ACCEPTED.value, Status.READY.value])
    collected = and_(t.c.status == Status.COLLECTED.value, t.c.scheme == bindparam("scheme"),
                     t.c.collected_at >= bindparam("since"))
    stmt = sa_select(t.c.id).where(t.c.insured_id_number == bindparam("id_number"), or_(open_, collected))
    if exclude:
        stmt = stmt.where(t.c.id != bindparam("exclude"))
    return stmt.order_by(case((open_, 0), else_=1)).limit(1)


_DUPLICATE, _DUPLICATE_OTHER = _duplicate_query(exclude=False), _duplicate_query(exclude=True)


def _duplicate_error(app: Application) -> RuleError:
    if app.status == Status.COLLECTED.value:
        return RuleError(error("application.duplicate_collected", "insured.id_number", name=app.insured_name,
                               number=app.number or "", existing_id=str(app.id)))
    zh, en = workflow.STATUS_LABELS[Status(app.status)]
    return RuleError(error("application.duplicate_open", "insured.id_number", name=app.insured_name,
                           number=app.number or "", status=zh, existing_id=str(app.id)))


# ---------------------------------------------------------------------------------------
# use cases


def save_draft(session: Session, actor: Actor, form: ApplicationForm, *, settings: Settings,
               application_id: uuid.UUID | None = None) -> uuid.UUID:
    """Keep what the clerk has typed so far (autosave); returns the draft's id."""
    require(session, actor, Action.REGISTER)
    now = clock.now()
    if application_id is not None:
        app = load_application(session, application_id)
        if app.status not in (Status.DRAFT.value, Status.RETURNED.value):
            raise RuleError(workflow.check(Transition.ACCEPT, Status(app.status)) or error(
                "application.not_found", "application"))
    else:
        app = Application(point_code=settings.service_point.code, station=station_code(), kind=form.kind.value,
                          status=Status.DRAFT.value, created_by=actor.username, created_at=now, updated_at=now)
    _fill_application(app, form, None)
    app.updated_at = now
    session.add(app)
    session.flush()
    if application_id is None:
        audit.record(session, actor=actor.username, action="application.draft", target=str(app.id),
                     details={"kind": app.kind})
    return app.id


def discard_draft(session: Session, actor: Actor, application_id: uuid.UUID) -> None:
    require(session, actor, Action.REGISTER)
    app = load_application(session, application_id)
    if app.status != Status.DRAFT.value:
        return
    session.delete(app)
    audit.record(session, actor=actor.username, action="application.draft_discarded", target=str(application_id))


def accept(session: Session, actor: Actor, form: ApplicationForm, *, settings: Settings,
           application_id: uuid.UUID | None = None, allow_provisional: bool = False) -> AcceptResult:
    """Accept an application: person, application, document checks and (street) the pickup slip.

    Two counters accepting the same person at the same moment both pass the duplicate check;
    the database's unique indexes then refuse the second, which is told the first's number.
    """
    try:
        with session.begin_nested():
            return _accept(session, actor, form, settings=settings, application_id=application_id,
                           allow_provisional=allow_provisional)
    except IntegrityError:
        dup = find_duplicate(session, normalize(form.insured.id_number), "", clock.today().year)
        if dup is None:
            raise
        raise _duplicate_error(dup) from None


def _accept(session: Session, actor: Actor, form: ApplicationForm, *, settings: Settings,
            application_id: uuid.UUID | None, allow_provisional: bool) -> AcceptResult:
    require(session, actor, Action.REGISTER)
    now = clock.now()
    today = now.date()
    report = report_for(form, settings, today)
    if report.errors:
        raise RuleError(*report.errors)
    if report.missing:
        raise RuleError(error("application.not_acceptable", "documents", reason=report.blocking_reason("zh")))
    point = settings.service_point.code
    assert_day_open(session, point, today)
    if application_id is not None:
        app = load_application(session, application_id, lock=True)
        transition(app, Transition.ACCEPT, point_kind(settings))
    else:
        app = new_application(point_code=point, station=station_code(), kind=form.kind.value,
                              status=Status.DRAFT.value, created_by=actor.username, created_at=now, updated_at=now)
    _fill_application(app, form, report)
    dup = find_duplicate(session, app.insured_id_number, app.scheme, today.year,
                         exclude=app.id) if app.insured_id_number else None
    if dup is not None:
        raise _duplicate_error(dup)
    slip = _slip_for(session, report, settings, now, allow_provisional)
    app.person_id = upsert_person(session, form, report, now)
    if app.number is None:   # a returned application keeps the number its notice shows
        app.number = next_number(session, point, today)
    _mark_accepted(app, form, actor, workflow.final_status(Transition.ACCEPT, point_kind(settings),
                                                           card_made=report.card_made), now)
    write_rows(session, app, form, report, now, slip=slip, redo=application_id is not None)
    audit.record(session, actor=actor.username, action="application.accept", target=app.number,
                 details={"kind": app.kind, "scheme": app.scheme, "applicant": app.applicant_type,
                          "status": app.status, "ready_by": slip.ready_by.isoformat() if slip else None,
                          "provisional": slip.provisional if slip else False})
    session.flush()  # inside accept's savepoint: a unique index refusing the rows is caught there
    assert app.number is not None
    return AcceptResult(app.id, app.number, Status(app.status), slip, report)


def _slip_for(session: Session, report: FormReport, settings: Settings, now: datetime,
              allow_provisional: bool) -> SlipInfo | None:
    """The pickup slip of a card made at a street point (never for a renewal)."""
    if not report.slip:
        return None
    from clerk_desk.services.calendar import load_work_calendar

    due = load_work_calendar(session).ready_by(now.replace(tzinfo=None), kind="street",
                                               n=settings.rules.working_days, cutoff=settings.cutoff,
                                               provisional=allow_provisional)
    ready_by = due.require()
    return SlipInfo(_pickup_code(), ready_by, due.provisional, due.estimated_years)


def _mark_accepted(app: Application, form: ApplicationForm, actor: Actor, status: Status, now: datetime) -> None:
    app.status = status.value
    app.business_date = now.date()
    app.accepted_at = now
    app.accepted_by = actor.username
    app.updated_at = now
    if status is Status.COLLECTED:  # county center: the card on the spot
        app.collected_at = now
        app.handed_over_by = actor.username
        by_agent = form.applicant is not ApplicantType.SELF and form.agent is not None
        app.collector_type = "agent" if by_agent else "insured"
        app.collector_name = app.agent_name if by_agent else app.insured_name
        app.collector_id_number = app.agent_id_number if by_agent else app.insured_id_number
        app.collector_relation = app.agent_relation if by_agent else ""


def return_with_notice(session: Session, actor: Actor, form: ApplicationForm, *, settings: Settings,
                       application_id: uuid.UUID | None = None) -> ReturnResult:
    """Documents are missing: keep the draft, mark it returned, list what to bring (一次性告知)."""
    require(session, actor, Action.REGISTER)
    now = clock.now()
    report = report_for(form, settings, now.date())
    assert_day_open(session, settings.service_point.code, now.date())
    if application_id is not None:
        app = load_application(session, application_id, lock=True)
        transition(app, Transition.RETURN, point_kind(settings))
    else:
        app = Application(point_code=settings.service_point.code, station=station_code(), kind=form.kind.value,
                          status=Status.DRAFT.value, created_by=actor.username, created_at=now, updated_at=now)
    _fill_application(app, form, report)
    app.status = Status.RETURNED.value
    app.returned_at = app.updated_at = now
    app.business_date = now.date()
    if app.number is None:   # the notice carries a number: `print notice NUMBER` and search find it
        app.number = next_number(session, settings.service_point.code, now.date())
    session.add(app)
    session.flush()
    missing = tuple(report.missing_labels("zh"))
    audit.record(session, actor=actor.username, action="application.return", target=app.number,
                 details={"missing": [i.code for i in report.missing], "id": str(app.id)})
    return ReturnResult(app.id, missing, app.number)
