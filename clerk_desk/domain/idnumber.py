"""Identity numbers: resident ID, HK/Macao/Taiwan residence permit, foreigner's permanent
residence ID, and first-generation 15-digit numbers.

Public API::

    check_id_number(text, on, *, table=None) -> IdNumberCheck   # never raises
    normalize(text) -> str                       # what the clerk typed, cleaned
    check_character(body17) -> str              # ISO 7064 MOD 11-2: "0".."9" or "X"
    upgrade_legacy15(number15) -> str | None     # 15 -> 18 digits (19yy), None if not 15 digits
    age_on(birth, day) -> int                    # completed years (周岁)
    mask(number) -> str                          # masking.mask_id, re-exported: "110105********002X"
    IdKind, Sex, IdNumberCheck

``check_id_number`` cleans the text (surrounding and inner spaces of any width, full-width
digits and letters, a lowercase ``x``) and checks, in this order and all at once:

* shape: 18 characters (17 digits and a digit or ``X``), or 15 digits (a first-generation
  number, refused as a document; its upgraded 18-digit number is offered to find old
  records);
* kind, from the first characters: ``9`` foreigner's permanent residence ID (since December
  2023: ``9``, the issuing province's 2-digit code, a 3-digit ISO 3166-1 numeric nationality
  code, birth date, sequence, check character); ``810000``/``820000``/``830000`` HK, Macao,
  Taiwan residents' residence permit; else a resident ID number;
* the check character (ISO 7064 MOD 11-2);
* the birth date: a real date, not after the day of the check;
* the province code must be real; a county code that is unknown, newer than the holder's
  birth or retired before it is only a *warning* (districts are created and renamed).

Every finding is a :class:`~clerk_desk.domain.problems.Problem` on the field ``id_number``
with a stable code (``id.*``); ``valid`` is True when there is no error.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum
from typing import Any

from clerk_desk.domain.masking import mask_id as mask
from clerk_desk.domain.problems import Findings, Problem, define, define_field, error, warning
from clerk_desk.domain.regions import CountyStatus, RegionTable, regions
from clerk_desk.domain.values import Value

FIELD = define_field("id_number", zh="身份证号码", en="ID number")

E_EMPTY = define("id.empty", zh="{field}为空", en="{field} is empty")
E_CHARACTERS = define("id.characters", zh="{field}含有无效字符：{chars}",
                      en="{field} contains characters that are not allowed: {chars}")
E_LENGTH = define("id.length", zh="{field}应为18位，实际为{length}位",
                  en="{field} must have 18 characters, not {length}")
E_X_POSITION = define("id.x_position", zh="{field}中的 X 只能出现在最后一位",
                      en="In an {field}, X can only be the last character")
E_CHECKSUM = define("id.checksum", zh="{field}校验位错误，应为 {expected}",
                    en="{field} check character is wrong; expected {expected}")
E_BIRTH_INVALID = define("id.birth_date_invalid", zh="{field}中的出生日期 {digits} 不是有效日期",
                         en="The birth date {digits} in the {field} is not a real date")
E_BIRTH_FUTURE = define("id.birth_date_future", zh="{field}中的出生日期 {birth} 晚于核验日 {on}",
                        en="The birth date {birth} in the {field} is after the day of the check {on}")
E_PROVINCE = define("id.province_unknown", zh="{field}的省级代码 {region_code} 不存在",
                    en="The province code {region_code} of the {field} does not exist")
E_PERMIT_REGION = define("id.permit_region",
                         zh="港澳台居民居住证号码的地址码应为 810000、820000 或 830000，而不是 {region_code}",
                         en="A HK/Macao/Taiwan residence permit number starts with 810000, 820000 or "
                            "830000, not {region_code}")
E_LEGACY15 = define("id.legacy15",
                    zh="15位身份证号码为第一代身份证，已停止使用，不能作为证件；升级后的18位号码为 {upgraded}（可用于查找旧记录）",
                    en="A 15-digit number is a first-generation ID card, no longer valid as a document; "
                       "its 18-digit number is {upgraded} (use it to find old records)")
W_COUNTY_UNKNOWN = define("id.county_unknown", zh="{field}的地址码 {region_code} 不在行政区划代码表中，请核对",
                          en="The region code {region_code} of the {field} is not in the region-code table; "
                             "please check")
W_COUNTY_NEWER = define("id.county_newer",
                        zh="地址码 {region_code}（{name}）自 {since} 年起使用，晚于持证人出生年份 {birth_year}，请核对",
                        en="Region code {region_code} ({name}) is in use since {since}, after the holder's "
                           "year of birth {birth_year}; please check")
W_COUNTY_RETIRED = define("id.county_retired",
                          zh="地址码 {region_code}（{name}）在 {until} 年后已停用，早于持证人出生年份 {birth_year}，请核对",
                          en="Region code {region_code} ({name}) was last used in {until}, before the holder's "
                             "year of birth {birth_year}; please check")
W_NATIONALITY = define("id.nationality_unknown", zh="永久居留身份证号码中的国籍代码 {region_code} 未知，请核对",
                       en="The nationality code {region_code} in the permanent residence ID number is unknown; "
                          "please check")
W_FOREIGN_EARLY = define("id.foreign_before_2023",
                         zh="以9开头的外国人永久居留身份证号码自2023年12月1日起签发，核验日 {on} 早于该日期",
                         en="Permanent residence ID numbers starting with 9 are issued since 2023-12-01; "
                            "the day of the check {on} is earlier")
W_AGE_IMPLAUSIBLE = define("id.age_implausible", zh="按{field}计算的年龄为 {age} 岁，请核对",
                           en="The age from the {field} is {age}; please check")

FOREIGN_SINCE = date(2023, 12, 1)
PERMIT_REGIONS = frozenset({"810000", "820000", "830000"})
MAX_PLAUSIBLE_AGE = 130

# After NFKC (full-width digits and letters become ASCII, the odd spaces a plain space): every
# space, the zero-width ones that are not str.isspace() too, goes; a lowercase x becomes X.
_SPACES = re.compile(r"[\s\u200b\ufeff]+")
_SHAPE18 = re.compile(r"[0-9]{17}[0-9X]")
_DIGITS15 = re.compile(r"[0-9]{15}")


class IdKind(StrEnum):
    RESIDENT = "resident"
    HK_MACAO_TW_PERMIT = "hk_macao_tw_permit"
    FOREIGN_PERMANENT = "foreign_permanent"
    LEGACY15 = "legacy15"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class IdNumberCheck(Findings, Value):
    """The result of checking one number (a frozen value).  Services save ``normalized``; screens show
    ``mask(normalized)``; ``problems`` carries errors and warnings in order."""

    _fields = ("input", "cleaned", "kind", "normalized", "birth_date", "sex", "age", "region_code", "region",
               "nationality", "nationality_name", "on", "problems")
    input: str
    cleaned: str
    kind: IdKind | None
    normalized: str | None             # the 18-character form (legacy15: the upgraded number)
    birth_date: date | None
    sex: Sex | None
    age: int | None                    # on the day of the check
    region_code: str | None            # 6 digits; foreign_permanent: province of issue + "0000"
    region: str | None                 # full name, e.g. 北京市朝阳区
    nationality: str | None            # foreign_permanent: ISO 3166-1 numeric code
    nationality_name: str | None
    on: date | None
    problems: tuple[Problem, ...]

    def __init__(self, input: str, cleaned: str, kind: IdKind | None = None,  # noqa: A002
                 normalized: str | None = None, birth_date: date | None = None, sex: Sex | None = None,
                 age: int | None = None, region_code: str | None = None, region: str | None = None,
                 nationality: str | None = None, nationality_name: str | None = None, on: date | None = None,
                 problems: tuple[Problem, ...] = ()) -> None:
        self._set(input=input, cleaned=cleaned, kind=kind, normalized=normalized, birth_date=birth_date, sex=sex,
                  age=age, region_code=region_code, region=region, nationality=nationality,
                  nationality_name=nationality_name, on=on, problems=problems)

    @property
    def masked(self) -> str:
        return mask(self.normalized or self.cleaned)

    def as_dict(self, lang: str = "zh") -> dict[str, Any]:
        """The ``clerk-desk check-id --json`` object."""
        return {
            "input": self.input,
            "valid": self.valid,
            "kind": self.kind.value if self.kind else None,
            "normalized": self.normalized,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex.value if self.sex else None,
            "age": self.age,
            "region": self.region,
            "errors": [p.as_dict(lang) for p in self.errors],
            "warnings": [p.as_dict(lang) for p in self.warnings],
        }


def normalize(text: str) -> str:
    """Remove spaces of any width, turn full-width digits into ASCII and x/ｘ/Ｘ into X."""
    if not isinstance(text, str):
        text = str(text)
    if text.isascii() and text.isalnum():  # the common case, typed or scanned: nothing to fold or remove
        return text.replace("x", "X")
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).replace("x", "X")


# ISO 7064 MOD 11-2 over 17 digits a1..a17: S = sum of ai * 2^(18-i) (GB 11643's weights 7 9 10 5 8 4 2 1 6 3
# 7 9 10 5 8 4 2 are these mod 11), the check character (1 - S) mod 11, "X" for 10.  As 13 = 2 (mod 11),
# the digits read as a base-13 number are S / 2 (mod 11): one int() in C, the character looked up by it.
_BY_HALF_SUM = "".join("X" if (1 - 2 * r) % 11 == 10 else str((1 - 2 * r) % 11) for r in range(11))


def check_character(body17: str) -> str:
    """The ISO 7064 MOD 11-2 check character of 17 digits (of any other string of digits too, read
    as python-stdnum does, an ``X`` being 10; ValueError for anything else)."""
    if len(body17) == 17 and body17.isascii() and body17.isdigit():  # a number's body: one weighted sum
        return _check17(body17)
    total = 0
    for ch in body17:
        total = (2 * total + (10 if ch == "X" else int(ch))) % 11
    check = (1 - 2 * total) % 11
    return "X" if check == 10 else str(check)


def _check17(body17: str) -> str:
    """:func:`check_character` of 17 ASCII digits (the caller has matched them)."""
    return _BY_HALF_SUM[int(body17, 13) % 11]


def upgrade_legacy15(number15: str) -> str | None:
    """The 18-digit form of a 15-digit first-generation number (born 19yy)."""
    n = normalize(number15)
    if not _DIGITS15.fullmatch(n):
        return None
    body = n[:6] + "19" + n[6:]
    return body + check_character(body)


def age_on(birth: date, day: date) -> int:
    """Completed years on ``day`` (a 29 February birthday is reached on 1 March)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


