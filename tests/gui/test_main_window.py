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
