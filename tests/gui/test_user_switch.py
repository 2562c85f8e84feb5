"""Who is acting: switching between a clerk and a supervisor, through the lock screen and through
log out (注销) and the login dialog.  The tabs, keys and menus follow the new role, and every
service call (so every audit entry) names the user signed in at that moment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from clerk_desk.domain.roles import Actor, Role
from tests.gui.conftest import settings_for, wait_tasks
from tests.gui.test_login_users_page import act

CLERK_PAGES = {"new_application", "today_page", "handover_page", "search_page"}
SUPERVISOR_PAGES = CLERK_PAGES | {"cards_ready_page", "late_page", "daily_page", "calendar_page", "audit_view",
                                  "users_page"}
LI = Actor("li", Role.CLERK, "李四")
BOSS = Actor("boss", Role.SUPERVISOR, "王主任")


def _events(url: str) -> list[tuple[str, str]]:
    from clerk_desk.services.uow import unit_of_work
    from clerk_desk.store.models import AuditEvent

    with unit_of_work(url) as s:
        return [(e.action, e.actor) for e in s.exec(select(AuditEvent).order_by(AuditEvent.seq))]


@pytest.fixture
def window(qtbot, database):  # type: ignore[no-untyped-def]
    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.services import accounts, login
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(database) as s:
        boss = accounts.create_first_supervisor(s, username="boss", password="Chief2025pw", display_name="王主任")
    with unit_of_work(database) as s:
        accounts.create_user(s, boss, username="li", role="clerk", password="Start2025pw", display_name="李四")
    with unit_of_work(database) as s:
        login.change_password(s, "li", "Start2025pw", "Clerk2025pw")
    ctx = AppContext(settings_for(), lang="zh", url=database)
    ctx.ready = True
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.lock is not None:
        w.lock.stop()
    wait_tasks(qtbot)


def _tabs(w) -> set[str]:  # type: ignore[no-untyped-def]
    """The pages as the clerk sees them: the tab widget's own pages, matched to their names."""
    shown = {w.ui.pages.widget(i) for i in range(w.ui.pages.count())}
    names = {name for name, page in w.pages.items() if page in shown}
    assert len(names) == len(shown)  # no tab left over from an earlier user
    return names