_BIRTHS: dict[str, date | None] = {}  # YYYYMMDD -> the day (None: not a day); a few tens of thousands at most


def _birth(digits: str) -> date | None:
    if digits in _BIRTHS:
        return _BIRTHS[digits]
    try:
        day: date | None = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        day = None
    if len(_BIRTHS) < 50_000:
        _BIRTHS[digits] = day
    return day


def _shape_problem(cleaned: str) -> Problem:
    if not cleaned:
        return error(E_EMPTY, FIELD)
    bad = sorted({c for c in cleaned if c not in "0123456789X"})
    if bad:
        return error(E_CHARACTERS, FIELD, chars=" ".join(bad))
    if len(cleaned) == 18:
        return error(E_X_POSITION, FIELD)
    return error(E_LENGTH, FIELD, length=len(cleaned))


def check_id_number(text: str, on: date, *, table: RegionTable | None = None) -> IdNumberCheck:
    """Check one number as typed or scanned.  Any text gives a result with its problems; a
    bug raises (and is caught by the tests' properties) instead of passing as "unreadable"."""
    raw = text if isinstance(text, str) else str(text)
    cleaned = normalize(raw)
    if len(cleaned) == 15 and _DIGITS15.fullmatch(cleaned):
        return _check_legacy15(raw, cleaned, on, table or regions())
    if not _SHAPE18.fullmatch(cleaned):
        return IdNumberCheck(raw, cleaned, on=on, problems=(_shape_problem(cleaned),))
    tbl = table or regions()
    problems: list[Problem] = []
    expected = _check17(cleaned[:17])
    if cleaned[17] != expected:
        problems.append(error(E_CHECKSUM, FIELD, expected=expected))
    birth = _birth(cleaned[6:14])
    age: int | None = None
    if birth is None:
        problems.append(error(E_BIRTH_INVALID, FIELD, digits=cleaned[6:14]))
    elif birth > on:
        problems.append(error(E_BIRTH_FUTURE, FIELD, birth=birth.isoformat(), on=on.isoformat()))
    else:
        age = age_on(birth, on)
        if age > MAX_PLAUSIBLE_AGE:
            problems.append(warning(W_AGE_IMPLAUSIBLE, FIELD, age=age))
    sex = Sex.MALE if int(cleaned[16]) % 2 else Sex.FEMALE
    region_code = cleaned[:6]
    nationality = nationality_name = region = None
    birth_year = birth.year if birth else None

    if cleaned[0] == "9":
        kind = IdKind.FOREIGN_PERMANENT
        province = cleaned[1:3]
        region_code = province + "0000"
        nationality = cleaned[3:6]
        if not tbl.is_province(province) or province in ("81", "82", "83"):
            problems.append(error(E_PROVINCE, FIELD, region_code=province))
        else:
            region = tbl.province_name(province)
        country = tbl.country(nationality)
        if country is None:
            problems.append(warning(W_NATIONALITY, FIELD, region_code=nationality))
        else:
            nationality_name = country.zh
        if on < FOREIGN_SINCE:
            problems.append(warning(W_FOREIGN_EARLY, FIELD, on=on.isoformat()))
    elif cleaned[:2] in ("81", "82", "83"):
        kind = IdKind.HK_MACAO_TW_PERMIT
        if region_code in PERMIT_REGIONS:
            region = tbl.full_name(region_code)
        else:
            problems.append(error(E_PERMIT_REGION, FIELD, region_code=region_code))
    else:
        kind = IdKind.RESIDENT
        region = _resident_region(tbl, region_code, birth_year, problems)
    return IdNumberCheck(raw, cleaned, kind, cleaned, birth, sex, age, region_code, region,
                         nationality, nationality_name, on, tuple(problems))


