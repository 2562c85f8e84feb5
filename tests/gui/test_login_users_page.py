"""Account management page (lives with the login tests: same accounts service)."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from clerk_desk.domain.roles import Actor, Role
from clerk_desk.gui.users_page import UsersPage, creatable_roles
from clerk_desk.services import accounts
from tests.gui.conftest import wait_tasks


def act(qtbot, page, method, *args, **kwargs) -> bool:  # type: ignore[no-untyped-def]
    """Click-equivalent of a page action: it runs in a worker; True when it was done."""
    with qtbot.waitSignal(page.finished, timeout=10000) as done:
        method(*args, **kwargs)
    wait_tasks(qtbot)
    return bool(done.args[0])


@pytest.fixture
def boss(engine) -> Actor:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        actor = accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")
        s.commit()
    return actor


def test_creatable_roles() -> None:
    assert creatable_roles(Actor("s", Role.SUPERVISOR)) == [Role.CLERK]
    assert creatable_roles(Actor("a", Role.ADMIN)) == [Role.CLERK, Role.SUPERVISOR, Role.ADMIN]
    assert creatable_roles(Actor("c", Role.CLERK)) == []


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    from clerk_desk.gui import i18n
    from clerk_desk.gui.qt import QApplication

    i18n.install(QApplication.instance(), "en")
    yield
    i18n.install(QApplication.instance(), "zh")


def test_supervisor_manages_clerks(qtbot, engine, boss, english) -> None:  # type: ignore[no-untyped-def]
    page = UsersPage(boss, engine, lang="en")
    qtbot.addWidget(page)
    wait_tasks(qtbot)
    assert page.table.model().rowCount() == 1
    assert not act(qtbot, page, page.create_account, username="li", role=Role.CLERK, password="weak", repeat="weak")
    assert "at least" in page.message_label.text()
    assert act(qtbot, page, page.create_account, username="li", role=Role.CLERK, password="Start2025pw",
               repeat="Start2025pw", display_name="Li Si")
    assert page.table.model().rowCount() == 2
    assert page.table.model().text(1, 3) == "must change password"
    assert act(qtbot, page, page.disable, "li") and page.table.model().text(1, 3) == "disabled"
    assert act(qtbot, page, page.enable, "li")
    assert not act(qtbot, page, page.create_account, username="s2", role=Role.SUPERVISOR, password="Start2025pw",
                   repeat="Start2025pw")
    assert "may not" in page.message_label.text()
    page.select("li")
    assert page.selected_username() == "li"


def test_clerk_gets_a_refusal(qtbot, engine, boss) -> None:  # type: ignore[no-untyped-def]
    page = UsersPage(Actor("c1", Role.CLERK), engine, lang="zh")
    qtbot.addWidget(page)
    wait_tasks(qtbot)
    assert page.table.model().rowCount() == 0 and "无权" in page.message_label.text()
    assert not page.add_button.isEnabled()


def test_a_refused_password_keeps_the_new_account_dialog_and_what_was_typed(qtbot, engine, boss) -> None:  # type: ignore[no-untyped-def]
    """Issue 14: a weak password used to close the dialog and throw the typing away."""
    from clerk_desk.gui.qt import QApplication, QDialogButtonBox, QLabel, QLineEdit, Qt
    from clerk_desk.gui.users_page import NewUserDialog

    page = UsersPage(boss, engine, lang="zh")
    qtbot.addWidget(page)
    page.show()
    wait_tasks(qtbot)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewUserDialog))
    dialog = QApplication.activeModalWidget()
    edits = {name: dialog.findChild(QLineEdit, name) for name in ("usernameEdit", "displayEdit", "passwordEdit",
                                                                   "repeatEdit")}
    typed = {"usernameEdit": "liuyang", "displayEdit": "Liu Yang", "passwordEdit": "abc", "repeatEdit": "abc"}
    for name, text in typed.items():
        qtbot.keyClicks(edits[name], text)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(page.finished, timeout=10000) as done:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert done.args == [False]
    assert dialog.isVisible() and QApplication.activeModalWidget() is dialog
    assert {name: e.text() for name, e in edits.items()} == typed
    beside = dialog.findChild(QLabel, "passwordProblem")
    assert beside.isVisible() and "8" in beside.text()          # at least 8 characters (the default setting)
    form = dialog.layout()
    row = form.getWidgetPosition(edits["passwordEdit"])[0]
    assert form.getWidgetPosition(beside)[0] == row + 1           # right under the password field
    assert not dialog.findChild(QLabel, "usernameProblem").isVisible()
    assert page.table.model().rowCount() == 1
    for name in ("passwordEdit", "repeatEdit"):
        edits[name].selectAll()
        qtbot.keyClicks(edits[name], "Start2025pw")
    with qtbot.waitSignal(page.finished, timeout=10000) as done:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_tasks(qtbot)
    assert [page.table.model().text(r, 0) for r in range(page.table.model().rowCount())] == ["boss", "liuyang"]
    assert page.table.model().text(1, 1) == "Liu Yang"


def test_a_taken_user_name_is_shown_beside_the_name(qtbot, engine, boss) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.qt import QApplication, QDialogButtonBox, QLabel, QLineEdit, Qt
    from clerk_desk.gui.users_page import NewUserDialog

    page = UsersPage(boss, engine, lang="en")
    qtbot.addWidget(page)
    page.show()
    wait_tasks(qtbot)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), NewUserDialog))
    dialog = QApplication.activeModalWidget()
    for name, text in (("usernameEdit", "boss"), ("passwordEdit", "Start2025pw"), ("repeatEdit", "Start2025pw")):
        qtbot.keyClicks(dialog.findChild(QLineEdit, name), text)
    with qtbot.waitSignal(page.finished, timeout=10000) as done:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert done.args == [False] and dialog.isVisible()
    beside = dialog.findChild(QLabel, "usernameProblem")
    assert beside.isVisible() and "boss" in beside.text()
    assert dialog.findChild(QLineEdit, "passwordEdit").text() == "Start2025pw"


def test_the_accounts_table_sits_right_under_the_buttons(qtbot, engine, boss) -> None:  # type: ignore[no-untyped-def]
    """No message to show, no blank line between the buttons and the table; a message takes its place."""
    page = UsersPage(boss, engine, lang="zh")
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    wait_tasks(qtbot)
    u = page.ui
    gap = page.table.geometry().top() - u.buttonLayout.geometry().bottom() - 1
    assert gap <= u.mainLayout.spacing(), gap
    assert not act(qtbot, page, page.create_account, username="x", role=Role.CLERK, password="short", repeat="short")
    qtbot.waitUntil(lambda: page.message_label.isVisible() and bool(page.message_label.text()))
