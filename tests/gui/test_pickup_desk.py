"""Cards ready (batch), card handover to the insured and to an agent, today's table, lazily."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.gui.qt import Qt
from tests.gui.clerk import choose, type_text
from tests.gui.conftest import SUPERVISOR, make_ctx, settings_for, wait_tasks
from tests.helpers.people import make_id, self_form

BIRTH = date(1980, 5, 17)
_KEEP: list = []  # type: ignore[type-arg]


@pytest.fixture(scope="module", autouse=True)
def _release_kept_pages():  # type: ignore[no-untyped-def]
    """Pages kept alive for the model tester go before QApplication does (not at interpreter exit)."""
    yield
    for page in _KEEP:
        page.deleteLater()
    _KEEP.clear()


def accepted(n: int, *, ready: bool = False) -> list:  # type: ignore[type-arg]
    """``n`` street applications accepted through the services (and marked ready)."""
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope

    clerk = Actor("wang", Role.CLERK, "王芳")
    out = []
    with session_scope() as session:
        for i in range(n):
            number = make_id(BIRTH, seq=100 + i)
            out.append((number, svc.accept(session, clerk, self_form(number, f"张{i}", birth=BIRTH),
                                           settings=settings_for("street"))))
        if ready:
            svc.mark_ready(session, Actor("zhao", Role.SUPERVISOR), [r.application_id for _, r in out],
                           settings=settings_for("street"))
    return out


@pytest.fixture
def sink():  # type: ignore[no-untyped-def]
    from clerk_desk.gui import errors

    messages: list[tuple[str, str]] = []
    errors.set_sink(lambda kind, text: messages.append((kind, text)))
    return messages


def status_of(application_id):  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope

    with session_scope() as session:
        return svc.get_detail(session, Actor("zhao", Role.SUPERVISOR), application_id)


def test_batch_marked_ready(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.cards_ready_page import CardsReadyPage

    apps = accepted(3)
    page = CardsReadyPage(make_ctx(who=SUPERVISOR))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert not page.mark_button.isEnabled()
    for row in (0, 2):  # tick two of the three cards that arrived: a click on each row
        rect = page.view.visualRect(page.model.index(row, 1))
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.mark_button.isEnabled() and "已选 2" in page.summary.text()
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert sink[-1][0] == "ok" and "2" in sink[-1][1]
    statuses = sorted(status_of(r.application_id).row.status.value for _, r in apps)
    assert statuses == ["accepted", "ready", "ready"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_handover_to_the_insured(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.handover_page import HandoverPage

    [(number, result)] = accepted(1, ready=True)
    page = HandoverPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.ui.lookupEdit, result.number)
    qtbot.keyClick(page.ui.lookupEdit, Qt.Key.Key_Return)
    wait_tasks(qtbot)
    assert page.ui.numberValue.text() == result.number and page.ui.handOverButton.isEnabled()
    assert page.ui.readyByValue.text() == "2026-12-02"
    wrong = make_id(BIRTH, seq=300)
    type_text(qtbot, page.ui.collectorIdEdit, wrong)
    qtbot.mouseClick(page.ui.handOverButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert page.ui.collectorIdProblem.isVisible() and "不一致" in page.ui.collectorIdProblem.text()
    page.ui.collectorIdEdit.clear()
    type_text(qtbot, page.ui.collectorIdEdit, number)
    qtbot.mouseClick(page.ui.handOverButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert "有效期" in page.ui.collectorIdProblem.text()   # the card's validity is required (issue 11)
    type_text(qtbot, page.collectorValidToEdit, "2040-06-01")
    qtbot.mouseClick(page.ui.handOverButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert page.handed_over == result.number and sink[-1][0] == "ok"
    detail = status_of(result.application_id)
    assert detail.row.status.value == "collected" and detail.collector_type == "insured"


def test_handover_to_an_agent_by_id_number(qtbot, database, sink) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.handover_page import HandoverPage

    [(number, result)] = accepted(1, ready=True)
    page = HandoverPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    type_text(qtbot, page.ui.lookupEdit, number)
    qtbot.mouseClick(page.ui.lookupButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert page.ui.numberValue.text() == result.number
    page.ui.collectorCombo.setFocus()
    qtbot.keyClick(page.ui.collectorCombo, Qt.Key.Key_Down)
    type_text(qtbot, page.ui.collectorIdEdit, make_id(date(1979, 1, 2), seq=44, female=True))
    type_text(qtbot, page.ui.collectorNameEdit, "李梅")
    choose(qtbot, page.ui.collectorRelationCombo, "spouse")
    type_text(qtbot, page.ui.collectorPhoneEdit, "13900000000")
    qtbot.mouseClick(page.collectorLongTermCheck, Qt.MouseButton.LeftButton)   # born 1979: long-term card
    qtbot.mouseClick(page.ui.handOverButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert "凭条" in page.ui.collectorIdProblem.text()  # the slip must be shown
    page.ui.certificateCheck.setFocus()
    qtbot.keyClick(page.ui.certificateCheck, Qt.Key.Key_Space)
    assert page.ui.certificateCheck.isChecked()
    qtbot.mouseClick(page.ui.handOverButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    # issue 11: holding only the slip, someone not recorded at acceptance also shows the insured's card
    assert page.handed_over is None and "参保人身份证" in page.ui.collectorIdProblem.text()
    type_text(qtbot, page.insuredIdEdit, number)
    qtbot.mouseClick(page.ui.handOverButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert page.handed_over == result.number, (page.ui.collectorIdProblem.text(), sink)
    detail = status_of(result.application_id)
    assert detail.row.status.value == "collected" and detail.collector_type == "other"
    assert detail.collector_name == "李梅"


def test_today_table_fetches_lazily_and_passes_the_model_tester(qtbot, qtmodeltester, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui import applications_model
    from clerk_desk.gui.today_page import TodayPage

    applications_model.PAGE_SIZE = 4
    try:
        accepted(10)
        page = TodayPage(make_ctx())  # not closed by qtbot: the model tester outlives the test body
        _KEEP.append(page)
        qtbot.waitUntil(lambda: page.model.total == 10)
        assert page.model.rowCount() == 4  # never all rows at once
        assert page.model.canFetchMore()
        page.model.fetchMore()
        qtbot.waitUntil(lambda: page.model.rowCount() == 8)
        qtmodeltester.check(page.model, force_py=True)
        wait_tasks(qtbot)
        qtbot.waitUntil(lambda: not page.model.canFetchMore())
        assert page.model.rowCount() == 10
        assert page.model.data(page.model.index(0, 0)).startswith("S001-20261127-")
    finally:
        applications_model.PAGE_SIZE = 50


def test_checkable_model_passes_the_model_tester(qtmodeltester, database) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.applications_model import ApplicationsModel
    from clerk_desk.services import applications as svc
    from clerk_desk.store.db import session_scope

    accepted(3)
    with session_scope() as session:
        rows = svc.list_day(session, point_code="S001", day=date(2026, 11, 27))
    model = ApplicationsModel(make_ctx(), checkable=True)
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