def _resident_region(tbl: RegionTable, code: str, birth_year: int | None, problems: list[Problem]) -> str | None:
    """The region's name, its problems added to ``problems``; both kept with the table per code and
    year of birth (10,000 numbers of a district ask the same few questions)."""
    key = ("id.resident_region", code, birth_year)
    found: Any = tbl.derived.get(key)
    if found is None:
        found_problems: list[Problem] = []
        found = (_region_of(tbl, code, birth_year, found_problems), tuple(found_problems))
        if len(tbl.derived) < 100_000:
            tbl.derived[key] = found
    problems += found[1]
    return found[0]  # type: ignore[no-any-return]


def _region_of(tbl: RegionTable, code: str, birth_year: int | None, problems: list[Problem]) -> str | None:
    if not tbl.is_province(code[:2]) or code[:2] in ("81", "82", "83"):
        problems.append(error(E_PROVINCE, FIELD, region_code=code[:2]))
        return None
    if birth_year is None:
        status = CountyStatus.KNOWN if tbl.is_known(code) else CountyStatus.UNKNOWN
    else:
        status = tbl.county_status(code, birth_year)
    if status is CountyStatus.UNKNOWN:
        problems.append(warning(W_COUNTY_UNKNOWN, FIELD, region_code=code))
    elif status is CountyStatus.NEWER:
        problems.append(warning(W_COUNTY_NEWER, FIELD, region_code=code, name=tbl.display_name(code),
                                since=tbl.first_year(code), birth_year=birth_year))
    elif status is CountyStatus.RETIRED:
        problems.append(warning(W_COUNTY_RETIRED, FIELD, region_code=code, name=tbl.display_name(code),
                                until=tbl.last_year(code), birth_year=birth_year))
    return tbl.display_name(code)


def _check_legacy15(raw: str, cleaned: str, on: date, tbl: RegionTable) -> IdNumberCheck:
    upgraded = cleaned[:6] + "19" + cleaned[6:]
    upgraded += check_character(upgraded)
    problems: list[Problem] = [error(E_LEGACY15, FIELD, upgraded=upgraded)]
    birth = _birth(upgraded[6:14])
    age = None
    if birth is None:
        problems.append(error(E_BIRTH_INVALID, FIELD, digits=cleaned[6:12]))
    elif birth > on:
        problems.append(error(E_BIRTH_FUTURE, FIELD, birth=birth.isoformat(), on=on.isoformat()))
    else:
        age = age_on(birth, on)
    region = _resident_region(tbl, cleaned[:6], birth.year if birth else None, problems)
    sex = Sex.MALE if int(cleaned[14]) % 2 else Sex.FEMALE
    return IdNumberCheck(raw, cleaned, IdKind.LEGACY15, upgraded, birth, sex, age, cleaned[:6], region,
                         on=on, problems=tuple(problems))
