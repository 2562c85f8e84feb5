"""Today's list gives every row of the day a time: an application accepted at the counter shows
when it was accepted, one returned with the one-time notice (一次性告知, documents missing) when
it was returned; the column says it holds both (办理时间), and the list stays masked."""

from __future__ import annotations

from datetime import date, datetime

from clerk_desk.gui.qt import Qt
from tests.gui.conftest import CLERK, make_ctx, settings_for, wait_tasks
from tests.helpers.people import make_id, self_form

ACCEPTED_BIRTH, RETURNED_BIRTH = date(1975, 4, 2), date(1992, 1, 1)
ACCEPTED_ID, RETURNED_ID = make_id(ACCEPTED_BIRTH, seq=61), make_id(RETURNED_BIRTH, seq=62)


def _cell(page, row: int, title: str) -> str:  # type: ignore[no-untyped-def]
    model = page.view.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return str(model.index(row, titles.index(title)).data())


def test_a_returned_application_shows_when_it_was_returned(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.today_page import TodayPage
    from clerk_desk.services import applications as svc
    from clerk_desk.services import clock
    from clerk_desk.store.db import get_engine, session_scope

    clerk = Actor(CLERK[0], Role(CLERK[1]), CLERK[2])
    page = TodayPage(make_ctx())
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    wait_tasks(qtbot)
    with session_scope(get_engine(database)) as s:
        clock.set_clock(lambda: datetime(2026, 11, 27, 9, 5))
        svc.accept(s, clerk, self_form(ACCEPTED_ID, "张伟", birth=ACCEPTED_BIRTH), settings=settings_for())
        clock.set_clock(lambda: datetime(2026, 11, 27, 10, 42))   # only the ID card brought: returned
        svc.return_with_notice(s, clerk, self_form(RETURNED_ID, "周杰", birth=RETURNED_BIRTH,
                                                   documents={"insured_id_card": "verified"}),
                               settings=settings_for())
    clock.set_clock(lambda: datetime(2026, 11, 27, 11, 0))
    qtbot.mouseClick(page.ui.refreshButton, Qt.MouseButton.LeftButton)   # the clerk refreshes the list
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    rows = {_cell(page, r, "参保人"): r for r in range(2)}
    returned, accepted = rows["周杰"], rows["张伟"]
    assert _cell(page, returned, "状态") == "材料不全已告知"
    assert _cell(page, returned, "办理时间") == "10:42"
    assert _cell(page, accepted, "办理时间") == "09:05"
    assert _cell(page, returned, "身份证号码") == RETURNED_ID[:6] + "********" + RETURNED_ID[-4:]
    time_column = [c.key for c in page.model.columns].index("time")
    tip = page.view.model().headerData(time_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "受理" in tip and "退回" in tip   # the header says which time a row shows
