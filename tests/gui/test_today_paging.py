"""Today's list pages by keyset: scrolling to the end shows every application once, newest first."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.gui.conftest import CLERK, make_ctx, settings_for, wait_tasks
from tests.helpers.people import make_id, self_form


def test_scrolling_to_the_end_shows_each_row_once_in_order(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import col, select

    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.applications_model import PAGE_SIZE
    from clerk_desk.gui.today_page import TodayPage
    from clerk_desk.services import applications as svc
    from clerk_desk.services import clock
    from clerk_desk.store.db import get_engine, session_scope
    from clerk_desk.store.models import Application

    total = PAGE_SIZE * 2 + 17
    clerk = Actor(CLERK[0], Role(CLERK[1]), CLERK[2])
    start = datetime(2026, 11, 27, 9, 0)
    with session_scope(get_engine(database)) as s:
        for i in range(total):
            clock.set_clock(lambda i=i: start + timedelta(seconds=i // 3))  # three at a time: ties on the time
            birth = date(1960 + i % 40, 1 + i % 12, 1 + i % 28)
            svc.accept(s, clerk, self_form(make_id(birth, seq=i), f"客户{i}", birth=birth), settings=settings_for())
    clock.set_clock(lambda: datetime(2026, 11, 27, 10, 0))
    page = TodayPage(make_ctx())
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == PAGE_SIZE)
    assert page.model.total == total
    while page.model.rowCount() < total:
        shown = page.model.rowCount()
        page.view.scrollToBottom()  # the view asks the model for more, as a clerk's scrolling does
        qtbot.waitUntil(lambda shown=shown: page.model.rowCount() > shown)
    wait_tasks(qtbot)
    with session_scope(get_engine(database)) as s:
        expected = s.exec(select(Application.number).order_by(col(Application.created_at).desc(),
                                                              col(Application.id).desc())).all()
    assert [r.number for r in page.model.rows] == list(expected)
    assert not page.model.canFetchMore()
    assert f"已显示 {total} 笔" in page.summary.text()
