"""Who applies: the insured themself, a proxy (代办), or a guardian (监护人).

Public API::

    ApplicantRole, Relation, RelationEvidence, Agent, Applicant
    check_applicant(applicant, *, insured, on, rules=DEFAULT_RULES, insured_birth_date=None,
                    table=None) -> ApplicantCheck
    letter_required(relation, evidence, rules) -> bool
    parse_relation(text) -> Relation | None                  # a form's relation code; None if blank/unknown
    required_role(insured_age, rules) -> ApplicantRole | None   # GUARDIAN under the minimum age

Rules (DOMAIN.md):

* under ``rules.min_age_alone`` (16) a guardian applies (``applicant.guardian_required``); the
  guardian's relation (parent, grandparent, ...) must be shown by the household book or the
  birth certificate, or a guardianship document for an appointed guardian;
* a proxy or guardian carries their own ID card, checked like the insured's (expired,
  number, ...; problems on the dotted fields ``agent.id_number``, ``agent.valid_until`` ...), is 18
  or over, is not the insured, and gives name, phone and relation to the insured;
* a proxy brings a signed authorisation letter (委托书) where ``rules.proxy_needs_letter``,
  except spouse, parents and children when ``rules.letter_exempt_close_family`` and the
  household book shows the relation.

The insured's own certificate is the documents checklist's business
(:mod:`clerk_desk.domain.documents`), which requires both certificates for a proxy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from clerk_desk.domain.idcard import IdCard, IdCardCheck, check_id_card
from clerk_desk.domain.idnumber import IdNumberCheck, age_on
from clerk_desk.domain.phone import PHONE_EN, PHONE_ZH, is_valid_phone
from clerk_desk.domain.problems import (
    LIST_SEPARATOR,
    Findings,
    Message,
    Problem,
    define,
    define_field,
    error,
    phrase,
    relocate,
    warning,
)
from clerk_desk.domain.regions import RegionTable
from clerk_desk.domain.ruleset import DEFAULT_RULES, RuleSet

F_ROLE = define_field("applicant_role", zh="申请人身份", en="applicant")
F_AGENT = define_field("agent", zh="代办人", en="agent's")   # prefix of the dotted agent fields
define_field("phone", zh="联系电话", en="phone")
define_field("relation", zh="与参保人关系", en="relation to the insured")
F_AGENT_NAME = "agent.name"
F_AGENT_PHONE = "agent.phone"
F_AGENT_RELATION = "agent.relation"
F_AGENT_ID = "agent.id_number"
F_LETTER = define_field("authorisation_letter", zh="授权委托书", en="authorisation letter")

E_GUARDIAN_REQUIRED = define("applicant.guardian_required",
                             zh="参保人未满 {min_age} 周岁（{age} 岁），须由监护人办理",
                             en="The insured is under {min_age} ({age}); a guardian must apply")
E_AGENT_MISSING = define("applicant.agent_missing", zh="请登记代办人或监护人信息",
                         en="Enter the agent's or guardian's details")
E_AGENT_NAME = define("applicant.agent_name_missing", zh="请填写{field}", en="Enter the {field}")
E_AGENT_PHONE = define("applicant.agent_phone_missing", zh="请填写{field}", en="Enter the {field}")
E_AGENT_PHONE_BAD = define("applicant.agent_phone_invalid", zh=PHONE_ZH, en=PHONE_EN)
E_AGENT_MINOR = define("applicant.agent_minor", zh="代办人须年满18周岁（现 {age} 岁）",
                       en="An agent must be 18 or over (now {age})")
E_AGENT_IS_INSURED = define("applicant.agent_is_insured", zh="代办人不能是参保人本人",
                            en="The agent cannot be the insured")
E_RELATION_MISSING = define("applicant.relation_missing", zh="请选择{field}", en="Choose the {field}")
E_RELATION_UNKNOWN = define("applicant.relation_unknown", zh="{field}“{value}”不是可选的关系，请在列表中选择：{choices}",
                            en="The {field} \u201c{value}\u201d is not one of the relations; choose one from the "
                               "list: {choices}")
E_NOT_GUARDIAN = define("applicant.not_guardian_relation", zh="“{relation}”关系不能作为监护人",
                        en="The relation \u201c{relation}\u201d does not make a guardian")
E_RELATION_UNPROVEN = define("applicant.relation_unproven",
                             zh="监护人不在已核对的户口簿成员（或出生医学证明的父母）之中，须提供监护关系证明",
                             en="The guardian is not among the members seen on the household book (or the "
                                "parents on the birth certificate); a guardianship document is needed")
E_LETTER_MISSING = define("applicant.letter_missing", zh="代办须提供参保人签字的授权委托书",
                          en="A proxy needs an authorisation letter signed by the insured")
W_GUARDIAN_ADULT = define("applicant.guardian_for_adult",
                          zh="参保人已满 {min_age} 周岁，由监护人办理须核实监护关系（如无民事行为能力）",
                          en="The insured is {min_age} or over; a guardian applying needs the guardianship "
                             "checked (e.g. legal incapacity)")

ADULT_AGE = 18


class ApplicantRole(StrEnum):
    SELF = "self"
    PROXY = "proxy"
    GUARDIAN = "guardian"


class Relation(StrEnum):
    """The agent's relation *to the insured* (the agent is the insured's ...)."""

    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    OTHER_RELATIVE = "other_relative"
    APPOINTED_GUARDIAN = "appointed_guardian"   # 指定监护人 (court, residents' committee)
    OTHER = "other"                             # friend, colleague, employer ...


RELATION_NAMES: dict[Relation, tuple[str, str]] = {
    Relation.SPOUSE: ("配偶", "spouse"), Relation.PARENT: ("父母", "parent"),
    Relation.CHILD: ("子女", "child"), Relation.GRANDPARENT: ("祖父母、外祖父母", "grandparent"),
    Relation.GRANDCHILD: ("孙子女、外孙子女", "grandchild"), Relation.SIBLING: ("兄弟姐妹", "sibling"),
    Relation.OTHER_RELATIVE: ("其他亲属", "other relative"),
    Relation.APPOINTED_GUARDIAN: ("指定监护人", "appointed guardian"), Relation.OTHER: ("其他", "other"),
}


def parse_relation(text: str) -> Relation | None:
    """The relation a form keeps as ``text`` (its code: ``spouse``), or None when it is blank or
    none of :class:`Relation` (an old draft's free text: :data:`E_RELATION_UNKNOWN`, never 其他)."""
    try:
        return Relation(text.strip()) if text.strip() else None
    except ValueError:
        return None


def relation_choices() -> Message:
    """The relations' names, in the order of the list the clerk picks from, as a message parameter
    (；between them: a name such as 祖父母、外祖父母 has its own 、)."""
    sep = phrase(LIST_SEPARATOR)
    return Message(sep.zh.join(zh for zh, _en in RELATION_NAMES.values()),
                   sep.en.join(en for _zh, en in RELATION_NAMES.values()))


CLOSE_FAMILY = frozenset({Relation.SPOUSE, Relation.PARENT, Relation.CHILD})
GUARDIAN_RELATIONS = frozenset({Relation.PARENT, Relation.GRANDPARENT, Relation.SIBLING,
                                Relation.OTHER_RELATIVE, Relation.APPOINTED_GUARDIAN})


class RelationEvidence(StrEnum):
    NONE = "none"
    HUKOU_BOOK = "hukou_book"                   # both on the same household book
    BIRTH_CERTIFICATE = "birth_certificate"     # parent named on the 出生医学证明
    GUARDIANSHIP_DOCUMENT = "guardianship_document"


@dataclass(frozen=True)
class Agent:
    """A proxy or guardian: the person at the desk when it is not the insured."""

    name: str
    id_card: IdCard
    phone: str = ""
    relation: Relation | None = None
    relation_evidence: RelationEvidence = RelationEvidence.NONE


@dataclass(frozen=True)
class Applicant:
    role: ApplicantRole = ApplicantRole.SELF
    agent: Agent | None = None
    authorisation_letter: bool = False    # the signed 委托书 was handed in


@dataclass(frozen=True)
class ApplicantCheck(Findings):
    applicant: Applicant
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    agent_card: IdCardCheck | None = None
    letter_required: bool = False
    guardian_required: bool = False


def required_role(insured_age: int | None, rules: RuleSet) -> ApplicantRole | None:
    """GUARDIAN when the insured is under the minimum age to apply alone, else None (any)."""
    if insured_age is not None and insured_age < rules.min_age_alone:
        return ApplicantRole.GUARDIAN
    return None


def letter_required(relation: Relation | None, evidence: RelationEvidence, rules: RuleSet) -> bool:
    if not rules.proxy_needs_letter:
        return False
    exempt = (rules.letter_exempt_close_family and relation in CLOSE_FAMILY
              and evidence in (RelationEvidence.HUKOU_BOOK, RelationEvidence.BIRTH_CERTIFICATE))
    return not exempt


def check_applicant(applicant: Applicant, *, insured: IdNumberCheck | None, on: date,
                    rules: RuleSet = DEFAULT_RULES, insured_birth_date: date | None = None,
                    table: RegionTable | None = None) -> ApplicantCheck:
    """Check who applies for the insured (``insured`` None: a newborn without a number yet,
    then ``insured_birth_date`` gives the age)."""
    birth = insured.birth_date if insured is not None and insured.birth_date else insured_birth_date
    insured_age = age_on(birth, on) if birth is not None and birth <= on else None
    guardian_required = required_role(insured_age, rules) is ApplicantRole.GUARDIAN
    problems: list[Problem] = []
    role = applicant.role
    if guardian_required and role is not ApplicantRole.GUARDIAN:
        problems.append(error(E_GUARDIAN_REQUIRED, F_ROLE, min_age=rules.min_age_alone, age=insured_age))
    if role is ApplicantRole.SELF:
        return ApplicantCheck(applicant, tuple(problems), None, False, guardian_required)

    agent = applicant.agent
    if agent is None:
        problems.append(error(E_AGENT_MISSING, F_AGENT))
        return ApplicantCheck(applicant, tuple(problems), None, role is ApplicantRole.PROXY, guardian_required)

    card = check_id_card(agent.id_card, on, table=table)
    problems.extend(relocate(p, "agent") for p in card.problems)
    if not agent.name.strip():
        problems.append(error(E_AGENT_NAME, F_AGENT_NAME))
    phone = re.sub(r"[\s()（）]", "", agent.phone)
    if not phone:
        problems.append(error(E_AGENT_PHONE, F_AGENT_PHONE))
    elif not is_valid_phone(agent.phone):
        problems.append(error(E_AGENT_PHONE_BAD, F_AGENT_PHONE, phone=agent.phone))
    if card.number.age is not None and card.number.age < ADULT_AGE:
        problems.append(error(E_AGENT_MINOR, F_AGENT_ID, age=card.number.age))
    if insured is not None and card.number.normalized and card.number.normalized == insured.normalized:
        problems.append(error(E_AGENT_IS_INSURED, F_AGENT_ID))
    if agent.relation is None:
        problems.append(error(E_RELATION_MISSING, F_AGENT_RELATION))

    needs_letter = False
    if role is ApplicantRole.PROXY:
        needs_letter = letter_required(agent.relation, agent.relation_evidence, rules)
        if needs_letter and not applicant.authorisation_letter:
            problems.append(error(E_LETTER_MISSING, F_LETTER))
    else:
        if agent.relation is not None and agent.relation not in GUARDIAN_RELATIONS:
            problems.append(error(E_NOT_GUARDIAN, F_AGENT_RELATION, relation=Message(*RELATION_NAMES[agent.relation])))
        elif agent.relation is not None and not _proves_guardianship(agent.relation, agent.relation_evidence):
            problems.append(error(E_RELATION_UNPROVEN, F_AGENT_RELATION))
        if not guardian_required and insured_age is not None:
            problems.append(warning(W_GUARDIAN_ADULT, F_ROLE, min_age=rules.min_age_alone))
    return ApplicantCheck(applicant, tuple(problems), card, needs_letter, guardian_required)


def _proves_guardianship(relation: Relation, evidence: RelationEvidence) -> bool:
    if evidence is RelationEvidence.GUARDIANSHIP_DOCUMENT:
        return True
    if relation is Relation.APPOINTED_GUARDIAN:
        return False
    if evidence is RelationEvidence.BIRTH_CERTIFICATE:
        return relation is Relation.PARENT
    return evidence is RelationEvidence.HUKOU_BOOK
