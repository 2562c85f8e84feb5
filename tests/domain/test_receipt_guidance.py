"""The receipt's 温馨提示 chosen by rule (DOMAIN.md "What the receipt tells the insured")."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_desk.config import settings_from_dict
from clerk_desk.domain.receipt_guidance import (
    BUSINESSES,
    CATEGORIES,
    DEFAULT_GUIDANCE,
    EMPLOYMENTS,
    FIRST_EDITION_GUIDANCE,
    SCHEMES,
    GuidanceCase,
    parse_lines,
    select_lines,
)

LINES = parse_lines(DEFAULT_GUIDANCE)


def lines(**kw) -> list[str]:  # type: ignore[no-untyped-def]
    return select_lines(LINES, GuidanceCase(**kw), "zh")


cases = st.builds(GuidanceCase, business=st.sampled_from(BUSINESSES), scheme=st.sampled_from(SCHEMES),
                  employment=st.sampled_from(EMPLOYMENTS),
                  category=st.sampled_from([c for c in CATEGORIES if c != "subsidised"]),
                  waiting_months=st.one_of(st.none(), st.integers(0, 12)), benefits_start=st.just(date(2027, 1, 1)),
                  waiting_exempt=st.booleans(), channels=st.just(["税务App"]))


@given(cases)
def test_nobody_is_told_what_does_not_apply(case: GuidanceCase) -> None:
    text = "".join(select_lines(LINES, case, "zh"))
    if case.scheme == "resident":  # residents pay yearly: no monthly payments, withholding, sealed account
        for word in ("灵活就业", "按月", "代扣", "封存", "12333"):
            assert word not in text
    else:
        assert "每年缴费一次" not in text and "待遇等待期" not in text
    if case.business in ("first_card", "card_replacement"):  # a card business is not told about premiums
        assert "缴费" not in text and "代扣" not in text
    if case.waiting_months:
        assert f"待遇等待期为{case.waiting_months}个月" in text or case.scheme != "resident" \
            or case.business not in ("new_enrollment", "renewal")
    else:
        assert "待遇等待期为" not in text
    assert "{" not in text and "封锁" not in text


@pytest.mark.parametrize("business,scheme,employment,category,wait,expected", [
    ("new_enrollment", "resident", "none", "none", 0,
     ["城乡居民医保每年缴费一次，在集中缴费期（每年9月1日至12月31日）缴纳下一年度的费用。", "缴费渠道：税务App、银行。",
      "未在集中缴费期内缴费的，参保后须经过待遇等待期方可享受医保待遇。", "自2027年1月1日起享受医保待遇。"]),
    ("renewal", "resident", "none", "none", 5,
     ["城乡居民医保每年缴费一次，在集中缴费期（每年9月1日至12月31日）缴纳下一年度的费用。", "缴费渠道：税务App、银行。",
      "未在集中缴费期内缴费的，参保后须经过待遇等待期方可享受医保待遇。",
      "本次参保的待遇等待期为5个月，自2027年1月1日起享受医保待遇。"]),
    ("card_replacement", "resident", "none", "none", None, []),
    ("renewal", "employee_flexible", "flexible", "none", None,
     ["灵活就业人员医保按月缴费。", "委托银行代扣的，税务部门每月3日至17日通过银行代扣，请保持扣款账户余额充足。",
      "当月代扣不成功的，账户余额补足后银行也不再补扣，请于当月18日至23日到扣款账户所在区的税务服务厅缴纳。",
      "长期未扣费的，请致电医保经办机构咨询。",
      "停止缴费的，统筹基金即时停止支付，个人账户自次月起封存，账户余额仍可在定点药店使用。",
      "个人账户余额查询：拨打12333，登录当地社保网站，或使用微信、支付宝城市服务。"]),
    ("card_replacement", "employee_flexible", "flexible", "none", None,
     ["个人账户余额查询：拨打12333，登录当地社保网站，或使用微信、支付宝城市服务。"]),
])
def test_default_lines(business, scheme, employment, category, wait, expected) -> None:  # type: ignore[no-untyped-def]
    got = lines(business=business, scheme=scheme, employment=employment, category=category, waiting_months=wait,
                benefits_start=date(2027, 1, 1), channels=["税务App", "银行"])
    assert got == expected


def test_english_lines_and_city_collection_period() -> None:
    case = GuidanceCase(business="new_enrollment", scheme="resident", waiting_months=3,
                        benefits_start=date(2026, 6, 10), collection_start="10-01", collection_end="02-28")
    en = select_lines(LINES, case, "en")
    assert en[0] == "Residents pay once a year for the next year, in the collection period (1 October to 28 February each year)."
    assert "Your waiting period is 3 months; benefits start on 2026-06-10." in en
    assert "（每年10月1日至2月28日）" in select_lines(LINES, case, "zh")[0]


@pytest.mark.parametrize("raw,message", [
    ([{"en": "x"}], "line 1: text is empty"),
    ([{"text": "x", "scheme": ["employee"]}], "line 1: scheme 'employee' is not one of"),
    (["ok", {"text": "x", "colour": "red"}], "line 2: unknown key colour"),
    ([{"text": "等待 {months} 个月"}], "line 1: text uses {months}"),
    ([{"text": "x", "when": "always"}], "line 1: en must be text, when one of"),
    ("one line", "a list of lines"),
])
def test_bad_tables_are_refused_with_the_line_and_the_fix(raw, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace("{", r"\{")):
        parse_lines(raw)


def test_settings_keep_the_default_table_when_a_line_is_bad() -> None:
    settings, problems = settings_from_dict({"receipt": {"guidance": [{"text": "x", "business": ["lunch"]}]}})
    assert settings.receipt.guidance == DEFAULT_GUIDANCE
    assert [p.field for p in problems] == ["receipt.guidance"]
    assert "receipt.guidance" in problems[0].message("en") and "[[receipt.guidance]]" in problems[0].message("en")


def test_the_first_editions_six_lines_become_the_table() -> None:
    settings, problems = settings_from_dict({"receipt": {"guidance": list(FIRST_EDITION_GUIDANCE)}})
    assert problems == [] and settings.receipt.guidance == DEFAULT_GUIDANCE
    custom, problems = settings_from_dict({"receipt": {"guidance": ["本点电话 0459-1234567"]}})
    assert problems == [] and custom.receipt.guidance == ["本点电话 0459-1234567"]  # a plain line: every receipt
    assert select_lines(parse_lines(custom.receipt.guidance), GuidanceCase("renewal", "resident")) == [
        "本点电话 0459-1234567"]


def test_the_table_survives_saving_and_loading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import Settings, load_settings, save_settings

    settings = Settings()
    settings.receipt.guidance = [*DEFAULT_GUIDANCE[:2], {"text": "本点电话 0459-1234567", "category": ["subsidised"]}]
    path = save_settings(settings, tmp_path / "settings.toml")
    loaded, problems = load_settings(path)
    assert problems == [] and loaded.receipt.guidance == settings.receipt.guidance


def test_no_channels_no_channels_line() -> None:
    got = lines(business="renewal", scheme="resident", channels=[])
    assert got and not any("缴费渠道" in x for x in got)
