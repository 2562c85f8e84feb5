"""Search as the clerk types: name prefix, pinyin, ID prefix, pickup code, substring fallback."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from clerk_desk.config import Settings
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import applications as svc
from clerk_desk.services import clock
from clerk_desk.services.calendar import ensure_published_years
from clerk_desk.services.permissions import PermissionDenied
from clerk_desk.services.search import classify
from clerk_desk.services.uow import reading
from tests.helpers.people import make_id, self_form

CLERK = Actor("wang", Role.CLERK, "王芳")
BIRTH = date(1980, 5, 17)
NAMES = ["张三", "张秀英", "张秀兰", "章子怡", "欧阳娜娜", "李四", "王张伟"]


def street() -> Settings:
    s = Settings()
    s.service_point.code, s.service_point.name, s.service_point.kind = "S001", "幸福街道医保服务点", "street"
    return s


@pytest.fixture
def people(db_session):  # type: ignore[no-untyped-def]
    ensure_published_years(db_session)
    clock.set_clock(lambda: datetime(2026, 11, 27, 10, 0))
    results = {}
    for i, name in enumerate(NAMES):
        res = svc.accept(db_session, CLERK, self_form(make_id(BIRTH, seq=100 + i), name, birth=BIRTH),
                         settings=street())
        results[name] = res
    db_session.commit()
    return db_session, results


@pytest.mark.parametrize(("typed", "expected"), [
    ("张", {"张三", "张秀英", "张秀兰"}),           # prefix only: 王张伟 (a substring) is not wanted here
    ("秀英", {"张秀英"}),                         # no name starts so: the substring fallback
    ("张伟", {"王张伟"}),
    ("张秀", {"张秀英", "张秀兰"}),
    ("张秀英", {"张秀英"}),
    ("zhang", {"张三", "张秀英", "张秀兰", "章子怡"}),  # whole pinyin prefix: 张 and 章 read zhang
    ("ZXY", {"张秀英"}),                          # initials, any case
    ("zx", {"张秀英", "张秀兰"}),
    ("zs", {"张三"}),
    ("oyn", {"欧阳娜娜"}),
    ("ouyang", {"欧阳娜娜"}),
    ("qq", set()),
])
def test_name_prefix_and_pinyin(people, typed, expected) -> None:  # type: ignore[no-untyped-def]
    session, _ = people
    assert {r.insured_name for r in svc.search(session, CLERK, typed)} == expected
    with reading(session.get_bind()) as connection:  # as the search page looks up what is typed
        assert {r.insured_name for r in svc.search(connection, CLERK, typed)} == expected


def test_pickup_code_id_prefix_and_limit(people) -> None:  # type: ignore[no-untyped-def]
    session, results = people
    res = results["李四"]
    assert res.slip is not None
    assert [r.number for r in svc.search(session, CLERK, res.slip.pickup_code)] == [res.number]
    full = make_id(BIRTH, seq=105)  # 李四's
    assert [r.insured_name for r in svc.search(session, CLERK, full[:17])] == ["李四"]
    legacy = full[:6] + full[8:14] + full[14:17]  # the same person's first-generation 15-digit number
    assert [r.insured_name for r in svc.search(session, CLERK, legacy)] == ["李四"]
    by_region = svc.search(session, CLERK, full[:8])
    assert {r.insured_name for r in by_region} == set(NAMES)
    assert [r.masked_id for r in by_region] == sorted(r.masked_id for r in by_region)  # ID-number order
    assert len(svc.search(session, CLERK, full[:8], limit=3)) == 3
    assert len(svc.search(session, CLERK, "zhang", limit=2)) == 2


@pytest.mark.parametrize(("typed", "how"), [
    ("123456", "pickup_code"), ("１２３４５６", "pickup_code"), ("4201", "id_prefix"), ("4201061980", "id_prefix"),
    ("110101198005170015", "id_number"), ("11010119800517001x", "id_number"), ("110101800517001", "id_number"),
    ("S001-20261127-0001", "number"), ("s001-20261127-0001", "number"), ("zhang", "pinyin"), ("张", "name"),
    ("张 三", "name"), ("z1", "name"),
])
def test_what_each_text_looks_up(typed: str, how: str) -> None:
    assert classify(typed)[0] == how


def test_pinyin_keys_follow_a_corrected_name(people) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.store.models import Application

    session, results = people
    app = session.get(Application, results["李四"].application_id)
    app.insured_name = "黎思"  # any ORM write of the name (a correction, a merge) keeps the keys
    session.add(app)
    session.commit()
    assert (app.name_pinyin, app.name_initials) == ("lisi", "ls")
    assert [r.insured_name for r in svc.search(session, CLERK, "ls")] == ["黎思"]
    app.status = "ready"  # other changes leave them alone
    session.commit()
    assert app.name_initials == "ls"


def _audit_actions(session) -> list[str]:  # type: ignore[no-untyped-def]
    from sqlmodel import col, select

    from clerk_desk.store.models import AuditEvent

    session.rollback()  # a fresh snapshot: what other connections committed
    return list(session.exec(select(AuditEvent.action).order_by(col(AuditEvent.seq))).all())


def test_a_lookup_on_a_read_only_connection_writes_nothing_and_a_recorded_one_needs_a_session(people
                                                                                                ) -> None:  # type: ignore[no-untyped-def]
    session, results = people
    before = _audit_actions(session)
    res = results["李四"]
    assert res.slip is not None
    with reading(session.get_bind()) as connection:
        assert [r.number for r in svc.search(connection, CLERK, res.slip.pickup_code)] == [res.number]
        assert [r.number for r in svc.search(connection, CLERK, res.number)] == [res.number]
        with pytest.raises(TypeError):  # its audit entry would be rolled back with the connection
            svc.search(connection, CLERK, "张", record=True)
    assert _audit_actions(session) == before
    assert svc.search(session, CLERK, "张", record=True)
    session.commit()
    assert _audit_actions(session) == [*before, "search"]


def test_a_denied_lookup_on_a_read_only_connection_is_audited(people) -> None:  # type: ignore[no-untyped-def]
    session, _ = people
    before = _audit_actions(session)
    with reading(session.get_bind()) as connection, pytest.raises(PermissionDenied):
        svc.search(connection, None, "张")  # type: ignore[arg-type]  # nobody signed in
    assert _audit_actions(session) == [*before, "permission.denied"]
