"""Page set-up shared by the documents: A4 and 80 mm roll, styles, marks, QR codes, and
building the PDF (page numbers, reprint mark, one lock around ReportLab).

The 80 mm roll has a 72 mm printable width; its page is exactly as long as the content
(measured before building), printed black only with type no smaller than 8 pt.
"""

from __future__ import annotations

import errno
import io
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from clerk_desk.domain.problems import LANGUAGES, RuleError, error, label
from clerk_desk.printing.fonts import font_name
from clerk_desk.printing.texts import t

PAPERS = ("A4", "80mm")
ROLL_WIDTH = 80 * mm
ROLL_PRINTABLE = 72 * mm
ROLL_MARGIN = (ROLL_WIDTH - ROLL_PRINTABLE) / 2
A4_MARGIN_X = 20 * mm
A4_MARGIN_TOP = 18 * mm
A4_MARGIN_BOTTOM = 20 * mm

GREY = colors.Color(0.45, 0.45, 0.45)
LIGHT = colors.Color(0.88, 0.88, 0.88)

Out = str | os.PathLike[str] | IO[bytes] | None

# ReportLab keeps module-level state (font subsets per document, rl_config); one document
# is built at a time.  A receipt takes milliseconds, so the counter never waits on it.
_build_lock = threading.RLock()


def check_args(lang: str, paper: str, copy_no: int) -> None:
    problems = []
    if lang not in LANGUAGES:
        problems.append(error("print.bad_language", "lang", lang=lang))
    if paper not in PAPERS:
        problems.append(error("print.bad_paper", "paper", paper=paper))
    if isinstance(copy_no, bool) or not isinstance(copy_no, int) or copy_no < 1:
        problems.append(error("print.bad_copy_no", "copy_no", copy_no=copy_no))
    if problems:
        raise RuleError(*problems)


def esc(text: Any) -> str:
    """Text made safe for Paragraph markup; line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Ctx:
    """What one document is printed with."""

    lang: str
    paper: str
    copy_no: int
    font: str
    margin_x: float = A4_MARGIN_X
    margin_top: float = A4_MARGIN_TOP

    @classmethod
    def make(cls, lang: str, paper: str, copy_no: int, font_path: str | os.PathLike[str] | None) -> Ctx:
        check_args(lang, paper, copy_no)
        return cls(lang, paper, copy_no, font_name(font_path))

    @property
    def roll(self) -> bool:
        return self.paper == "80mm"

    @property
    def width(self) -> float:
        """The width of the text frame."""
        return ROLL_PRINTABLE if self.roll else A4[0] - 2 * self.margin_x

    def t(self, code: str, **params: Any) -> str:
        return t(code, self.lang, **params)

    @cached_property
    def styles(self) -> Styles:
        return Styles(self.font, self.roll)


class Styles:
    """Paragraph styles for one font and paper; CJK wrapping keeps Latin words whole."""

    def __init__(self, font: str, roll: bool) -> None:
        k = 1.0 if not roll else 0.92
        base = ParagraphStyle("base", fontName=font, fontSize=10.5 * k, leading=15 * k, wordWrap="CJK",
                              textColor=colors.black)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=8.5 if roll else 8.5, leading=11.5)
        self.note = ParagraphStyle("note", base, fontSize=9 if roll else 9.5, leading=12.5 if roll else 13.5)
        self.label = ParagraphStyle("label", base, textColor=colors.black if roll else GREY)
        self.point = ParagraphStyle("point", base, fontSize=11 if roll else 12, leading=15 if roll else 16,
                                    alignment=TA_CENTER if roll else 0)
        self.title = ParagraphStyle("title", base, fontSize=16 if roll else 20, leading=21 if roll else 26,
                                    alignment=TA_CENTER if roll else 0, spaceBefore=2, spaceAfter=4)
        self.heading = ParagraphStyle("heading", base, fontSize=11.5 if roll else 12.5, leading=16 if roll else 18,
                                      spaceBefore=6 if roll else 9, spaceAfter=2, keepWithNext=1)
        self.big = ParagraphStyle("big", base, fontSize=22 if roll else 26, leading=28 if roll else 32)
        self.large = ParagraphStyle("large", base, fontSize=13 if roll else 14, leading=18 if roll else 19)
        self.mark = ParagraphStyle("mark", base, fontSize=13 if roll else 14, leading=18, alignment=TA_CENTER)
        self.center = ParagraphStyle("center", base, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", self.small, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", base, fontSize=9, leading=12)
        self.bullet = ParagraphStyle("bullet", base, leftIndent=14 if not roll else 11, bulletIndent=0,
                                     bulletFontName=font, spaceAfter=1)


def table(font: str, data: list[list[Any]], style: Sequence[tuple[Any, ...]] = (), **kwargs: Any) -> Table:
    """A Table whose plain-text cells (and empty ones) use ``font``: ReportLab's default
    would name unembedded Helvetica in the PDF."""
    result = Table(data, **kwargs)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *style]))
    return result


def para(text: str, style: ParagraphStyle, markup: bool = False) -> Paragraph:
    return Paragraph(text if markup else esc(text), style)


def bullets(ctx: Ctx, items: Sequence[str], numbered: bool = True) -> list[Flowable]:
    out: list[Flowable] = []
    for i, item in enumerate(items, 1):
        mark = f"{i}." if numbered else "•"
        out.append(Paragraph(esc(item), ctx.styles.bullet, bulletText=mark))
    return out


def qr_code(value: str, size: float, font: str) -> Drawing:
    """A QR code of ``value`` (error correction M), ``size`` points square, quiet zone
    included.  ``font`` is the drawing's initial font (else it names Helvetica)."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    w, h = x1 - x0, y1 - y0
    drawing = Drawing(size, size, transform=[size / w, 0, 0, size / h, -x0 * size / w, -y0 * size / h])
    drawing.initialFontName = font
    drawing.add(widget)
    return drawing


