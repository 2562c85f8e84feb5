"""A supervisor changes the settings: validated, saved, audited; a clerk may not."""

from __future__ import annotations

import copy

import pytest
from sqlmodel import select

from clerk_desk.config import Settings, load_settings
from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services.permissions import PermissionDenied
from clerk_desk.services.settings_service import update_settings
from clerk_desk.store.models import AuditEvent

SUP = Actor("zhao", Role.SUPERVISOR)


def test_change_is_saved_and_audited(db_session) -> None:  # type: ignore[no-untyped-def]
    new = Settings()
    new.rules.working_days = 5
    new.receipt.guidance = ["只有一条"]
    changes = update_settings(db_session, SUP, new)
    db_session.commit()
    assert changes["rules.working_days"] == (3, 5)
    assert load_settings()[0].rules.working_days == 5
    ev = db_session.exec(select(AuditEvent).where(AuditEvent.action == "settings.change")).one()
    assert ev.details["changes"]["rules.working_days"] == {"before": 3, "after": 5}
    assert update_settings(db_session, SUP, copy.deepcopy(load_settings()[0])) == {}


def test_bad_value_refused_naming_the_key(db_session) -> None:  # type: ignore[no-untyped-def]
    new = Settings()
    new.rules.working_days = 0
    new.printing.paper = "A5"
    with pytest.raises(RuleError) as exc:
        update_settings(db_session, SUP, new)
    assert {p.field for p in exc.value.problems} == {"rules.working_days", "printing.paper"}
    assert load_settings()[0].rules.working_days == 3


def test_clerk_may_not_change_settings(db_session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        update_settings(db_session, Actor("li", Role.CLERK), Settings())
