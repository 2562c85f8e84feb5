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
    assert "（A4，凭条 80mm，预览）" in window._printer_state.text()   # a street point: slips on the roll
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


MENUS_ZH = {  # the menus as a Chinese desktop writes them: 文字(&X), the ellipsis after the mnemonic
    "文件(&F)": ["设置(&S)…", "注销(&O)", "退出(&Q)"],
    "数据(&A)": ["上传到中心数据库(&U)…", "从中心数据库下载(&D)…", "导出数据包(&E)…", "导入数据包(&I)…"],
    "帮助(&H)": ["快捷键(&K)…", "关于 Clerk Desk(&A)…"],
}
MENUS_EN = {
    "&File": ["&Settings…", "L&og out", "&Quit"],
    "D&ata": ["P&ush to the central database…", "Pu&ll from the central database…", "&Export a bundle…",
              "&Import a bundle…"],
    "&Help": ["&Keyboard shortcuts…", "&About Clerk Desk…"],
}


def _menus(window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {m.title(): [a.text() for a in m.actions() if not a.isSeparator()]
            for m in (a.menu() for a in window.menuBar().actions())}


def _fits(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Every item is drawn whole: its rectangle holds the text (mnemonic marker dropped) and its key."""
    from clerk_desk.gui.qt import QFontMetrics, QPoint

    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        menu.popup(window.mapToGlobal(QPoint(10, 10)))
        qtbot.waitUntil(menu.isVisible)
        metrics = QFontMetrics(menu.font())
        for action in menu.actions():
            if action.isSeparator():
                continue
            shown = action.text().replace("&", "")
            needed = metrics.horizontalAdvance(shown) + metrics.horizontalAdvance(action.shortcut().toString())
            assert menu.actionGeometry(action).width() > needed, (shown, menu.actionGeometry(action).width(), needed)
        menu.hide()


def test_menu_mnemonics_are_written_and_drawn_whole(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: the Help menu showed 快捷键…K)…F1. One mnemonic an item, unique in its menu, shown whole."""
    from clerk_desk.gui import i18n
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.gui.qt import QApplication

    window = MainWindow(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(window)
    window.show()
    assert _menus(window) == MENUS_ZH
    assert window.ui.actionShortcuts.shortcut().toString() == "F1"
    _fits(qtbot, window)
    wait_tasks(qtbot)
    i18n.install(QApplication.instance(), "en")
    try:
        english = MainWindow(make_ctx(who=SUPERVISOR))
        qtbot.addWidget(english)
        english.show()
        assert _menus(english) == MENUS_EN
        _fits(qtbot, english)
        wait_tasks(qtbot)
    finally:
        i18n.install(QApplication.instance(), "zh")
    for menus in (MENUS_ZH, MENUS_EN):
        for items in [list(menus), *menus.values()]:
            keys = [t[t.index("&") + 1].lower() for t in items]
            assert all(t.count("&") == 1 for t in items) and len(set(keys)) == len(keys), items


def test_a_database_upgraded_by_a_newer_program_is_said_so_at_start(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    """Not '程序出错': the clerk is told the program needs updating, and nothing was changed."""
    import sqlite3

    from clerk_desk.gui.main_window import MainWindow

    with sqlite3.connect(database.removeprefix("sqlite:///")) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    ctx = make_ctx(ready=False)
    ctx._url = database
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.start_database()
    bar = window.ui.messageBar
    qtbot.waitUntil(lambda: "0099" in bar.text(), timeout=30000)
    assert "比本程序新" in bar.text() and "程序出错" not in bar.text()
    assert "无法打开" in window._db_state.text() and not ctx.ready
    wait_tasks(qtbot)
