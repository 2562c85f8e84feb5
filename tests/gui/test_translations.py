"""English is complete: every source string of the GUI has a translation, and it loads."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "clerk_desk_en.ts"


def test_every_string_is_translated_and_the_compiled_files_are_current() -> None:
    """lupdate run afresh on the sources finds no string without English in en/*.txt, and the
    committed .ts/.qm are what the sources and en/*.txt give (a stale .qm shows Chinese in English)."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_english_loads_and_translates_the_setup_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import Settings
    from clerk_desk.gui import i18n
    from clerk_desk.gui.qt import QApplication
    from clerk_desk.gui.setup_dialog import SetupDialog

    i18n.install(QApplication.instance(), "en")
    try:
        dialog = SetupDialog(Settings())
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "First-run setup — service point"
    finally:
        i18n.install(QApplication.instance(), "zh")


def test_page_titles_are_translated() -> None:
    root = ET.parse(TS)
    sources = {m.find("source").text: m.find("translation").text for m in root.iter("message")}
    assert sources["新增受理"] == "New application"
    assert sources["审计日志"] == "Audit trail"


def test_english_translates_the_lock_screen_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui import i18n
    from clerk_desk.gui.lock_screen import LockScreen
    from clerk_desk.gui.qt import QApplication, QWidget

    i18n.install(QApplication.instance(), "en")
    try:
        window = QWidget()
        qtbot.addWidget(window)
        screen = LockScreen(window, Actor("clerk1", Role.CLERK), lang="en")
        assert (screen.title_label.text(), screen.unlock_button.text(), screen.switch_button.text(),
                screen.quit_button.text()) == ("Counter locked", "Unlock", "Switch user", "Quit")
    finally:
        i18n.install(QApplication.instance(), "zh")


def test_english_translates_the_about_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui import i18n
    from clerk_desk.gui.about_dialog import AboutDialog
    from clerk_desk.gui.qt import QApplication
    from tests.gui.conftest import SUPERVISOR, make_ctx

    i18n.install(QApplication.instance(), "en")
    try:
        dialog = AboutDialog(make_ctx(ready=False, who=SUPERVISOR))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "About Clerk Desk"
        assert dialog.ui.logFileLabelCaption.text() == "Log file"
        assert dialog.ui.countersCaption.text() == "Version each counter runs (at its last login)"
    finally:
        i18n.install(QApplication.instance(), "zh")


def test_english_translates_the_shortcuts_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui import i18n
    from clerk_desk.gui.qt import QApplication, Qt, QWidget
    from clerk_desk.gui.shortcuts_help import show_shortcuts

    i18n.install(QApplication.instance(), "en")
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = show_shortcuts(parent)
        assert dialog.windowTitle() == "Keyboard shortcuts"
        model = dialog.ui.shortcutsTable.model()
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Keys" and model.text(0, 0) == "F1"
        dialog.close()
    finally:
        i18n.install(QApplication.instance(), "zh")


def test_english_translates_the_accounts_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui import i18n
    from clerk_desk.gui.qt import QApplication
    from clerk_desk.gui.users_page import UsersPage
    from tests.gui.conftest import wait_tasks

    i18n.install(QApplication.instance(), "en")
    try:
        page = UsersPage(Actor("boss", Role.SUPERVISOR), None, lang="en")
        qtbot.addWidget(page)
        assert [b.text() for b in (page.add_button, page.password_button, page.disable_button, page.enable_button,
                                   page.unlock_button, page.refresh_button)] == [
            "New account", "Set password", "Disable", "Enable", "Unlock", "Refresh"]
        wait_tasks(qtbot)  # its first reading of the accounts, in a worker
    finally:
        i18n.install(QApplication.instance(), "zh")


def test_errors_and_the_pickup_desk_speak_english(qtbot) -> None:  # type: ignore[no-untyped-def]
    """gui/errors.py and gui/handover_page.py on the one path: the installed translator decides."""
    from clerk_desk.gui import errors, i18n
    from clerk_desk.gui.qt import QApplication

    assert errors.describe(OSError("x"))[1] == "系统错误：x"
    i18n.install(QApplication.instance(), "en")
    try:
        assert errors.describe(OSError("x"))[1] == "System error: x"
        assert errors.describe(ValueError("y"))[1].startswith("Program error (ValueError: y).")
        from clerk_desk.gui.shortcuts_help import shortcuts

        assert ("F9", "accept / hand over / mark cards ready") in shortcuts()
    finally:
        i18n.install(QApplication.instance(), "zh")
