"""Household-registration book (户口簿), birth certificate and residence permit checks.

Public API::

    HouseholdType, HouseholdPage, HouseholdBook, BirthCertificate, ResidencePermit
    check_household(*, insured_name, insured_id, on, rules=DEFAULT_RULES, book=None,
                    birth_certificate=None, residence_permit=None, table=None,
                    registration_region="") -> HouseholdCheck
    check_residence(region, *, on, rules, residence_permit=None, table=None) -> HouseholdCheck
    is_local(region_code, rules) -> bool | None      # None: no local prefixes configured
    same_name(a, b) -> bool                          # ignores spaces, width and the middle dot

Findings (DOMAIN.md):

* the insured's page must carry the same ID number and name as the ID card (errors
  ``household.id_mismatch``, ``household.name_mismatch``); the household number and the
  registered address are recorded (errors when empty);
* a non-local hukou needs a valid residence permit issued here where
  ``rules.nonlocal_needs_residence_permit`` (errors ``household.residence_permit_*``; its
  number and validity are both required); the hukou's place is the region where it is
  registered (``registration_region``, or ``book.registration_region``), never the ID
  number's region code (where the number was first issued); it is local when it starts with
  one of ``rules.local_region_prefixes`` (none set: not judged). When the permit rule is on
  and the place is not given, the clerk is asked for it (``household.registration_region_missing``);
* a newborn without hukou may enroll with the birth certificate within ``rules.newborn_days``
  (90) of birth (``HouseholdCheck.newborn`` is True); later, or without a certificate, the
  book is needed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from clerk_desk.domain.idnumber import IdNumberCheck, check_id_number
from clerk_desk.domain.problems import Findings, Problem, define, define_field, error
from clerk_desk.domain.regions import RegionTable
from clerk_desk.domain.ruleset import DEFAULT_RULES, RuleSet

F_BOOK = define_field("household_book", zh="户口簿", en="household-registration book")
F_HOUSEHOLD_NUMBER = define_field("household_number", zh="户号", en="household number")
F_ADDRESS = define_field("registered_address", zh="户籍地址", en="registered address")
F_PAGE = define_field("household_page", zh="户口簿本人页", en="insured's page of the household book")
F_PAGE_NAME = define_field("household_page.name", zh="户口簿本人页姓名", en="name on the household page")
F_PAGE_ID = define_field("household_page.id_number", zh="户口簿本人页身份证号码",
                         en="ID number on the household page")
F_RELATION_TO_HEAD = define_field("household_page.relation_to_head", zh="与户主关系",
                                  en="relation to the head of household")
F_BIRTH_CERT = define_field("birth_certificate", zh="出生医学证明", en="birth certificate")
F_PERMIT = define_field("residence_permit", zh="居住证", en="residence permit")
F_PERMIT_VALID_TO = define_field("residence_permit_valid_to", zh="居住证有效期", en="residence permit's validity")
F_REGION = define_field("registration_region", zh="户籍登记地", en="hukou registration region")

E_BOOK_MISSING = define("household.book_missing", zh="请提供户口簿", en="The household-registration book is needed")
E_NUMBER_MISSING = define("household.number_missing", zh="请填写{field}", en="Enter the {field}")
E_ADDRESS_MISSING = define("household.address_missing", zh="请填写{field}", en="Enter the {field}")
E_PAGE_MISSING = define("household.page_missing", zh="户口簿中没有参保人本人页",
                        en="The household book has no page for the insured")
E_RELATION_MISSING = define("household.relation_missing", zh="请填写{field}", en="Enter the {field}")
E_ID_MISMATCH = define("household.id_mismatch", zh="户口簿本人页的身份证号码 {page} 与身份证 {card} 不一致",
                       en="The ID number on the household page {page} differs from the ID card {card}")
E_PAGE_NAME_MISSING = define("household.page_name_missing", zh="请填写{field}", en="Enter the {field}")
E_REGION_MISSING = define("household.registration_region_missing",
                          zh="请选择户籍登记地（户口簿登记机关所在地区），据此判断是否本地户籍",
                          en="Choose the region where the hukou is registered (it decides whether the "
                             "hukou is local)")
E_PERMIT_VALIDITY_MISSING = define("household.residence_permit_validity_missing",
                                   zh="请填写居住证有效期截止日期",
                                   en="Enter the residence permit's end of validity")
E_NAME_MISMATCH = define("household.name_mismatch", zh="户口簿本人页的姓名“{page}”与身份证“{card}”不一致",
                         en="The name on the household page \u201c{page}\u201d differs from the ID card \u201c{card}\u201d")
E_PERMIT_MISSING = define("household.residence_permit_missing",
                          zh="非本地户籍（{region}）需提供本地居住证",
                          en="A non-local hukou ({region}) needs a residence permit issued here")
E_PERMIT_EXPIRED = define("household.residence_permit_expired", zh="居住证已于 {until} 过期",
                          en="The residence permit expired on {until}")
E_PERMIT_ELSEWHERE = define("household.residence_permit_elsewhere",
                            zh="居住证签发地 {region} 不是本地，需本地签发的居住证",
                            en="The residence permit was issued in {region}, not here")
E_NEWBORN_LATE = define("household.newborn_window_passed",
                        zh="出生已 {days} 天，超过 {limit} 天，需先办理户口登记并提供户口簿",
                        en="Born {days} days ago, more than {limit}: register the hukou and bring the "
                           "household book")
E_BIRTH_CERT_NAME = define("household.birth_certificate_name_mismatch",
                           zh="出生医学证明上的姓名“{certificate}”与登记的“{entered}”不一致",
                           en="The name on the birth certificate \u201c{certificate}\u201d differs from "
                              "\u201c{entered}\u201d")
E_BIRTH_CERT_BIRTH = define("household.birth_certificate_birth_mismatch",
                            zh="出生医学证明上的出生日期 {certificate} 与身份证号码中的 {entered} 不一致",
                            en="The birth date on the birth certificate {certificate} differs from the ID "
                               "number's {entered}")
E_BIRTH_CERT_NUMBER = define("household.birth_certificate_number_missing", zh="请填写出生医学证明编号",
                             en="Enter the birth certificate number")


class HouseholdType(StrEnum):
    FAMILY = "family"                       # 家庭户
    COLLECTIVE = "collective"               # 集体户
    AGRICULTURAL = "agricultural"           # 农业家庭户 (older books)
    NON_AGRICULTURAL = "non_agricultural"   # 非农业家庭户 (older books)


@dataclass(frozen=True)
class HouseholdPage:
    name: str
    id_number: str
    relation_to_head: str = ""          # as printed: 户主, 妻, 子, 女, 孙子 ...


@dataclass(frozen=True)
class HouseholdBook:
    household_number: str
    household_type: HouseholdType
    registered_address: str
    page: HouseholdPage | None = None
    head_name: str = ""
    registration_region: str = ""      # 6-digit code of the registering authority ("": from the ID)


@dataclass(frozen=True)
class BirthCertificate:
    number: str
    child_name: str
    birth_date: date
    mother_name: str = ""
    mother_id_number: str = ""
    father_name: str = ""
    father_id_number: str = ""


@dataclass(frozen=True)
class ResidencePermit:
    number: str
    region_code: str                   # where it was issued
    valid_until: date | None = None    # None: not printed / long-term


@dataclass(frozen=True)
class HouseholdCheck(Findings):
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    local: bool | None = None          # None: no local prefixes configured
    region_code: str | None = None     # the hukou's region
    newborn: bool = False              # enrolling with the birth certificate, no hukou yet


def same_name(a: str, b: str) -> bool:
    def canon(s: str) -> str:
        s = unicodedata.normalize("NFKC", s)
        return "".join(ch for ch in s if not ch.isspace() and ch not in "·•‧・.").casefold()

    return canon(a) == canon(b)


def is_local(region_code: str | None, rules: RuleSet) -> bool | None:
    prefixes = list(rules.local_region_prefixes)
    if not prefixes or not region_code:
        return None
    return any(region_code.startswith(p) for p in prefixes)


def check_household(*, insured_name: str, insured_id: str | IdNumberCheck | None, on: date,
                    rules: RuleSet = DEFAULT_RULES, book: HouseholdBook | None = None,
                    birth_certificate: BirthCertificate | None = None,
                    residence_permit: ResidencePermit | None = None,
                    table: RegionTable | None = None, registration_region: str = "") -> HouseholdCheck:
    """Check the hukou documents of the insured; ``insured_id`` may be None for a newborn.
    ``registration_region``: where the hukou is registered (6 digits; "" not given)."""
    if isinstance(insured_id, str):
        insured_id = check_id_number(insured_id, on, table=table)
    problems: list[Problem] = []
    newborn = False
    if book is None:
        if birth_certificate is None:
            problems.append(error(E_BOOK_MISSING, F_BOOK))
        else:
            newborn = _check_newborn(birth_certificate, insured_name, insured_id, on, rules, problems)
    else:
        _check_book(book, insured_name, insured_id, on, problems, table)

    region = registration_region.strip() or (book.registration_region if book else "") or None
    if newborn:
        return HouseholdCheck(tuple(problems), is_local(region, rules), region, newborn)
    residence = check_residence(region, on=on, rules=rules, residence_permit=residence_permit, table=table)
    return HouseholdCheck(tuple(problems) + residence.problems, residence.local, region, newborn)


def check_residence(region: str | None, *, on: date, rules: RuleSet = DEFAULT_RULES,
                    residence_permit: ResidencePermit | None = None,
                    table: RegionTable | None = None) -> HouseholdCheck:
    """Local or not by the hukou's registration ``region``; a non-local hukou's residence permit
    (number, validity, issued here) where the setting asks for one."""
    problems: list[Problem] = []
    local = is_local(region, rules)
    if rules.local_region_prefixes and rules.nonlocal_needs_residence_permit and not region:
        problems.append(error(E_REGION_MISSING, F_REGION))
    if local is False and rules.nonlocal_needs_residence_permit:
        _check_permit(residence_permit, region, on, rules, problems, table)
    return HouseholdCheck(tuple(problems), local, region or None)


def _check_book(book: HouseholdBook, insured_name: str, insured_id: IdNumberCheck | None, on: date,
                problems: list[Problem], table: RegionTable | None) -> None:
    if not book.household_number.strip():
        problems.append(error(E_NUMBER_MISSING, F_HOUSEHOLD_NUMBER))
    if not book.registered_address.strip():
        problems.append(error(E_ADDRESS_MISSING, F_ADDRESS))
    page = book.page
    if page is None:
        problems.append(error(E_PAGE_MISSING, F_PAGE))
        return
    if not page.relation_to_head.strip():
        problems.append(error(E_RELATION_MISSING, F_RELATION_TO_HEAD))
    page_id = check_id_number(page.id_number, on, table=table)
    page_number = page_id.normalized or page_id.cleaned
    card_number = (insured_id.normalized or insured_id.cleaned) if insured_id is not None else ""
    if insured_id is not None and page_number != card_number:
        problems.append(error(E_ID_MISMATCH, F_PAGE_ID, page=page_number, card=card_number))
    if not page.name.strip():
        problems.append(error(E_PAGE_NAME_MISSING, F_PAGE_NAME))
    elif insured_name and not same_name(page.name, insured_name):
        problems.append(error(E_NAME_MISMATCH, F_PAGE_NAME, page=page.name, card=insured_name))


def _check_newborn(cert: BirthCertificate, insured_name: str, insured_id: IdNumberCheck | None, on: date,
                   rules: RuleSet, problems: list[Problem]) -> bool:
    if not cert.number.strip():
        problems.append(error(E_BIRTH_CERT_NUMBER, F_BIRTH_CERT))
    if insured_name and not same_name(cert.child_name, insured_name):
        problems.append(error(E_BIRTH_CERT_NAME, F_BIRTH_CERT, certificate=cert.child_name, entered=insured_name))
    if insured_id is not None and insured_id.birth_date is not None and insured_id.birth_date != cert.birth_date:
        problems.append(error(E_BIRTH_CERT_BIRTH, F_BIRTH_CERT, certificate=cert.birth_date.isoformat(),
                              entered=insured_id.birth_date.isoformat()))
    days = (on - cert.birth_date).days
    if days > rules.newborn_days:
        problems.append(error(E_NEWBORN_LATE, F_BOOK, days=days, limit=rules.newborn_days))
        return False
    return days >= 0


def _check_permit(permit: ResidencePermit | None, region: str | None, on: date, rules: RuleSet,
                  problems: list[Problem], table: RegionTable | None) -> None:
    from clerk_desk.domain.regions import regions

    tbl = table or regions()
    region_name = (tbl.full_name(region) if region else None) or region or ""
    if permit is None or not permit.number.strip():
        problems.append(error(E_PERMIT_MISSING, F_PERMIT, region=region_name))
        return
    if permit.valid_until is None:
        problems.append(error(E_PERMIT_VALIDITY_MISSING, F_PERMIT_VALID_TO))
    elif permit.valid_until < on:
        problems.append(error(E_PERMIT_EXPIRED, F_PERMIT, until=permit.valid_until.isoformat()))
    if is_local(permit.region_code, rules) is False:
        problems.append(error(E_PERMIT_ELSEWHERE, F_PERMIT,
                              region=tbl.full_name(permit.region_code) or permit.region_code))
