"""业务日报: the supervisor's daily report of one service point, as an A4 PDF.

Services build a :class:`~clerk_desk.printing.data.DailyReportData` (see its docstring
for what each field counts) and call :func:`render_daily_report`; the same figures as CSV
come from :func:`clerk_desk.printing.report_csv.daily_report_csv`.

Every page carries the point, the day, the 已日结 / 未日结 mark, the reprint mark of a
copy, who printed it and when, and 第 N 页 / 共 M 页.  The report is always A4 (portrait);
``paper="80mm"`` is accepted (it is the counter's setting for receipts) and laid out on
A4 too.  Thousands of application rows are fine: rows are plain strings in fixed-height
tables, cut to their column with an ellipsis.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from clerk_desk.printing.data import DailyReportData
from clerk_desk.printing.layout import (
    A4_MARGIN_BOTTOM,
    GREY,
    LIGHT,
    Ctx,
    Out,
    build_pdf,
    check_args,
    esc,
    para,
)
from clerk_desk.printing.texts import fmt_date, fmt_datetime, fmt_short_date, fmt_time

MARGIN_X = 14 * mm
MARGIN_TOP = 24 * mm
ROW_HEIGHT = 11.5
TABLE_FONT_SIZE = 7.5
CHUNK = 120  # rows per table: keeps splitting cheap with thousands of rows


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def _fit(text: str, width: float, font: str, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``width``."""
    if _width(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _column_widths(total: float, header: Sequence[str], rows: Sequence[Sequence[str]], flex: Sequence[int],
                   font: str, size: float, pad: float) -> list[float]:
    """Column widths: the others as wide as their widest cell (numbers, ID numbers, dates are
    never cut); the ``flex`` columns (names, labels, reasons) share what is left in
    proportion to their widest cell."""
    natural = [_width(str(h), font, size) + 2 * pad + 1 for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            w = _width(str(cell), font, size) + 2 * pad + 1
            if w > natural[i]:
                natural[i] = w
    fixed = sum(w for i, w in enumerate(natural) if i not in flex)
    left = total - fixed
    if left <= 0:  # cannot happen with sane data; share everything
        return [w * total / sum(natural) for w in natural]
    if sum(natural[i] for i in flex) <= left:  # everything fits: widen all columns alike
        scale = total / sum(natural)
        return [w * scale for w in natural]
    # water-filling: narrow flexible columns get their width, wide ones share the rest
    widths = list(natural)
    pending = sorted(flex, key=lambda i: natural[i])
    while pending:
        share = left / len(pending)
        i = pending[0]
        if natural[i] <= share:
            left -= natural[i]
            pending.pop(0)
            continue
        for j in pending:
            widths[j] = share
        break
    return widths


def _grid(ctx: Ctx, header: Sequence[str], rows: Sequence[Sequence[str]], flex: Sequence[int],
          right: Sequence[int] = ()) -> list[Flowable]:
    """Tables of plain-text one-line rows with a repeated header, in chunks; flexible columns
    are cut with an ellipsis when the page is too narrow."""
    pad = 2.5
    widths = _column_widths(ctx.width, header, rows, flex, ctx.font, TABLE_FONT_SIZE, pad)
    fitted = [[_fit(str(c), w - 2 * pad, ctx.font, TABLE_FONT_SIZE) if i in flex else str(c)
               for i, (c, w) in enumerate(zip(r, widths, strict=True))] for r in rows]
    header = [_fit(h, w - 2 * pad, ctx.font, TABLE_FONT_SIZE) for h, w in zip(header, widths, strict=True)]
    out: list[Flowable] = []
    style = [
        ("FONTNAME", (0, 0), (-1, -1), ctx.font), ("FONTSIZE", (0, 0), (-1, -1), TABLE_FONT_SIZE),
        ("LEADING", (0, 0), (-1, -1), TABLE_FONT_SIZE + 2),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
        *[("ALIGN", (i, 0), (i, -1), "RIGHT") for i in right],
    ]
    for start in range(0, max(len(fitted), 1), CHUNK):
        chunk = fitted[start:start + CHUNK]
        data = [list(header), *chunk]
        table = Table(data, colWidths=widths, rowHeights=[ROW_HEIGHT] * len(data), repeatRows=1)
        table.setStyle(TableStyle(style))
        out.append(table)
    return out


def _section(ctx: Ctx, title: str, count: int | None = None) -> Flowable:
    text = title if count is None else ctx.t("print.bracketed", text=title, note=count)
    return Paragraph(esc(text), ParagraphStyle("section", ctx.styles.heading, keepWithNext=1))


def _summary(ctx: Ctx, data: DailyReportData) -> Table:
    s = ctx.styles
    items = [("print.report.accepted", data.accepted), ("print.report.slips_issued", data.slips_issued),
             ("print.report.cards_ready", data.cards_ready), ("print.report.cards_collected", data.cards_collected),
             ("print.report.returned", data.returned), ("print.report.cancelled", data.cancelled)]
    number = ParagraphStyle("number", s.big, alignment=TA_CENTER, fontSize=20, leading=24)
    labels = [para(ctx.t(code), s.center) for code, _ in items]
    values = [para(str(value), number) for _, value in items]
    table = Table([values, labels], colWidths=[ctx.width / len(items)] * len(items))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), ctx.font), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.25, LIGHT),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]))
    return table


