"""Idle lock: the counter locks after the idle time, keeps the form, unlocks with the password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget
from sqlmodel import Session, select

from clerk_desk.domain.roles import Actor, Role
from clerk_desk.gui.lock_screen import CounterLock, IdleWatcher
from clerk_desk.services import accounts, login
from clerk_desk.store.models import AuditEvent
from tests.gui.conftest import wait_tasks


@pytest.fixture
def setup(qtbot, engine):  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        boss = accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")
        s.commit()
        accounts.create_user(s, boss, username="li", role="clerk", password="Start2025pw")
        accounts.create_user(s, boss, username="zhao", role="clerk", password="Start2025pw")
        s.commit()
        login.change_password(s, "li", "Start2025pw", "Clerk2025pw")
        s.commit()
    window = QMainWindow()
    central = QWidget(window)
    name_edit = QLineEdit(central)
    name_edit.setObjectName("insuredName")
    QVBoxLayout(central).addWidget(name_edit)
    window.setCentralWidget(central)
    window.resize(640, 480)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    actor = Actor("li", Role.CLERK, "李四")
    lock = CounterLock(window, actor, engine, interval_ms=150, lang="zh")
    yield window, name_edit, lock, engine
    lock.stop()
    wait_tasks(qtbot)  # the lock's audit entry written before the database is dropped (a deadlock on PostgreSQL)


def _actions(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return [e.action for e in s.exec(select(AuditEvent))]


def test_idle_locks_and_keeps_the_form(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    window, name_edit, lock, engine = setup
    name_edit.setText("张三 ")
    qtbot.keyClicks(name_edit, "11010519491231002X")
    lock.start()
    qtbot.waitUntil(lambda: lock.screen.is_locked, timeout=3000)
    assert not lock.watcher.is_active()
    assert lock.screen.geometry() == window.rect()
    assert name_edit.text() == "张三 11010519491231002X"  # the form is untouched
    assert not window.centralWidget().isEnabled()  # but not reachable while locked
    wait_tasks(qtbot)
    assert "counter.lock" in _actions(engine)

    qtbot.keyClicks(lock.screen.password_edit, "wrong")
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert lock.screen.is_locked and lock.screen.message_label.text() == "用户名或密码错误"
    assert name_edit.text() == "张三 11010519491231002X"

    qtbot.keyClicks(lock.screen.password_edit, "Clerk2025pw")
    with qtbot.waitSignal(lock.screen.unlocked) as blocker:
        qtbot.keyClick(lock.screen.password_edit, Qt.Key.Key_Return)
    assert blocker.args[0].username == "li"
    assert not lock.screen.is_locked and window.centralWidget().isEnabled()
    assert name_edit.text() == "张三 11010519491231002X"
    assert lock.watcher.is_active()  # watching again
    assert _actions(engine)[-1] == "unlock"
    lock.stop()


def test_input_postpones_the_lock(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    window, name_edit, lock, _ = setup
    lock.watcher.set_interval(400)
    lock.start()
    timer = lock.watcher._timer
    for _ in range(3):  # each key comes when most of the idle time has gone, and starts it again
        qtbot.waitUntil(lambda: timer.remainingTime() < 150, timeout=3000)
        qtbot.keyClick(name_edit, Qt.Key.Key_A)
        assert timer.remainingTime() > 250 and not lock.screen.is_locked
    qtbot.waitUntil(lambda: lock.screen.is_locked, timeout=3000)
    assert name_edit.text() == "aaa"
    lock.stop()


def test_wrong_passwords_at_the_lock_count_toward_lockout(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    _, _, lock, _ = setup
    lock.lock_now()
    for i in range(5):
        qtbot.keyClicks(lock.screen.password_edit, f"bad{i}")
        qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
        wait_tasks(qtbot)
    assert "已锁定" in lock.screen.message_label.text()
    qtbot.keyClicks(lock.screen.password_edit, "Clerk2025pw")
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert lock.screen.is_locked


def test_switch_user(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    window, name_edit, lock, engine = setup
    name_edit.setText("draft")
    lock.lock_now()
    qtbot.mouseClick(lock.screen.switch_button, Qt.MouseButton.LeftButton)
    assert not lock.screen.username_edit.isReadOnly() and lock.screen.username_edit.text() == ""
    qtbot.keyClicks(lock.screen.username_edit, "boss")
    qtbot.keyClicks(lock.screen.password_edit, "Chief2025pw")
    with qtbot.waitSignal(lock.screen.user_switched) as blocker:
        qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    old, new = blocker.args
    assert (old.username, new.username) == ("li", "boss")
    assert lock.screen.actor.username == "boss" and not lock.screen.is_locked
    wait_tasks(qtbot)
    assert _actions(engine)[-2:] == ["unlock", "logout"]
    lock.stop()


def _events(engine) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return [(e.action, e.actor) for e in s.exec(select(AuditEvent).order_by(AuditEvent.seq))]


def _switch_to_new_account(qtbot, lock) -> None:  # type: ignore[no-untyped-def]
    """At the lock, "zhao" (whose password was set by someone else) takes over: the change form shows."""
    lock.lock_now()
    qtbot.mouseClick(lock.screen.switch_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(lock.screen.username_edit, "zhao")
    qtbot.keyClicks(lock.screen.password_edit, "Start2025pw")
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lock.screen.change_form is not None)


def test_switch_to_account_that_must_change_password_changes_it_at_the_lock(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    _, name_edit, lock, engine = setup
    name_edit.setText("draft")
    _switch_to_new_account(qtbot, lock)
    form = lock.screen.change_form
    assert lock.screen.is_locked and form.isVisible() and form.old_edit.isHidden()
    assert lock.screen.actor.username == "li"  # not switched until the password is changed
    qtbot.keyClicks(form.new_edit, "weak")
    qtbot.keyClicks(form.repeat_edit, "weak")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert "至少需要 8 个字符" in form.message_label.text() and lock.screen.is_locked
    qtbot.keyClicks(form.new_edit, "Mine2025pw")
    qtbot.keyClicks(form.repeat_edit, "Mine2025pw")
    with qtbot.waitSignal(lock.screen.user_switched) as blocker:
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert (blocker.args[0].username, blocker.args[1].username) == ("li", "zhao")
    assert not lock.screen.is_locked and name_edit.text() == "draft"
    wait_tasks(qtbot)
    events = _events(engine)
    assert ("password.change", "zhao") in events and events[-1] == ("logout", "li")
    with Session(engine) as s:
        assert not login.authenticate(s, "zhao", "Mine2025pw").must_change_password
    lock.stop()


def test_abandoned_password_change_at_the_lock_logs_that_account_out(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    _, _, lock, engine = setup
    _switch_to_new_account(qtbot, lock)
    qtbot.mouseClick(lock.screen.switch_button, Qt.MouseButton.LeftButton)  # someone else after all
    wait_tasks(qtbot)
    assert lock.screen.change_form is None and lock.screen.is_locked and lock.screen.actor.username == "li"
    assert _events(engine)[-1] == ("logout", "zhao")


def test_quit_from_the_lock_needs_a_password(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    window, _, lock, engine = setup
    quits: list[int] = []
    lock.screen.quit_requested.connect(lambda: quits.append(1))
    lock.lock_now()
    qtbot.keyClick(lock.screen.password_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Q
    assert quits == [] and "输入密码" in lock.screen.message_label.text()
    qtbot.keyClicks(lock.screen.password_edit, "wrong")
    qtbot.mouseClick(lock.screen.quit_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert quits == [] and lock.screen.message_label.text() == "用户名或密码错误"
    qtbot.keyClicks(lock.screen.password_edit, "Clerk2025pw")
    with qtbot.waitSignal(lock.screen.quit_requested):
        qtbot.mouseClick(lock.screen.quit_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert _events(engine)[-1] == ("quit", "li")


def test_watcher_minutes_default_from_settings(qtbot, isolated_env) -> None:  # type: ignore[no-untyped-def]
    assert IdleWatcher().interval_ms == 5 * 60_000
    (isolated_env / "settings.toml").write_text("[ui]\nidle_lock_minutes = 2\n", encoding="utf-8")
    assert IdleWatcher().interval_ms == 2 * 60_000
    assert IdleWatcher(7).interval_ms == 7 * 60_000


def test_window_shortcuts_are_dead_while_locked(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence, QShortcut

    window, name_edit, lock, _ = setup
    fired: list[int] = []
    QShortcut(QKeySequence("F5"), window, activated=lambda: fired.append(1))
    name_edit.setFocus()
    qtbot.keyClick(name_edit, Qt.Key.Key_F5)
    assert fired == [1]
    lock.lock_now()
    qtbot.keyClick(lock.screen.password_edit, Qt.Key.Key_F5)
    assert fired == [1]
    qtbot.keyClicks(lock.screen.password_edit, "Clerk2025pw")
    qtbot.keyClick(lock.screen.password_edit, Qt.Key.Key_Return)
    wait_tasks(qtbot)
    assert not lock.screen.is_locked
    qtbot.keyClick(name_edit, Qt.Key.Key_F5)
    assert fired == [1, 1]
