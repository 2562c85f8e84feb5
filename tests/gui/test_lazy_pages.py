"""A supervisor's pages query the database when shown, not at login nor behind another tab."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui.qt import Qt
from tests.gui.conftest import make_ctx, wait_tasks
from tests.gui.test_daily_page import supervisor_window


def _count_calls(monkeypatch, module: Any, name: str, calls: list[str]) -> None:  # type: ignore[no-untyped-def]
    real = getattr(module, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)


def test_supervisor_pages_load_on_first_show(qtbot, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui import cards_ready_page
    from clerk_desk.services import applications, printouts

    calls: list[str] = []
    _count_calls(monkeypatch, printouts, "daily_report_data", calls)
    _count_calls(monkeypatch, applications, "late_cards", calls)
    _count_calls(monkeypatch, cards_ready_page, "awaiting_cards", calls)
    window = supervisor_window(qtbot)
    ctx = window.ctx
    ctx.applications_changed.emit()  # another tab's work: the hidden pages stay idle
    wait_tasks(qtbot)
    assert calls == []

    qtbot.keyClick(window, Qt.Key.Key_F7)  # the daily report's tab
    wait_tasks(qtbot)
    assert calls == ["daily_report_data"]
    page = window.page("daily_page")
    assert page.data is not None and page.data.day == ctx.today()
    ctx.applications_changed.emit()  # on screen: the figures follow
    wait_tasks(qtbot)
    assert calls == ["daily_report_data"] * 2

    qtbot.keyClick(window, Qt.Key.Key_F6)  # late and uncollected cards
    wait_tasks(qtbot)
    assert calls == ["daily_report_data"] * 2 + ["late_cards"]


def test_calendar_audit_and_accounts_pages_are_built_when_first_shown(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.calendar_page import CalendarPage

    window = supervisor_window(qtbot)
    holders = {name: window.pages[name] for name in ("calendar_page", "audit_view", "users_page")}
    assert all(h is not None and h.built is None for h in holders.values())  # nothing built at login
    tabs = window.ui.pages
    tabs.setCurrentIndex(tabs.indexOf(holders["calendar_page"]))  # the supervisor opens 工作日历
    qtbot.waitUntil(lambda: holders["calendar_page"].built is not None)
    assert isinstance(holders["calendar_page"].built, CalendarPage)
    wait_tasks(qtbot)  # its years are read in a worker
    assert holders["calendar_page"].built.current_year == make_ctx().today().year
    assert holders["audit_view"].built is None and holders["users_page"].built is None