def _totals_table(ctx: Ctx, title: str, counts: Mapping[str, int], width: float) -> Table:
    s = ctx.styles
    cell = s.cell
    rows = [[para(title, cell), para(ctx.t("print.report.count"), cell)]]
    rows += [[para(label, cell), str(n)] for label, n in counts.items()]
    if not counts:
        rows.append([para(ctx.t("print.report.none"), cell), ""])
    rows.append([para(ctx.t("print.report.total"), cell), str(sum(counts.values()))])
    table = Table(rows, colWidths=[width * 0.72, width * 0.28])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), ctx.font), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _totals(ctx: Ctx, data: DailyReportData) -> Table:
    groups = [("print.report.by_scheme", data.by_scheme), ("print.report.by_kind", data.by_kind),
              ("print.report.by_applicant", data.by_applicant), ("print.report.by_clerk", data.by_clerk),
              ("print.report.by_status", data.by_status), ("print.report.by_category", data.by_category)]
    gap = 5 * mm
    col = (ctx.width - 2 * gap) / 3
    when = fmt_time(data.printed_at) if data.printed_at.date() == data.day else fmt_datetime(data.printed_at, ctx.lang)
    tables: list[Any] = [_totals_table(ctx, ctx.t(code, when=when), counts, col)
                         if counts or code != "print.report.by_category" else "" for code, counts in groups]
    rows = [[tables[0], "", tables[1], "", tables[2]], [tables[3], "", tables[4], "", tables[5]]]
    grid = Table(rows, colWidths=[col, gap, col, gap, col])
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), ctx.font), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return grid


