"""The supervisor's audit view: lazy model, filters, refusal for clerks."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from sqlmodel import Session

from clerk_desk.domain.roles import Actor, Role
from clerk_desk.gui.audit_view import AuditTableModel, AuditView
from clerk_desk.services import audit, clock
from clerk_desk.services.audit_query import AuditCursor, AuditEntry, AuditFilter, AuditPage
from tests.gui.conftest import wait_tasks

SUP = Actor("sup1", Role.SUPERVISOR)


def _fake_fetch(total: int, calls: list[tuple[AuditFilter, AuditCursor | None, int]]):  # type: ignore[no-untyped-def]
    """``total`` entries numbered total … 1, newest first; a page starts after the cursor's entry."""
    at = datetime(2025, 3, 3, 9)

    def fetch(flt: AuditFilter, after: AuditCursor | None, limit: int) -> AuditPage:
        calls.append((flt, after, limit))
        start = 0 if after is None else total - after.seq + 1
        entries = [AuditEntry(at=at.astimezone(), station="S", seq=total - i, actor="clerk1", action="login",
                              target="clerk1", details={"i": i}) for i in range(start, min(total, start + limit))]
        last = AuditCursor(at, "S", entries[-1].seq) if entries else None
        return AuditPage(entries, start + limit < total, last)

    return fetch


def test_model_fetches_lazily(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    calls: list = []
    model = AuditTableModel(_fake_fetch(45, calls), page_size=20, lang="en")
    with qtbot.waitSignal(model.loaded):
        model.set_filter(AuditFilter(user="clerk1"))
    assert model.rowCount() == 20 and len(calls) == 1
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.loaded):
        model.fetchMore(QModelIndex())
    assert not model.loading
    with qtbot.waitSignal(model.loaded):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 45 and not model.canFetchMore(QModelIndex())
    assert [c[1].seq if c[1] else None for c in calls] == [None, 26, 6]  # each page after the last row shown
    assert [model.entry(r).seq for r in range(45)] == list(range(45, 0, -1))  # every entry once, in order
    assert model.data(model.index(0, 2)) == "log in"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "login"
    assert model.data(model.index(0, 5)) == "S/45"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "时间"  # English comes from the translator
    qtmodeltester.check(model)


def test_view_scrolling_fetches_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list = []
    view = AuditView(SUP, fetch=_fake_fetch(500, calls), page_size=50, lang="zh")
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    view.search()
    wait_tasks(qtbot)
    assert view.model.rowCount() == 50
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() > 50, timeout=2000)
    assert view.model.rowCount() < 500  # never everything at once


def test_view_shows_the_latest_entries_when_first_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Opened, the view shows the newest page at once (no 查询 pressed), fetched in a worker; showing
    it again does not fetch again (each fetch is an audited read)."""
    import threading

    calls: list = []
    threads: list[threading.Thread] = []
    fetch = _fake_fetch(120, calls)

    def recording(flt, after, limit):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return fetch(flt, after, limit)

    view = AuditView(SUP, fetch=recording, page_size=50, lang="zh")
    qtbot.addWidget(view)
    view.resize(900, 400)
    assert calls == []   # nothing read before the page is shown
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    wait_tasks(qtbot)
    assert [view.model.entry(r).seq for r in range(3)] == [120, 119, 118]   # the newest first
    assert calls[0][0] == AuditFilter() and calls[0][1] is None   # no filter, the first page
    assert threading.main_thread() not in threads
    view.hide()
    view.show()
    wait_tasks(qtbot)
    assert len([c for c in calls if c[1] is None]) == 1


@pytest.fixture
def trail_engine(engine):  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        for day, actor, action, target in [(1, "clerk1", "login", "clerk1"), (2, "clerk2", "id.reveal", "A-0002"),
                                           (3, "clerk1", "id.reveal", "A-0003"), (3, "sup1", "day.close", "P1")]:
            clock.set_clock(lambda day=day: datetime(2025, 3, day, 10).astimezone())
            audit.record(s, actor=actor, action=action, target=target)
        s.commit()
    clock.set_clock(None)
    return engine


def _targets(view: AuditView) -> list[str]:
    m = view.model
    return [m.entry(r).target for r in range(m.rowCount()) if m.entry(r).action != "audit.view"]


def test_view_filters_through_the_service(qtbot, trail_engine) -> None:  # type: ignore[no-untyped-def]
    view = AuditView(SUP, trail_engine, lang="zh")
    qtbot.addWidget(view)
    view.show()
    wait_tasks(qtbot)
    assert view.user_combo.findText("clerk2") >= 0
    view.search()
    wait_tasks(qtbot)
    assert _targets(view) == ["P1", "A-0003", "A-0002", "clerk1"]
    view.user_combo.setCurrentText("clerk1")
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert _targets(view) == ["A-0003", "clerk1"]
    view.action_combo.setCurrentIndex(view.action_combo.findData("id.reveal"))
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert _targets(view) == ["A-0003"]
    view._on_clear_clicked()
    view.date_check.setChecked(True)
    view.from_edit.setDate(QDate(2025, 3, 2))
    view.to_edit.setDate(QDate(2025, 3, 2))
    assert view.current_filter().date_from == date(2025, 3, 2)
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert _targets(view) == ["A-0002"]
    view._on_clear_clicked()
    qtbot.keyClicks(view.target_edit, "' or 1=1 --")
    qtbot.keyClick(view.target_edit, Qt.Key.Key_Return)
    wait_tasks(qtbot)
    assert _targets(view) == []
    view.target_edit.setText("%")
    view.search()
    wait_tasks(qtbot)
    assert _targets(view) == []


def test_clerk_sees_a_refusal_not_the_trail(qtbot, trail_engine) -> None:  # type: ignore[no-untyped-def]
    view = AuditView(Actor("clerk1", Role.CLERK), trail_engine, lang="en")
    qtbot.addWidget(view)
    view.show()
    view.search()
    wait_tasks(qtbot)
    assert view.model.rowCount() == 0
    assert "may not view the audit trail" in view.message_label.text()
    assert view.message_label.isVisible()


def test_the_table_sits_right_under_the_filters(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No message to show, no blank line between the filter bar and the table."""
    view = AuditView(SUP, fetch=_fake_fetch(5, []), lang="zh")
    qtbot.addWidget(view)
    view.resize(1000, 500)
    view.show()
    qtbot.waitExposed(view)
    wait_tasks(qtbot)
    u = view.ui
    gap = view.table.geometry().top() - u.filterLayout.geometry().bottom() - 1
    assert gap <= u.pageLayout.spacing(), gap


def test_every_column_but_the_details_shows_its_whole_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    """At 1366 px the time, user, action, target and station/number are read whole ("2025-03-03 09:…"
    was cut before); the details take what is left and show the rest in their tooltip."""
    view = AuditView(SUP, fetch=_fake_fetch(30, []), page_size=50, lang="zh")
    qtbot.addWidget(view)
    view.resize(1366, 600)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    wait_tasks(qtbot)
    metrics = view.table.fontMetrics()
    for column in (0, 1, 2, 3, 5):
        widest = max(metrics.horizontalAdvance(str(view.model.index(r, column).data()))
                     for r in range(view.model.rowCount()))
        assert view.table.columnWidth(column) >= widest, (column, view.table.columnWidth(column), widest)
    assert view.table.columnWidth(4) > view.table.columnWidth(0)
