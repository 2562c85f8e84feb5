"""What the receipt tells the insured (温馨提示): lines chosen by rule (DOMAIN.md "What the
receipt tells the insured").

Public API::

    GuidanceLine, GuidanceCase
    DEFAULT_GUIDANCE                      # the settings' default table (plain dicts, TOML-ready)
    parse_lines(raw) -> list[GuidanceLine]     # raises ValueError naming the bad line and key
    upgrade(raw) -> list                   # the first edition's plain list, turned into the table
    select_lines(lines, case, lang) -> list[str]

The table is kept in the settings (``[[receipt.guidance]]``, one table a line) so a
supervisor can edit it per city.  A line names where it applies; a key left out (or an
empty list) means "any":

* ``business``: ``new_enrollment`` (参保登记), ``renewal``, ``first_card``, ``card_replacement``
* ``scheme``: ``resident``, ``employee_flexible``
* ``employment``: ``flexible``, ``none``, ``student``, ``retired``, ``employed``
* ``category``: a person category (``newborn``, ``student``, ``minimum_living`` …) or
  ``subsidised`` for any subsidised group
* ``when``: ``waiting`` (a waiting period applies), ``no_waiting`` (one was computed and is
  zero), ``not_exempt`` (the person's category does not exempt them from waiting), or empty

``text`` is the Chinese line, ``en`` the English one (the Chinese is printed when it is
empty).  Texts may hold ``{collection_start}``, ``{collection_end}``, ``{channels}``,
``{waiting_months}``, ``{benefits_start}`` and ``{category}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from clerk_desk.domain.categories import CATEGORY_LABELS, SUBSIDISED, PersonCategory
from clerk_desk.domain.problems import ENUMERATION_SEPARATOR, render
from clerk_desk.domain.schemes import Employment, Scheme

BUSINESSES = ("new_enrollment", "renewal", "first_card", "card_replacement")
SCHEMES = tuple(s.value for s in Scheme)
EMPLOYMENTS = tuple(e.value for e in Employment)
CATEGORIES = (*(c.value for c in PersonCategory), "subsidised")
WHENS = ("", "waiting", "no_waiting", "not_exempt")
PLACEHOLDERS = ("collection_start", "collection_end", "channels", "waiting_months", "benefits_start", "category")
_KEYS = {"business": BUSINESSES, "scheme": SCHEMES, "employment": EMPLOYMENTS, "category": CATEGORIES}
_PLACEHOLDER = re.compile(r"\{([a-z_]*)\}")

_PAYING = ["new_enrollment", "renewal"]
_RESIDENT = {"business": _PAYING, "scheme": ["resident"]}
_FLEXIBLE = {"business": _PAYING, "scheme": ["employee_flexible"]}

# From DOMAIN.md and the seeds (seeds/000 withholding, 003 sealed account and balance
# enquiries, 004 ways to pay).  Each line only where it applies.
DEFAULT_GUIDANCE: list[dict[str, Any]] = [
    {**_RESIDENT,
     "text": "城乡居民医保每年缴费一次，在集中缴费期（每年{collection_start}至{collection_end}）缴纳下一年度的费用。",
     "en": "Residents pay once a year for the next year, in the collection period ({collection_start} to "
           "{collection_end} each year)."},
    {**_RESIDENT, "text": "缴费渠道：{channels}。",
     "en": "Ways to pay: the tax app, WeChat or Alipay, a bank, or the counter."},
    {**_RESIDENT, "when": "not_exempt", "text": "未在集中缴费期内缴费的，参保后须经过待遇等待期方可享受医保待遇。",
     "en": "If you miss the collection period, a waiting period applies before benefits."},
    {**_RESIDENT, "when": "waiting",
     "text": "本次参保的待遇等待期为{waiting_months}个月，自{benefits_start}起享受医保待遇。",
     "en": "Your waiting period is {waiting_months} months; benefits start on {benefits_start}."},
    {**_RESIDENT, "when": "no_waiting", "text": "自{benefits_start}起享受医保待遇。",
     "en": "Benefits start on {benefits_start}."},
    {**_RESIDENT, "category": ["subsidised"],
     "text": "您属于资助参保对象（{category}），个人缴费部分按规定给予资助。",
     "en": "You are enrolled with a subsidy ({category}); part of your contribution is paid for you."},
    {**_RESIDENT, "category": ["newborn"],
     "text": "新生儿落户取得身份证号码后，请持户口簿到窗口补录身份证号码。",
     "en": "Once the newborn's hukou is registered, bring the household book to add the ID number."},
    {"business": ["new_enrollment"], "scheme": ["employee_flexible"],
     "text": "灵活就业人员医保按月缴费，自参保次月起缴纳。",
     "en": "Flexible workers pay monthly, starting the month after enrollment."},
    {"business": ["renewal"], "scheme": ["employee_flexible"], "text": "灵活就业人员医保按月缴费。",
     "en": "Flexible workers pay monthly."},
    {**_FLEXIBLE, "text": "委托银行代扣的，税务部门每月3日至17日通过银行代扣，请保持扣款账户余额充足。",
     "en": "With bank withholding, the tax office withholds through the bank on the 3rd to 17th of each "
           "month; keep the account's balance sufficient."},
    {**_FLEXIBLE,
     "text": "当月代扣不成功的，账户余额补足后银行也不再补扣，请于当月18日至23日到扣款账户所在区的税务服务厅缴纳。",
     "en": "If a month's withholding fails, the bank does not retry once the balance is sufficient: pay at "
           "the tax service hall of the district where the account is, between the 18th and 23rd of that month."},
    {**_FLEXIBLE, "text": "长期未扣费的，请致电医保经办机构咨询。",
     "en": "If nothing has been withheld for a long time, call the medical-insurance office."},
    {**_FLEXIBLE,
     "text": "停止缴费的，统筹基金即时停止支付，个人账户自次月起封存，账户余额仍可在定点药店使用。",
     "en": "When payment stops, the pooled fund stops paying at once and the personal account is sealed "
           "from the next month; its balance can still be used at designated pharmacies."},
    {"scheme": ["employee_flexible"],
     "text": "个人账户余额查询：拨打12333，登录当地社保网站，或使用微信、支付宝城市服务。",
     "en": "Balance enquiries: the 12333 hotline, the local social-security website, or the city services "
           "in WeChat or Alipay."},
]

# the first edition's six lines, printed for everyone; a settings file still holding them
# gets the table above instead
FIRST_EDITION_GUIDANCE = [
    "灵活就业人员按月缴费，自参保次月起缴纳。",
    "银行代扣于每月3日至17日进行，请保持账户余额充足。",
    "当月代扣不成功的，银行不再补扣，请于当月18日至23日到税务服务厅缴纳。",
    "停止缴费的，自次月起封锁账户，统筹基金不再支付，仅可使用个人账户余额。",
    "余额查询：拨打12333，登录当地社保网站，或使用微信、支付宝城市服务。",
    "自2025年起，居民医保断缴后再参保设有待遇等待期（3个月，每断缴1年增加1个月），新生儿除外。",
]


@dataclass(frozen=True)
class GuidanceLine:
    text: str
    en: str = ""
    business: tuple[str, ...] = ()
    scheme: tuple[str, ...] = ()
    employment: tuple[str, ...] = ()
    category: tuple[str, ...] = ()
    when: str = ""

    def applies(self, case: GuidanceCase) -> bool:
        category = case.category
        categories = {category, "subsidised"} if PersonCategory(category) in SUBSIDISED else {category}
        if self.business and case.business not in self.business:
            return False
        if self.scheme and case.scheme not in self.scheme:
            return False
        if self.employment and case.employment not in self.employment:
            return False
        if self.category and not categories & set(self.category):
            return False
        if self.when == "waiting":
            return case.waiting_months is not None and case.waiting_months > 0
        if self.when == "no_waiting":
            return case.waiting_months == 0
        if self.when == "not_exempt":
            return not case.waiting_exempt
        return True


@dataclass(frozen=True)
class GuidanceCase:
    """The application the receipt is for."""

    business: str
    scheme: str
    employment: str = "none"
    category: str = "none"
    waiting_months: int | None = None      # None: no waiting period is concerned
    benefits_start: date | None = None
    waiting_exempt: bool = False           # newborns, subsidised groups (settings)
    collection_start: str = "09-01"        # MM-DD
    collection_end: str = "12-31"
    channels: Sequence[str] = ()


def _codes(line_no: int, key: str, value: Any, allowed: Sequence[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise ValueError(f"line {line_no}: {key} must be a list of texts / 第{line_no}条：{key} 应为文字列表")
    bad = [x for x in items if x not in allowed]
    if bad:
        raise ValueError(f"line {line_no}: {key} {bad[0]!r} is not one of {', '.join(allowed)} / "
                         f"第{line_no}条：{key} 的值 {bad[0]!r} 无效，可用：{'、'.join(allowed)}")
    return tuple(items)


def _check_text(line_no: int, key: str, text: str) -> None:
    for name in _PLACEHOLDER.findall(text):
        if name not in PLACEHOLDERS:
            raise ValueError(f"line {line_no}: {key} uses {{{name}}}; known are {', '.join(PLACEHOLDERS)} / "
                             f"第{line_no}条：{key} 中的 {{{name}}} 无法替换")


def parse_line(line_no: int, raw: Any) -> GuidanceLine:
    if isinstance(raw, str):
        raw = {"text": raw}
    if not isinstance(raw, Mapping):
        raise ValueError(f"line {line_no} must be a text or a table / 第{line_no}条应为文字或表")
    unknown = set(raw) - {"text", "en", "when", *_KEYS}
    if unknown:
        raise ValueError(f"line {line_no}: unknown key {sorted(unknown)[0]} / 第{line_no}条：未知的键 {sorted(unknown)[0]}")
    text, en, when = raw.get("text"), raw.get("en", ""), raw.get("when", "")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"line {line_no}: text is empty / 第{line_no}条：text 不能为空")
    if not isinstance(en, str) or when not in WHENS:
        raise ValueError(f"line {line_no}: en must be text, when one of waiting, no_waiting, not_exempt / "
                         f"第{line_no}条：en 应为文字，when 应为 waiting、no_waiting 或 not_exempt")
    _check_text(line_no, "text", text)
    _check_text(line_no, "en", en)
    return GuidanceLine(text.strip(), en.strip(), when=when,
                        **{key: _codes(line_no, key, raw.get(key), allowed) for key, allowed in _KEYS.items()})


def parse_lines(raw: Any) -> list[GuidanceLine]:
    """The table as typed in the settings; ValueError names the first bad line and the fix."""
    if not isinstance(raw, list):
        raise ValueError("a list of lines / 应为提示条目列表")
    return [parse_line(i, item) for i, item in enumerate(raw, 1)]


def upgrade(raw: Any) -> Any:
    """The first edition's six lines for everyone become the table; anything else is kept."""
    if raw == FIRST_EDITION_GUIDANCE:
        return [dict(line) for line in DEFAULT_GUIDANCE]
    return raw


