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


def test_supervisor_manages_clerks(qtbot, engine, boss) -> None:  # type: ignore[no-untyped-def]
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
