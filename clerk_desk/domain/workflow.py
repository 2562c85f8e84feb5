"""The application's life: states, transitions and their guards.

::

    draft ──accept──▶ accepted ──card_ready──▶ ready ──hand_over──▶ collected
      │                  │  (county center: accept + hand over at once)
      │     └──(renewal: no card)──▶ completed
      └─return           └─cancel (supervisor, with reason)
        (documents missing: a notice lists what to bring; the draft is kept)

The services ask :func:`check` before every change and the GUI asks
:func:`available` which actions to show; neither decides on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clerk_desk.domain.problems import Message, Problem, define, define_field, error
from clerk_desk.domain.roles import Action, Role, allowed


class Status(StrEnum):
    DRAFT = "draft"
    ACCEPTED = "accepted"
    READY = "ready"
    COLLECTED = "collected"
    COMPLETED = "completed"     # done on acceptance: the business makes no card (renewal)
    RETURNED = "returned"
    CANCELLED = "cancelled"


STATUS_LABELS = {
    Status.DRAFT: ("草稿", "draft"),
    Status.ACCEPTED: ("已受理", "accepted"),
    Status.READY: ("待领卡", "card ready"),
    Status.COLLECTED: ("已领卡", "collected"),
    Status.COMPLETED: ("已办结", "completed (no card)"),
    Status.RETURNED: ("材料不全已告知", "returned (documents missing)"),
    Status.CANCELLED: ("已撤销", "cancelled"),
}


class Transition(StrEnum):
    ACCEPT = "accept"
    RETURN = "return"
    CARD_READY = "card_ready"
    HAND_OVER = "hand_over"
    CANCEL = "cancel"


class PointKind(StrEnum):
    STREET = "street"
    COUNTY = "county"


@dataclass(frozen=True)
class Rule:
    sources: frozenset[Status]
    target: Status
    action: Action


RULES: dict[Transition, Rule] = {
    Transition.ACCEPT: Rule(frozenset({Status.DRAFT, Status.RETURNED}), Status.ACCEPTED, Action.REGISTER),
    Transition.RETURN: Rule(frozenset({Status.DRAFT, Status.RETURNED}), Status.RETURNED, Action.REGISTER),
    Transition.CARD_READY: Rule(frozenset({Status.ACCEPTED}), Status.READY, Action.MARK_READY),
    Transition.HAND_OVER: Rule(frozenset({Status.READY}), Status.COLLECTED, Action.HAND_OVER),
    Transition.CANCEL: Rule(frozenset({Status.DRAFT, Status.RETURNED, Status.ACCEPTED, Status.READY}),
                            Status.CANCELLED, Action.CANCEL),
}

TRANSITION_LABELS = {
    Transition.ACCEPT: ("受理", "accept"),
    Transition.RETURN: ("一次性告知", "return with notice"),
    Transition.CARD_READY: ("制卡完成", "mark card ready"),
    Transition.HAND_OVER: ("发卡", "hand over"),
    Transition.CANCEL: ("撤销", "cancel"),
}

define_field("status", zh="业务状态", en="status")
define_field("cancel_reason", zh="撤销原因", en="reason for cancelling")
define("workflow.not_allowed", zh="当前状态为“{status}”，不能{transition}",
       en="The application is {status}; it cannot be {transition}")
define("workflow.reason_required", zh="请填写撤销原因", en="Enter the reason for cancelling")
define("workflow.county_no_ready", zh="县医保中心当场发卡，无需登记制卡完成",
       en="A county center hands the card over on the spot; there is no card-ready step")


def final_status(transition: Transition, point_kind: PointKind, *, card_made: bool = True) -> Status:
    """Where a transition ends: a business that makes no card (renewal) is completed on
    acceptance; at a county center acceptance ends collected (card on the spot)."""
    if transition is Transition.ACCEPT and not card_made:
        return Status.COMPLETED
    if transition is Transition.ACCEPT and point_kind is PointKind.COUNTY:
        return Status.COLLECTED
    return RULES[transition].target


def check(transition: Transition, status: Status, *, point_kind: PointKind = PointKind.STREET,
          reason: str = "") -> Problem | None:
    """Why ``transition`` may not happen from ``status`` (None when it may)."""
    rule = RULES[transition]
    if status not in rule.sources:
        return error("workflow.not_allowed", "status", status=Message(*STATUS_LABELS[status]),
                     transition=Message(TRANSITION_LABELS[transition][0], _past(transition)))
    if transition is Transition.CARD_READY and point_kind is PointKind.COUNTY:
        return error("workflow.county_no_ready", "status")
    if transition is Transition.CANCEL and not reason.strip():
        return error("workflow.reason_required", "cancel_reason")
    return None


def _past(t: Transition) -> str:
    return {Transition.ACCEPT: "accepted", Transition.RETURN: "returned", Transition.CARD_READY: "marked ready",
            Transition.HAND_OVER: "handed over", Transition.CANCEL: "cancelled"}[t]


def available(status: Status, role: Role, point_kind: PointKind = PointKind.STREET) -> list[Transition]:
    """The transitions a user of ``role`` may start from ``status`` (what the GUI shows)."""
    out = []
    for t, rule in RULES.items():
        if status in rule.sources and allowed(role, rule.action):
            if t is Transition.CARD_READY and point_kind is PointKind.COUNTY:
                continue
            out.append(t)
    return out
