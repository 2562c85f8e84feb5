"""Every action a role may not take is refused by the services and audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session, col, select

from clerk_desk.domain.roles import PERMISSIONS, Action, Actor, Role, allowed
from clerk_desk.services import accounts, audit_query, closing, privacy
from clerk_desk.services.permissions import PermissionDenied, require
from clerk_desk.store.models import AuditEvent

# The role matrix written out (DOMAIN.md "People and places", DESIGN.md roles): C clerk,
# S supervisor, A admin; a letter means allowed.  Not derived from roles.PERMISSIONS: the
# services (require) are checked against this table, and the table against PERMISSIONS.
MATRIX = """
register         C S .
hand_over        C S .
search           C S A
view_record      C S .
reveal_id        C S .
print_own        C S .
reprint          . S .
cancel           . S .
correct          . S .
mark_ready       . S .
close_day        . S .
daily_report     . S .
export           . S .
edit_settings    . S A
edit_calendar    . S .
manage_clerks    . S A
view_audit       . S A
manage_accounts  . . A
database_tools   . . A
sync             C S A
"""
TABLE = {(Role(role), Action(action)): cell != "."
         for action, *cells in (line.split() for line in MATRIX.strip().splitlines())
         for role, cell in zip(("clerk", "supervisor", "admin"), cells, strict=True)}
DENIED = [key for key, ok in TABLE.items() if not ok]
ALLOWED = [key for key, ok in TABLE.items() if ok]


def test_the_matrix_names_every_role_and_action_once() -> None:
    assert set(TABLE) == {(role, action) for role in Role for action in Action}
    assert len(MATRIX.strip().splitlines()) == len(Action)


def test_permissions_table_is_the_matrix() -> None:
    assert {key: key[1] in PERMISSIONS[key[0]] for key in TABLE} == TABLE


def _denials(engine) -> list[AuditEvent]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == "permission.denied")
                           .order_by(col(AuditEvent.seq))).all())


def test_every_role_is_denied_something_and_allowed_something() -> None:
    for role in Role:
        assert any(r is role for r, _ in DENIED)
        assert any(r is role for r, _ in ALLOWED)


@pytest.mark.parametrize(("role", "action"), DENIED, ids=[f"{r.value}-{a.value}" for r, a in DENIED])
def test_denied_action_is_refused_and_audited(engine, role: Role, action: Action) -> None:  # type: ignore[no-untyped-def]
    actor = Actor(f"{role.value}1", role)
    with Session(engine) as s:
        with pytest.raises(PermissionDenied) as info:
            require(s, actor, action, target="T-1")
        s.rollback()
    assert info.value.code == "permission.denied"
    zh, en = info.value.message("zh"), info.value.message("en")
    assert f"{role.value}1" in zh and "负责人" in zh
    assert "may not" in en
    events = _denials(engine)
    assert len(events) == 1
    ev = events[0]
    assert ev.actor == f"{role.value}1" and ev.target == "T-1"
    assert ev.details == {"action": action.value, "role": role.value}


@pytest.mark.parametrize(("role", "action"), ALLOWED, ids=[f"{r.value}-{a.value}" for r, a in ALLOWED])
def test_allowed_action_passes_silently(db_session, role: Role, action: Action) -> None:  # type: ignore[no-untyped-def]
    actor = Actor("someone", role)
    assert require(db_session, actor, action) is actor
    assert allowed(role, action)
    assert _denials(db_session.get_bind()) == []


def test_nobody_logged_in_is_refused(engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as s, pytest.raises(PermissionDenied) as info:
        require(s, None, Action.SEARCH)
    assert info.value.code == "permission.no_user"
    assert len(_denials(engine)) == 1


CLERK = Actor("clerk1", Role.CLERK)
ADMIN = Actor("admin1", Role.ADMIN)
SUPERVISOR = Actor("sup1", Role.SUPERVISOR)


def _use_cases() -> list[tuple[str, Actor, object]]:
    return [
        ("close_day", CLERK, lambda s: closing.close_day(s, CLERK, "P1", date(2025, 1, 2))),
        ("close_day_admin", ADMIN, lambda s: closing.close_day(s, ADMIN, "P1", date(2025, 1, 2))),
        ("correct", CLERK, lambda s: closing.correct_application(s, CLERK, "00000000-0000-0000-0000-000000000001",
                                                                 {"insured_name": "x"}, "typo")),
        ("correct_admin", ADMIN, lambda s: closing.correct_application(
            s, ADMIN, "00000000-0000-0000-0000-000000000001", {"insured_name": "x"}, "typo")),
        ("audit_view", CLERK, lambda s: audit_query.search(s, CLERK)),
        ("audit_count", CLERK, lambda s: audit_query.count(s, CLERK)),
        ("list_users", CLERK, lambda s: accounts.list_users(s, CLERK)),
        ("create_clerk", CLERK, lambda s: accounts.create_user(s, CLERK, username="c2", role="clerk",
                                                               password="Abc12345xyz")),
        ("create_supervisor_by_supervisor", SUPERVISOR, lambda s: accounts.create_user(
            s, SUPERVISOR, username="s2", role="supervisor", password="Abc12345xyz")),
        ("create_admin_by_supervisor", SUPERVISOR, lambda s: accounts.create_user(
            s, SUPERVISOR, username="a2", role="admin", password="Abc12345xyz")),
        ("reveal_admin", ADMIN, lambda s: privacy.reveal_id(s, ADMIN, "00000000-0000-0000-0000-000000000001")),
        ("purge_clerk", CLERK, lambda s: privacy.retention_purge(s, CLERK, date(2030, 1, 1))),
        ("purge_supervisor", SUPERVISOR, lambda s: privacy.retention_purge(s, SUPERVISOR, date(2030, 1, 1))),
        ("view_record_admin", ADMIN, lambda s: privacy.record_view(s, ADMIN,
                                                                   "00000000-0000-0000-0000-000000000001")),
    ]


@pytest.mark.parametrize("case", _use_cases(), ids=lambda c: c[0])
def test_use_cases_refuse_the_wrong_role(engine, case) -> None:  # type: ignore[no-untyped-def]
    _name, actor, call = case
    with Session(engine) as s:
        with pytest.raises(PermissionDenied):
            call(s)  # type: ignore[operator]
        s.rollback()
    events = _denials(engine)
    assert len(events) == 1 and events[0].actor == actor.username


def test_supervisor_cannot_reset_a_supervisor_password(engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        accounts.create_first_supervisor(s, username="boss", password="Secret123x")
        s.commit()
        with pytest.raises(PermissionDenied):
            accounts.set_password(s, SUPERVISOR, "boss", "Another123x")
        with pytest.raises(PermissionDenied):
            accounts.disable_user(s, SUPERVISOR, "boss")
        s.rollback()
    assert len(_denials(engine)) == 2