def _press(qtbot, w, key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(w.ui.searchEdit, key)


def _switch_at_lock(qtbot, w, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    w.lock.lock_now()
    screen = w.lock.screen
    qtbot.mouseClick(screen.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.username_edit, username)
    qtbot.keyClicks(screen.password_edit, password)
    with qtbot.waitSignal(screen.user_switched, timeout=10000):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)


def _log_out_and_in(qtbot, w, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    w.actionLogout.trigger()
    assert w.ctx.actor is None and _tabs(w) == set() and not w.actionLogout.isVisible()
    login = w.login_dialog
    assert login is not None and login.isVisible()
    qtbot.keyClicks(login.username_edit, username)
    qtbot.keyClicks(login.password_edit, password)
    with qtbot.waitSignal(login.logged_in, timeout=10000):
        qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert not login.isVisible()
    w.activateWindow()  # the window manager's part once the dialog is gone (offscreen has none)
    qtbot.waitUntil(w.isActiveWindow)


def _assert_supervisor(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    assert w.ctx.actor.username == "boss" and "王主任" in w.windowTitle()
    assert _tabs(w) == SUPERVISOR_PAGES
    assert w.ui.actionSettings.isVisible()
    _press(qtbot, w, Qt.Key.Key_F7)
    assert w.ui.pages.currentWidget() is w.page("daily_page")
    # the users page acts as the supervisor signed in now
    users = w.page("users_page")
    assert act(qtbot, users, users.create_account, username="sun", role=Role.CLERK, password="Kiosk2025pw",
               repeat="Kiosk2025pw"), users.message_label.text()
    assert ("account.create", "boss") in _events(w.ctx.url)


def _assert_clerk(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    assert w.ctx.actor.username == "li" and "李四" in w.windowTitle()
    assert _tabs(w) == CLERK_PAGES
    assert not w.ui.actionSettings.isVisible()
    w.show_page("today_page")
    for key in (Qt.Key.Key_F5, Qt.Key.Key_F6, Qt.Key.Key_F7):  # the supervisor's keys go with the pages
        _press(qtbot, w, key)
        assert w.ui.pages.currentWidget() is w.page("today_page")
    _press(qtbot, w, Qt.Key.Key_F4)
    assert w.ui.pages.currentWidget() is w.page("handover_page")


def test_clerk_to_supervisor_at_the_lock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_session(LI)
    _assert_clerk(qtbot, window)
    _switch_at_lock(qtbot, window, "boss", "Chief2025pw")
    assert _events(window.ctx.url)[-2:] == [("unlock", "boss"), ("logout", "li")]
    _assert_supervisor(qtbot, window)


def test_supervisor_to_clerk_at_the_lock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_session(BOSS)
    _assert_supervisor(qtbot, window)
    stale = window.page("users_page")
    _switch_at_lock(qtbot, window, "li", "Clerk2025pw")
    assert _events(window.ctx.url)[-2:] == [("unlock", "li"), ("logout", "boss")]
    _assert_clerk(qtbot, window)
    assert window.ui.pages.indexOf(stale) == -1


def test_clerk_to_supervisor_by_logging_out_keeps_the_form_as_a_draft(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_session(LI)
    page = window.page("new_application")
    page.ui.nameEdit.setText("张三")
    _log_out_and_in(qtbot, window, "boss", "Chief2025pw")
    events = _events(window.ctx.url)
    assert ("logout", "li") in events and events[-1] == ("login", "boss")
    _assert_supervisor(qtbot, window)
    offer = window.page("new_application").ui.draftLabel.text()
    assert "张三" in offer  # the clerk's unfinished form is offered back, not lost


def test_supervisor_to_clerk_by_logging_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_session(BOSS)
    _assert_supervisor(qtbot, window)
    _log_out_and_in(qtbot, window, "li", "Clerk2025pw")
    events = _events(window.ctx.url)
    assert ("logout", "boss") in events and events[-1] == ("login", "li")
    _assert_clerk(qtbot, window)


def test_a_page_acts_for_whoever_is_signed_in_now(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A page made for the supervisor, still held after a clerk signed in, acts as the clerk:
    the service refuses, and the refusal is audited under the clerk's name."""
    from clerk_desk.gui.users_page import UsersPage
    from clerk_desk.services.uow import engine_for

    ctx = window.ctx
    ctx.actor = BOSS
    page = UsersPage(lambda: ctx.actor, engine_for(ctx.url), lang="zh")
    qtbot.addWidget(page)
    ctx.actor = LI
    assert not act(qtbot, page, page.create_account, username="sun", role=Role.CLERK, password="Kiosk2025pw",
                   repeat="Kiosk2025pw")
    assert "无权" in page.message_label.text() and "李四" in page.message_label.text()
    assert _events(ctx.url)[-1] == ("permission.denied", "li")
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(ctx.url) as s:
        assert accounts.get_user(s, "sun") is None


def test_dialogs_close_when_the_user_changes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_session(BOSS)
    dialog = window.open_sync()
    assert dialog.isVisible()
    _switch_at_lock(qtbot, window, "li", "Clerk2025pw")
    assert not dialog.isVisible()


def test_ctrl_q_at_the_locked_window_asks_for_a_password(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_session(LI)
    window.lock.lock_now()
    screen = window.lock.screen
    closed: list[int] = []
    window.ui.actionQuit.triggered.connect(lambda: closed.append(1))
    qtbot.keyClick(screen.password_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert closed == [] and window.isVisible() and "输入密码" in screen.message_label.text()
    qtbot.keyClicks(screen.password_edit, "Clerk2025pw")
    with qtbot.waitSignal(screen.quit_requested, timeout=10000):
        qtbot.keyClick(screen.password_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    wait_tasks(qtbot)
    assert _events(window.ctx.url)[-1] == ("quit", "li")
