"""Phones as the counter takes them (issue 14): a mobile is 11 digits starting with 1, a
landline carries its area code; anything else is refused with a bilingual message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_desk.domain import applicant  # noqa: F401 - the field labels (联系电话)
from clerk_desk.domain.phone import is_valid_phone, phone_problems

CASES = [
    ("13812345678", True),
    ("19912345678", True),
    ("138 1234 5678", True),
    ("138-1234-5678", True),
    ("+86 138 0013 8000", True),
    ("8613800138000", True),
    ("010-12345678", True),
    ("01012345678", True),
    ("0571-8765432", True),
    ("(0571)87654321", True),
    ("（010）62345678", True),
    ("0571 87654321转123", True),
    ("010-62345678-8001", True),
    ("abc-12", False),
    ("call me", False),
    ("12345", False),
    ("12345678", False),          # a landline without its area code
    ("1381234567", False),        # 10 digits
    ("138123456789", False),      # 12 digits
    ("12812345678", False),       # mobiles start 13–19
    ("23812345678", False),
    ("010-01234567", False),      # a local number never starts with 0
    ("010-123456789", False),     # 9-digit local number
    ("138 1234 567a", False),
]


@pytest.mark.parametrize(("text", "valid"), CASES)
def test_phone_table(text: str, valid: bool) -> None:
    assert is_valid_phone(text) is valid
    problems = phone_problems(text, "phone")
    assert (problems == []) is valid
    if not valid:
        zh, en = problems[0].message("zh"), problems[0].message("en")
        assert "联系电话" in zh and text in zh and "11位" in zh and "区号" in zh
        assert "phone" in en and "11 digits" in en and "area code" in en


def test_empty_phone_is_not_judged_here() -> None:
    assert phone_problems("", "phone") == [] and phone_problems("   ", "phone") == []


@given(st.sampled_from("3456789"), st.text("0123456789", min_size=9, max_size=9))
def test_every_eleven_digit_mobile_is_accepted(second: str, rest: str) -> None:
    assert is_valid_phone("1" + second + rest)


@given(st.text(st.characters(categories=["L"]), min_size=1, max_size=12))
def test_letters_are_never_a_phone(text: str) -> None:
    assert not is_valid_phone(text)
