"""ID cards as documents: validity period, expiry, temporary cards."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.domain.idcard import (
    IdCard,
    add_months,
    add_years,
    check_id_card,
    expected_validity_years,
)
from clerk_desk.domain.idnumber import IdKind, check_character

ON = date(2025, 6, 1)


def make(body17: str) -> str:
    return body17 + check_character(body17)


def card(birth: str, start: date | None, until: date | None, *, long_term=False, temporary=False,
         authority="北京市公安局朝阳分局", region="110105") -> IdCard:
    return IdCard(make(region + birth + "123"), "张三", authority, start, until, long_term, temporary)


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


@pytest.mark.parametrize(("age", "years"), [(0, 5), (15, 5), (16, 10), (25, 10), (26, 20), (45, 20),
                                            (46, None), (80, None)])
def test_expected_validity_by_age(age, years):
    assert expected_validity_years(IdKind.RESIDENT, age) == years


@pytest.mark.parametrize(("kind", "age", "years"), [(IdKind.HK_MACAO_TW_PERMIT, 30, 5),
                                                    (IdKind.HK_MACAO_TW_PERMIT, 60, 5),
                                                    (IdKind.FOREIGN_PERMANENT, 17, 5),
                                                    (IdKind.FOREIGN_PERMANENT, 18, 10)])
def test_expected_validity_other_kinds(kind, age, years):
    assert expected_validity_years(kind, age) == years


@pytest.mark.parametrize(("birth", "start", "until", "long_term", "expected"), [
    # matching periods: no problems
    ("20100301", date(2020, 5, 1), date(2025, 5, 1), False, []),          # issued at 10: 5 years, last day
    ("20100301", date(2021, 5, 1), date(2026, 5, 1), False, []),          # 11: 5 years
    ("20000101", date(2018, 7, 1), date(2028, 7, 1), False, []),          # 18: 10 years
    ("19900101", date(2016, 7, 1), date(2036, 7, 1), False, []),          # 26: 20 years
    ("19700101", date(2016, 7, 1), None, True, []),                       # 46: long-term
    ("19491231", date(2005, 1, 1), None, True, []),
    # mismatches: warnings only
    ("20000101", date(2018, 7, 1), date(2038, 7, 1), False, ["idcard.validity_mismatch"]),
    ("19900101", date(2016, 7, 1), date(2026, 7, 1), False, ["idcard.validity_mismatch"]),
    ("19700101", date(2016, 7, 1), date(2036, 7, 1), False, ["idcard.validity_should_be_long_term"]),
    ("19900101", date(2016, 7, 1), None, True, ["idcard.validity_not_long_term"]),
    # the age at application (up to 90 days before the start) also counts
    ("20060501", date(2022, 6, 1), date(2027, 6, 1), False, []),           # applied at 15, issued at 16
    ("20060501", date(2022, 6, 1), date(2032, 6, 1), False, []),
    ("19790401", date(2025, 5, 1), None, True, []),                         # applied at 45 / 46
    ("19790401", date(2025, 5, 1), date(2045, 5, 1), False, []),
    # a few days' tolerance, and 29 February
    ("19900101", date(2016, 7, 1), date(2036, 7, 2), False, []),
    ("19900101", date(2016, 2, 29), date(2036, 2, 28), False, []),
])
def test_validity_rule(birth, start, until, long_term, expected):
    check = check_id_card(card(birth, start, until, long_term=long_term), date(2025, 5, 1))
    assert codes(check) == expected
    assert check.valid


@pytest.mark.parametrize(("until", "on", "expired"), [
    (date(2025, 6, 1), date(2025, 6, 1), False),     # the last printed day is still valid
    (date(2025, 5, 31), date(2025, 6, 1), True),
    (date(2030, 1, 1), date(2025, 6, 1), False),
])
def test_expiry(until, on, expired):
    check = check_id_card(card("19900101", add_years(until, -20), until), on)
    assert check.expired is expired
    assert check.valid is not expired
    if expired:
        assert "idcard.expired" in codes(check)
        assert check.errors[0].field == "valid_until"


def test_long_term_never_expires():
    assert check_id_card(card("19500101", date(2000, 1, 1), None, long_term=True), date(2099, 1, 1)).valid


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"authority": ""}, "idcard.authority_missing"),
    ({"authority": "  "}, "idcard.authority_missing"),
    ({"start": None}, "idcard.valid_from_missing"),
    ({"until": None}, "idcard.valid_until_missing"),
    ({"start": date(2026, 1, 1), "until": date(2046, 1, 1)}, "idcard.not_yet_valid"),
    ({"start": date(2020, 1, 1), "until": date(2019, 1, 1)}, "idcard.period_reversed"),
    ({"start": date(1980, 1, 1), "until": date(2040, 1, 1)}, "idcard.issued_before_birth"),
])
def test_card_errors(kwargs, code):
    args = {"start": date(2016, 7, 1), "until": date(2036, 7, 1), "authority": "北京市公安局朝阳分局"}
    args.update(kwargs)
    check = check_id_card(card("19900101", args["start"], args["until"], authority=args["authority"]), ON)
    assert code in codes(check)
    assert not check.valid


def test_number_problems_are_included():
    c = IdCard("11010519491231002Y", "张三", "某局", date(2005, 1, 1), None, long_term=True)
    check = check_id_card(c, ON)
    assert codes(check) == ["id.characters"]


def test_legacy_card_refused():
    c = IdCard("110105491231002", "张三", "某局", date(1990, 1, 1), None, long_term=True)
    assert {"id.legacy15", "idcard.legacy"} <= set(codes(check_id_card(c, ON)))


@pytest.mark.parametrize(("start", "until", "on", "expected"), [
    (date(2025, 5, 1), date(2025, 8, 1), date(2025, 6, 1), []),
    (date(2025, 5, 1), date(2025, 7, 31), date(2025, 6, 1), []),
    (date(2025, 1, 1), date(2025, 4, 1), date(2025, 6, 1), ["idcard.expired"]),
    (date(2025, 5, 1), date(2026, 5, 1), date(2025, 6, 1), ["idcard.temporary_too_long"]),
])
def test_temporary_card(start, until, on, expected):
    check = check_id_card(card("19900101", start, until, temporary=True), on)
    assert codes(check) == expected


def test_temporary_card_cannot_be_long_term():
    assert "idcard.temporary_long_term" in codes(
        check_id_card(card("19900101", date(2025, 5, 1), None, long_term=True, temporary=True), ON))


def test_permit_five_years():
    c = IdCard(make("810000" + "19850315" + "021"), "陈大文", "公安部出入境管理局", date(2020, 1, 1),
               date(2025, 1, 1))
    assert check_id_card(c, date(2024, 1, 1)).problems == ()


@pytest.mark.parametrize(("day", "years", "result"), [(date(2000, 2, 29), 1, date(2001, 2, 28)),
                                                      (date(2000, 2, 29), 4, date(2004, 2, 29)),
                                                      (date(2000, 5, 1), 10, date(2010, 5, 1))])
def test_add_years(day, years, result):
    assert add_years(day, years) == result


@pytest.mark.parametrize(("day", "months", "result"), [(date(2025, 11, 30), 3, date(2026, 2, 28)),
                                                       (date(2025, 1, 31), 1, date(2025, 2, 28)),
                                                       (date(2025, 5, 1), 3, date(2025, 8, 1))])
def test_add_months(day, months, result):
    assert add_months(day, months) == result
