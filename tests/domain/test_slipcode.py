"""The pickup slip's QR payload: encode, decode, and what a scanner may do to it."""

from __future__ import annotations

import pytest

from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.slipcode import SlipCode, decode_slip, encode_slip, parse_slip


def test_round_trip() -> None:
    text = encode_slip("RHL-XB-20251229-0007", "K7Q4M2")
    assert text == "CDSLIP1|RHL-XB-20251229-0007|K7Q4M2"
    assert decode_slip(text) == SlipCode("RHL-XB-20251229-0007", "K7Q4M2", 1)


@pytest.mark.parametrize("scanned", [
    "CDSLIP1|A-1|K7\r\n",
    "  cdslip1|A-1|K7",
    "ＣＤＳＬＩＰ１｜Ａ－１｜Ｋ７",  # a keyboard-wedge scanner with a Chinese IME on
    "CDSLIP1 | A-1 | K7",
])
def test_decode_forgives_scanner_noise(scanned: str) -> None:
    assert decode_slip(scanned) == SlipCode("A-1", "K7")


@pytest.mark.parametrize(("scanned", "code"), [
    ("", "slipcode.empty"),
    ("   ", "slipcode.empty"),
    ("RHL-XB-20251229-0007", "slipcode.not_a_slip"),
    ("https://example.com/", "slipcode.not_a_slip"),
    ("CDSLIP2|A-1|K7|X", "slipcode.unknown_version"),
    ("CDSLIP1|A-1", "slipcode.malformed"),
    ("CDSLIP1|A-1|K7|extra", "slipcode.malformed"),
    ("CDSLIP1|A 1|K7", "slipcode.bad_application_number"),
    ("CDSLIP1||K7", "slipcode.bad_application_number"),
    ("CDSLIP1|A-1|K-7", "slipcode.bad_pickup_code"),
])
def test_refused(scanned: str, code: str) -> None:
    slip, problems = parse_slip(scanned)
    assert slip is None
    assert problems[0].code == code
    with pytest.raises(RuleError) as info:
        decode_slip(scanned)
    assert info.value.code == code
    assert info.value.message("zh") and info.value.message("en")
    assert "{" not in info.value.message("zh") + info.value.message("en")


@pytest.mark.parametrize(("number", "pickup", "code"), [
    ("A|1", "K7", "slipcode.bad_application_number"),
    ("受理1", "K7", "slipcode.bad_application_number"),
    ("A" * 65, "K7", "slipcode.bad_application_number"),
    ("A-1", "", "slipcode.bad_pickup_code"),
    ("A-1", "K" * 17, "slipcode.bad_pickup_code"),
])
def test_encode_refuses_values_that_would_not_read_back(number: str, pickup: str, code: str) -> None:
    with pytest.raises(RuleError) as info:
        encode_slip(number, pickup)
    assert info.value.code == code


def test_every_valid_pair_round_trips() -> None:
    for number in ("1", "A.B_C-9", "x" * 64):
        for pickup in ("0", "Zz9", "A" * 16):
            assert decode_slip(encode_slip(number, pickup)) == SlipCode(number, pickup)
