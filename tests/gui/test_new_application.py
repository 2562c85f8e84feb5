"""The New Application page, typed and clicked as a clerk does, against a real SQLite database."""

from __future__ import annotations

import json
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
def page_factory(qtbot, database, monkeypatch):  # type: ignore[no-untyped-def]
    """The New Application page. Every form the page judged while a test filled it is judged
    again, after the test, by ``clerk-desk check-application``'s reader and rules: the same
    verdict and the same error codes (the round trip of issue 11)."""
    from clerk_desk.gui.new_application import NewApplicationPage

    judged: list[tuple[object, str, object]] = []
    original = NewApplicationPage.evaluate

    def evaluate(self):  # type: ignore[no-untyped-def]
        report = original(self)
        judged.append((self.ctx, json.dumps(self.form().to_dict(), ensure_ascii=False), report))
        return report

    monkeypatch.setattr(NewApplicationPage, "evaluate", evaluate)

    def make(kind: str = "street", who=None):  # type: ignore[no-untyped-def]
        from clerk_desk.gui import errors

        ctx = make_ctx(kind) if who is None else make_ctx(kind, who)
        page = NewApplicationPage(ctx)
        page.messages = []
        errors.set_sink(lambda kind, text: page.messages.append((kind, text)))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield make
    assert_same_verdicts_as_check_application(judged)


def assert_same_verdicts_as_check_application(judged) -> None:  # type: ignore[no-untyped-def]
    """Every distinct form, written one a line to a file and given to ``clerk-desk check-application``
    (its real entry point, with the page's settings, day and kind of point): the same verdict, the
    same error codes and missing documents, the same card and slip."""
    import contextlib
    import io
    import tempfile
    from pathlib import Path

    from clerk_desk.cli import main
    from clerk_desk.config import save_settings

    groups: dict[tuple[object, ...], dict[str, object]] = {}
    for ctx, line, report in judged:
        groups.setdefault((id(ctx), ctx.today(), ctx.point_kind), {"ctx": ctx, "forms": {}})["forms"].setdefault(
            line, report)  # type: ignore[union-attr]
    for (_, today, kind), group in groups.items():
        forms: dict[str, object] = group["forms"]  # type: ignore[assignment]
        save_settings(group["ctx"].settings)  # type: ignore[union-attr]
        with tempfile.TemporaryDirectory() as tmp:
            batch = Path(tmp) / "forms.jsonl"
            batch.write_text("\n".join(forms) + "\n", encoding="utf-8")
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                code = main(["check-application", "--on", today.isoformat(), "--point-kind", kind, "--json",
                             str(batch)])
        rows = [json.loads(x) for x in out.getvalue().splitlines()]
        reports = list(forms.values())
        assert len(rows) == len(reports)
        assert code == (0 if all(r.acceptable for r in reports) else 1)  # type: ignore[attr-defined]
        for line, row, report in zip(forms, rows, reports, strict=True):
            assert row["acceptable"] is report.acceptable, line  # type: ignore[attr-defined]
            assert [e["code"] for e in row["errors"]] == [p.code for p in report.errors], line  # type: ignore[attr-defined]
            assert row["missing_documents"] == [i.code for i in report.missing], line  # type: ignore[attr-defined]
            assert (row["card_made"], row["slip"]) == (report.card_made, report.slip), line  # type: ignore[attr-defined]


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
    if (u.nameEdit.text(), u.idNumberEdit.text()) == (name, number) and number:
        qtbot.keyClick(u.pageNameEdit, Qt.Key.Key_Return)   # the page as on the card: confirmed with one key
    else:                                                  # what the book says, typed over the card's
        fill(qtbot, u.pageNameEdit, name)
        fill(qtbot, u.pageIdEdit, number)
    fill(qtbot, u.relationToHeadCombo.lineEdit(), relation)


def add_member(qtbot, page, name: str, number: str, relation: str) -> None:  # type: ignore[no-untyped-def]
    """Record a member seen on the household book (or a parent on the birth certificate)."""
    x = page.extras
    type_text(qtbot, x.memberNameEdit, name)
    type_text(qtbot, x.memberIdEdit, number)
    type_text(qtbot, x.memberRelationEdit, relation)
    qtbot.mouseClick(x.addMemberButton, Qt.MouseButton.LeftButton)


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


def fill_self_applicant(qtbot, page, number: str = ID, name: str = "张三") -> None:  # type: ignore[no-untyped-def]
    type_person(qtbot, page, number, name)
    type_hukou(qtbot, page, number, name)
    verify_all_documents(qtbot, page)


