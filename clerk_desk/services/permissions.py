"""Permission checks inside the services: a denied action is refused and audited.

Call :func:`require` first in a use case, before it writes anything: the denial is then
recorded at once in its own short transaction, so it stays recorded although the use case
fails.  When the session has already written (its transaction holds locks a second
connection would wait for), the entry travels with the exception and
:func:`clerk_desk.store.db.session_scope` writes it after the rollback.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from clerk_desk.domain.problems import Problem, RuleError
from clerk_desk.domain.roles import Action, Actor, denial
from clerk_desk.services import audit


class PermissionDenied(RuleError):
    """The actor's role does not allow the action."""

    def __init__(self, problem: Problem, entry: dict[str, Any]) -> None:
        super().__init__(problem)
        self.entry = entry
        self.recorded = False

    def audit_after_rollback(self, session: Session) -> None:
        """Record the denial (called by session_scope once the failed transaction is gone)."""
        if not self.recorded:
            audit.record(session, **self.entry)
            self.recorded = True


def _has_written(session: Session) -> bool:
    return bool(session.new or session.dirty or session.deleted or session.info.get("audit_written"))


def require(session: Session | Connection, actor: Actor | None, action: Action, *, target: str = "") -> Actor:
    """The actor, if allowed; otherwise audit the denial and raise :class:`PermissionDenied`.

    ``session`` may be a read-only use case's connection (``uow.reading``): it has written
    nothing, so the denial is recorded in its own transaction."""
    problem = denial(actor, action)
    if problem is None:
        assert actor is not None
        return actor
    entry = {"actor": actor.username if actor else "", "action": "permission.denied", "target": target,
             "details": {"action": action.value, "role": actor.role.value if actor else None}}
    exc = PermissionDenied(problem, entry)
    if isinstance(session, Connection) or not (session.in_transaction() and _has_written(session)):
        bind = session if isinstance(session, Connection) else session.get_bind()
        engine = bind.engine if isinstance(bind, Connection) else bind
        assert isinstance(engine, Engine)
        with Session(engine) as side:
            exc.audit_after_rollback(side)
            side.commit()
    raise exc
