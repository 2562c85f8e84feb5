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
