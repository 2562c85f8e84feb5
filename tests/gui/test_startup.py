"""The first window shows before the database stack or ReportLab is imported."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_first_window_imports_no_database_stack(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text('[service_point]\ncode = "S001"\nname = "幸福"\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLERK_DESK_DATA_DIR=str(tmp_path),
               CLERK_DESK_QUIT_AFTER_SHOWN="1", CLERK_DESK_REPORT_MODULES="1")
    out = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = [x for x in out.stdout.splitlines() if x.startswith("HEAVY:")]
    assert lines == ["HEAVY:"], out.stdout


# ``python main.py`` watched from outside: the first dialog it opens is named, with the heavy modules
# loaded when it is drawn, and the program quits there.
FIRST_DIALOG = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

class _Drawn(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and obj.isExposed():
            heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic", "pydantic") if m in sys.modules)
            window = self.parent().parent()  # the main window, its menus and tabs made after its first paint
            built = window.ui is not None and window.ui.menuFile.actions() != []
            print("DIALOG:" + self.parent().__class__.__name__ + ":" + ",".join(heavy) + ":" + str(built), flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

_open = QDialog.open
def _watched_open(self):
    _open(self)
    self._drawn = _Drawn(self)
    self.windowHandle().installEventFilter(self._drawn)
QDialog.open = _watched_open
from clerk_desk.cli import main
sys.exit(main([]))
"""


def first_dialog(data: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLERK_DESK_DATA_DIR=str(data))
    env.pop("CLERK_DESK_DATABASE_URL", None)
    out = subprocess.run([sys.executable, "-c", FIRST_DIALOG], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return [x for x in out.stdout.splitlines() if x.startswith("DIALOG:")][0]


def test_the_login_is_drawn_before_the_database_stack_loads(tmp_path: Path) -> None:
    """The database is opened and checked (stdlib sqlite3) and the accounts counted before the login
    shows; SQLAlchemy loads after it is drawn, while the clerk types."""
    from clerk_desk.config import database_url, load_settings, save_settings
    from clerk_desk.services import accounts
    from clerk_desk.services.database import ensure_database
    from clerk_desk.services.uow import unit_of_work

    settings = load_settings()[0]
    settings.service_point.code, settings.service_point.name = "S001", "幸福街道医保服务点"
    save_settings(settings)
    ensure_database(database_url())
    with unit_of_work(database_url()) as s:
        accounts.create_first_supervisor(s, username="zhao", password="Start-2026-ok", display_name="赵主任",
                                         save_settings=False)
    from clerk_desk.store.db import dispose_engines

    dispose_engines()
    data = Path(os.environ["CLERK_DESK_DATA_DIR"])
    assert first_dialog(data) == "DIALOG:LoginDialog::True"


def test_a_first_start_opens_the_setup(tmp_path: Path) -> None:
    dialog = first_dialog(tmp_path / "new")
    assert dialog.startswith("DIALOG:SetupDialog:") and dialog.endswith(":True")


def test_a_sign_in_before_the_settings_are_read_waits_for_them(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    """The start reads the checked settings after the login is drawn; a hand faster than that read
    gets its pages (which read the settings) once they are there, never before."""
    from clerk_desk.config import load_settings, save_settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.first_look import first_look
    from clerk_desk.gui.main_window import MainWindow
    from tests.gui.conftest import wait_tasks

    settings = load_settings()[0]
    settings.service_point.code, settings.service_point.name = "S001", "幸福街道医保服务点"
    settings.ui.idle_lock_minutes = 7
    save_settings(settings)
    ctx = AppContext(None, lang="zh")
    ctx.first_look = first_look()
    window = MainWindow(ctx, shell=True)
    qtbot.addWidget(window)
    assert "幸福街道医保服务点（S001）" in window.windowTitle()  # the shell's title, from the file
    window.build()
    window.start_session(Actor("wang", Role("clerk"), "王芳"))
    assert ctx.actor is None and window.pages == {}  # not yet: the settings are being read
    qtbot.waitUntil(lambda: ctx.actor is not None, timeout=10000)
    assert ctx.settings is not None and ctx.settings.ui.idle_lock_minutes == 7
    assert "new_application" in window.pages and "王芳" in window.windowTitle()
    window.prepare_to_quit()
    wait_tasks(qtbot)
