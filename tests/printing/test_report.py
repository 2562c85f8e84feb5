"""The daily report: PDF (pages, marks, totals, lists, chart) and CSV (BOM, parses, same figures)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import datetime

import pytest

from clerk_desk.printing import (
    Cancellation,
    DailyReportData,
    ReportApplication,
    daily_report_csv,
    daily_report_rows,
    render_daily_report,
)
from clerk_desk.printing import samples as S
from tests.printing.pdfutil import (
    A4_WIDTH_PT,
    assert_fonts_embedded,
    figure_above,
    flat,
    page_texts,
    page_widths,
    placed_texts,
    text_of,
)


@pytest.fixture(scope="module")
def data() -> DailyReportData:
    return S.daily_report(150)


@pytest.fixture(scope="module")
def pdf(data: DailyReportData) -> bytes:
    return render_daily_report(data, copy_no=2)


def test_every_page_has_number_printer_state_and_copy_mark(pdf: bytes) -> None:
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for n, page in enumerate(pages, 1):
        assert f"第 {n} 页 / 共 {len(pages)} 页" in page
        assert "打印人：林霞" in page and "2025年12月29日 17:35" in page
        assert "已日结" in page
        assert "补打 第2次" in page
    assert all(w == pytest.approx(A4_WIDTH_PT, abs=0.05) for w in page_widths(pdf))
    assert_fonts_embedded(pdf)


def test_totals_and_lists(data: DailyReportData, pdf: bytes) -> None:
    text = flat(text_of(pdf))
    assert "已日结（林霞，2025年12月29日17:30）" in text
    placed = placed_texts(pdf)
    summary = {label: figure_above(placed, label) for label in ("受理", "开具凭条", "制卡完成", "当日领卡", "一次性告知", "撤销")}
    # each figure in the cell above its own label; accepted counted from the application rows
    assert summary == {"受理": str(len(data.applications)), "开具凭条": str(data.slips_issued),
                       "制卡完成": str(data.cards_ready), "当日领卡": str(data.cards_collected),
                       "一次性告知": str(data.returned), "撤销": str(data.cancelled)}
    for title, counts in (("按险种", data.by_scheme), ("按业务类型", data.by_kind), ("按办理方式", data.by_applicant),
                          ("按经办人", data.by_clerk), ("当前状态（截至17:35）", data.by_status)):
        block = flat("".join(f"{label}{n}" for label, n in counts.items()))
        assert f"{title}件数{block}合计{sum(counts.values())}" in text, title
    for row in (*data.late, *data.uncollected, *data.cancellations):
        assert row.application_number in text and row.id_masked in text
    assert flat(data.cancellations[0].reason) in text
    assert "逾期未制卡（1）" in text and "久未领取（1）" in text and "撤销记录（1）" in text
    assert f"受理明细（{len(data.applications)}）" in text


def test_every_application_row_is_printed_whole(data: DailyReportData, pdf: bytes) -> None:
    text = " ".join(text_of(pdf).split())
    for row in data.applications:
        line = (f"{row.accepted_at:%H:%M} {row.application_number} {row.insured_name} {row.id_masked} "
                f"{row.scheme} {row.kind} {row.applicant} {row.clerk} {row.status} {row.ready_by}")
        assert line in text, line
    assert "…" not in text  # nothing cut with the sample's labels


def test_chart(data: DailyReportData, pdf: bytes) -> None:
    text = text_of(pdf)
    assert "各时段受理件数" in text
    for hour in range(8, 18):
        assert f"{hour}时" in text
    by_hour = data.by_hour()
    assert sum(by_hour.values()) == len(data.applications)
    page_one = page_texts(pdf)[0]
    bars = page_one[page_one.rindex("合计"):page_one.index("8时")]  # bar labels sit between the totals and the axis
    labels = [int(x) for x in re.findall(r"\d+", bars)][1:]
    assert labels == [n for _, n in sorted(by_hour.items()) if n]


def test_masked_ids_only() -> None:
    full = "230604198507150036"
    row = ReportApplication("A-1", datetime(2025, 12, 29, 9, 0), "甲", full, "s", "k", "本人", "c", "已受理")
    cancel = Cancellation("A-2", "乙", full, datetime(2025, 12, 29, 10, 0), "林霞", "重复")
    data = replace(S.daily_report(3), applications=(row,), cancellations=(cancel,))
    for payload in (text_of(render_daily_report(data)), daily_report_csv(data).decode("utf-8-sig")):
        assert full not in flat(payload)
        assert "230604********0036" in payload


def test_open_day_english_and_roll_setting() -> None:
    data = S.daily_report(10, closed=False)
    pdf = render_daily_report(data, lang="en", paper="80mm")
    assert all(w == pytest.approx(A4_WIDTH_PT, abs=0.05) for w in page_widths(pdf))
    pages = page_texts(pdf)
    for n, page in enumerate(pages, 1):
        assert "Not closed" in page and f"Page {n} of {len(pages)}" in page
        assert "Closed" not in page.replace("Not closed", "")
        assert "Reprint" not in page


def test_empty_day() -> None:
    data = DailyReportData(point=S.POINT, day=datetime(2025, 12, 28).date(), printed_by="林霞",
                           printed_at=datetime(2025, 12, 28, 17, 0))
    pdf = render_daily_report(data)
    text = text_of(pdf)
    assert "各时段受理件数" not in text  # no chart without applications
    assert text.count("（无）") >= 4
    assert "未日结" in text
    rows = list(csv.reader(io.StringIO(daily_report_csv(data).decode("utf-8-sig"))))
    assert ["当日概况", "受理", "0"] in rows


# --- CSV -----------------------------------------------------------------------------


def test_csv_has_bom_and_parses(data: DailyReportData) -> None:
    payload = daily_report_csv(data)
    assert payload.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in payload
    rows = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"), newline="")))
    assert rows == daily_report_rows(data)
    assert ["日期", "2025-12-29"] in rows
    assert rows[4] == ["日结状态", "已日结（林霞，2025年12月29日 17:30）"]
    assert ["当日概况", "受理", str(data.accepted)] in rows
    for label, n in data.by_clerk.items():
        assert ["按经办人", label, str(n)] in rows
    for hour, n in data.by_hour().items():
        assert ["各时段受理件数", f"{hour}时", str(n)] in rows
    start = rows.index(["受理明细"])
    header = rows[start + 1]
    body = rows[start + 2:]
    assert header[:4] == ["时间", "受理编号", "姓名", "身份证号码"]
    assert len(body) == len(data.applications)
    assert [r[1] for r in body] == [a.application_number for a in data.applications]
    assert all(re.fullmatch(r"\d{6}\*{8}[\dX]{4}", r[3]) for r in body)


def test_csv_same_figures_in_english(data: DailyReportData) -> None:
    rows = list(csv.reader(io.StringIO(daily_report_csv(data, lang="en").decode("utf-8-sig"))))
    assert ["The day at a glance", "Cards collected that day", str(data.cards_collected)] in rows
    assert ["Late cards"] in rows and ["Applications"] in rows


def test_csv_cells_cannot_become_formulas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    cancel = Cancellation("A-2", "=HYPERLINK(\"x\")", "230604********0036", datetime(2025, 12, 29, 10, 0),
                          "@林霞", "-1+1")
    data = replace(S.daily_report(2), cancellations=(cancel,))
    target = tmp_path / "report.csv"
    payload = daily_report_csv(data, out=target)
    assert target.read_bytes() == payload
    rows = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"))))
    row = next(r for r in rows if r and r[0] == "A-2")
    assert row[1] == "'=HYPERLINK(\"x\")" and row[4] == "'@林霞" and row[5] == "'-1+1"
    assert ["当日概况", "撤销", "1"] in rows  # numbers are left alone


def test_reportlab_runs_with_its_c_speed_ups() -> None:
    """reportlab[accel]: without rl_accel ReportLab falls back to pure Python without a word, and a
    busy day's report (5,000 rows) takes twice as long (benchmarks/RESULTS.md)."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
