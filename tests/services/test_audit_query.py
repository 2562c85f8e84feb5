"""The supervisor's audit view: filters, pages, and inputs that look like SQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlmodel import Session, select

from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import audit, audit_query, clock
from clerk_desk.services.audit_query import AuditFilter
from clerk_desk.store.models import AuditEvent

SUP = Actor("sup1", Role.SUPERVISOR)
ADMIN = Actor("admin1", Role.ADMIN)


def _at(day: int, hour: int = 10) -> datetime:
    return datetime(2025, 3, day, hour).astimezone()


@pytest.fixture
def trail(db_session) -> Session:  # type: ignore[no-untyped-def]
    rows = [
        (_at(1), "clerk1", "login", "clerk1"),
        (_at(1, 11), "clerk1", "id.reveal", "A-20250301-0001"),
        (_at(2), "clerk2", "login", "clerk2"),
        (_at(2, 9), "clerk2", "login.failed", "clerk2"),
        (_at(2, 12), "clerk_1", "record.view", "A-20250302-0007"),
        (_at(3), "sup1", "application.correct", "A-20250301-0001"),
        (_at(3, 23), "sup1", "logout", "sup1"),
        (_at(4), "clerk1", "print", "100%_done"),
        (_at(4), "clerk1", "id.reveal", "11010519491231002X"),
    ]
    for when, actor, action, target in rows:
        clock.set_clock(lambda when=when: when)
        audit.record(db_session, actor=actor, action=action, target=target)
    db_session.commit()
    clock.set_clock(lambda: _at(5))
    return db_session  # type: ignore[no-any-return]


def _find(session: Session, flt: AuditFilter, actor: Actor = SUP) -> list[tuple[str, str, str]]:
    page = audit_query.search(session, actor, flt, limit=1000)
    return [(e.actor, e.action, e.target) for e in page.entries if e.action != "audit.view"]


def test_no_filter_lists_newest_first(trail) -> None:  # type: ignore[no-untyped-def]
    found = _find(trail, AuditFilter())
    assert len(found) == 9
    assert found[0][2] == "110105********002X" and found[-1] == ("clerk1", "login", "clerk1")


def test_date_range_is_inclusive_local_days(trail) -> None:  # type: ignore[no-untyped-def]
    found = _find(trail, AuditFilter(date_from=date(2025, 3, 2), date_to=date(2025, 3, 3)))
    assert [f[1] for f in found] == ["logout", "application.correct", "record.view", "login", "login.failed"]


def test_user_action_and_application_filters(trail) -> None:  # type: ignore[no-untyped-def]
    assert {f[1] for f in _find(trail, AuditFilter(user="clerk1"))} == {"login", "id.reveal", "print"}
    assert len(_find(trail, AuditFilter(action="login"))) == 3  # login and login.failed
    assert len(_find(trail, AuditFilter(action="login.failed"))) == 1
    assert len(_find(trail, AuditFilter(action="id"))) == 2  # the family id.*
    assert len(_find(trail, AuditFilter(action="i"))) == 0  # a family is a whole word, not any prefix
    assert {f[1] for f in _find(trail, AuditFilter(target="A-20250301-0001"))} == {"id.reveal",
                                                                                     "application.correct"}
    assert len(_find(trail, AuditFilter(user="clerk1", action="id.reveal", target="20250301"))) == 1


def test_full_id_number_finds_its_masked_entries(trail) -> None:  # type: ignore[no-untyped-def]
    found = _find(trail, AuditFilter(target="11010519491231002X"))
    assert found == [("clerk1", "id.reveal", "110105********002X")]


@pytest.mark.parametrize("text", ["' or 1=1 --", "%", "_", "\\", "%' OR '1'='1", "clerk%", "'; DROP TABLE audit_event; --"])
def test_sql_looking_inputs_find_nothing_they_should_not(trail, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _find(trail, AuditFilter(user=text)) == []
    assert _find(trail, AuditFilter(action=text)) == []
    expected = {"%": [("clerk1", "print", "100%_done")], "_": [("clerk1", "print", "100%_done")]}
    assert _find(trail, AuditFilter(target=text)) == expected.get(text, [])
    assert len(trail.exec(select(AuditEvent)).all()) >= 9  # nothing dropped
    assert audit.verify_chain(trail) is None


def test_underscore_in_user_is_literal(trail) -> None:  # type: ignore[no-untyped-def]
    assert _find(trail, AuditFilter(user="clerk_1")) == [("clerk_1", "record.view", "A-20250302-0007")]


def test_pages_and_count(trail) -> None:  # type: ignore[no-untyped-def]
    seen = []
    after = None
    while True:
        page = audit_query.search(trail, ADMIN, AuditFilter(user="clerk1"), after=after, limit=2)
        seen += [(e.station, e.seq) for e in page.entries]
        if not page.has_more:
            break
        after = page.after
    assert len(seen) == len(set(seen)) == 4
    assert audit_query.count(trail, ADMIN, AuditFilter(user="clerk1")) == 4


def test_pages_follow_each_other_across_equal_times_and_stations(db_session) -> None:  # type: ignore[no-untyped-def]
    """Keyset pages of one entry each give exactly the one-page list, in its order, also where
    several entries share a second and stations interleave (time newest first, station, number
    newest first: the order written out here by hand)."""
    at = datetime(2025, 3, 3, 9).astimezone()
    clock.set_clock(lambda: at)
    for station in ("B", "A", "B", "A", "C"):
        audit.record(db_session, actor="clerk1", action="print", target="x", station=station)
    clock.set_clock(lambda: at - timedelta(minutes=1))
    audit.record(db_session, actor="clerk1", action="print", target="y", station="A")
    clock.set_clock(None)
    db_session.commit()
    flt = AuditFilter(action="print")
    expected = [("A", 2), ("A", 1), ("B", 2), ("B", 1), ("C", 1), ("A", 3)]
    whole = audit_query.search(db_session, ADMIN, flt, limit=100)
    assert [(e.station, e.seq) for e in whole.entries] == expected and not whole.has_more
    paged, after = [], None
    while True:
        page = audit_query.search(db_session, ADMIN, flt, after=after, limit=1)
        paged += [(e.station, e.seq) for e in page.entries]
        if not page.has_more:
            break
        after = page.after
    assert paged == expected


def test_viewing_is_audited_once_per_search(trail) -> None:  # type: ignore[no-untyped-def]
    first = audit_query.search(trail, SUP, AuditFilter(user="clerk1"), limit=2)
    audit_query.search(trail, SUP, AuditFilter(user="clerk1"), after=first.after, limit=2)
    trail.commit()
    views = trail.exec(select(AuditEvent).where(AuditEvent.action == "audit.view")).all()
    assert len(views) == 1 and views[0].details == {"user": "clerk1"}


def test_labels_and_lists(trail) -> None:  # type: ignore[no-untyped-def]
    assert audit_query.action_label("login.failed") == "登录失败"
    assert audit_query.action_label("login.failed", "en") == "failed login"
    assert audit_query.action_label("weird") == "weird"
    assert "print" in audit_query.known_actions(trail)
    assert audit_query.known_users(trail) == ["clerk1", "clerk2", "clerk_1", "sup1"]
