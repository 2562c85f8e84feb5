"""The application form judged when it means something, and each fact typed once (issue 14):
nothing red on an empty form; a field judged once left, everything at Accept; each problem beside
its field and in the list at the bottom, which takes the clerk to the field; the household page
starting as the card and confirmed with one key; the same address; digits for the combo boxes;
8-digit dates; the authorisation letter beside the relation."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.gui.qt import QApplication, Qt
from tests.gui.clerk import choose, fill, type_text
from tests.gui.test_new_application import ID, page_factory  # noqa: F401 - the fixture street_page uses
from tests.helpers.people import make_id


@pytest.fixture
def page(request):  # type: ignore[no-untyped-def]
    page = request.getfixturevalue("page_factory")("street")
    page.window().activateWindow()
    page.activate()
    return page


def red(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The problem labels showing something, and the list's entries."""
    from clerk_desk.gui.qt import QLabel

    labels = [w.objectName() for w in page.findChildren(QLabel)
              if w.property("class") == "problem" and w.isVisible() and w.text()
              and w.objectName() != "pageConfirmHint"]
    return labels + [page.problems.list.item(i).text() for i in range(page.problems.list.count())]


def leave(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """The clerk is in ``widget`` and presses Tab."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not widget)
    page = widget.window()
    qtbot.waitUntil(lambda: not page._eval_timer.isActive())   # the page judged again


def test_an_empty_form_shows_nothing_red_until_accept(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    page.evaluate()
    assert page.report.errors                          # the rules know what is missing ...
    assert red(page) == [] and not page.problems.list.isVisible()   # ... and say nothing yet
    assert u.blockingLabel.text() and u.blockingLabel.property("quiet") == "true"  # why F9 waits, not in red
    qtbot.keyClick(u.idNumberEdit, Qt.Key.Key_F9)      # Accept: every field is judged
    assert u.idNumberProblem.isVisible() and u.nameProblem.isVisible() and u.hukouProblem.isVisible()
    assert page.problems.list.isVisible() and page.problems.list.count() == len(
        {(p.is_error, p.message("zh")) for p in page.report.problems})   # each problem once
    assert QApplication.focusWidget() is page.problems.list          # the list to work through
    assert u.blockingLabel.property("quiet") == "false"               # now in red
    assert page.last_result is None


def test_a_field_is_judged_when_it_is_left(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, ID)
    leave(qtbot, u.nameEdit)                           # the name left empty
    assert u.nameProblem.isVisible() and "姓名" in u.nameProblem.text()
    assert not u.hukouProblem.isVisible()              # the book not reached yet: nothing said about it
    u.phoneEdit.setFocus()
    type_text(qtbot, u.phoneEdit, "call me")
    assert not u.phoneProblem.isVisible()              # still typing
    leave(qtbot, u.phoneEdit)
    assert u.phoneProblem.isVisible() and "区号" in u.phoneProblem.text()
    texts = [page.problems.list.item(i).text() for i in range(page.problems.list.count())]
    assert any("call me" in t for t in texts) and any("姓名" in t for t in texts) and len(texts) == 2


def test_activating_a_problem_in_the_list_goes_to_its_field(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, ID)
    type_text(qtbot, u.nameEdit, "张三")
    qtbot.keyClick(u.idNumberEdit, Qt.Key.Key_F9)
    lst = page.problems.list
    row = next(i for i in range(lst.count()) if "户号" in lst.item(i).text())
    lst.setCurrentRow(row)
    qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is u.householdNoEdit
    top_left = u.householdNoEdit.mapTo(u.scrollArea.viewport(), u.householdNoEdit.rect().topLeft())
    assert u.scrollArea.viewport().rect().contains(top_left)   # scrolled into view


def test_a_child_applying_alone_is_told_beside_the_applicant(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, make_id(date(2012, 5, 1), seq=5))   # 14 years old
    type_text(qtbot, u.nameEdit, "张小")
    qtbot.keyClick(u.idNumberEdit, Qt.Key.Key_F9)
    assert u.applicantProblem.isVisible() and "监护人" in u.applicantProblem.text()


def test_the_household_page_starts_as_the_card_and_is_confirmed_with_one_key(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, ID)
    type_text(qtbot, u.nameEdit, "张三")
    assert (u.pageNameEdit.text(), u.pageIdEdit.text()) == ("张三", ID)      # shown as the card says ...
    assert page.form().hukou.page_name == "" and page.form().hukou.page_id_number == ""   # ... not yet recorded
    assert page.findChild(type(u.derivedLabel), "pageConfirmHint").isVisible()
    u.pageNameEdit.setFocus()
    qtbot.keyClick(u.pageNameEdit, Qt.Key.Key_Return)                        # compared: the same
    assert (page.form().hukou.page_name, page.form().hukou.page_id_number) == ("张三", ID)
    assert QApplication.focusWidget() in (u.relationToHeadCombo, u.relationToHeadCombo.lineEdit())
    type_text(qtbot, u.nameEdit, "丰")                                        # the card's name changes ...
    assert page.form().hukou.page_name == ""                                 # ... compared again
    qtbot.keyClick(u.pageNameEdit, Qt.Key.Key_Return)
    assert page.form().hukou.page_name == "张三丰"


def test_a_household_page_that_differs_is_typed_over_and_flagged(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, ID)
    type_text(qtbot, u.nameEdit, "张三")
    fill(qtbot, u.pageNameEdit, "张山")                                        # the book says otherwise
    leave(qtbot, u.pageNameEdit)
    assert page.form().hukou.page_name == "张山" and page.form().hukou.page_id_number == ""
    assert "household.name_mismatch" in [p.code for p in page.report.errors]
    assert "张山" in u.hukouProblem.text() and "不一致" in u.hukouProblem.text()
    type_text(qtbot, u.nameEdit, "x")                                        # typed over: it no longer follows
    assert u.pageNameEdit.text() == "张山"


def test_same_as_contact_address_digits_and_dates(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    u.addressEdit.setFocus()
    type_text(qtbot, u.addressEdit, "北京市朝阳区幸福路1号")
    page.sameAddressCheck.setFocus()
    qtbot.keyClick(page.sameAddressCheck, Qt.Key.Key_Space)
    assert page.form().hukou.address == "北京市朝阳区幸福路1号" and not u.hukouAddressEdit.isEnabled()
    type_text(qtbot, u.addressEdit, "2")
    assert page.form().hukou.address == "北京市朝阳区幸福路1号2"
    u.householdTypeCombo.setFocus()
    qtbot.keyClick(u.householdTypeCombo, Qt.Key.Key_2)
    assert page.form().hukou.household_type == "collective"                 # 2 集体户
    u.relationToHeadCombo.setFocus()
    qtbot.keyClick(u.relationToHeadCombo, Qt.Key.Key_2)
    assert page.form().hukou.relation_to_head == "配偶"                       # 2 配偶
    assert "1 户主" in u.relationToHeadCombo.toolTip() and "2 集体户" in u.householdTypeCombo.toolTip()
    chosen = []
    for key in (Qt.Key.Key_F, Qt.Key.Key_F, Qt.Key.Key_H):                  # by the pinyin's first letter
        qtbot.keyClick(u.relationToHeadCombo, key)
        chosen.append(page.form().hukou.relation_to_head)
    assert chosen == ["夫", "父", "户主"]                                      # f again: the next f
    u.householdTypeCombo.setFocus()
    qtbot.keyClick(u.householdTypeCombo, Qt.Key.Key_J)
    assert page.form().hukou.household_type == "family"                    # j 家庭户 (after 集体户, round)
    u.validFromEdit.setFocus()
    type_text(qtbot, u.validFromEdit, "20200601")
    leave(qtbot, u.validFromEdit)
    assert u.validFromEdit.text() == "2020-06-01" and page.form().insured.valid_from == date(2020, 6, 1)


def test_the_letter_is_asked_for_beside_the_relation(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, ID)
    choose(qtbot, u.applicantCombo, "proxy")
    choose(qtbot, u.agentRelationCombo, "other")                               # a friend
    page.evaluate()
    note = page.letterNote
    assert note.isVisible() and "授权委托书" in note.text()
    row_of = u.applicantForm.getWidgetPosition
    assert row_of(note)[0] == row_of(u.agentRelationCombo)[0] + 2             # under the relation (and its problem)
    leave(qtbot, u.agentRelationCombo)
    assert u.letterProblem.isVisible() and "委托书" in u.letterProblem.text()
    u.letterCheck.setFocus()
    qtbot.keyClick(u.letterCheck, Qt.Key.Key_Space)                          # received
    page.evaluate()
    assert not u.letterProblem.isVisible()
    choose(qtbot, u.applicantCombo, "guardian")
    page.evaluate()
    assert not note.isVisible()                                               # a guardian brings no letter


def test_guardian_mode_says_guardian_everywhere_after_accept(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.gui.qt import QLabel

    u = page.ui
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, make_id(date(2018, 6, 1), seq=3))   # a child
    choose(qtbot, u.applicantCombo, "guardian")
    qtbot.keyClick(u.applicantCombo, Qt.Key.Key_F9)
    shown = [w.text() for w in page.findChildren(QLabel) if w.isVisible() and w.text()]
    shown += [page.problems.list.item(i).text() for i in range(page.problems.list.count())]
    assert any("监护人" in t for t in shown)
    assert [t for t in shown if "代办人" in t] == []
