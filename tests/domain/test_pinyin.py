"""Pinyin keys of names: what a clerk types with the input method off."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_desk.domain.pinyin import looks_like_pinyin, name_keys


@pytest.mark.parametrize(("name", "full", "initials"), [
    ("张三", "zhangsan", "zs"),
    ("张秀英", "zhangxiuying", "zxy"),
    ("章子怡", "zhangziyi", "zzy"),
    ("欧阳娜娜", "ouyangnana", "oynn"),
    ("吕布", "lvbu", "lb"),            # ü typed as v, as on every pinyin keyboard
    ("买买提·艾力", "maimaitiaili", "mmtal"),
    ("Smith John", "smithjohn", "sj"),
    ("  王芳 ", "wangfang", "wf"),
    ("", "", ""),
])
def test_keys_of_names(name: str, full: str, initials: str) -> None:
    assert name_keys(name) == (full, initials)


@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=6))
def test_every_han_character_gives_one_syllable(name: str) -> None:
    full, initials = name_keys(name)
    assert len(initials) == len(name)
    assert full.isascii() and full.isalpha() and full.islower()
    assert full.startswith(initials[0])


@pytest.mark.parametrize(("text", "expected"), [("zhang", True), ("ZXY", True), ("z1", False), ("张", False),
                                                ("", False), ("zhang san", False)])
def test_what_looks_like_pinyin(text: str, expected: bool) -> None:
    assert looks_like_pinyin(text) is expected
