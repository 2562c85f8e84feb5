"""The dialogs made from Designer forms, opened in English (i18n.install(app, "en")): their labels
are the English of resources/translations/en/*.txt, and their main action works and answers in English.

The expected texts are written out here as a clerk reads them, not taken from the program."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_desk.gui.qt import QApplication, QDialogButtonBox, QFileDialog, Qt
from tests.gui.clerk import fill
from tests.gui.conftest import SUPERVISOR, make_ctx, wait_tasks


@pytest.fixture
def english() -> Iterator[None]:
    from clerk_desk.gui import i18n

    i18n.install(QApplication.instance(), "en")
    try:
        yield
    finally:
        i18n.install(QApplication.instance(), "zh")


def test_settings_dialog_in_english_saves_a_change(qtbot, database, english) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import load_settings
    from clerk_desk.gui import errors
    from clerk_desk.gui.settings_dialog import SettingsDialog

    ctx = make_ctx(who=SUPERVISOR)
    ctx.lang = "en"
    messages: list[tuple[str, str]] = []
    errors.set_sink(lambda kind, text: messages.append((kind, text)))
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Settings"
    assert [dialog.tabs.tabText(i) for i in (0, 1)] == ["Service &point", "&Rules"]
    assert dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "Save"
    assert dialog.residencePermitCheck.text() == "needs a local residence permit"
    fill(qtbot, dialog.hoursEdit, "Mon–Fri 9:00–17:00")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        wait_tasks(qtbot)
    assert load_settings()[0].service_point.hours == "Mon–Fri 9:00–17:00"
    # the settings file did not exist yet: the test context's point code, name and address are saved too
    assert sorted(dialog.changes) == ["service_point.address", "service_point.code", "service_point.hours",
                                      "service_point.name"]
    assert messages[-1] == ("ok", "Settings saved (4 changed)")


def test_settings_dialog_in_english_says_a_required_field(qtbot, database, english) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog.nameEdit, "")
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.nameEditProblem.isVisible() and dialog.nameEditProblem.text() == "Required"


def test_sync_dialog_in_english_exports_a_bundle(qtbot, database, english, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.sync_dialog import SyncDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "s001"), "")))
    dialog = SyncDialog(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Synchronise data"
    assert [b.text() for b in (dialog.push_button, dialog.pull_button, dialog.settings_button)] == [
        "P&ush", "Pu&ll", "Open the &settings…"]
    assert dialog.url_label.text() == "Central database: not set (bundles on a USB stick still work)"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.result_label.isVisible(), timeout=30000)
    bundle = tmp_path / "s001.cdb"
    assert bundle.exists()
    assert dialog.result_label.text().endswith(f" records exported to {bundle}")
    qtbot.mouseClick(dialog.push_button, Qt.MouseButton.LeftButton)  # no central database: said in English
    assert dialog.result_label.text().endswith(". Use “Open the settings” to enter it, or use a bundle on a USB stick.")


@pytest.fixture
def accounts_engine(engine):  # type: ignore[no-untyped-def]
    """boss (supervisor) and li, a clerk whose password the supervisor set (must change it)."""
    from sqlmodel import Session

    from clerk_desk.services import accounts

    with Session(engine) as s:
        boss = accounts.create_first_supervisor(s, username="boss", password="Chief2025pw", display_name="王主任")
        s.commit()
        accounts.create_user(s, boss, username="li", role="clerk", password="Start2025pw")
        s.commit()
    return engine


def test_login_dialog_in_english_logs_in_and_asks_a_new_password(qtbot, accounts_engine, english) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.login_dialog import LoginDialog

    dialog = LoginDialog(accounts_engine, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Clerk Desk login"
    assert (dialog.ui.usernameLabel.text(), dialog.ui.passwordLabel.text()) == ("User name", "Password")
    assert (dialog.login_button.text(), dialog.cancel_button.text()) == ("Log in", "Quit")
    qtbot.keyClicks(dialog.username_edit, "li")
    qtbot.keyClicks(dialog.password_edit, "Start2025pw")
    qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.change_form is not None)
    form = dialog.change_form
    assert form.note_label.text() == "Your password was set by someone else; choose your own now."
    assert (form.ui.newPasswordLabel.text(), form.ui.repeatPasswordLabel.text()) == ("New password", "Repeat")
    assert form.ok_button.text() == "Change password"
    assert form.new_edit.placeholderText().endswith("+ characters, letters and digits")
    qtbot.keyClicks(form.new_edit, "Mine2025pw")
    qtbot.keyClicks(form.repeat_edit, "Mine2025pw")
    with qtbot.waitSignal(dialog.logged_in) as signed_in:
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert signed_in.args[0].username == "li"


def test_change_password_dialog_in_english(qtbot, accounts_engine, english) -> None:  # type: ignore[no-untyped-def]
    from sqlmodel import Session

    from clerk_desk.gui.login_dialog import ChangePasswordDialog
    from clerk_desk.services import login

    dialog = ChangePasswordDialog("boss", accounts_engine, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Change password"
    assert dialog.form.ui.oldPasswordLabel.text() == "Current password"
    assert dialog.ui.buttonBox.buttons()[0].text() == "Cancel"
    qtbot.keyClicks(dialog.form.old_edit, "Chief2025pw")
    qtbot.keyClicks(dialog.form.new_edit, "Fresh2025pw")
    qtbot.keyClicks(dialog.form.repeat_edit, "Fresh2025pw")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.form.ok_button, Qt.MouseButton.LeftButton)
    with Session(accounts_engine) as s:
        assert login.authenticate(s, "boss", "Fresh2025pw").actor.username == "boss"


def test_lock_screen_in_english_asks_the_password_and_unlocks(qtbot, accounts_engine, english) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.lock_screen import LockScreen
    from clerk_desk.gui.qt import QWidget

    window = QWidget()
    window.resize(640, 480)
    qtbot.addWidget(window)
    window.show()
    screen = LockScreen(window, Actor("boss", Role.SUPERVISOR, "王主任"), accounts_engine, lang="en")
    screen.lock("manual")
    assert screen.is_locked
    assert screen.user_label.text() == "Signed in: 王主任. Enter the password to unlock."
    assert screen.ui.usernameLabel.text() == "User name" and screen.quit_button.toolTip() == (
        "Quit the program after entering a password")
    qtbot.mouseClick(screen.quit_button, Qt.MouseButton.LeftButton)
    assert screen.message_label.text() == "Enter a password to quit"
    qtbot.keyClicks(screen.password_edit, "Chief2025pw")
    with qtbot.waitSignal(screen.unlocked):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not screen.is_locked


def _one_page_pdf(path: Path) -> Path:
    from clerk_desk.gui.qt import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "receipt")
    painter.end()
    return path


def test_print_preview_in_english_saves_a_copy_and_asks_to_print(qtbot, english, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.printing import PreviewDialog
    from clerk_desk.services.printouts import Printed

    kept = tmp_path / "printouts"
    kept.mkdir()
    pdf = _one_page_pdf(kept / "S001-20260301-0007-receipt-2.pdf")
    preview = PreviewDialog(make_ctx(ready=False), [Printed("receipt", pdf, 2, b"")])
    qtbot.addWidget(preview)
    preview.show()
    assert preview.windowTitle() == "Print preview — S001-20260301-0007"
    assert preview.tabs.tabText(0) == "receipt (reprint, copy 2)"
    assert [b.text() for b in (preview.print_button, preview.save_button, preview.close_button)] == [
        "Print", "Save as PDF…", "Close"]
    assert preview.note.text() == f"PDF kept in {kept}"
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == pdf.read_bytes()
    assert preview.note.text() == f"Saved as {target}"
    with qtbot.waitSignal(preview.print_requested):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)


def test_record_dialog_in_english_cancels_an_application(qtbot, database, english) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui import errors
    from clerk_desk.gui.record_dialog import RecordDialog
    from tests.gui.test_record_dialog import accept

    messages: list[tuple[str, str]] = []
    errors.set_sink(lambda kind, text: messages.append((kind, text)))
    result = accept()
    ctx = make_ctx(who=SUPERVISOR)
    ctx.lang = "en"
    dialog = RecordDialog(ctx, result.application_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    assert dialog.windowTitle() == f"Application record — {result.number}"
    assert dialog.values["status"].text() == "accepted"  # the domain's status label
    assert (dialog.sheet.ui.insuredBox.title(), dialog.sheet.ui.insuredNameCaption.text(),
            dialog.sheet.ui.pickupCodeCaption.text()) == ("Insured", "Name", "Pickup code")
    assert dialog.close_button.text() == "Close (Esc)"
    assert dialog.cancel_button.text() == "Cancel application (Ctrl+Delete)"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_panel.title() == "Cancel the application"
    assert dialog.cancel_warning.text() == (f"Cancel {result.number} (张三)? This cannot be undone; "
                                            "a new application would be needed.")
    assert dialog.cancel_confirm.text() == "Cancel it" and not dialog.cancel_confirm.isEnabled()
    qtbot.keyClicks(dialog.cancel_reason, "the insured withdrew")
    qtbot.mouseClick(dialog.cancel_confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("ok", f"{result.number} cancelled") in messages, timeout=10000)
    qtbot.waitUntil(lambda: dialog.values["status"].text() == "cancelled", timeout=10000)
    assert dialog.cancel_box.isVisible() and dialog.sheet.ui.cancelBox.title() == "Cancelled"
    assert dialog.values["cancel_reason"].text() == "the insured withdrew"


def _english_page(qtbot, messages: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    from clerk_desk.gui import errors
    from clerk_desk.gui.new_application import NewApplicationPage

    errors.set_sink(lambda kind, text: messages.append((kind, text)))
    ctx = make_ctx("street")
    ctx.lang = "en"
    page = NewApplicationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_new_application_in_english_shows_the_books_words_and_keeps_them_in_chinese(  # type: ignore[no-untyped-def]
        qtbot, database, english) -> None:
    from tests.gui.clerk import choose, type_text
    from tests.gui.test_new_application import ID

    messages: list[tuple[str, str]] = []
    page = _english_page(qtbot, messages)
    u = page.ui
    types = [u.householdTypeCombo.itemText(i) for i in range(u.householdTypeCombo.count())]
    assert types == ["", "family household", "collective household", "agricultural household",
                     "non-agricultural household"]
    choose(qtbot, u.householdTypeCombo, "collective")
    choose(qtbot, u.relationToHeadCombo, "配偶")
    assert u.relationToHeadCombo.currentText() == "spouse"  # the English word the clerk reads
    assert page.form().hukou.relation_to_head == "配偶"      # stored as the household book says it
    fill(qtbot, u.relationToHeadCombo.lineEdit(), "堂兄")     # a word not on the list: kept as typed
    assert page.form().hukou.relation_to_head == "堂兄"
    type_text(qtbot, u.idNumberEdit, ID)
    type_text(qtbot, u.nameEdit, "张三")
    page.evaluate()
    combo = next(iter(page._doc_combos.values()))
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "not checked", "verified", "missing", "expired", "mismatch"]
    choose(qtbot, u.applicantCombo, "guardian")
    assert u.lbl_agentNameEdit.text() == "Guardian's name:"
    choose(qtbot, u.applicantCombo, "proxy")
    assert u.lbl_agentNameEdit.text() == "Agent's name:"
    u.saveDraftButton.click()
    wait_tasks(qtbot)
    assert ("ok", "Draft saved") in messages
    page.drafts.write_local()
    page.close()
    second = _english_page(qtbot, messages)
    assert second.ui.draftLabel.text().startswith("Unfinished application: 张三 ")
    assert second.ui.draftLabel.text().endswith("). Restore it?")


def test_record_corrections_read_in_english(english) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from clerk_desk.gui.record_view import CorrectionLine, changes_text, value_label

    line = CorrectionLine(datetime(2026, 11, 27, 10, 0), "lead1", "typo", (
        ("agent_phone", "139****0000", "137****2222"), ("authorization_letter", False, True),
        ("collector_type", "agent", "insured")))
    assert changes_text(line, "en") == ("Agent's phone: 139****0000 → 137****2222; Authorisation letter: No → Yes; "
                                        "Collected by: An agent → The insured")
    assert value_label("agent_relation", "spouse", "en") == "spouse"
