"""An agent's relation saved as free text (an old draft, an older record) is shown as it was, not
silently blanked: the New Application page shows the text in the relation's list and the rule's
message beside it until the clerk picks a relation the rules know; the supervisor's correction
panel does not turn it into a change nobody made."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clerk_desk.gui.qt import Qt
from tests.gui.clerk import choose, type_text
from tests.gui.conftest import SUPERVISOR, make_ctx, settings_for, wait_tasks
from tests.helpers.people import make_id, proxy_form

BIRTH, AGENT_BIRTH = date(1980, 5, 17), date(1975, 4, 4)
INSURED, AGENT = make_id(BIRTH, seq=23), make_id(AGENT_BIRTH, seq=91)


def test_a_draft_with_a_free_text_relation_shows_it_and_says_to_choose(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.application_form import ApplicationForm
    from clerk_desk.gui.new_application import NewApplicationPage

    form = proxy_form(INSURED, AGENT, birth=BIRTH, agent_birth=AGENT_BIRTH)
    saved = replace(form, agent=replace(form.agent, relation="朋友")).to_dict()   # as an old draft kept it
    page = NewApplicationPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    page.set_form(ApplicationForm.from_dict(saved))
    combo = page.ui.agentRelationCombo
    assert "朋友" in combo.currentText()
    assert page.form().agent is not None and page.form().agent.relation == "朋友"   # kept, not blanked
    assert not page.ui.acceptButton.isEnabled()
    said = [page.problems.list.item(i).text() for i in range(page.problems.list.count())]
    assert any("代办人与参保人关系“朋友”" in s and "请在列表中选择" in s for s in said), said
    choose(qtbot, combo, "spouse")   # the clerk picks 配偶
    page.evaluate()
    assert page.form().agent.relation == "spouse"
    said = [page.problems.list.item(i).text() for i in range(page.problems.list.count())]
    assert not any("朋友" in s for s in said) and page.ui.acceptButton.isEnabled(), said


def test_correcting_a_record_with_a_free_text_relation_leaves_it_alone(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.record_dialog import RecordDialog
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope
    from clerk_desk.store.models import Application

    with session_scope() as session:
        result = svc.accept(session, Actor("wang", Role.CLERK, "王芳"),
                            proxy_form(INSURED, AGENT, birth=BIRTH, agent_birth=AGENT_BIRTH),
                            settings=settings_for("street"))
        app = session.get(Application, result.application_id)
        # recorded by an older version, before the relation was a choice: the record and its form
        app.agent_relation = "朋友"
        app.form = {**app.form, "agent": {**app.form["agent"], "relation": "朋友"}}
    dialog = RecordDialog(make_ctx(who=SUPERVISOR), result.application_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)   # Ctrl+E: 更正
    assert "朋友" in dialog.edits["agent_relation"].currentText()
    type_text(qtbot, dialog.edits["agent_phone"], "13711112222")
    assert dialog.correction_changes() == {"agent_phone": "13711112222"}
    wait_tasks(qtbot)
