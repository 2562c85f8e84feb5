"""More walk-ins at a street point, typed and clicked as a clerk: renewal, card replacement, a guardian
for a child, a newborn with the birth certificate.  Each is accepted with the slip's ready-by date:
accepted on Friday 2026-11-27, the card is ready by the 3rd working day after, Wednesday 2026-12-02."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.gui.qt import Qt
from tests.gui.clerk import choose, fill, type_text
from tests.gui.test_new_application import (
    accept,
    add_member,
    page_factory,  # noqa: F401 - the fixture street_page uses
    type_hukou,
    type_person,
    verify_all_documents,
)
from tests.helpers.people import make_id

READY_BY = date(2026, 12, 2)
ADULT = make_id(date(1980, 5, 17))


@pytest.fixture
def street_page(request):  # type: ignore[no-untyped-def]
    """The New Application page of a street service point, against a fresh database."""
    return request.getfixturevalue("page_factory")("street")


def stored_form(application_id):  # type: ignore[no-untyped-def]
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications
    from clerk_desk.store.db import session_scope

    with session_scope() as session:
        return applications.get_form(session, Actor("zhao", Role.SUPERVISOR), application_id)


def assert_slip(page, result) -> None:  # type: ignore[no-untyped-def]
    assert result is not None, page.messages
    assert result.slip is not None and result.slip.ready_by == READY_BY and not result.slip.provisional
    kind, text = page.messages[-1]
    assert kind == "ok" and "2026-12-02" in text and result.slip.pickup_code in text
    assert page.ui.idNumberEdit.text() == ""  # ready for the next person


def type_guardian(qtbot, page, number: str, name: str, *, issued: str, until: str) -> None:  # type: ignore[no-untyped-def]
    u = page.ui
    choose(qtbot, u.applicantCombo, "guardian")
    type_text(qtbot, u.agentIdEdit, number)
    type_text(qtbot, u.agentNameEdit, name)
    type_text(qtbot, u.agentAuthorityEdit, "北京市公安局朝阳分局")
    type_text(qtbot, u.agentValidFromEdit, issued)
    type_text(qtbot, u.agentValidToEdit, until)
    type_text(qtbot, u.agentPhoneEdit, "13900000000")
    choose(qtbot, u.agentRelationCombo, "parent")
    qtbot.keyClick(u.agentRelationCombo, Qt.Key.Key_Tab)   # on to the next field: the relation is judged


def test_renewal_with_the_social_security_card(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page = street_page
    u = page.ui
    choose(qtbot, u.kindCombo, "renewal")
    type_person(qtbot, page, ADULT, "张三")
    type_hukou(qtbot, page, ADULT, "张三")
    type_text(qtbot, u.socialCardEdit, "A12345678")
    page.evaluate()
    codes = [item.code for item in page.report.checklist]
    assert "social_security_card" in codes and "hukou" not in codes  # a renewal needs no household book
    verify_all_documents(qtbot, page)
    printed: list[list[str]] = []
    page.print_documents = lambda _id, docs: printed.append(docs)  # type: ignore[attr-defined]
    result = accept(qtbot, page)
    # issue 11: a renewal makes no card: no slip, completed on acceptance, only the receipt printed
    assert result is not None and result.slip is None and result.status == "completed"
    assert printed == [["receipt"]]
    kind, text = page.messages[-1]
    assert kind == "ok" and "不制卡" in text and "领卡" not in text and "发卡" not in text
    form = stored_form(result.application_id)
    assert form.kind.value == "renewal" and form.social_security_card_no == "A12345678"


def test_card_replacement(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page = street_page
    choose(qtbot, page.ui.kindCombo, "card_replacement")
    assert page.extras.reasonCombo.isVisible()
    choose(qtbot, page.extras.reasonCombo, "lost")
    type_person(qtbot, page, ADULT, "张三")
    type_hukou(qtbot, page, ADULT, "张三")
    page.evaluate()
    # identity, and the card reported lost first (挂失)
    assert [item.code for item in page.report.checklist] == ["insured_identity", "replacement_lost"]
    verify_all_documents(qtbot, page)
    result = accept(qtbot, page)
    assert_slip(page, result)
    assert stored_form(result.application_id).kind.value == "card_replacement"


def test_guardian_for_a_child_shown_by_the_household_book(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page = street_page
    u = page.ui
    child = make_id(date(2018, 6, 1), seq=3)
    type_person(qtbot, page, child, "张小宝", issued="2024-06-01", until="2029-06-01")  # under 16: 5 years
    type_hukou(qtbot, page, child, "张小宝", relation="子")
    page.evaluate()
    assert not u.acceptButton.isEnabled()
    assert "监护人" in u.agentProblem.text() or "监护人" in u.blockingLabel.text()  # a child does not apply alone
    parent = make_id(date(1988, 2, 2), seq=8)
    type_guardian(qtbot, page, parent, "张建国", issued="2020-06-01", until="2040-06-01")
    page.evaluate()
    codes = [item.code for item in page.report.checklist]
    assert {"insured_identity_minor", "guardian_id_card", "guardian_relation"} <= set(codes)
    add_member(qtbot, page, "张建国", parent, "户主")  # the household book shows the father ...
    add_member(qtbot, page, "张小宝", child, "子")     # ... and the son
    verify_all_documents(qtbot, page)
    page.evaluate()
    assert page.report.agent.valid and not page.report.errors, [p.code for p in page.report.errors]
    result = accept(qtbot, page)
    assert_slip(page, result)
    form = stored_form(result.application_id)
    assert form.applicant.value == "guardian" and form.agent.relation == "parent"
    assert form.agent.card.id_number == parent and form.hukou.relation_to_head == "子"


def test_newborn_with_the_birth_certificate(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page = street_page
    u = page.ui
    baby = make_id(date(2026, 10, 1), seq=2)  # 57 days old: within the 90 days
    u.idNumberEdit.setFocus()
    type_text(qtbot, u.idNumberEdit, baby)
    type_text(qtbot, u.nameEdit, "李小宝")
    type_text(qtbot, u.phoneEdit, "13812345678")
    type_text(qtbot, u.addressEdit, "北京市朝阳区幸福路1号")
    choose(qtbot, page.extras.statusCombo, "newborn")  # no hukou yet
    assert u.birthCertificateEdit.isEnabled() and not u.householdNoEdit.isEnabled()
    fill(qtbot, u.birthCertificateEdit, "Q440012345")
    mother = make_id(date(1990, 2, 2), seq=8, female=True)
    type_guardian(qtbot, page, mother, "李红", issued="2020-06-01", until="2040-06-01")
    add_member(qtbot, page, "李红", mother, "母亲")  # the mother named on the birth certificate
    page.evaluate()
    assert "insured_identity_newborn" in [item.code for item in page.report.checklist]
    verify_all_documents(qtbot, page)
    result = accept(qtbot, page)
    assert_slip(page, result)
    form = stored_form(result.application_id)
    assert not form.hukou.present and form.hukou.birth_certificate_no == "Q440012345"
    assert form.agent.card.name == "李红" and form.agent.relation == "parent"


def test_newborn_after_90_days_is_refused(qtbot, street_page) -> None:  # type: ignore[no-untyped-def]
    page = street_page
    u = page.ui
    type_text(qtbot, u.idNumberEdit, make_id(date(2026, 8, 1), seq=2))  # 118 days old
    type_text(qtbot, u.nameEdit, "李小宝")
    choose(qtbot, page.extras.statusCombo, "newborn")
    fill(qtbot, u.birthCertificateEdit, "Q440012345")
    qtbot.keyClick(u.birthCertificateEdit, Qt.Key.Key_F9)   # Accept: every field is judged
    assert not u.acceptButton.isEnabled()
    assert "90" in u.hukouProblem.text()
