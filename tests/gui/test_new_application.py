"""The New Application page, typed and clicked as a clerk does, against a real SQLite database."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.gui.qt import Qt
from tests.gui.clerk import choose, fill, type_text
from tests.gui.conftest import make_ctx, wait_tasks
from tests.helpers.people import make_id

BIRTH = date(1980, 5, 17)
ID = make_id(BIRTH)
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.fixture
def page_factory(qtbot, database):  # type: ignore[no-untyped-def]
    def make(kind: str = "street", who=None):  # type: ignore[no-untyped-def]
        from clerk_desk.gui import errors
        from clerk_desk.gui.new_application import NewApplicationPage

        ctx = make_ctx(kind) if who is None else make_ctx(kind, who)
        page = NewApplicationPage(ctx)
        page.messages = []
        errors.set_sink(lambda kind, text: page.messages.append((kind, text)))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def type_person(qtbot, page, number: str, name: str, *, issued: str = "2020-06-01",  # type: ignore[no-untyped-def]
                until: str | None = "2040-06-01") -> None:
    u = page.ui
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, number)
    type_text(qtbot, u.nameEdit, name)
    type_text(qtbot, u.phoneEdit, "13812345678")
    type_text(qtbot, u.addressEdit, "北京市朝阳区幸福路1号")
    type_text(qtbot, u.authorityEdit, "北京市公安局朝阳分局")
    type_text(qtbot, u.validFromEdit, issued)
    if until is None:
        qtbot.mouseClick(u.longTermCheck, Qt.MouseButton.LeftButton)
    else:
        type_text(qtbot, u.validToEdit, until)


def type_hukou(qtbot, page, number: str, name: str, relation: str = "户主") -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    type_text(qtbot, u.householdNoEdit, "110105001234")
    choose(qtbot, u.householdTypeCombo, "family")
    type_text(qtbot, u.hukouAddressEdit, "北京市朝阳区幸福路1号")
    type_text(qtbot, u.pageNameEdit, name)
    type_text(qtbot, u.pageIdEdit, number)
    fill(qtbot, u.relationToHeadCombo.lineEdit(), relation)


def verify_all_documents(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.evaluate()
    for combo in page._doc_combos.values():
        choose(qtbot, combo, "verified")


def accept(qtbot, page):  # type: ignore[no-untyped-def]
    page.evaluate()
    assert page.ui.acceptButton.isEnabled(), page.ui.blockingLabel.text()
    qtbot.mouseClick(page.ui.acceptButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    return page.last_result


def test_self_new_enrollment_at_a_street_point_gets_a_slip(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory("street")
    assert not page.ui.acceptButton.isEnabled()
    type_person(qtbot, page, ID, "张三")
    assert "1980-05-17" in page.ui.derivedLabel.text() and "男" in page.ui.derivedLabel.text()
    type_hukou(qtbot, page, ID, "张三")
    assert not page.ui.acceptButton.isEnabled()
    assert page.ui.blockingLabel.text()  # says why
    verify_all_documents(qtbot, page)
    result = accept(qtbot, page)
    assert result is not None, page.messages
    assert result.slip is not None and result.slip.ready_by == date(2026, 12, 2) and not result.slip.provisional
    assert result.number.startswith("S001-20261127-")
    assert page.messages[-1][0] == "ok" and "2026-12-02" in page.messages[-1][1]
    assert page.ui.idNumberEdit.text() == ""  # ready for the next in the queue


def test_invalid_id_typed_with_fullwidth_digits_is_corrected_in_place(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory()
    wrong = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    typed = wrong[:6].translate(FULLWIDTH) + " " + wrong[6:14] + wrong[14:].translate(FULLWIDTH)
    page.ui.idNumberEdit.setFocus()
    type_text(qtbot, page.ui.idNumberEdit, typed)
    assert page.ui.idNumberEdit.text() == wrong  # ASCII, no space, in the field itself
    assert page.ui.idNumberProblem.isVisible()
    assert "校验位" in page.ui.idNumberProblem.text()
    assert page.ui.idNumberEdit.property("state") == "error"
    assert not page.ui.acceptButton.isEnabled()
    # the clerk fixes the last character: the problem goes, the derived fields come
    qtbot.keyClick(page.ui.idNumberEdit, Qt.Key.Key_Backspace)
    type_text(qtbot, page.ui.idNumberEdit, ID[-1].lower())
    assert page.ui.idNumberEdit.text() == ID
    assert not page.ui.idNumberProblem.isVisible()
    assert "1980-05-17" in page.ui.derivedLabel.text()


def test_lowercase_x_is_uppercased(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory()
    number = next(n for n in (make_id(BIRTH, seq=s) for s in range(1, 200)) if n.endswith("X"))
    type_text(qtbot, page.ui.idNumberEdit, number[:-1] + "x")
    assert page.ui.idNumberEdit.text() == number
    assert page.ui.idNumberEdit.property("state") == "ok"