def is_valid(raw: Any) -> bool:
    try:
        parse_lines(raw)
    except ValueError:
        return False
    return True


def _month_day(text: str, lang: str) -> str:
    mm, dd = (int(x) for x in text.split("-"))
    if lang == "en":
        return date(2024, mm, dd).strftime("%d %B").lstrip("0")
    return f"{mm}月{dd}日"


def _fill(text: str, case: GuidanceCase, lang: str) -> str:
    start = case.benefits_start
    values = {
        "collection_start": _month_day(case.collection_start, lang),
        "collection_end": _month_day(case.collection_end, lang),
        "channels": render(ENUMERATION_SEPARATOR, None, lang).join(case.channels),
        "waiting_months": str(case.waiting_months or 0),
        "benefits_start": "" if start is None else (start.isoformat() if lang == "en"
                                                    else f"{start.year}年{start.month}月{start.day}日"),
        "category": CATEGORY_LABELS[PersonCategory(case.category)][1 if lang == "en" else 0],
    }
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def select_lines(lines: Sequence[GuidanceLine], case: GuidanceCase, lang: str = "zh") -> list[str]:
    """The lines that apply to ``case``, in the table's order, placeholders filled (a line
    naming ``{channels}`` is left out when the city set none)."""
    out = []
    for line in lines:
        text = line.en if lang == "en" and line.en else line.text
        if not line.applies(case) or ("{channels}" in text and not case.channels):  # no channels set: no line
            continue
        out.append(_fill(text, case, lang))
    return out