def test_county_center_accepts_and_hands_over_on_the_spot(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory("county")
    fill_self_applicant(qtbot, page)
    result = accept(qtbot, page)
    assert result.slip is None and result.status.value == "collected"
    assert "当场发卡" in page.messages[-1][1]


def test_duplicate_is_refused_with_a_link_to_the_existing_record(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory("street")
    fill_self_applicant(qtbot, page)
    first = accept(qtbot, page)
    page.last_result = None
    fill_self_applicant(qtbot, page)
    choose(qtbot, page.ui.kindCombo, "card_replacement")
    choose(qtbot, page.extras.reasonCombo, "damaged")
    verify_all_documents(qtbot, page)
    accept(qtbot, page)
    assert page.last_result is None
    kind, text = page.messages[-1]
    assert kind == "rule" and first.number in text and "不能重复受理" in text
    assert page._pending_duplicate == first.number
    assert page.ui.idNumberEdit.text() == ID  # nothing lost
    assert page.duplicateButton.isVisible() and first.number in page.duplicateButton.text()
    with qtbot.waitSignal(page.search_requested) as sent:
        qtbot.mouseClick(page.duplicateButton, Qt.MouseButton.LeftButton)
    assert sent.args == [first.number]


def test_missing_documents_return_with_notice_and_keep_the_draft(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory("street")
    type_person(qtbot, page, ID, "张三")
    type_hukou(qtbot, page, ID, "张三")
    page.evaluate()
    first_code = next(iter(page._doc_combos))
    choose(qtbot, page._doc_combos[first_code], "verified")
    for combo in list(page._doc_combos.values())[1:]:
        choose(qtbot, combo, "missing")
    page.evaluate()
    assert not page.ui.acceptButton.isEnabled() and "材料不全" in page.ui.blockingLabel.text()
    assert page.ui.returnButton.isEnabled()
    qtbot.mouseClick(page.ui.returnButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    result = page.last_result
    assert result is not None and result.missing
    assert page.messages[-1][0] == "info" and "下次来办" in page.messages[-1][1]
    # the walk-in comes back: the search finds the returned application and the form comes back
    page.load_application(result.application_id)
    wait_tasks(qtbot)
    assert page.ui.idNumberEdit.text() == ID and page.ui.nameEdit.text() == "张三"
    assert page.application_id == result.application_id
    verify_all_documents(qtbot, page)
    again = accept(qtbot, page)
    assert again.application_id == result.application_id and again.slip is not None


def test_proxy_with_both_certificates(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory("street")
    type_person(qtbot, page, ID, "张三")
    type_hukou(qtbot, page, ID, "张三")
    u = page.ui
    choose(qtbot, u.applicantCombo, "proxy")
    agent_id = make_id(date(1982, 3, 3), seq=21, female=True)
    assert u.agentIdEdit.isEnabled()
    type_text(qtbot, u.agentIdEdit, agent_id.translate(FULLWIDTH))
    assert u.agentIdEdit.text() == agent_id
    type_text(qtbot, u.agentNameEdit, "李四")
    type_text(qtbot, u.agentAuthorityEdit, "北京市公安局朝阳分局")
    type_text(qtbot, u.agentValidFromEdit, "2020-06-01")
    type_text(qtbot, u.agentValidToEdit, "2040-06-01")
    type_text(qtbot, u.agentPhoneEdit, "13900000000")
    choose(qtbot, u.agentRelationCombo, "spouse")
    add_member(qtbot, page, "李四", agent_id, "妻")   # the spouse seen on the book: no letter needed
    page.evaluate()
    assert any("代办" in item.label_zh for item in page.report.checklist), page.report.checklist
    verify_all_documents(qtbot, page)
    result = accept(qtbot, page)
    assert result.slip is not None and result.slip.ready_by == date(2026, 12, 2)


def test_database_error_during_accept_keeps_the_form_and_works_again(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory("street")
    fill_self_applicant(qtbot, page)
    good_url = page.ctx.url
    page.ctx._url = "postgresql+psycopg://clerk@127.0.0.1:1/stopped?connect_timeout=2"  # the server is down
    qtbot.waitUntil(page.ui.acceptButton.isEnabled)  # the rules ran while the clerk typed
    qtbot.mouseClick(page.ui.acceptButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot, 20000)
    assert page.last_result is None
    kind, text = page.messages[-1]
    assert kind == "environment" and "数据库" in text
    assert page.ui.idNumberEdit.text() == ID and page.ui.nameEdit.text() == "张三"
    assert page.ui.acceptButton.isEnabled()
    page.ctx._url = good_url  # the server is back
    result = accept(qtbot, page)
    assert result is not None and result.slip is not None


def test_draft_is_offered_again_after_a_crash(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory("street")
    type_text(qtbot, page.ui.idNumberEdit, ID)
    type_text(qtbot, page.ui.nameEdit, "张三")
    with qtbot.waitSignal(page.drafts.timer.timeout, timeout=5000):  # the autosave's debounce
        pass
    wait_tasks(qtbot)
    page.close()
    page.deleteLater()  # the power goes off
    second = page_factory("street")
    assert second.ui.restoreDraftButton.isVisible() and "张三" in second.ui.draftLabel.text()
    qtbot.mouseClick(second.ui.restoreDraftButton, Qt.MouseButton.LeftButton)
    assert second.ui.idNumberEdit.text() == ID and second.ui.nameEdit.text() == "张三"


def test_discarded_draft_is_not_offered_again(qtbot, page_factory) -> None:  # type: ignore[no-untyped-def]
    page = page_factory("street")
    type_text(qtbot, page.ui.idNumberEdit, ID)
    type_text(qtbot, page.ui.nameEdit, "张三")
    page.ui.saveDraftButton.click()  # a database draft as well as the local file
    wait_tasks(qtbot)
    page.close()
    second = page_factory("street")
    second.drafts.offer_db()  # the main window does this once the database is open
    wait_tasks(qtbot)
    assert second.ui.discardDraftButton.isVisible() and "张三" in second.ui.draftLabel.text()
    qtbot.mouseClick(second.ui.discardDraftButton, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert not second.ui.restoreDraftButton.isVisible()
    third = page_factory("street")
    third.drafts.offer_db()
    wait_tasks(qtbot)
    assert not third.ui.restoreDraftButton.isVisible() and "张三" not in third.ui.draftLabel.text()
