"""Dates as a clerk types them, with an input method's full-width digits and punctuation."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.gui.form_fields import parse_date


@pytest.mark.parametrize("typed", ["2020-01-31", "2020.1.31", "2020/01/31", "20200131", "２０２０．０１．３１",
                                   "２０２０－１－３１", "２０２０／０１／３１", "2020年1月31日", " ２０２０ 年 1 月 31 日"])
def test_a_date_typed_any_usual_way(typed: str) -> None:
    assert parse_date(typed) == date(2020, 1, 31)


@pytest.mark.parametrize("typed", ["", "2020-02-30", "31.01.2020", "２０２０．１３．０１"])
def test_not_a_date(typed: str) -> None:
    assert parse_date(typed) is None
