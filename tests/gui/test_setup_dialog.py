"""First-run setup: the clerk types the service point and it is saved to the settings file."""

from __future__ import annotations

from clerk_desk.gui.qt import QDialogButtonBox, Qt
from tests.gui.clerk import type_text


def test_first_run_setup_saves_the_service_point(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import Settings, load_settings
    from clerk_desk.gui.setup_dialog import SetupDialog

    assert not load_settings()[0].is_configured
    dialog = SetupDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.codeEdit, "HP-01")
    type_text(qtbot, dialog.ui.nameEdit, "和平街道医保服务点")
    dialog.ui.kindCombo.setFocus()
    qtbot.keyClick(dialog.ui.kindCombo, Qt.Key.Key_Down)
    type_text(qtbot, dialog.ui.addressEdit, "和平路8号")
    dialog.ui.hoursEdit.clear()
    type_text(qtbot, dialog.ui.hoursEdit, "周一至周五 8:30–17:00")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    saved, problems = load_settings()
    assert problems == []
    assert saved.is_configured
    sp = saved.service_point
    assert (sp.code, sp.name, sp.kind, sp.address, sp.hours) == (
        "HP-01", "和平街道医保服务点", "county", "和平路8号", "周一至周五 8:30–17:00")


def test_setup_refuses_a_bad_code_beside_the_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import Settings, load_settings
    from clerk_desk.gui.setup_dialog import SetupDialog

    dialog = SetupDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ui.codeEdit, "和平 01")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.codeProblem.isVisible() and dialog.ui.codeProblem.text()
    assert dialog.ui.nameProblem.isVisible()
    assert not load_settings()[0].is_configured


def test_first_run_makes_the_first_supervisor_in_a_worker(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    """No account yet: the setup also makes the first supervisor (off the GUI thread); a refused
    password is said beside the account fields and the dialog stays."""
    from clerk_desk.config import Settings, load_settings
    from clerk_desk.gui.setup_dialog import SetupDialog
    from clerk_desk.services import login
    from clerk_desk.services.uow import unit_of_work
    from tests.gui.conftest import wait_tasks

    dialog = SetupDialog(Settings(), create_account=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.codeEdit, "HP-01")
    type_text(qtbot, dialog.ui.nameEdit, "和平街道医保服务点")
    qtbot.keyClicks(dialog.ui.usernameEdit, "wang")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.passwordEdit, "short1")
    qtbot.keyClicks(dialog.ui.repeatEdit, "short1")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert dialog.isVisible() and "8" in dialog.ui.accountProblem.text() and dialog.actor is None
    for edit in (dialog.ui.passwordEdit, dialog.ui.repeatEdit):
        edit.clear()
        qtbot.keyClicks(edit, "Peace2025pw")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.actor is not None and dialog.actor.username == "wang"
    assert load_settings()[0].service_point.code == "HP-01"
    with unit_of_work(database) as s:
        assert login.authenticate(s, "wang", "Peace2025pw").actor.role.value == "supervisor"
