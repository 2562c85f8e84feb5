"""The statutory holidays the law fixes without the yearly notice (DOMAIN.md "Pickup slips").

《全国年节及纪念日放假办法》 as revised for 2025: 元旦 1 January; 春节 除夕 to 正月初三; 清明 on
the solar term; 劳动节 1–2 May; 端午 (五月初五); 中秋 (八月十五); 国庆 1–3 October (before 2025:
春节 初一 to 初三, 劳动节 1 May). The lunar
dates and the solar term come from a maintained calendar library (lunar-python), not a table
of our own. A provisional ready-by date (a year whose notice is not imported) counts Monday to
Friday and skips these days; the notice adds bridges and 调休 working weekends later.

Public API::

    statutory_holidays(year) -> frozenset[date]
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lunar_python import Lunar

REVISED_2025 = 2025   # before: 春节 初一 to 初三 and 劳动节 1 May only (the 2013 text)


def _solar(lunar: Lunar) -> date:
    s = lunar.getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


@lru_cache(maxsize=64)
def statutory_holidays(year: int) -> frozenset[date]:
    from lunar_python import Lunar  # only for a provisional date: not while the database opens

    new_year = _solar(Lunar.fromYmd(year, 1, 1))           # 正月初一
    first = -1 if year >= REVISED_2025 else 0
    spring = {new_year + timedelta(days=d) for d in range(first, 3)}   # (除夕) 初一 .. 初三
    may = {date(year, 5, 1), date(year, 5, 2)} if year >= REVISED_2025 else {date(year, 5, 1)}
    qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable()["清明"]
    days = {
        date(year, 1, 1),
        *spring,
        date(qingming.getYear(), qingming.getMonth(), qingming.getDay()),
        *may,
        _solar(Lunar.fromYmd(year, 5, 5)),                 # 端午
        _solar(Lunar.fromYmd(year, 8, 15)),                # 中秋
        date(year, 10, 1), date(year, 10, 2), date(year, 10, 3),
    }
    return frozenset(d for d in days if d.year == year)
