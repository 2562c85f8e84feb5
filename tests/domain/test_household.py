"""Household-registration book, newborns, residence permits."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.domain.household import (
    BirthCertificate,
    HouseholdBook,
    HouseholdPage,
    HouseholdType,
    ResidencePermit,
    check_household,
    is_local,
    same_name,
)
from clerk_desk.domain.idnumber import check_character, check_id_number
from clerk_desk.domain.ruleset import Rules

ON = date(2025, 6, 1)
ID = "11010519491231002X"
HARBIN = "230102199001011236"[:17]
HARBIN_ID = HARBIN + check_character(HARBIN)          # 哈尔滨市道里区
LOCAL = Rules(local_region_prefixes=("2301",), nonlocal_needs_residence_permit=True)


def book(name="张三", number=ID, relation="户主", **kw) -> HouseholdBook:
    args = {"household_number": "000123", "household_type": HouseholdType.FAMILY,
            "registered_address": "北京市朝阳区某街1号", "page": HouseholdPage(name, number, relation)}
    args.update(kw)
    return HouseholdBook(**args)


def codes(check) -> list[str]:
    return [p.code for p in check.problems]


@pytest.mark.parametrize(("the_book", "name", "expected"), [
    (book(), "张三", []),
    (book(number="11010519491231002x"), "张三", []),              # typed differently, same number
    (book(name="张 三"), "张三", []),                                # spaces in the name
    (book(name="阿依古丽·买买提"), "阿依古丽买买提", []),            # the middle dot
    (book(number="110105194912310038"), "张三", ["household.id_mismatch"]),
    (book(name="张四"), "张三", ["household.name_mismatch"]),
    (book(name="李四", number="110105194912310038"), "张三", ["household.id_mismatch", "household.name_mismatch"]),
    (book(page=None), "张三", ["household.page_missing"]),
    (book(household_number=""), "张三", ["household.number_missing"]),
    (book(registered_address=" "), "张三", ["household.address_missing"]),
    (book(relation=""), "张三", ["household.relation_missing"]),
    (book(household_type=HouseholdType.AGRICULTURAL), "张三", []),   # older books
])
def test_book(the_book, name, expected):
    check = check_household(insured_name=name, insured_id=ID, on=ON, book=the_book)
    assert codes(check) == expected
    assert check.valid is (not expected)


def test_no_book_no_certificate():
    assert codes(check_household(insured_name="张三", insured_id=ID, on=ON)) == ["household.book_missing"]


@pytest.mark.parametrize(("birth", "on", "expected", "newborn"), [
    (date(2025, 6, 1), date(2025, 6, 1), [], True),
    (date(2025, 3, 3), date(2025, 6, 1), [], True),             # day 90
    (date(2025, 3, 2), date(2025, 6, 1), ["household.newborn_window_passed"], False),   # day 91
    (date(2024, 1, 1), date(2025, 6, 1), ["household.newborn_window_passed"], False),
])
def test_newborn_with_birth_certificate(birth, on, expected, newborn):
    cert = BirthCertificate("Q110123456", "小明", birth, "王芳", HARBIN_ID)
    check = check_household(insured_name="小明", insured_id=None, on=on, birth_certificate=cert)
    assert codes(check) == expected
    assert check.newborn is newborn


def test_newborn_window_is_a_setting():
    cert = BirthCertificate("Q1", "小明", date(2025, 1, 1), "王芳", HARBIN_ID)
    assert check_household(insured_name="小明", insured_id=None, on=ON, birth_certificate=cert,
                           rules=Rules(newborn_days=180)).valid


def test_newborn_certificate_must_match():
    cert = BirthCertificate("", "小红", date(2025, 5, 1))
    number = check_id_number("110105" + "20250502" + "001" + check_character("11010520250502001"), ON)
    check = check_household(insured_name="小明", insured_id=number, on=ON, birth_certificate=cert)
    assert codes(check) == ["household.birth_certificate_number_missing",
                            "household.birth_certificate_name_mismatch",
                            "household.birth_certificate_birth_mismatch"]


def test_newborn_region_is_where_the_parents_register_the_hukou():
    cert = BirthCertificate("Q1", "小明", date(2025, 5, 1), "王芳", HARBIN_ID)
    check = check_household(insured_name="小明", insured_id=None, on=ON, birth_certificate=cert, rules=LOCAL,
                            registration_region="230102")
    assert check.local is True and check.valid


@pytest.mark.parametrize(("rules", "permit", "expected", "local"), [
    (Rules(), None, [], None),                                                  # no prefixes: not judged
    (Rules(local_region_prefixes=("1101",)), None, [], True),
    (Rules(local_region_prefixes=("2301",)), None, [], False),                 # permit not required
    (LOCAL, None, ["household.residence_permit_missing"], False),
    (LOCAL, ResidencePermit("", "230102"), ["household.residence_permit_missing"], False),
    (LOCAL, ResidencePermit("JZ123", "230102", date(2026, 1, 1)), [], False),
    (LOCAL, ResidencePermit("JZ123", "230102", None), ["household.residence_permit_validity_missing"], False),
    (LOCAL, ResidencePermit("JZ123", "230102", date(2025, 5, 31)), ["household.residence_permit_expired"], False),
    (LOCAL, ResidencePermit("JZ123", "310115", date(2026, 1, 1)), ["household.residence_permit_elsewhere"], False),
])
def test_non_local_hukou(rules, permit, expected, local):
    check = check_household(insured_name="张三", insured_id=ID, on=ON, book=book(), rules=rules,
                            residence_permit=permit, registration_region="110105")
    assert codes(check) == expected
    assert check.local is local


def test_registration_region_overrides_the_id_number():
    b = book(registration_region="230102")
    check = check_household(insured_name="张三", insured_id=ID, on=ON, book=b, rules=LOCAL)
    assert check.local is True and check.region_code == "230102" and check.valid


def test_permit_message_names_the_hukou_place():
    check = check_household(insured_name="张三", insured_id=ID, on=ON, book=book(), rules=LOCAL,
                            registration_region="110105")
    assert "北京市朝阳区" in check.problems[0].message("zh")


DAQING = Rules(local_region_prefixes=("2306",), nonlocal_needs_residence_permit=True)
BEIJING_BORN = "110105" + "19900101" + "123"
BEIJING_BORN_ID = BEIJING_BORN + check_character(BEIJING_BORN)


@pytest.mark.parametrize(("region", "expected", "local"), [
    ("230602", [], True),                                       # issue 11: born in Beijing, hukou in Daqing
    ("110105", ["household.residence_permit_missing"], False),  # hukou in Beijing: non-local in Daqing
    ("", ["household.registration_region_missing"], None),      # not given: asked, never guessed from the ID
])
def test_local_is_decided_by_the_hukou_region_not_the_id_number(region, expected, local):
    the_book = book(name="王五", number=BEIJING_BORN_ID)
    check = check_household(insured_name="王五", insured_id=BEIJING_BORN_ID, on=ON, book=the_book, rules=DAQING,
                            registration_region=region)
    assert codes(check) == expected and check.local is local


def test_empty_page_name_asks_for_it_instead_of_a_mismatch():
    check = check_household(insured_name="张三", insured_id=ID, on=ON, book=book(name=""))
    assert codes(check) == ["household.page_name_missing"]


@pytest.mark.parametrize(("a", "b", "same"), [("张三", "张三", True), ("张三", " 张 三 ", True),
                                              ("ＡＢＣ", "abc", True), ("张三", "张叁", False),
                                              ("Mary·Smith", "Mary Smith", True)])
def test_same_name(a, b, same):
    assert same_name(a, b) is same


def test_is_local():
    assert is_local("230102", Rules(local_region_prefixes=("23",))) is True
    assert is_local("", Rules(local_region_prefixes=("23",))) is None
