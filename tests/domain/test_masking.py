"""Masking of ID numbers, phone numbers and addresses (PIPL)."""

from __future__ import annotations

import pytest

from clerk_desk.domain.masking import (
    is_masked,
    looks_like_full_id,
    mask_address,
    mask_id,
    mask_ids_in_text,
    mask_phone,
)


@pytest.mark.parametrize(("raw", "masked"), [
    ("11010519491231002X", "110105********002X"),
    ("11010519491231002x", "110105********002X"),
    (" 1101 0519 4912 3100 2X ", "110105********002X"),
    ("１１０１０５１９４９１２３１００２Ｘ", "110105********002X"),  # full-width, as typed with an IME on
    ("110105491231002", "110105*****1002"),  # first-generation, 15 digits
    ("830000199001011234", "830000********1234"),  # Taiwan residents' permit
    ("E12345678", "*******78"),  # a passport: only the last quarter stays
    ("", ""),
])
def test_mask_id(raw: str, masked: str) -> None:
    assert mask_id(raw) == masked


def test_mask_id_is_idempotent_and_keeps_length() -> None:
    once = mask_id("230604198507150036")
    assert mask_id(once) == once
    assert len(once) == 18 and once.count("*") == 8
    assert is_masked(once)


@pytest.mark.parametrize(("raw", "masked"), [
    ("13812345678", "138****5678"),
    ("138 1234 5678", "138 **** 5678"),
    ("+86 138 1234 5678", "+86 138 **** 5678"),
    ("0459-4612345", "0459-***2345"),
    ("0451-87654321", "0451-****4321"),
    ("87654321", "****4321"),
    ("12345", "***45"),
    ("", ""),
    ("138****5678", "138****5678"),
])
def test_mask_phone(raw: str, masked: str) -> None:
    assert mask_phone(raw) == masked


@pytest.mark.parametrize(("raw", "masked"), [
    ("黑龙江省大庆市让胡路区西宾路12号3单元", "黑龙江省大庆市让胡路区****"),
    ("北京市朝阳区建国路88号", "北京市朝阳区****"),
    ("河北省张家口市张北县城关镇人民街1号", "河北省张家口市张北县****"),
    ("新疆维吾尔自治区乌鲁木齐市天山区解放南路5号", "新疆维吾尔自治区乌鲁木齐市****"),
    ("内蒙古自治区呼伦贝尔市新巴尔虎左旗阿木古郎镇", "内蒙古自治区呼伦贝尔市****"),
    ("大庆市龙凤路3号", "大庆市****"),
    ("幸福大街一百号院五号楼", "幸福大街一百****"),
    ("幸福大街", "幸福****"),
    ("朝阳区", "朝阳区"),
    ("", ""),
])
def test_mask_address(raw: str, masked: str) -> None:
    assert mask_address(raw) == masked
    assert mask_address(masked) == masked


def test_masked_values_hide_the_private_part() -> None:
    assert "19491231" not in mask_id("11010519491231002X")
    assert "1234" not in mask_phone("13812345678")
    assert "西宾路" not in mask_address("黑龙江省大庆市让胡路区西宾路12号")


def test_looks_like_full_id() -> None:
    assert looks_like_full_id("11010519491231002X")
    assert looks_like_full_id("身份证 11010519491231002x 号")
    assert looks_like_full_id("110105491231002")
    assert not looks_like_full_id("110105********002X")
    assert not looks_like_full_id("RHL-XB-20251229-0007")
    assert not looks_like_full_id("1101051949123100212345")  # longer numbers are not IDs


@pytest.mark.parametrize(("text", "masked"), [
    ("id 11010519491231002x.", "id 110105********002X."),        # the one masker's rule: 6 + 4, X upper-case
    ("旧号110105491231002已升级", "旧号110105*****1002已升级"),      # 15 characters: 6 + 4 as well
    ("甲 11010519491231002X，乙 110105491231002", "甲 110105********002X，乙 110105*****1002"),
    ("电话 13812345678", "电话 13812345678"),                      # a phone number is not an ID number
    ("A-20261127-0001", "A-20261127-0001"),                      # nor an application number
    ("卡号 6222021234567890123", "卡号 6222021234567890123"),      # nor 18 digits inside a longer number
    ("110105********002X", "110105********002X"),                # masked already
])
def test_ids_inside_text_are_masked_and_nothing_else(text: str, masked: str) -> None:
    assert mask_ids_in_text(text) == masked