def _chart(ctx: Ctx, data: DailyReportData) -> Drawing | None:
    by_hour = data.by_hour()
    if not by_hour:
        return None
    hours = list(range(min(min(by_hour), 8), max(max(by_hour), 17) + 1))
    values = [by_hour.get(h, 0) for h in hours]
    width, height = ctx.width, 62 * mm
    drawing = Drawing(width, height, initialFontName=ctx.font)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 40, height - 38
    chart.data = [values]
    chart.categoryAxis.categoryNames = [ctx.t("print.report.hour", h=h) for h in hours]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = ctx.font, 8
    chart.valueAxis.valueMin = 0
    top = max(values)
    step = max(1, -(-top // 5))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * (-(-top // step) + (1 if top % step == 0 else 0))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LIGHT
    chart.bars[0].fillColor = colors.Color(0.3, 0.3, 0.3)
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: f"{v:.0f}" if v else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = ctx.font, 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(28, height - 10, ctx.t("print.report.chart"), fontName=ctx.font, fontSize=10))
    return drawing


def _lists(ctx: Ctx, data: DailyReportData) -> list[Flowable]:
    col = lambda code: ctx.t(f"print.report.col.{code}")  # noqa: E731
    number, name, idn = ctx.t("print.application_number"), col("name"), col("id")
    story: list[Flowable] = []

    def listing(title_code: str, header: list[str], rows: list[list[str]], flex: Sequence[int],
                right: Sequence[int] = ()) -> None:
        story.append(_section(ctx, ctx.t(title_code), len(rows)))
        if rows:
            story.extend(_grid(ctx, header, rows, flex, right))
        else:
            story.append(para(ctx.t("print.report.none"), ctx.styles.small))

    lang = ctx.lang
    listing("print.report.late", [col("no"), number, name, idn, col("accepted_on"), ctx.t("print.ready_by"),
                                  col("days_late"), col("status")],
            [[str(i), r.application_number, r.insured_name, r.id_masked, fmt_short_date(r.accepted_on, lang),
              fmt_short_date(r.ready_by, lang), str(r.days_late), r.status] for i, r in enumerate(data.late, 1)],
            flex=(2, 7), right=(0, 6))
    listing("print.report.uncollected", [col("no"), number, name, idn, col("ready_on"), col("days_waiting"),
                                         col("phone")],
            [[str(i), r.application_number, r.insured_name, r.id_masked, fmt_short_date(r.ready_on, lang),
              str(r.days_waiting), r.phone_masked] for i, r in enumerate(data.uncollected, 1)],
            flex=(2,), right=(0, 5))
    story.append(_section(ctx, ctx.t("print.report.cancellations"), len(data.cancellations)))
    if data.cancellations:
        cell = ctx.styles.cell
        header = [col("no"), number, name, idn, col("cancelled_at"), col("cancelled_by"), col("reason")]
        plain = [[str(i), r.application_number, r.insured_name, r.id_masked,
                  fmt_time(r.cancelled_at) if r.cancelled_at.date() == data.day
                  else fmt_datetime(r.cancelled_at, "en"), r.cancelled_by, r.reason]
                 for i, r in enumerate(data.cancellations, 1)]
        widths = _column_widths(ctx.width, header, plain, (2, 5, 6), ctx.font, cell.fontSize, 2.5)
        rows = [[para(h, cell) for h in header]]
        rows += [[*r[:5], para(r[5], cell), para(r[6], cell)] for r in plain]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), ctx.font), ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ]))
        story.append(table)
    else:
        story.append(para(ctx.t("print.report.none"), ctx.styles.small))

    provisional = ctx.t("print.provisional")
    apps = [[fmt_time(r.accepted_at), r.application_number, r.insured_name, r.id_masked, r.scheme, r.kind,
             r.applicant, r.clerk, r.status,
             fmt_short_date(r.ready_by, lang) + (f" {provisional}" if r.ready_by_provisional else "")]
            for r in data.applications]
    listing("print.report.applications", [col("time"), number, name, idn, ctx.t("print.scheme"),
                                          ctx.t("print.kind"), col("applicant"), ctx.t("print.clerk"),
                                          col("status"), ctx.t("print.ready_by")],
            apps, flex=(2, 4, 5, 6, 7, 8))
    return story


def report_story(ctx: Ctx, data: DailyReportData) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [
        para(ctx.t("print.report.title"), s.title),
        para(ctx.t("print.report.subtitle", point=data.point.name, day=fmt_date(data.day, ctx.lang)), s.point),
        para(_state_text(ctx, data), s.body), Spacer(1, 3 * mm),
        _section(ctx, ctx.t("print.report.summary")), _summary(ctx, data), Spacer(1, 4 * mm), _totals(ctx, data),
    ]
    chart = _chart(ctx, data)
    if chart is not None:
        story += [Spacer(1, 2 * mm), chart]
    story += _lists(ctx, data)
    story += [Spacer(1, 10 * mm), _signatures(ctx)]
    return story


