"""The supervisor's settings dialog: typed and clicked, saved and audited by the service, refused beside the field."""

from __future__ import annotations

import pytest

from clerk_desk.gui.qt import QApplication, QDialogButtonBox, QLineEdit, Qt
from tests.gui.clerk import fill, type_text
from tests.gui.conftest import CLERK, SUPERVISOR, make_ctx, wait_tasks


@pytest.fixture
def dialog_factory(qtbot, database):  # type: ignore[no-untyped-def]
    def make(who=SUPERVISOR):  # type: ignore[no-untyped-def]
        from clerk_desk.gui import errors
        from clerk_desk.gui.settings_dialog import SettingsDialog

        ctx = make_ctx(who=who)
        dialog = SettingsDialog(ctx)
        dialog.messages = []
        errors.set_sink(lambda kind, text: dialog.messages.append((kind, text)))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)  # keys go where a supervisor's would: the focused field
        return dialog

    return make


def click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)


def commit(qtbot, view, editor) -> None:  # type: ignore[no-untyped-def]
    """Enter in an item editor: the view commits on its next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)


def audit_events():  # type: ignore[no-untyped-def]
    from sqlmodel import select

    from clerk_desk.store.db import session_scope
    from clerk_desk.store.models import AuditEvent

    with session_scope() as session:
        return [(e.actor, e.details) for e in session.exec(select(AuditEvent).where(
            AuditEvent.action == "settings.change"))]


def test_supervisor_changes_working_days_and_guidance(qtbot, dialog_factory) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import DEFAULT_GUIDANCE, load_settings

    dialog = dialog_factory()
    changed = []
    dialog.ctx.settings_changed.connect(lambda: changed.append(True))
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the Rules tab
    assert dialog.tabs.currentIndex() == 1
    fill(qtbot, dialog.workingDaysSpin.lineEdit(), "5")
    fill(qtbot, dialog.cutoffEdit, "１６：３０")  # an input method's full-width digits
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # the Guidance tab
    # the first text is edited, the last removed, a new one added
    guidance = dialog.guidanceList
    assert "resident" in guidance.item(0).toolTip() and "new_enrollment" in guidance.item(0).toolTip()
    assert "employee_flexible" in guidance.item(guidance.count() - 1).toolTip()
    fill(qtbot, dialog.paymentChannelsEdit, "税务App，微信、 本服务点窗口")
    guidance.setFocus()
    guidance.setCurrentRow(0)
    qtbot.keyClick(guidance, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    fill(qtbot, editor, "城乡居民医保每年缴费一次，缴费期为每年9月1日至12月31日。")
    commit(qtbot, guidance, editor)
    guidance.setCurrentRow(guidance.count() - 1)
    qtbot.mouseClick(dialog.removeGuidanceButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.addGuidanceButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(qtbot, editor, "本服务点咨询电话：010-12345678。")
    commit(qtbot, guidance, editor)
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    saved, problems = load_settings()
    assert problems == []
    assert saved.rules.working_days == 5 and saved.rules.cutoff_time == "16:30"
    # the edited line keeps where it applies (residents' enrollment and renewal) and drops its
    # English text, which no longer says the same; the new line applies to every receipt
    first = {k: v for k, v in DEFAULT_GUIDANCE[0].items() if k != "en"}
    assert first["scheme"] == ["resident"]
    expected = [{**first, "text": "城乡居民医保每年缴费一次，缴费期为每年9月1日至12月31日。"}, *DEFAULT_GUIDANCE[1:-1],
                {"text": "本服务点咨询电话：010-12345678。"}]
    assert saved.receipt.guidance == expected
    assert saved.receipt.payment_channels == ["税务App", "微信", "本服务点窗口"]
    assert saved.service_point.code == "S001"  # what the dialog did not touch is kept
    assert dialog.ctx.settings.rules.working_days == 5 and changed
    assert dialog.messages[-1][0] == "ok" and "设置已保存" in dialog.messages[-1][1]
    [(actor, details)] = audit_events()
    assert actor == "zhao"
    assert details["changes"]["rules.working_days"] == {"before": 3, "after": 5}
    assert details["changes"]["receipt.guidance"]["after"] == expected


def test_cutoff_25_00_is_refused_beside_the_field(qtbot, dialog_factory) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import settings_path

    dialog = dialog_factory()
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    fill(qtbot, dialog.cutoffEdit, "25:00")
    fill(qtbot, dialog.workingDaysSpin.lineEdit(), "4")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.cutoffEditProblem.isVisible()
    assert "HH:MM" in dialog.cutoffEditProblem.text() and "无效" in dialog.cutoffEditProblem.text()
    assert dialog.cutoffEdit.property("state") == "error"
    assert dialog.tabs.currentIndex() == 1 and dialog.cutoffEdit.hasFocus()
    assert not dialog.workingDaysSpinProblem.isVisible()
    assert not settings_path().exists() and audit_events() == []  # nothing saved
    # the supervisor corrects it: the message goes as they type, and it is saved
    fill(qtbot, dialog.cutoffEdit, "16:00")
    assert not dialog.cutoffEditProblem.isVisible() and dialog.cutoffEdit.property("state") == ""
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert settings_path().exists()


def test_code_with_spaces_is_refused_in_english(qtbot, dialog_factory) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import settings_path

    dialog = dialog_factory()
    dialog.ctx.lang = "en"
    fill(qtbot, dialog.codeEdit, "S 001")
    fill(qtbot, dialog.localPrefixesEdit, "2306, 23x")
    click_ok(qtbot, dialog)
    assert dialog.codeEditProblem.isVisible() and "letters, digits" in dialog.codeEditProblem.text()
    assert dialog.codeEdit.property("state") == "error"
    assert not dialog.localPrefixesEditProblem.isHidden()  # on the Rules tab, shown when the clerk goes there
    assert "region code" in dialog.localPrefixesEditProblem.text()
    assert dialog.tabs.currentIndex() == 0 and dialog.codeEdit.hasFocus()  # the first refusal's tab
    assert not settings_path().exists()


def test_required_name_and_bad_sync_url_are_refused_before_saving(qtbot, dialog_factory) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_factory()
    fill(qtbot, dialog.nameEdit, "")
    fill(qtbot, dialog.centralUrlEdit, "sqlite:///share/clerk.sqlite3")
    click_ok(qtbot, dialog)
    assert dialog.nameEditProblem.text() == "必填"
    assert "PostgreSQL" in dialog.centralUrlEditProblem.text()


def test_clerk_is_refused_by_the_service(qtbot, dialog_factory) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import settings_path

    dialog = dialog_factory(CLERK)
    fill(qtbot, dialog.hoursEdit, "周一至周日 9:00–17:00")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.generalProblem.isVisible()
    assert "无权" in dialog.generalProblem.text()
    assert not settings_path().exists()


def test_printer_list_and_paper(qtbot, dialog_factory) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import load_settings
    from tests.gui.clerk import choose

    dialog = dialog_factory()
    assert dialog.printerCombo.itemData(0) == ""  # the system's default printer, whatever is installed
    choose(qtbot, dialog.paperCombo, "80mm")
    dialog.previewCheck.setFocus()
    qtbot.keyClick(dialog.previewCheck, Qt.Key.Key_Space)
    choose(qtbot, dialog.languageCombo, "en")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    saved = load_settings()[0]
    assert (saved.printing.paper, saved.printing.preview, saved.ui.language) == ("80mm", False, "en")
    assert "重新启动" in dialog.messages[-1][1]


def test_main_window_hides_settings_from_a_clerk(qtbot, fixed_clock) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    clerk_window = MainWindow(make_ctx(who=CLERK))
    supervisor_window = MainWindow(make_ctx(who=SUPERVISOR))
    for w in (clerk_window, supervisor_window):
        qtbot.addWidget(w)
    assert not clerk_window.ui.actionSettings.isVisible()
    assert supervisor_window.ui.actionSettings.isVisible()


def test_retirement_settings_are_the_reforms(qtbot, dialog_factory) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: the ages come from the 2025 reform; the supervisor picks the woman's original age
    and the contribution years a flexible worker may pay on to."""
    from clerk_desk.config import load_settings
    from tests.gui.clerk import choose

    dialog = dialog_factory()
    choose(qtbot, dialog.femaleRetirementCombo, 50)
    dialog.contributionYearsSpin.setFocus()
    qtbot.keyClick(dialog.contributionYearsSpin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.contributionYearsSpin, "25")
    click_ok(qtbot, dialog)
    rules = load_settings()[0].rules
    assert (rules.female_original_retirement_age, rules.required_contribution_years) == (50, 25)
