"""Self, proxy or guardian."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.domain.applicant import (
    Agent,
    Applicant,
    ApplicantRole,
    Relation,
    RelationEvidence,
    check_applicant,
    letter_required,
    required_role,
)
from clerk_desk.domain.idcard import IdCard
from clerk_desk.domain.idnumber import check_character, check_id_number
from clerk_desk.domain.ruleset import Rules

ON = date(2025, 6, 1)


def make(body17: str) -> str:
    return body17 + check_character(body17)


ADULT = check_id_number(make("110105" + "19800101" + "123"), ON)
CHILD = check_id_number(make("110105" + "20150101" + "124"), ON)          # 10
SIXTEEN = check_id_number(make("110105" + "20090601" + "124"), ON)        # 16 today
AGENT_NUMBER = make("110105" + "19550505" + "002")                        # 70, long-term card


def agent_card(number=AGENT_NUMBER, until=None, start=date(2010, 1, 1)) -> IdCard:
    return IdCard(number, "李四", "北京市公安局朝阳分局", start, until, long_term=until is None)


def agent(relation=Relation.SPOUSE, evidence=RelationEvidence.NONE, **kw) -> Agent:
    args = {"name": "李四", "id_card": agent_card(), "phone": "13800138000", "relation": relation,
            "relation_evidence": evidence}
    args.update(kw)
    return Agent(**args)


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


@pytest.mark.parametrize(("insured", "role", "expected"), [
    (ADULT, ApplicantRole.SELF, []),
    (SIXTEEN, ApplicantRole.SELF, []),
    (CHILD, ApplicantRole.SELF, ["applicant.guardian_required"]),
    (CHILD, ApplicantRole.PROXY, ["applicant.guardian_required"]),
])
def test_minimum_age(insured, role, expected):
    a = Applicant(role, agent(Relation.PARENT, RelationEvidence.HUKOU_BOOK), authorisation_letter=True)
    assert codes(check_applicant(a, insured=insured, on=ON)) == expected


def test_minimum_age_is_a_setting():
    insured = check_id_number(make("110105" + "20080101" + "123"), ON)   # 17
    assert codes(check_applicant(Applicant(), insured=insured, on=ON, rules=Rules(min_age_alone=18))) == [
        "applicant.guardian_required"]
    assert required_role(17, Rules(min_age_alone=18)) is ApplicantRole.GUARDIAN
    assert required_role(17, Rules()) is None


def test_newborn_without_number_uses_birth_date():
    check = check_applicant(Applicant(), insured=None, on=ON, insured_birth_date=date(2025, 5, 1))
    assert codes(check) == ["applicant.guardian_required"] and check.guardian_required


@pytest.mark.parametrize(("the_agent", "letter", "expected"), [
    (agent(Relation.OTHER), True, []),
    (agent(Relation.OTHER), False, ["applicant.letter_missing"]),
    (agent(Relation.SPOUSE, RelationEvidence.HUKOU_BOOK), False, []),         # close family on the book
    (agent(Relation.CHILD, RelationEvidence.HUKOU_BOOK), False, []),
    (agent(Relation.SPOUSE, RelationEvidence.NONE), False, ["applicant.letter_missing"]),
    (agent(Relation.SIBLING, RelationEvidence.HUKOU_BOOK), False, ["applicant.letter_missing"]),
    (agent(name=" "), True, ["applicant.agent_name_missing"]),
    (agent(phone=""), True, ["applicant.agent_phone_missing"]),
    (agent(phone="12345"), True, ["applicant.agent_phone_invalid"]),
    (agent(phone="010-12345678"), True, []),
    (agent(phone="+86 138 0013 8000"), True, []),
    (agent(relation=None), True, ["applicant.relation_missing"]),
    (agent(id_card=agent_card(until=date(2025, 5, 31), start=date(2005, 5, 31))), True,
     ["idcard.expired", "idcard.validity_should_be_long_term"]),
    (agent(id_card=agent_card(number=AGENT_NUMBER[:-1] + ("0" if AGENT_NUMBER[-1] != "0" else "1"))), True,
     ["id.checksum"]),
    (agent(id_card=agent_card(number=make("110105" + "20100101" + "003"), start=date(2024, 1, 1),
                              until=date(2029, 1, 1))), True, ["applicant.agent_minor"]),
    (agent(id_card=agent_card(number=ADULT.normalized, start=date(2016, 1, 1), until=date(2036, 1, 1))), True,
     ["applicant.agent_is_insured"]),
])
def test_proxy(the_agent, letter, expected):
    a = Applicant(ApplicantRole.PROXY, the_agent, authorisation_letter=letter)
    check = check_applicant(a, insured=ADULT, on=ON)
    assert codes(check) == expected


def test_proxy_without_agent():
    assert codes(check_applicant(Applicant(ApplicantRole.PROXY), insured=ADULT, on=ON)) == ["applicant.agent_missing"]


def test_agent_card_problems_are_on_agent_fields():
    a = Applicant(ApplicantRole.PROXY, agent(id_card=agent_card(until=date(2020, 1, 1), start=date(2000, 1, 1))),
                  authorisation_letter=True)
    check = check_applicant(a, insured=ADULT, on=ON)
    expired = [p for p in check.problems if p.code == "idcard.expired"][0]
    assert expired.field == "agent.valid_until"
    assert "过期" in expired.message("zh")
    assert check.agent_card is not None and check.agent_card.expired


@pytest.mark.parametrize(("rules", "relation", "evidence", "required"), [
    (Rules(), Relation.SPOUSE, RelationEvidence.HUKOU_BOOK, False),
    (Rules(), Relation.PARENT, RelationEvidence.BIRTH_CERTIFICATE, False),   # the same proof exempts (DOMAIN.md)
    (Rules(letter_exempt_close_family=False), Relation.SPOUSE, RelationEvidence.HUKOU_BOOK, True),
    (Rules(proxy_needs_letter=False), Relation.OTHER, RelationEvidence.NONE, False),
])
def test_letter_rule(rules, relation, evidence, required):
    assert letter_required(relation, evidence, rules) is required


@pytest.mark.parametrize(("relation", "evidence", "expected"), [
    (Relation.PARENT, RelationEvidence.HUKOU_BOOK, []),
    (Relation.PARENT, RelationEvidence.BIRTH_CERTIFICATE, []),
    (Relation.GRANDPARENT, RelationEvidence.HUKOU_BOOK, []),
    (Relation.GRANDPARENT, RelationEvidence.BIRTH_CERTIFICATE, ["applicant.relation_unproven"]),
    (Relation.PARENT, RelationEvidence.NONE, ["applicant.relation_unproven"]),
    (Relation.APPOINTED_GUARDIAN, RelationEvidence.HUKOU_BOOK, ["applicant.relation_unproven"]),
    (Relation.APPOINTED_GUARDIAN, RelationEvidence.GUARDIANSHIP_DOCUMENT, []),
    (Relation.OTHER, RelationEvidence.HUKOU_BOOK, ["applicant.not_guardian_relation"]),
    (Relation.SPOUSE, RelationEvidence.HUKOU_BOOK, ["applicant.not_guardian_relation"]),
])
def test_guardian(relation, evidence, expected):
    a = Applicant(ApplicantRole.GUARDIAN, agent(relation, evidence))
    check = check_applicant(a, insured=CHILD, on=ON)
    assert codes(check) == expected
    assert check.guardian_required and not check.letter_required


def test_guardian_for_an_adult_is_a_warning():
    a = Applicant(ApplicantRole.GUARDIAN, agent(Relation.PARENT, RelationEvidence.HUKOU_BOOK))
    check = check_applicant(a, insured=ADULT, on=ON)
    assert codes(check) == ["applicant.guardian_for_adult"] and check.valid
