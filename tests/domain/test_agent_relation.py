"""The agent's relation to the insured (代办人与参保人关系) is one of the relations the rules know
(DOMAIN.md, proxies and guardians: close family may be exempt from the authorisation letter, a
guardian is a parent, grandparent, sibling, other relative or appointed guardian).  Anything else
— an old draft's free text, a form built elsewhere — is refused on ``agent.relation`` with a
message naming the field and the choices, never silently taken as 其他 (other)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from clerk_desk.domain.application_form import AgentInfo, ApplicantType, ApplicationForm, MemberSeen
from clerk_desk.domain.application_rules import evaluate
from tests.helpers.people import card, make_id, proxy_form, self_form

TODAY = date(2026, 11, 27)
ADULT, AGENT_BIRTH, CHILD_BIRTH = date(1980, 5, 17), date(1978, 3, 3), date(2018, 6, 1)
ID, AGENT_ID, CHILD_ID = make_id(ADULT), make_id(AGENT_BIRTH, seq=31), make_id(CHILD_BIRTH, seq=3)


def proxy(relation: str) -> ApplicationForm:
    form = proxy_form(ID, AGENT_ID, birth=ADULT, agent_birth=AGENT_BIRTH)
    return replace(form, agent=replace(form.agent, relation=relation))  # type: ignore[type-var]


def guardian(relation: str) -> ApplicationForm:
    """A child of 8 with a guardian whom the clerk saw on the child's household book."""
    child = self_form(CHILD_ID, "张小宝", birth=CHILD_BIRTH)
    child = replace(child, insured=card(CHILD_ID, "张小宝", birth=CHILD_BIRTH, issued=date(2024, 6, 1)))
    agent = AgentInfo(card=card(AGENT_ID, "张建国", birth=AGENT_BIRTH), phone="13900000000", relation=relation)
    seen = replace(child.hukou, members_seen=(MemberSeen("张建国", AGENT_ID, "户主"), MemberSeen("张小宝", CHILD_ID, "子")))
    return replace(child, applicant=ApplicantType.GUARDIAN, agent=agent, hukou=seen,
                   documents={"insured_id_card": "verified", "household_book": "verified", "agent_id_card": "verified"})


# (who applies, relation as saved, the problem codes on agent.relation, acceptable)
CASES = [
    (proxy, "spouse", [], True),
    (proxy, "other", [], True),                      # a friend: 其他, with the letter
    (proxy, "", ["applicant.relation_missing"], False),
    (proxy, "朋友", ["applicant.relation_unknown"], False),   # free text: not taken as 其他
    (proxy, "配偶", ["applicant.relation_unknown"], False),   # the label is shown, the code is kept
    (proxy, "Spouse", ["applicant.relation_unknown"], False),
    (proxy, "wife", ["applicant.relation_unknown"], False),
    (guardian, "parent", [], True),
    (guardian, "grandparent", [], True),
    (guardian, "spouse", ["applicant.not_guardian_relation"], False),
    (guardian, "妈妈", ["applicant.relation_unknown"], False),  # not "“其他”关系不能作为监护人"
    (guardian, "   ", ["applicant.relation_missing"], False),
]


@pytest.mark.parametrize("make,relation,codes,acceptable", CASES)
def test_the_relation_is_one_the_rules_know(make, relation, codes, acceptable) -> None:  # type: ignore[no-untyped-def]
    report = evaluate(make(relation), today=TODAY)
    assert [p.code for p in report.problems if p.field == "agent.relation"] == codes
    assert report.acceptable is acceptable, [p.code for p in report.problems]


def test_an_unknown_relation_names_the_field_the_text_and_the_choices() -> None:
    problem = next(p for p in evaluate(proxy("朋友"), today=TODAY).problems if p.field == "agent.relation")
    zh, en = problem.message("zh"), problem.message("en")
    assert "代办人与参保人关系" in zh and "朋友" in zh
    assert all(name in zh for name in ("配偶", "父母", "子女", "兄弟姐妹", "指定监护人", "其他"))
    assert "relation to the insured" in en and "朋友" in en
    assert all(name in en for name in ("spouse", "parent", "child", "sibling", "appointed guardian", "other"))


def test_a_relation_that_is_no_guardian_is_named_in_the_message_language() -> None:
    problem = next(p for p in evaluate(guardian("spouse"), today=TODAY).problems if p.field == "agent.relation")
    assert "配偶" in problem.message("zh")
    assert "spouse" in problem.message("en") and "配偶" not in problem.message("en")


def test_a_saved_free_text_relation_still_loads_and_is_kept() -> None:
    """Drafts saved with free text load as they were (the clerk sees what was typed and chooses)."""
    saved = proxy("朋友").to_dict()
    restored = ApplicationForm.from_dict(saved)
    assert restored.agent is not None and restored.agent.relation == "朋友"