def boxed(font: str, content: Sequence[Flowable] | Flowable, width: float, border: float = 1.5,
          padding: float = 4) -> Table:
    """Content inside a black frame (used for marks that must not be missed)."""
    cells = list(content) if isinstance(content, Sequence) else [content]
    return table(font, [[cells]], colWidths=[width], style=[
        ("BOX", (0, 0), (-1, -1), border, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), padding), ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding), ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ])


def copy_banner(ctx: Ctx) -> list[Flowable]:
    """The reprint mark (``补打 第N次``) at the top of a copy; nothing on the original."""
    if ctx.copy_no <= 1:
        return []
    return [boxed(ctx.font, para(ctx.t("print.copy_mark", n=ctx.copy_no), ctx.styles.mark), ctx.width, border=2),
            Spacer(1, 3 * mm)]


def provisional_box(ctx: Ctx, year: int) -> Table:
    """The provisional mark: ``暂定`` and why (the year's holidays are not published)."""
    s = ctx.styles
    text = (f'<font size="{s.mark.fontSize}">{esc(ctx.t("print.mark", mark=ctx.t("print.provisional")))}</font> '
            + esc(ctx.t("print.provisional_note", year=year)))
    return boxed(ctx.font, Paragraph(text, s.note), ctx.width, border=1.5)


def field_table(ctx: Ctx, rows: Sequence[tuple[str, Flowable | str]], label_width: float | None = None) -> Table:
    """Label / value rows."""
    s = ctx.styles
    lw = label_width or label((22, 26) if ctx.roll else (32, 40), ctx.lang) * mm  # English labels are longer
    data = [[para(label, s.label), value if isinstance(value, Flowable) else para(value, s.body)]
            for label, value in rows]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if ctx.roll else 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if ctx.roll else 2.5),
    ]
    if not ctx.roll:
        style.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT))
    return table(ctx.font, data, style, colWidths=[lw, ctx.width - lw])


def rule(ctx: Ctx, dashed: bool = False) -> Table:
    """A horizontal line across the frame."""
    return table(ctx.font, [[""]], [("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black,
                                      None, (2, 2) if dashed else None)], colWidths=[ctx.width], rowHeights=[3])


