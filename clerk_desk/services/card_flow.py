"""A card's life after acceptance: made (ready), handed over to the insured or an agent, or the
application cancelled.  Re-exported by :mod:`clerk_desk.services.applications`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from clerk_desk.config import Settings
from clerk_desk.domain import applicant as ap
from clerk_desk.domain import handover
from clerk_desk.domain.idnumber import check_id_number
from clerk_desk.domain.problems import RuleError, define, error, relocate
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.domain.workflow import Status, Transition
from clerk_desk.services import audit, clock
from clerk_desk.services.application_queries import load_application
from clerk_desk.services.permissions import require
from clerk_desk.services.transitions import point_kind, transition

define("handover.id_mismatch", zh="领卡人身份证号码与参保人不一致，请核对或选择代领",
       en="The collector's ID number is not the insured's; check it or choose collection by an agent")
define("handover.agent_is_insured", zh="代领人不能是参保人本人", en="The agent cannot be the insured")
define("handover.agent_minor", zh="代领人须年满18周岁", en="The agent must be 18 or older")
define("handover.relation_required", zh="请填写代领人与参保人的关系", en="Enter the agent's relation to the insured")
define("handover.name_required", zh="请填写代领人姓名", en="Enter the agent's name")
define("handover.slip_required", zh="代领须出示领卡凭条（或领卡码）",
       en="An agent must show the pickup slip (or its code)")


@dataclass(frozen=True)
class Collector:
    kind: str  # insured | agent
    id_number: str
    name: str = ""
    relation: str = ""
    phone: str = ""
    slip_checked: bool = False  # agent: the pickup slip (or its code) was shown
    valid_to: date | None = None  # the collector's own ID card: its validity is required
    long_term: bool = False
    insured_id_number: str = ""   # the insured's ID card, shown by a collector not recorded at acceptance


def mark_ready(session: Session, actor: Actor, application_ids: list[uuid.UUID], *, settings: Settings) -> int:
    """Cards of these applications arrived from the county center: ready for pickup."""
    require(session, actor, Action.MARK_READY)
    now = clock.now()
    kind = point_kind(settings)
    numbers = []
    for app_id in application_ids:
        app = load_application(session, app_id, lock=True)
        transition(app, Transition.CARD_READY, kind)
        app.status = Status.READY.value
        app.ready_at = now
        app.ready_marked_by = actor.username
        app.updated_at = now
        session.add(app)
        numbers.append(app.number)
    audit.record(session, actor=actor.username, action="application.card_ready", target=f"{len(numbers)}",
                 details={"numbers": numbers})
    return len(numbers)


def hand_over(session: Session, actor: Actor, application_id: uuid.UUID, collector: Collector, *,
              settings: Settings) -> None:
    """The card is collected by the insured (ID checked against the record) or an agent."""
    require(session, actor, Action.HAND_OVER)
    now = clock.now()
    app = load_application(session, application_id, lock=True)
    transition(app, Transition.HAND_OVER, point_kind(settings))
    check = check_id_number(collector.id_number, now.date())
    if not check.valid:
        raise RuleError(*[relocate(p, "collector") for p in check.errors])
    card_problems = handover.collector_problems(
        collector_id=collector.id_number, insured_id=app.insured_id_number, recorded_agent_id=app.agent_id_number,
        valid_to=collector.valid_to, long_term=collector.long_term, on=now.date(),
        insured_card_shown=collector.insured_id_number, agent=collector.kind != "insured")
    if collector.kind == "insured":
        if check.normalized != app.insured_id_number:
            raise RuleError(error("handover.id_mismatch", "collector.id_number"))
        if card_problems:
            raise RuleError(*card_problems)
        name, relation, kind = app.insured_name, "", "insured"
    else:
        problems = []
        if check.normalized == app.insured_id_number:
            problems.append(error("handover.agent_is_insured", "collector.id_number"))
        if check.age is not None and check.age < 18:
            problems.append(error("handover.agent_minor", "collector.id_number"))
        if not collector.name.strip():
            problems.append(error("handover.name_required", "collector.name"))
        if not collector.relation.strip():
            problems.append(error("handover.relation_required", "collector.relation"))
        elif ap.parse_relation(collector.relation) is None:   # one of the list, as the counter records it
            problems.append(error(ap.E_RELATION_UNKNOWN, "collector.relation", value=collector.relation.strip(),
                                  choices=ap.relation_choices()))
        if not collector.slip_checked:
            problems.append(error("handover.slip_required", "collector.slip"))
        problems.extend(card_problems)
        if problems:
            raise RuleError(*problems)
        name, relation = collector.name.strip(), collector.relation.strip()
        kind = handover.collector_type(collector.id_number, app.agent_id_number)
    app.status = Status.COLLECTED.value
    app.collected_at = now
    app.handed_over_by = actor.username
    app.collector_type = kind   # insured | agent (recorded at acceptance) | other (showed the insured's card)
    app.collector_name = name
    app.collector_id_number = check.normalized or ""
    app.collector_relation = relation
    app.updated_at = now
    session.add(app)
    audit.record(session, actor=actor.username, action="application.hand_over", target=app.number or "",
                 details={"collector": kind, "relation": relation, "insured_id_seen": kind == "other"})


def cancel(session: Session, actor: Actor, application_id: uuid.UUID, reason: str, *, settings: Settings) -> None:
    """A supervisor cancels an application, with a reason."""
    require(session, actor, Action.CANCEL)
    now = clock.now()
    app = load_application(session, application_id, lock=True)
    transition(app, Transition.CANCEL, point_kind(settings), reason=reason)
    before = app.status
    app.status = Status.CANCELLED.value
    app.cancelled_at = now
    app.cancelled_by = actor.username
    app.cancel_reason = reason.strip()
    app.updated_at = now
    session.add(app)
    audit.record(session, actor=actor.username, action="application.cancel", target=app.number or str(app.id),
                 details={"before": before, "reason": reason.strip()})