def _signatures(ctx: Ctx) -> Table:
    """经办人 and 负责人 sign the printed report."""
    line = "_" * 14
    cells = [para(ctx.t("print.report.sign_clerk") + line, ctx.styles.body),
             para(ctx.t("print.report.sign_supervisor") + line, ctx.styles.body),
             para(ctx.t("print.report.sign_date") + line, ctx.styles.body)]
    table = Table([cells], colWidths=[ctx.width * 0.36, ctx.width * 0.36, ctx.width * 0.28])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), ctx.font), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _state_text(ctx: Ctx, data: DailyReportData) -> str:
    if not data.closed:
        return ctx.t("print.report.open")
    if data.closed_at is None:
        return ctx.t("print.report.closed")
    return ctx.t("print.report.closed_detail", who=data.closed_by or "-", when=fmt_datetime(data.closed_at, ctx.lang))


def _page_decor(ctx: Ctx, data: DailyReportData):  # type: ignore[no-untyped-def]
    width, height = A4
    title = ctx.t("print.spaced", first=ctx.t("print.report.title"),
                  second=ctx.t("print.spaced", first=data.point.name, second=fmt_date(data.day, ctx.lang)))
    printed = ctx.t("print.printed_by", who=data.printed_by, when=fmt_datetime(data.printed_at, ctx.lang))
    stamp = ctx.t("print.report.closed") if data.closed else ctx.t("print.report.open")

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        top = height - 12 * mm
        canvas.setFont(ctx.font, 9)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN_X, top, title)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 3 * mm, width - MARGIN_X, top - 3 * mm)
        # the day's state, boxed at the top right of every page
        canvas.setFillColor(colors.black)
        canvas.setStrokeColor(colors.black)
        canvas.setFont(ctx.font, 11)
        sw = stringWidth(stamp, ctx.font, 11)
        canvas.setLineWidth(1.2 if data.closed else 0.6)
        canvas.rect(width - MARGIN_X - sw - 6 * mm, top - 1.5 * mm, sw + 6 * mm, 6.5 * mm, stroke=1, fill=0)
        canvas.drawString(width - MARGIN_X - sw - 3 * mm, top, stamp)
        if ctx.copy_no > 1:
            mark = ctx.t("print.copy_mark", n=ctx.copy_no)
            mw = stringWidth(mark, ctx.font, 11)
            x = width - MARGIN_X - sw - 12 * mm - mw
            canvas.rect(x - 3 * mm, top - 1.5 * mm, mw + 6 * mm, 6.5 * mm, stroke=1, fill=0)
            canvas.drawString(x, top, mark)
        y = A4_MARGIN_BOTTOM - 10 * mm
        canvas.setFont(ctx.font, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN_X, y, printed)
        canvas.drawRightString(width - MARGIN_X, y, ctx.t("print.page_of", page=page, pages=pages))
        canvas.restoreState()

    return draw


def render_daily_report(data: DailyReportData, *, lang: str = "zh", paper: str = "A4", copy_no: int = 1,
                        font_path: str | os.PathLike[str] | None = None, out: Out = None) -> bytes:
    """The daily report as PDF bytes (also written to ``out`` when given); always A4."""
    check_args(lang, paper, copy_no)
    base = Ctx.make(lang, "A4", copy_no, font_path)
    ctx = Ctx(base.lang, "A4", base.copy_no, base.font, margin_x=MARGIN_X, margin_top=MARGIN_TOP)
    title = f"{ctx.t('print.report.title')} {data.point.name} {data.day.isoformat()}"
    return build_pdf(ctx, report_story(ctx, data), out, title=title, footer=_page_decor(ctx, data))
