"""Help ▸ About: version, schema, data directory, log file; the supervisor sees each counter's version
as recorded when its clerk logged in."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from sqlmodel import Session

from clerk_desk.gui.qt import Qt
from tests.gui.conftest import CLERK, SUPERVISOR, make_ctx, wait_tasks

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def alembic_head() -> str:
    """The head of the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    from clerk_desk.store.bootstrap import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


HEAD = alembic_head()


def open_about(qtbot, window):  # type: ignore[no-untyped-def]
    """Help ▸ About, by the keyboard: Alt+H opens the menu, A the item."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.ui.menuHelp.isVisible())
    qtbot.keyClick(window.ui.menuHelp, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: getattr(window, "about_dialog", None) is not None and window.about_dialog.loaded)
    return window.about_dialog


@pytest.fixture
def accounts_made(database):  # type: ignore[no-untyped-def]
    from clerk_desk.services import accounts
    from clerk_desk.store.db import get_engine

    with Session(get_engine(database)) as s:
        boss = accounts.create_first_supervisor(s, username="zhao", password="Chief2025pw", display_name="赵主任")
        s.commit()
        accounts.create_user(s, boss, username="wang", role="clerk", password="Start2025pw")
        s.commit()
    return database


def test_supervisor_sees_the_version_schema_paths_and_the_counter_that_logged_in(
        qtbot, accounts_made, isolated_env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.login_dialog import LoginDialog
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.store.db import get_engine

    login = LoginDialog(get_engine(accounts_made), lang="zh")  # the supervisor logs in at counter TEST-01
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.username_edit, "zhao")
    qtbot.keyClicks(login.password_edit, "Chief2025pw")
    with qtbot.waitSignal(login.logged_in):
        qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)

    window = MainWindow(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(window)
    window.show()
    dialog = open_about(qtbot, window)
    assert dialog.version_label.text() == VERSION
    assert dialog.schema_label.text() == HEAD
    assert Path(dialog.data_dir_label.text()) == isolated_env
    assert Path(dialog.log_file_label.text()) == isolated_env / "logs" / "clerk-desk.log"
    assert dialog.counters_table is not None
    table = dialog.counters_table.model()
    assert table.rowCount() == 1
    row = [table.text(0, c) for c in range(table.columnCount())]
    assert row[0] == "TEST-01" and row[1] == VERSION and row[3] == "zhao"
    dialog.close()
    wait_tasks(qtbot)


def test_another_counters_older_version_is_marked(qtbot, accounts_made) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.services import counters
    from clerk_desk.store.db import get_engine

    with Session(get_engine(accounts_made)) as s:
        counters.record_login(s, "li", station="HALL-02", version="0.0.9", platform="Windows 10 AMD64")
        s.commit()
    window = MainWindow(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(window)
    window.show()
    dialog = open_about(qtbot, window)
    from clerk_desk.gui.qt import QColor, Qt

    table = dialog.counters_table.model()
    assert table.rowCount() == 1 and table.text(0, 0) == "HALL-02"
    assert table.text(0, 1) == "0.0.9（与本机不同）" and table.text(0, 2) == "Windows 10 AMD64"
    assert table.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor("darkred")
    dialog.close()
    wait_tasks(qtbot)


def test_clerk_sees_no_counters_list(qtbot, accounts_made) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.store.db import get_engine
    from clerk_desk.store.models import AuditEvent

    window = MainWindow(make_ctx(who=CLERK))
    qtbot.addWidget(window)
    window.show()
    dialog = open_about(qtbot, window)
    assert dialog.counters_table is None and dialog.schema_label.text() == HEAD
    with Session(get_engine(accounts_made)) as s:  # nothing was even asked for (no denial recorded)
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "permission.denied")).all() == []
    dialog.close()
    wait_tasks(qtbot)


def test_password_is_hidden_in_the_database_url() -> None:
    from clerk_desk.gui.about_dialog import hide_password

    assert hide_password("postgresql+psycopg://clerk:s3cr@t@10.0.0.5:5432/hall") == \
        "postgresql+psycopg://clerk:***@10.0.0.5:5432/hall"
    assert hide_password("postgresql://clerk@hall/db") == "postgresql://clerk@hall/db"
    assert hide_password("sqlite:////home/a/clerk_desk.sqlite3") == "sqlite:////home/a/clerk_desk.sqlite3"
