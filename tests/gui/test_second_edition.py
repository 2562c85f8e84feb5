"""The second edition's walk-ins on the New Application page, typed and clicked as a clerk:
a newborn with only the birth certificate, a Hong Kong resident, a renewal at a street point,
a guardian who is not on the household book. Friday 2026-11-27 at a street point."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.gui.qt import Qt
from tests.gui.clerk import choose, fill, type_text
from tests.gui.test_more_flows import stored_form, type_guardian
from tests.gui.test_new_application import (
    accept,
    add_member,
    page_factory,  # noqa: F401 - the fixture street_page uses
    type_hukou,
    type_person,
    verify_all_documents,
)
from tests.helpers.people import make_id

MOTHER = make_id(date(1990, 2, 2), seq=8, female=True)
HK_PERMIT = make_id(date(1985, 3, 15), region="810000", seq=10)


@pytest.fixture
def street_page(request):  # type: ignore[no-untyped-def]
    return request.getfixturevalue("page_factory")("street")


def printed_documents(page) -> list[list[str]]:  # type: ignore[no-untyped-def]
    printed: list[list[str]] = []
    page.print_documents = lambda _id, docs: printed.append(docs)
    return printed


def test_newborn_with_only_the_birth_certificate(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page, u, x = street_page, street_page.ui, street_page.extras
    choose(qtbot, x.statusCombo, "newborn")
    assert not u.householdNoEdit.isVisible() and not u.pageIdEdit.isVisible()    # no book to check
    assert x.birthDateEdit.isVisible() and u.birthCertificateEdit.isVisible()
    type_text(qtbot, u.nameEdit, "李小宝")                                       # no ID number yet
    type_text(qtbot, u.phoneEdit, "13812345678")
    fill(qtbot, u.birthCertificateEdit, "Q440012345")
    type_text(qtbot, x.birthDateEdit, "2026-10-01")
    type_guardian(qtbot, page, MOTHER, "李红", issued="2020-06-01", until="2040-06-01")
    page.evaluate()
    assert "监护" in u.agentProblem.text()               # the mother is not yet recorded from the certificate
    add_member(qtbot, page, "李红", MOTHER, "母亲")
    page.evaluate()
    codes = [i.code for i in page.report.checklist]
    assert "insured_identity_newborn" in codes and "hukou" not in codes
    assert not any(p.code.startswith("household.") or p.field.startswith("insured.id") for p in page.report.problems)
    verify_all_documents(qtbot, page)
    assert "待遇等待期：无" in x.waitingLabel.text()       # newborns are exempt
    result = accept(qtbot, page)
    assert result is not None and result.slip is not None, page.messages
    form = stored_form(result.application_id)
    assert form.insured.id_number == "" and form.hukou.birth_date == date(2026, 10, 1)
    assert [m.name for m in form.hukou.members_seen] == ["李红"]


def test_hong_kong_resident_has_no_household_book_section(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page, u, x = street_page, street_page.ui, street_page.extras
    choose(qtbot, x.statusCombo, "hk_macao_tw")
    for w in (u.householdNoEdit, u.householdTypeCombo, u.hukouAddressEdit, u.pageNameEdit, u.pageIdEdit,
              u.relationToHeadCombo, u.residencePermitEdit, x.regionEdit, x.members):
        assert not w.isVisible(), w.objectName()
    type_person(qtbot, page, HK_PERMIT, "陈大文", issued="2023-03-01", until="2028-03-01")
    page.evaluate()
    assert u.hukouProblem.text() == ""                          # no household-book findings
    assert [i.code for i in page.report.checklist] == ["insured_identity_hmt"]
    verify_all_documents(qtbot, page)
    result = accept(qtbot, page)
    assert result is not None and result.slip is not None, page.messages
    assert stored_form(result.application_id).hukou.status.value == "hk_macao_tw"


def test_renewal_at_a_street_point_prints_no_slip(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page, u, x = street_page, street_page.ui, street_page.extras
    adult = make_id(date(1980, 5, 17))
    choose(qtbot, u.kindCombo, "renewal")
    assert not x.reasonCombo.isVisible() and x.gapSpin.isVisible()
    type_person(qtbot, page, adult, "张三")
    x.gapSpin.setFocus()
    qtbot.keyClick(x.gapSpin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(x.gapSpin, "2")
    assert x.gapSpin.value() == 2
    page.evaluate()
    assert page.report.waiting.months == 5                      # 3 fixed + 2 years of gap
    assert "5 个月" in x.waitingLabel.text() and "2027-06-01" in x.waitingLabel.text()
    verify_all_documents(qtbot, page)
    printed = printed_documents(page)
    result = accept(qtbot, page)
    assert result is not None and result.slip is None and result.status == "completed"
    assert printed == [["receipt"]]                             # the receipt only: no slip
    kind, text = page.messages[-1]
    assert kind == "ok" and "不制卡" in text and "领卡" not in text


def test_guardian_not_on_the_book_is_refused_beside_the_field(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page, u = street_page, street_page.ui
    child = make_id(date(2018, 6, 1), seq=3)
    type_person(qtbot, page, child, "张小宝", issued="2024-06-01", until="2029-06-01")
    type_hukou(qtbot, page, child, "张小宝", relation="子")
    add_member(qtbot, page, "张建国", make_id(date(1987, 1, 1), seq=44), "户主")   # the father, seen
    stranger = make_id(date(1988, 2, 2), seq=9)
    type_guardian(qtbot, page, stranger, "王某", issued="2020-06-01", until="2040-06-01")  # says "parent"
    verify_all_documents(qtbot, page)
    page.evaluate()
    assert not u.acceptButton.isEnabled()
    assert [p.field for p in page.report.errors] == ["agent.relation"]
    assert u.agentProblem.isVisible() and "不在已核对的户口簿成员" in u.agentProblem.text()
    assert "监护" in u.blockingLabel.text()
    qtbot.mouseClick(u.acceptButton, Qt.MouseButton.LeftButton)   # disabled: nothing happens
    assert page.last_result is None