def point_footer(ctx: Ctx, point: Any) -> list[Flowable]:
    """Address, opening hours and phone of the service point, one line each."""
    rows = []
    for code, value in (("print.address", point.address), ("print.hours", point.hours),
                        ("print.phone", point.phone)):
        if value:
            rows.append((ctx.t(code), value))
    return [field_table(ctx, rows)] if rows else []


# --- building ---------------------------------------------------------------------------

Footer = Callable[[Canvas, int, int], None]


class _NumberedCanvas(Canvas):
    """A canvas that knows the number of pages when each page's footer is drawn."""

    def __init__(self, *args: Any, footer: Footer | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            if self._footer is not None:
                self._footer(self, number, total)
            super().showPage()
        super().save()


def _measure(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, 10_000 * mm)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def build_pdf(ctx: Ctx, story: list[Flowable], out: Out, *, title: str, footer: Footer | None = None,
              subject: str = "") -> bytes:
    """Lay out ``story`` on A4 pages (with ``footer`` on each) or one roll page, and return
    the PDF; also write it to ``out`` (a path, written atomically, or a binary file)."""
    buf = io.BytesIO()
    meta = {"title": title, "author": "Clerk Desk", "creator": "Clerk Desk", "subject": subject,
            "invariant": True, "lang": ctx.t("print.lang_tag"),
            # the canvas's starting font, else every page names unembedded Helvetica
            "initialFontName": ctx.font, "initialFontSize": 10}
    with _build_lock:
        if ctx.roll:
            height = _measure(story, ROLL_PRINTABLE) + 2 * ROLL_MARGIN + 6 * mm
            doc = BaseDocTemplate(buf, pagesize=(ROLL_WIDTH, height), leftMargin=ROLL_MARGIN,
                                  rightMargin=ROLL_MARGIN, topMargin=ROLL_MARGIN, bottomMargin=ROLL_MARGIN, **meta)
            frame = Frame(ROLL_MARGIN, ROLL_MARGIN, ROLL_PRINTABLE, height - 2 * ROLL_MARGIN, id="roll",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            doc.addPageTemplates([PageTemplate("roll", [frame])])
            doc.build(story)
        else:
            doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=ctx.margin_x, rightMargin=ctx.margin_x,
                                  topMargin=ctx.margin_top, bottomMargin=A4_MARGIN_BOTTOM, **meta)
            frame = Frame(ctx.margin_x, A4_MARGIN_BOTTOM, ctx.width, A4[1] - ctx.margin_top - A4_MARGIN_BOTTOM,
                          id="a4", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            doc.addPageTemplates([PageTemplate("a4", [frame])])
            doc.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer or standard_footer(ctx)))
    data = buf.getvalue()
    write_out(data, out)
    return data


def standard_footer(ctx: Ctx, left: str = "") -> Footer:
    """Footer of A4 documents: ``left`` text, the reprint mark, and page N of M when there is
    more than one page."""

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        y = A4_MARGIN_BOTTOM - 10 * mm
        canvas.setFont(ctx.font, 8)
        canvas.setFillColor(GREY)
        if left:
            canvas.drawString(ctx.margin_x, y, left)
        if pages > 1:
            canvas.drawRightString(A4[0] - ctx.margin_x, y, ctx.t("print.page_of", page=page, pages=pages))
        if ctx.copy_no > 1:
            canvas.setFillColor(colors.black)
            canvas.setFont(ctx.font, 10)
            canvas.drawCentredString(A4[0] / 2, y, ctx.t("print.copy_mark", n=ctx.copy_no))
        canvas.restoreState()

    return draw


def write_out(data: bytes, out: Out) -> None:
    if out is None:
        return
    if hasattr(out, "write"):
        out.write(data)  # type: ignore[union-attr]
        return
    from clerk_desk.safefile import atomic_write  # temporary file, fsync, rename, 0600

    path = Path(out)  # type: ignore[arg-type]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise RuleError(error("print.disk_full", "path", path=str(path))) from exc
        raise RuleError(error("print.write_failed", "path", path=str(path), reason=exc.strerror or str(exc))) from exc
