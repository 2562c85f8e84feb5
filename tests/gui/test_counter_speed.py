"""Issue 14, the counter at full speed: whatever the citizen hands over finds the application,
nothing changes by accident, the day's state before the work, guardian wording, phones."""

from __future__ import annotations

import pytest

from clerk_desk.domain.slipcode import encode_slip
from clerk_desk.gui.qt import Qt
from tests.gui.clerk import type_text
from tests.gui.conftest import make_ctx, wait_tasks
from tests.gui.test_pickup_desk import accepted


@pytest.mark.parametrize("held", ["pickup_code", "number", "qr", "id_number"])
def test_handover_finds_what_the_citizen_holds(qtbot, database, held) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.handover_page import HandoverPage

    apps = accepted(2, ready=True)   # two, so the lookup must pick the right one
    id_number, result = apps[1]
    assert result.slip is not None
    text = {"pickup_code": result.slip.pickup_code, "number": result.number,
            "qr": encode_slip(result.number, result.slip.pickup_code), "id_number": id_number}[held]
    page = HandoverPage(make_ctx())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    type_text(qtbot, page.ui.lookupEdit, text)
    qtbot.keyClick(page.ui.lookupEdit, Qt.Key.Key_Return)
    wait_tasks(qtbot)
    assert not page.ui.lookupProblem.isVisible(), page.ui.lookupProblem.text()
    assert page.ui.numberValue.text() == result.number
    assert page.ui.pickupValue.text() == result.slip.pickup_code
    assert page.ui.handOverButton.isEnabled()


@pytest.mark.parametrize("held", ["pickup_code", "number", "qr", "id_number"])
def test_search_box_finds_what_the_citizen_holds(qtbot, database, held) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.main_window import MainWindow

    apps = accepted(2)
    id_number, result = apps[0]
    assert result.slip is not None
    text = {"pickup_code": result.slip.pickup_code, "number": result.number,
            "qr": encode_slip(result.number, result.slip.pickup_code), "id_number": id_number}[held]
    window = MainWindow(make_ctx())
    qtbot.addWidget(window)
    window.build_pages()
    window.show()
    search = window.page("search_page")
    window.ui.searchEdit.setFocus()
    type_text(qtbot, window.ui.searchEdit, text)
    with qtbot.waitSignal(search.found, timeout=10000) as found:
        qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert [r.number for r in found.args[0]] == [result.number]
    wait_tasks(qtbot)
