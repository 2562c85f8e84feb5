"""The whole form judged at once: what blocks Accept, what the notice lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from clerk_desk.domain.application_form import (
    AgentInfo,
    ApplicantType,
    HukouInfo,
    Kind,
    MemberSeen,
    ReplacementReason,
    Scheme,
)
from clerk_desk.domain.application_rules import evaluate
from clerk_desk.domain.ruleset import Rules
from tests.helpers.people import card, make_id, proxy_form, self_form

TODAY = date(2026, 11, 27)
ADULT = date(1980, 5, 17)
ID = make_id(ADULT)


def test_complete_self_form_is_acceptable() -> None:
    report = evaluate(self_form(ID, birth=ADULT), today=TODAY)
    assert report.errors == () and report.acceptable and report.blocking_reason() == ""
    assert [i.code for i in report.checklist] == ["insured_identity", "hukou"]
    assert Scheme.RESIDENT in report.suggested_schemes


@pytest.mark.parametrize("change,field,code", [
    (lambda f: replace(f, insured=replace(f.insured, name="")), "insured.name", "form.name_required"),
    (lambda f: replace(f, hukou=replace(f.hukou, page_name="张山")), "hukou.", "household.name_mismatch"),
    (lambda f: replace(f, insured=replace(f.insured, valid_to=date(2025, 1, 1), valid_from=date(2005, 1, 1))),
     "insured.", "idcard.expired"),
])
def test_errors_name_their_field(change, field, code) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(change(self_form(ID, birth=ADULT)), today=TODAY)
    hits = [p for p in report.errors if p.code == code]
    assert hits and hits[0].field.startswith(field)
    assert not report.acceptable
    assert report.blocking_reason("zh") and report.blocking_reason("en")


def test_missing_household_book_goes_to_the_notice() -> None:
    form = self_form(ID, birth=ADULT, documents={"insured_id_card": "verified"})
    report = evaluate(form, today=TODAY)
    assert [i.code for i in report.missing] == ["hukou"]
    assert report.returnable and not report.acceptable
    assert "户口簿" in report.missing_labels("zh")[0]


def test_renewal_needs_no_household_book() -> None:
    form = self_form(ID, birth=ADULT, kind=Kind.RENEWAL, documents={"insured_id_card": "verified"})
    assert evaluate(form, today=TODAY).acceptable


def test_proxy_needs_letter_unless_setting_off() -> None:
    agent_birth = date(1978, 3, 3)
    form = proxy_form(ID, make_id(agent_birth, seq=31), birth=ADULT, agent_birth=agent_birth)
    assert evaluate(form, today=TODAY).acceptable
    no_letter = replace(form, documents={k: v for k, v in form.documents.items() if k != "authorisation_letter"},
                        agent=replace(form.agent, relation="other"))
    report = evaluate(no_letter, today=TODAY)
    assert "authorisation_letter" in [i.code for i in report.missing]
    assert evaluate(no_letter, today=TODAY, rules=Rules(proxy_needs_letter=False)).acceptable


def test_agent_must_be_adult_and_not_the_insured() -> None:
    minor_birth = date(2012, 1, 1)
    form = proxy_form(ID, make_id(minor_birth, seq=5), birth=ADULT, agent_birth=minor_birth)
    codes = {p.code for p in evaluate(form, today=TODAY).errors}
    assert any("adult" in c or "minor" in c or "age" in c for c in codes), codes
    same = proxy_form(ID, ID, birth=ADULT, agent_birth=ADULT)
    assert not evaluate(same, today=TODAY).acceptable


def test_child_needs_a_guardian() -> None:
    child_birth = date(2018, 6, 1)
    child = make_id(child_birth, seq=3)
    alone = self_form(child, "张小宝", birth=child_birth)
    alone = replace(alone, insured=card(child, "张小宝", birth=child_birth, issued=date(2024, 6, 1)))
    assert not evaluate(alone, today=TODAY).acceptable
    parent_birth = date(1988, 2, 2)
    guardian = AgentInfo(card=card(make_id(parent_birth, seq=8), "张建国", birth=parent_birth), phone="13900000000",
                         relation="parent")
    docs = {"insured_id_card": "verified", "household_book": "verified", "agent_id_card": "verified"}
    form = replace(alone, applicant=ApplicantType.GUARDIAN, agent=guardian, documents=docs)
    # the clerk recorded the guardian among the members seen on the household book
    seen = replace(form, hukou=replace(form.hukou, members_seen=(
        MemberSeen("张建国", guardian.card.id_number, "户主"), MemberSeen("张小宝", child, "子"))))
    report = evaluate(seen, today=TODAY)
    assert report.errors == () and report.acceptable, [p.code for p in report.problems]
    # a ticked "parent" with the book marked verified proves nothing (issue 11)
    assert [p.code for p in evaluate(form, today=TODAY).errors] == ["applicant.relation_unproven"]


def test_newborn_with_birth_certificate_within_90_days() -> None:
    born = date(2026, 10, 1)
    parent_birth = date(1990, 2, 2)
    guardian = AgentInfo(card=card(make_id(parent_birth, seq=8), "李红", birth=parent_birth), phone="13900000000",
                         relation="parent")
    baby = self_form(make_id(born, seq=2), "李小宝", birth=born)
    baby = replace(baby, insured=replace(baby.insured, authority="", valid_from=None, valid_to=None))
    form = replace(baby, applicant=ApplicantType.GUARDIAN,
                   agent=guardian, hukou=HukouInfo(present=False, birth_certificate_no="Q440012345",
                                                   members_seen=(MemberSeen("李红", guardian.card.id_number,
                                                                            "mother"),)),
                   documents={"birth_certificate": "verified", "agent_id_card": "verified"})
    report = evaluate(form, today=TODAY)
    assert report.acceptable, [p.code for p in report.problems] + [i.code for i in report.missing]
    late = evaluate(form, today=date(2027, 3, 1))
    assert not late.acceptable


@pytest.mark.parametrize("kind", [Kind.RENEWAL, Kind.CARD_REPLACEMENT])
def test_renewal_and_replacement_without_household_book(kind) -> None:  # type: ignore[no-untyped-def]
    form = replace(self_form(ID, birth=ADULT, kind=kind, documents={"insured_id_card": "verified",
                                                                    "social_security_card": "verified",
                                                                    "loss_report": "verified"}),
                   hukou=HukouInfo(), replacement_reason=ReplacementReason.LOST)
    report = evaluate(form, today=TODAY)
    assert report.acceptable, [p.code for p in report.problems] + [i.code for i in report.missing]
    assert not evaluate(replace(form, kind=Kind.NEW_ENROLLMENT), today=TODAY).acceptable
