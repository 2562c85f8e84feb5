"""Identity cards as documents: the number, issuing authority and period of validity.

Public API::

    IdCard(number, name="", issuing_authority="", valid_from=None, valid_until=None,
           long_term=False, temporary=False)
    check_id_card(card, on, *, table=None) -> IdCardCheck       # never raises
    expected_validity_years(kind, age_at_issue) -> int | None    # None = long-term
    add_years(day, years) -> date                                # 29 Feb -> 28 Feb

Rules (DOMAIN.md):

* the number is checked by :func:`clerk_desk.domain.idnumber.check_id_number`;
* a card whose validity ended before the day of the check is refused (``idcard.expired``);
  the last day printed on the card is still valid; a card not valid yet is refused too;
* a resident ID card is valid by age at issue: under 16, 5 years; 16–25, 10 years; 26–45,
  20 years; 46 and over, long-term (长期).  A period that does not match is a *warning*
  (``idcard.validity_mismatch``): the age at application, weeks before issue, decides, so an
  age up to :data:`APPLICATION_LEAD_DAYS` before the start is also accepted;
* a temporary ID card (临时身份证) is valid 3 months;
* a HK/Macao/Taiwan residence permit is valid 5 years; a foreigner's permanent residence ID
  card 10 years from 18, else 5 years.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from clerk_desk.domain.idnumber import IdKind, IdNumberCheck, age_on, check_id_number
from clerk_desk.domain.problems import Findings, Problem, define, define_field, error, warning
from clerk_desk.domain.regions import RegionTable

F_AUTHORITY = define_field("issuing_authority", zh="签发机关", en="issuing authority")
F_VALID_FROM = define_field("valid_from", zh="有效期起始日期", en="start of validity")
F_VALID_UNTIL = define_field("valid_until", zh="有效期截止日期", en="end of validity")

E_AUTHORITY = define("idcard.authority_missing", zh="请填写{field}", en="Enter the {field}")
E_FROM_MISSING = define("idcard.valid_from_missing", zh="请填写{field}", en="Enter the {field}")
E_UNTIL_MISSING = define("idcard.valid_until_missing", zh="请填写{field}，或选择“长期”",
                         en="Enter the {field}, or choose long-term")
E_REVERSED = define("idcard.period_reversed", zh="有效期截止日期 {until} 早于起始日期 {start}",
                    en="The end of validity {until} is before its start {start}")
E_NOT_YET = define("idcard.not_yet_valid", zh="证件自 {start} 起有效，核验日 {on} 尚未生效",
                   en="The card is valid from {start}; on {on} it is not valid yet")
E_EXPIRED = define("idcard.expired", zh="证件已于 {until} 过期，请持有效证件办理（可办理临时身份证）",
                   en="The card expired on {until}; a valid card is needed (a temporary ID card will do)")
E_BEFORE_BIRTH = define("idcard.issued_before_birth", zh="有效期起始日期 {start} 早于出生日期 {birth}",
                        en="The start of validity {start} is before the birth date {birth}")
E_TEMPORARY_LONG_TERM = define("idcard.temporary_long_term", zh="临时身份证不能为长期有效",
                               en="A temporary ID card cannot be long-term")
E_LEGACY = define("idcard.legacy", zh="第一代身份证已停止使用，请持第二代居民身份证办理",
                  en="First-generation ID cards are no longer valid; a second-generation card is needed")
W_MISMATCH = define("idcard.validity_mismatch",
                    zh="有效期 {start} 至 {until} 与签发时年龄 {age} 岁应有的 {expected} 年不符，请核对证件",
                    en="The validity {start} to {until} does not match the {expected} years due at age {age} "
                       "at issue; please check the card")
W_SHOULD_BE_LONG = define("idcard.validity_should_be_long_term",
                          zh="签发时年龄 {age} 岁的证件应为长期有效，但有效期至 {until}，请核对证件",
                          en="A card issued at age {age} is long-term, but this one ends on {until}; "
                             "please check the card")
W_SHOULD_NOT_BE_LONG = define("idcard.validity_not_long_term",
                              zh="签发时年龄 {age} 岁的证件应有效 {expected} 年，不应为长期，请核对证件",
                              en="A card issued at age {age} is valid {expected} years, not long-term; "
                                 "please check the card")
W_TEMPORARY_LONG = define("idcard.temporary_too_long",
                          zh="临时身份证有效期为3个月，该证件有效期为 {start} 至 {until}，请核对",
                          en="A temporary ID card is valid 3 months; this one is valid {start} to {until}; "
                             "please check")

TEMPORARY_MONTHS = 3
APPLICATION_LEAD_DAYS = 90   # age at application may be this much before the start of validity
_TOLERANCE = timedelta(days=3)


@dataclass(frozen=True)
class IdCard:
    """What the clerk reads off a card (or a card reader returns)."""

    number: str
    name: str = ""
    issuing_authority: str = ""
    valid_from: date | None = None
    valid_until: date | None = None      # None with long_term=True: 长期
    long_term: bool = False
    temporary: bool = False


@dataclass(frozen=True)
class IdCardCheck(Findings):
    card: IdCard
    number: IdNumberCheck
    on: date
    problems: tuple[Problem, ...] = field(default_factory=tuple)   # includes the number's
    expected_years: int | None = None    # by the age rule; None = long-term or not known
    expected_long_term: bool = False

    @property
    def expired(self) -> bool:
        return any(p.code == E_EXPIRED for p in self.problems)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def expected_validity_years(kind: IdKind | None, age_at_issue: int) -> int | None:
    """Years of validity due at ``age_at_issue``; None means long-term."""
    if kind is IdKind.HK_MACAO_TW_PERMIT:
        return 5
    if kind is IdKind.FOREIGN_PERMANENT:
        return 10 if age_at_issue >= 18 else 5
    if age_at_issue < 16:
        return 5
    if age_at_issue <= 25:
        return 10
    if age_at_issue <= 45:
        return 20
    return None


def check_id_card(card: IdCard, on: date, *, table: RegionTable | None = None) -> IdCardCheck:
    number = check_id_number(card.number, on, table=table)
    problems: list[Problem] = list(number.problems)
    if number.kind is IdKind.LEGACY15:
        problems.append(error(E_LEGACY, "id_number"))
    if not card.issuing_authority.strip():
        problems.append(error(E_AUTHORITY, F_AUTHORITY))
    start, until = card.valid_from, card.valid_until
    long_term = card.long_term and until is None
    if card.temporary and card.long_term:
        problems.append(error(E_TEMPORARY_LONG_TERM, F_VALID_UNTIL))
    if start is None:
        problems.append(error(E_FROM_MISSING, F_VALID_FROM))
    if until is None and not card.long_term:
        problems.append(error(E_UNTIL_MISSING, F_VALID_UNTIL))
    if start is not None and until is not None and until < start:
        problems.append(error(E_REVERSED, F_VALID_UNTIL, until=until.isoformat(), start=start.isoformat()))
    if start is not None and start > on:
        problems.append(error(E_NOT_YET, F_VALID_FROM, start=start.isoformat(), on=on.isoformat()))
    if until is not None and until < on:
        problems.append(error(E_EXPIRED, F_VALID_UNTIL, until=until.isoformat()))
    birth = number.birth_date
    if start is not None and birth is not None and start < birth:
        problems.append(error(E_BEFORE_BIRTH, F_VALID_FROM, start=start.isoformat(), birth=birth.isoformat()))

    expected_years: int | None = None
    expected_long = False
    if start is not None and birth is not None and start >= birth and (until is None or until >= start):
        if card.temporary:
            expected_years = None
            if until is not None and until > add_months(start, TEMPORARY_MONTHS) + _TOLERANCE:
                problems.append(warning(W_TEMPORARY_LONG, F_VALID_UNTIL, start=start.isoformat(),
                                        until=until.isoformat()))
        elif number.kind is not IdKind.LEGACY15 and (until is not None or long_term):
            age = age_on(birth, start)
            early = max(birth, start - timedelta(days=APPLICATION_LEAD_DAYS))
            allowed = {expected_validity_years(number.kind, age),
                       expected_validity_years(number.kind, age_on(birth, early))}
            expected = expected_validity_years(number.kind, age)
            expected_years, expected_long = expected, expected is None
            if not _matches(start, until, allowed):
                problems.append(_mismatch(start, until, expected, age))
    return IdCardCheck(card, number, on, tuple(problems), expected_years, expected_long)


def _mismatch(start: date, until: date | None, expected: int | None, age: int) -> Problem:
    if until is None:
        return warning(W_SHOULD_NOT_BE_LONG, F_VALID_UNTIL, age=age, expected=expected)
    if expected is None:
        return warning(W_SHOULD_BE_LONG, F_VALID_UNTIL, age=age, until=until.isoformat())
    return warning(W_MISMATCH, F_VALID_UNTIL, start=start.isoformat(), until=until.isoformat(),
                   expected=expected, age=age)


def _matches(start: date, until: date | None, allowed: set[int | None]) -> bool:
    if until is None:
        return None in allowed
    for years in allowed:
        if years is not None and abs(until - add_years(start, years)) <= _TOLERANCE:
            return True
    return False
