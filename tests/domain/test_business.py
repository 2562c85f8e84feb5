"""Businesses kept apart (DOMAIN.md "What is applied for"): which makes a card, which gets a slip."""

from __future__ import annotations

import pytest

from clerk_desk.domain.application_form import (
    ApplicationForm,
    Business,
    HukouInfo,
    HukouStatus,
    Kind,
    MemberSeen,
    PersonCategory,
    ReplacementReason,
    gets_slip,
    makes_card,
)

# business, has a card already, card made, slip at a street point, slip at a county center
CASES = [
    (Business.ENROLLMENT, False, True, True, False),     # joins; a card is applied for
    (Business.ENROLLMENT, True, False, False, False),    # joins; already has a card
    (Business.RENEWAL, False, False, False, False),      # paying only: no card, no slip
    (Business.RENEWAL, True, False, False, False),
    (Business.FIRST_CARD, False, True, True, False),
    (Business.CARD_REPLACEMENT, True, True, True, False),
    (Business.CARD_REPLACEMENT, False, True, True, False),
]


@pytest.mark.parametrize(("business", "has_card", "card", "street", "county"), CASES)
def test_card_and_slip_follow_the_business(business, has_card, card, street, county) -> None:  # type: ignore[no-untyped-def]
    assert makes_card(business, has_card=has_card) is card
    assert gets_slip(business, "street", has_card=has_card) is street
    assert gets_slip(business, "county", has_card=has_card) is county


def test_stored_values_of_the_first_edition_still_read() -> None:
    assert Business("new_enrollment") is Business.ENROLLMENT
    assert Kind.NEW_ENROLLMENT is Business.ENROLLMENT
    assert [b.value for b in Business] == ["new_enrollment", "renewal", "first_card", "card_replacement"]


def test_new_fields_survive_a_draft_round_trip() -> None:
    form = ApplicationForm(
        kind=Business.CARD_REPLACEMENT, replacement_reason=ReplacementReason.LOST,
        category=PersonCategory.MINIMUM_LIVING, gap_years=3, years_paid_back=1, contribution_years=12,
        hukou=HukouInfo(status=HukouStatus.HK_MACAO_TW, registration_region="230621",
                        members_seen=(MemberSeen("李四", "110105198001010011", "妻"),)))
    back = ApplicationForm.from_dict(form.to_dict())
    assert back == form


def test_first_edition_newborn_draft_reads_as_newborn_without_book() -> None:
    form = ApplicationForm.from_dict({"kind": "new_enrollment", "hukou": {"present": False}})
    assert form.hukou.effective_status is HukouStatus.NEWBORN and not form.hukou.has_book
    assert form.category is PersonCategory.NONE and form.gap_years == 0


@pytest.mark.parametrize("bad", [-1, "3", 2.5, True, None])
def test_bad_year_counts_fall_back_to_zero(bad) -> None:  # type: ignore[no-untyped-def]
    assert ApplicationForm.from_dict({"gap_years": bad}).gap_years == 0
