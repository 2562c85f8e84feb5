"""The holidays the law fixes, computed with lunar-python, against the State Council's published
schedules (the chinese-calendar package) and a literal table."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_desk.domain.statutory_holidays import statutory_holidays


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_statutory_day_is_off_in_the_published_notice(year) -> None:  # type: ignore[no-untyped-def]
    days = statutory_holidays(year)
    assert len(days) == 13          # 元旦1 春节4 清明1 劳动节2 端午1 中秋1 国庆3 (2025 revision)
    for d in days:
        assert chinese_calendar.is_holiday(d), d


@pytest.mark.parametrize("year", range(2014, 2025))
def test_before_the_revision_eleven_days(year) -> None:  # type: ignore[no-untyped-def]
    days = statutory_holidays(year)
    assert len(days) in (10, 11)     # 中秋 falls on 国庆 some years (e.g. 2020)
    for d in days:
        assert chinese_calendar.is_holiday(d), d


# 2027, written from the Chinese calendar: 春节 6 Feb (除夕 5 Feb), 清明 5 Apr, 端午 9 Jun, 中秋 15 Sep
LITERAL_2027 = {date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7), date(2027, 2, 8),
                date(2027, 4, 5), date(2027, 5, 1), date(2027, 5, 2), date(2027, 6, 9), date(2027, 9, 15),
                date(2027, 10, 1), date(2027, 10, 2), date(2027, 10, 3)}


def test_2027_literal() -> None:
    assert statutory_holidays(2027) == LITERAL_2027


@given(st.integers(2025, 2099))
def test_shape_of_any_year(year: int) -> None:
    days = statutory_holidays(year)
    assert {date(year, 1, 1), date(year, 5, 1), date(year, 5, 2), date(year, 10, 1)} <= days
    assert all(d.year == year for d in days)
    spring = sorted(d for d in days if d.month in (1, 2) and d != date(year, 1, 1))
    assert len(spring) == 4 and spring[-1] - spring[0] == timedelta(days=3)
    assert 12 <= len(days) <= 13    # 中秋 may fall on 1–3 October
