"""The main window: title, pages by role, database opened in a worker, status bar."""

from __future__ import annotations

from tests.gui.conftest import SUPERVISOR, make_ctx, wait_tasks


def test_window_opens_database_in_a_worker_and_shows_status(qtbot, fixed_clock) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    ctx = make_ctx(ready=False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert "正在打开数据库" in window._db_state.text()
    assert "幸福街道医保服务点（S001）" in window.windowTitle() and "王芳" in window.windowTitle()
    window.build_pages()
    assert window.page("new_application") is not None and window.page("cards_ready_page") is None  # clerk
    with qtbot.waitSignal(ctx.database_ready, timeout=30000):
        window.start_database()
    assert ctx.ready and "正常" in window._db_state.text()
    assert window.page("new_application").ui.blockingLabel.text() != "正在打开数据库…"
    wait_tasks(qtbot)


def test_supervisor_sees_cards_ready_and_late_pages(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    window = MainWindow(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(window)
    window.build_pages()
    assert window.page("cards_ready_page") is not None and window.page("late_page") is not None
    wait_tasks(qtbot)


def test_duplicate_link_opens_the_existing_record_in_search(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import get_engine, session_scope
    from tests.gui.conftest import settings_for
    from tests.helpers.people import make_id, self_form

    ctx = make_ctx()
    with session_scope(get_engine(database)) as s:
        existing = svc.accept(s, ctx.actor, self_form(make_id(date(1980, 5, 17)), birth=date(1980, 5, 17)),
                              settings=settings_for("street")).number
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.build_pages()
    page = window.page("new_application")
    page._pending_duplicate = existing
    search = window.page("search_page")
    with qtbot.waitSignal(search.found, timeout=10000) as found:
        page._on_show_duplicate()
    assert [r.number for r in found.args[0]] == [existing]
    assert window.ui.pages.currentWidget() is search
    wait_tasks(qtbot)


def test_a_page_that_cannot_be_imported_fails_start_up_and_is_logged(qtbot, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    """A broken page module or a renamed class is never silently left out of the window."""
    import pytest

    from clerk_desk.gui import page_set
    from clerk_desk.gui.main_window import MainWindow

    pages = page_set.PAGES
    for broken in (page_set.PageSpec("no_such_page", "NoSuchPage", "坏页", None, None),
                   page_set.PageSpec("lock_screen", "RenamedLockPage", "坏页", None, None)):
        monkeypatch.setattr(page_set, "PAGES", (*pages, broken))
        window = MainWindow(make_ctx(ready=False))
        qtbot.addWidget(window)
        caplog.clear()
        with pytest.raises((ImportError, AttributeError)):
            window.build_pages()
        assert any(broken.cls in r.getMessage() and r.levelname == "ERROR" for r in caplog.records)
