"""The application record dialog, clicked as a clerk or a supervisor would, against real SQLite:
masked personal data until Reveal (audited), actions by role (and the services refusing anyway),
cancel and correct with a reason, the corrections history, opening from the today page."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.gui.qt import QAbstractButton, QComboBox, QLabel, QLineEdit, Qt, QTableView
from tests.gui.clerk import fill, type_text
from tests.gui.conftest import SUPERVISOR, make_ctx, settings_for, wait_tasks
from tests.helpers.people import make_id, proxy_form, self_form

BIRTH = date(1980, 5, 17)
INSURED = make_id(BIRTH, seq=21)
AGENT = make_id(date(1975, 4, 4), seq=90)


@pytest.fixture
def sink():  # type: ignore[no-untyped-def]
    from clerk_desk.gui import errors

    messages: list[tuple[str, str]] = []
    errors.set_sink(lambda kind, text: messages.append((kind, text)))
    return messages


def accept(form=None):  # type: ignore[no-untyped-def]
    """One street application accepted by the clerk through the services."""
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope

    with session_scope() as session:
        return svc.accept(session, Actor("wang", Role.CLERK, "王芳"),
                          form or self_form(INSURED, "张三", birth=BIRTH), settings=settings_for("street"))


def audit_actions(target: str = "") -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    from sqlmodel import col, select

    from clerk_desk.store.db import session_scope
    from clerk_desk.store.models import AuditEvent

    with session_scope() as session:
        events = session.exec(select(AuditEvent).order_by(col(AuditEvent.at), col(AuditEvent.seq))).all()
        return [(e.actor, e.action, dict(e.details or {})) for e in events if not target or e.target == target]


def texts(widget) -> str:  # type: ignore[no-untyped-def]
    """Everything the dialog shows: labels, fields, buttons, combos, tables, titles and tooltips."""
    out = [widget.windowTitle()]
    for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton) + widget.findChildren(QLineEdit):
        out += [w.text(), w.toolTip()]
    for line in widget.findChildren(QLineEdit):
        out.append(line.placeholderText())
    for combo in widget.findChildren(QComboBox):
        out += [combo.itemText(i) for i in range(combo.count())]
    for view in widget.findChildren(QTableView):
        model = view.model()
        out += [str(model.index(r, c).data() or "") for r in range(model.rowCount()) for c in range(model.columnCount())]
    return "\n".join(out)


def open_dialog(qtbot, result, who=None):  # type: ignore[no-untyped-def]
    from clerk_desk.gui.record_dialog import RecordDialog

    ctx = make_ctx(who=who) if who else make_ctx()
    dialog = RecordDialog(ctx, result.application_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    return dialog


def test_shows_the_record_masked_and_audits_the_view(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    result = accept()
    dialog = open_dialog(qtbot, result)
    v = dialog.values
    assert v["number"].text() == result.number and v["status"].text() == "已受理"
    assert v["insured_name"].text() == "张三"
    assert v["insured_id"].text() == INSURED[:6] + "********" + INSURED[-4:]
    assert v["phone"].text() == "138****5678" and v["address"].text() == "北京市朝阳区****"
    assert v["ready_by"].text() == "2026-12-02" and v["pickup_code"].text() == result.slip.pickup_code
    assert "wang" in v["accepted"].text() and "2026-11-27" in v["accepted"].text()
    assert "已核验" in texts(dialog.documents_box)
    assert not dialog.agent_box.isVisible() and not dialog.cancel_box.isVisible()
    all_text = texts(dialog)
    assert INSURED not in all_text and "13812345678" not in all_text and "幸福路1号" not in all_text
    assert ("wang", "application.view") in [(a, b) for a, b, _ in audit_actions(result.number)]


def test_reveal_with_a_reason_shows_the_full_number_and_is_audited(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    result = accept()
    dialog = open_dialog(qtbot, result)
    assert dialog.reveal_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Ctrl+I: 显示完整号码
    assert dialog.panels.isVisible() and dialog.reveal_reason.lineEdit().hasFocus()
    assert not dialog.reveal_confirm.isEnabled()  # a reason first
    assert INSURED not in texts(dialog)
    type_text(qtbot, dialog.reveal_reason.lineEdit(), "核对身份证件")
    assert dialog.reveal_confirm.isEnabled()
    qtbot.keyClick(dialog.reveal_reason.lineEdit(), Qt.Key.Key_Return)
    wait_tasks(qtbot)
    assert dialog.values["insured_id"].text() == INSURED and not dialog.panels.isVisible()
    reveals = [d for a, action, d in audit_actions(result.number) if action == "id.reveal"]
    assert len(reveals) == 1 and reveals[0]["reason"] == "核对身份证件" and reveals[0]["who"] == "insured"
    assert INSURED not in str(reveals[0])  # the audit keeps the masked number
    dialog.reject()


def test_clerk_sees_no_cancel_or_correct_and_the_service_refuses_anyway(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.services import closing
    from clerk_desk.store.db import session_scope

    result = accept()
    dialog = open_dialog(qtbot, result)
    assert dialog.reveal_button.isVisible()
    for button in (dialog.cancel_button, dialog.correct_button, dialog.reprint_button, dialog.handover_button):
        assert not button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)  # the shortcut does nothing
    assert not dialog.panels.isVisible()
    clerk = Actor("wang", Role.CLERK)
    with pytest.raises(RuleError), session_scope() as session:
        svc.cancel(session, clerk, result.application_id, "试一下", settings=settings_for("street"))
    with pytest.raises(RuleError), session_scope() as session:
        closing.correct_application(session, clerk, result.application_id, {"insured_name": "李四"}, "试一下")
    dialog.cancel_application("试一下")  # the dialog's own path: refused with the service's message
    wait_tasks(qtbot)
    assert sink and sink[-1][0] == "rule" and "无权撤销业务" in sink[-1][1]
    assert "无权撤销业务" in dialog.message.text()
    denied = [d for a, action, d in audit_actions() if action == "permission.denied"]
    assert {d["action"] for d in denied} >= {"cancel", "correct"}
    assert dialog.values["status"].text() == "已受理"


def test_supervisor_cancels_with_a_reason(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    result = accept()
    dialog = open_dialog(qtbot, result, SUPERVISOR)
    assert dialog.cancel_button.isVisible() and dialog.correct_button.isVisible() and dialog.reprint_button.isHidden()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_reason.hasFocus() and result.number in dialog.cancel_warning.text()
    assert not dialog.cancel_confirm.isEnabled()  # no reason, no cancel
    type_text(qtbot, dialog.cancel_reason, "参保人申请撤回")
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        qtbot.mouseClick(dialog.cancel_confirm, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert dialog.values["status"].text() == "已撤销" and dialog.values["cancel_reason"].text() == "参保人申请撤回"
    assert dialog.cancel_box.isVisible() and not dialog.cancel_button.isVisible()  # nothing more to cancel
    assert sink[-1][0] == "ok"
    cancels = [(a, d) for a, action, d in audit_actions(result.number) if action == "application.cancel"]
    assert cancels == [("zhao", {"before": "accepted", "reason": "参保人申请撤回"})]


def test_supervisor_corrects_the_agents_phone(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    result = accept(proxy_form(INSURED, AGENT, birth=BIRTH, agent_birth=date(1975, 4, 4)))
    dialog = open_dialog(qtbot, result, SUPERVISOR)
    v = dialog.values
    assert dialog.agent_box.isVisible() and v["agent_name"].text() == "李四"
    assert v["agent_phone"].text() == "139****0000" and v["agent_id"].text() == AGENT[:6] + "********" + AGENT[-4:]
    assert "他人代办：李四（配偶）" == v["applicant"].text()
    assert dialog.no_corrections.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Ctrl+E: 更正
    phone = dialog.edits["agent_phone"]
    assert dialog.panels.isVisible() and phone.text() == "" and "139****0000" in phone.placeholderText()
    type_text(qtbot, phone, "13711112222")
    qtbot.keyClick(dialog.correct_reason, Qt.Key.Key_Return)  # no reason: nothing happens
    assert dialog.correct_reason.hasFocus() and dialog.panels.isVisible()
    assert dialog.correction_changes() == {"agent_phone": "13711112222"}
    type_text(qtbot, dialog.correct_reason, "受理时电话录入错误")
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        qtbot.keyClick(dialog.correct_reason, Qt.Key.Key_Return)
    wait_tasks(qtbot)
    assert dialog.corrections.isVisible()
    table = dialog.corrections.model()
    assert table.rowCount() == 1
    row = [table.text(0, c) for c in range(4)]
    assert row[1] == "zhao" and row[2] == "受理时电话录入错误"
    assert row[3] == "代办人电话：139****0000 → 137****2222"
    assert v["agent_phone"].text() == "137****2222"  # the record shows the corrected phone, masked
    all_text = texts(dialog)
    assert "13711112222" not in all_text and "13900000000" not in all_text and AGENT not in all_text
    corrections = [d for a, action, d in audit_actions(result.number) if action == "application.correct"]
    assert corrections[0]["before"] == {"agent_phone": "139****0000"}
    assert corrections[0]["after"] == {"agent_phone": "137****2222"}


def test_a_correction_with_nothing_changed_is_refused_with_the_services_message(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    result = accept()
    dialog = open_dialog(qtbot, result, SUPERVISOR)
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    assert dialog.edits["agent_phone"].isHidden()  # no agent: no agent fields
    fill(qtbot, dialog.correct_reason, "核对")
    qtbot.mouseClick(dialog.correct_confirm, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert "无需更正" in dialog.message.text() and dialog.panels.isVisible()
    qtbot.keyClick(dialog.correct_reason, Qt.Key.Key_Escape)  # Esc closes the panel, then the dialog
    assert not dialog.panels.isVisible() and dialog.isVisible()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_double_click_on_a_today_row_opens_the_record_and_esc_returns_focus(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    result = accept()
    window = MainWindow(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    today = window.page("today_page")
    window.show_page("today_page")
    qtbot.waitUntil(lambda: today.model.rowCount() == 1, timeout=10000)
    today.view.setFocus()
    today.view.setCurrentIndex(today.model.index(0, 0))
    rect = today.view.visualRect(today.model.index(0, 0))
    qtbot.mouseClick(today.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click
    qtbot.mouseDClick(today.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.record_dialog
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    assert dialog.isVisible() and dialog.values["number"].text() == result.number
    assert dialog.reprint_button.isVisible()  # a supervisor in the window: 补打
    calls = []
    window.print_documents = lambda app_id, docs, reprint=False: calls.append((app_id, docs, reprint))
    dialog.reprint("receipt")
    assert calls == [(result.application_id, ["receipt"], True)]
    views = [a for a, action, _ in audit_actions(result.number) if action == "application.view"]
    assert views == ["zhao"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.focusWidget() is today.view
    qtbot.keyClick(today.view, Qt.Key.Key_Return)  # Enter opens it as well
    qtbot.waitUntil(lambda: window.record_dialog is not dialog and window.record_dialog.view is not None)
    window.record_dialog.reject()
    wait_tasks(qtbot)


def test_handover_from_the_record_fills_the_handover_page(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope

    result = accept()
    with session_scope() as session:
        svc.mark_ready(session, Actor("zhao", Role.SUPERVISOR), [result.application_id],
                       settings=settings_for("street"))
    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    dialog = window.open_record(result.application_id)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    assert dialog.values["status"].text() == "待领卡" and dialog.handover_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_F4)
    wait_tasks(qtbot)
    page = window.page("handover_page")
    assert window.ui.pages.currentWidget() is page and page.ui.numberValue.text() == result.number


def test_duplicate_link_opens_the_one_record_found(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    result = accept()
    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.show()
    window.build_pages()
    page = window.page("new_application")
    page._pending_duplicate = result.number  # as a refused duplicate leaves it
    page.duplicateButton.click()
    qtbot.waitUntil(lambda: getattr(window, "record_dialog", None) is not None
                    and window.record_dialog.view is not None, timeout=10000)
    dialog = window.record_dialog
    assert window.ui.pages.currentWidget() is window.page("search_page")
    assert dialog.values["number"].text() == result.number and INSURED not in texts(dialog)
    dialog.reject()
    wait_tasks(qtbot)
