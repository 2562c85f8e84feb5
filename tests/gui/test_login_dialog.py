"""The login dialog: typing, wrong password, lockout, forced password change."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlmodel import Session, select

from clerk_desk.domain.roles import Role
from clerk_desk.gui.login_dialog import ChangePasswordDialog, LoginDialog
from clerk_desk.services import accounts, clock, login
from clerk_desk.store.models import AuditEvent
from tests.gui.conftest import wait_tasks


@pytest.fixture
def gui_engine(engine):  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        boss = accounts.create_first_supervisor(s, username="boss", password="Chief2025pw", display_name="王主任")
        s.commit()
        accounts.create_user(s, boss, username="li", role="clerk", password="Start2025pw")
        s.commit()
    return engine


def _login(qtbot, dialog: LoginDialog, user: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog.username_edit.clear()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.username_edit, user)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)


@pytest.fixture
def dialog(qtbot, gui_engine) -> LoginDialog:  # type: ignore[no-untyped-def]
    d = LoginDialog(gui_engine, lang="zh")
    qtbot.addWidget(d)
    d.show()
    return d


def test_right_password_logs_in(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.logged_in) as blocker:
        _login(qtbot, dialog, "boss", "Chief2025pw")
    assert blocker.args[0].username == "boss" and blocker.args[0].role is Role.SUPERVISOR
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.display_name == "王主任"


def test_wrong_password_shows_message_and_clears(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    _login(qtbot, dialog, "boss", "nope")
    assert dialog.message_label.text() == "用户名或密码错误"
    assert dialog.password_edit.text() == "" and dialog.username_edit.text() == "boss"
    assert dialog.actor is None and dialog.isVisible()


def test_enter_key_logs_in(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.username_edit, "boss")
    qtbot.keyClicks(dialog.password_edit, "Chief2025pw")
    with qtbot.waitSignal(dialog.logged_in):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_lockout_message(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    clock.set_clock(lambda: datetime(2025, 3, 3, 9, 0).astimezone())
    for i in range(5):
        _login(qtbot, dialog, "boss", f"wrong{i}")
    assert "已锁定" in dialog.message_label.text() and "09:15" in dialog.message_label.text()
    _login(qtbot, dialog, "boss", "Chief2025pw")
    assert "已锁定" in dialog.message_label.text()
    assert dialog.actor is None


def test_english_messages(qtbot, gui_engine) -> None:  # type: ignore[no-untyped-def]
    d = LoginDialog(gui_engine, lang="en", username="boss")
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.password_edit, "nope")
    qtbot.mouseClick(d.login_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert d.message_label.text() == "Wrong user name or password"


def test_first_login_forces_password_change(qtbot, dialog, gui_engine) -> None:  # type: ignore[no-untyped-def]
    _login(qtbot, dialog, "li", "Start2025pw")
    assert dialog.stack.currentIndex() == LoginDialog.CHANGE_PAGE
    assert dialog.actor is None and dialog.isVisible()
    form = dialog.change_form
    assert form is not None and form.old_edit.isHidden()
    qtbot.keyClicks(form.new_edit, "weak")
    qtbot.keyClicks(form.repeat_edit, "weak")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert "至少需要 8 个字符" in form.message_label.text()
    assert dialog.actor is None
    qtbot.keyClicks(form.new_edit, "Mine2025pw")
    qtbot.keyClicks(form.repeat_edit, "Mine2025pw")
    with qtbot.waitSignal(dialog.logged_in):
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.username == "li"
    with Session(gui_engine) as s:
        assert not login.authenticate(s, "li", "Mine2025pw").must_change_password


def test_cancelling_the_forced_change_logs_out(qtbot, dialog, gui_engine) -> None:  # type: ignore[no-untyped-def]
    _login(qtbot, dialog, "li", "Start2025pw")
    dialog.reject()
    wait_tasks(qtbot)
    assert dialog.actor is None
    with Session(gui_engine) as s:
        actions = [e.action for e in s.exec(select(AuditEvent))]
        assert actions[-2:] == ["login", "logout"]
        assert login.authenticate(s, "li", "Start2025pw").must_change_password


def test_change_password_dialog_needs_the_current_password(qtbot, gui_engine) -> None:  # type: ignore[no-untyped-def]
    d = ChangePasswordDialog("boss", gui_engine, lang="en")
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.form.old_edit, "wrong")
    qtbot.keyClicks(d.form.new_edit, "Fresh2025pw")
    qtbot.keyClicks(d.form.repeat_edit, "Fresh2025pw")
    qtbot.mouseClick(d.form.ok_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert d.form.message_label.text() == "The current password is wrong"
    d.form.old_edit.clear()
    qtbot.keyClicks(d.form.old_edit, "Chief2025pw")
    qtbot.keyClicks(d.form.new_edit, "Fresh2025pw")
    qtbot.keyClicks(d.form.repeat_edit, "Fresh2025pw")
    qtbot.mouseClick(d.form.ok_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert d.result() == QDialog.DialogCode.Accepted
