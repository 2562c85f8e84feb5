"""The two helpers every step of an application's life uses: the point's kind, and a checked
transition (the workflow refuses a step from the wrong status or at the wrong kind of point)."""

from __future__ import annotations

from clerk_desk.config import Settings
from clerk_desk.domain import workflow
from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.workflow import PointKind, Status, Transition
from clerk_desk.store.models import Application


def point_kind(settings: Settings) -> PointKind:
    return PointKind(settings.service_point.kind)


def transition(app: Application, t: Transition, kind: PointKind, reason: str = "") -> None:
    problem = workflow.check(t, Status(app.status), point_kind=kind, reason=reason)
    if problem is not None:
        raise RuleError(problem)
