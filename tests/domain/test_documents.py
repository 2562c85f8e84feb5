"""Documents checklist per kind of application and applicant; the one-time notice."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.domain.applicant import ApplicantRole
from clerk_desk.domain.documents import (
    ApplicationKind,
    DocumentStatus,
    DocumentType,
    PresentedDocument,
    build_checklist,
    document_name,
    presented_card,
    presented_household_book,
    presented_residence_permit,
    required_documents,
)
from clerk_desk.domain.household import HouseholdBook, HouseholdPage, HouseholdType, check_household
from clerk_desk.domain.idcard import IdCard, check_id_card

ON = date(2025, 6, 1)
K, R, D, S = ApplicationKind, ApplicantRole, DocumentType, DocumentStatus


def keys(kind, role, **flags) -> list[str]:
    return [r.key for r in required_documents(kind, role, **flags)]


@pytest.mark.parametrize(("kind", "role", "flags", "expected"), [
    (K.NEW_ENROLLMENT, R.SELF, {}, ["insured_identity", "hukou"]),
    (K.NEW_ENROLLMENT, R.PROXY, {}, ["insured_identity", "hukou", "agent_id_card"]),
    (K.NEW_ENROLLMENT, R.PROXY, {"needs_letter": True},
     ["insured_identity", "hukou", "agent_id_card", "authorisation_letter"]),
    (K.NEW_ENROLLMENT, R.GUARDIAN, {},
     ["insured_identity_minor", "hukou", "guardian_id_card", "guardian_relation"]),
    (K.NEW_ENROLLMENT, R.GUARDIAN, {"newborn": True},
     ["insured_identity_newborn", "hukou_newborn", "guardian_id_card", "guardian_relation"]),
    (K.NEW_ENROLLMENT, R.SELF, {"needs_residence_permit": True}, ["insured_identity", "hukou", "residence_permit"]),
    (K.RENEWAL, R.SELF, {}, ["insured_identity"]),
    (K.RENEWAL, R.SELF, {"has_social_security_card": True}, ["insured_identity", "social_security_card"]),
    (K.RENEWAL, R.SELF, {"needs_residence_permit": True}, ["insured_identity", "residence_permit"]),
    (K.RENEWAL, R.PROXY, {"needs_letter": True}, ["insured_identity", "agent_id_card", "authorisation_letter"]),
    (K.RENEWAL, R.GUARDIAN, {}, ["insured_identity_minor", "guardian_id_card", "guardian_relation"]),
    (K.CARD_REPLACEMENT, R.SELF, {"needs_residence_permit": True}, ["insured_identity"]),
    (K.CARD_REPLACEMENT, R.PROXY, {"needs_letter": True},
     ["insured_identity", "agent_id_card", "authorisation_letter"]),
    (K.CARD_REPLACEMENT, R.GUARDIAN, {}, ["insured_identity_minor", "guardian_id_card", "guardian_relation"]),
])
def test_required_documents(kind, role, flags, expected):
    assert keys(kind, role, **flags) == expected


def test_everything_presented_is_complete():
    presented = [PresentedDocument(D.INSURED_ID_CARD), PresentedDocument(D.HOUSEHOLD_BOOK),
                 PresentedDocument(D.AGENT_ID_CARD), PresentedDocument(D.AUTHORISATION_LETTER)]
    cl = build_checklist(K.NEW_ENROLLMENT, R.PROXY, presented, needs_letter=True)
    assert cl.complete and cl.notice_lines() == [] and cl.problems == ()
    assert all(i.status is S.VERIFIED for i in cl.items)


@pytest.mark.parametrize(("presented", "statuses"), [
    ([], {"insured_identity": S.MISSING, "hukou": S.MISSING}),
    ([PresentedDocument(D.INSURED_ID_CARD, S.EXPIRED)], {"insured_identity": S.EXPIRED, "hukou": S.MISSING}),
    ([PresentedDocument(D.INSURED_ID_CARD), PresentedDocument(D.HOUSEHOLD_BOOK, S.MISMATCH)],
     {"insured_identity": S.VERIFIED, "hukou": S.MISMATCH}),
    # an expired card and a valid temporary card: the valid one counts
    ([PresentedDocument(D.INSURED_ID_CARD, S.EXPIRED), PresentedDocument(D.INSURED_ID_CARD),
      PresentedDocument(D.HOUSEHOLD_BOOK)], {"insured_identity": S.VERIFIED, "hukou": S.VERIFIED}),
    # documents that are not required are ignored
    ([PresentedDocument(D.INSURED_ID_CARD), PresentedDocument(D.HOUSEHOLD_BOOK),
      PresentedDocument(D.SOCIAL_SECURITY_CARD, S.EXPIRED)], {"insured_identity": S.VERIFIED, "hukou": S.VERIFIED}),
])
def test_statuses(presented, statuses):
    cl = build_checklist(K.NEW_ENROLLMENT, R.SELF, presented)
    assert {i.requirement.key: i.status for i in cl.items} == statuses
    assert cl.complete is all(s is S.VERIFIED for s in statuses.values())
    assert len(cl.outstanding) == sum(s is not S.VERIFIED for s in statuses.values())


def test_alternatives_for_a_minor_and_newborn():
    cl = build_checklist(K.NEW_ENROLLMENT, R.GUARDIAN,
                         [PresentedDocument(D.HOUSEHOLD_BOOK), PresentedDocument(D.AGENT_ID_CARD)])
    assert cl.complete     # the book shows the child's page and the relation
    cl = build_checklist(K.NEW_ENROLLMENT, R.GUARDIAN,
                         [PresentedDocument(D.BIRTH_CERTIFICATE), PresentedDocument(D.AGENT_ID_CARD)], newborn=True)
    assert cl.complete
    assert cl.items[0].document is D.BIRTH_CERTIFICATE


def test_one_time_notice_lists_what_to_bring():
    cl = build_checklist(K.NEW_ENROLLMENT, R.PROXY, [PresentedDocument(D.INSURED_ID_CARD, S.EXPIRED)],
                         needs_letter=True)
    zh = cl.notice_lines("zh")
    en = cl.notice_lines("en")
    assert len(zh) == len(en) == 4
    assert "已过期" in zh[0] and "身份证" in zh[0]
    assert zh[1].startswith("请提供户口簿")
    assert "授权委托书" in zh[3]
    assert "expired" in en[0] and "authorisation letter" in en[3]
    assert [p.code for p in cl.problems] == ["documents.expired", "documents.missing", "documents.missing",
                                             "documents.missing"]
    assert cl.problems[1].field == "documents.hukou"
    for line in zh + en:
        assert "{" not in line


def test_status_of():
    cl = build_checklist(K.RENEWAL, R.SELF, [])
    assert cl.status_of("insured_identity") is S.MISSING
    assert cl.status_of("hukou") is None


def test_presented_from_checks():
    good = check_id_card(IdCard("11010519491231002X", "张三", "某局", date(2005, 1, 1), None, long_term=True), ON)
    expired = check_id_card(IdCard("11010519491231002X", "张三", "某局", date(2000, 1, 1), date(2020, 1, 1)), ON)
    wrong = check_id_card(IdCard("110105194912310021", "张三", "某局", date(2005, 1, 1), None, long_term=True), ON)
    assert presented_card(D.INSURED_ID_CARD, good).status is S.VERIFIED
    assert presented_card(D.INSURED_ID_CARD, expired).status is S.EXPIRED
    assert presented_card(D.INSURED_ID_CARD, wrong).status is S.MISMATCH
    assert presented_card(D.INSURED_ID_CARD, wrong).problems[0].code == "id.checksum"

    book = HouseholdBook("1", HouseholdType.FAMILY, "地址", HouseholdPage("张四", "11010519491231002X", "户主"))
    hh = check_household(insured_name="张三", insured_id="11010519491231002X", on=ON, book=book)
    assert presented_household_book(hh).status is S.MISMATCH
    assert presented_residence_permit(date(2025, 5, 31), ON).status is S.EXPIRED
    assert presented_residence_permit(None, ON).status is S.VERIFIED


def test_document_names():
    assert document_name(D.HOUSEHOLD_BOOK) == "户口簿"
    assert document_name(D.AUTHORISATION_LETTER, "en") == "authorisation letter"
