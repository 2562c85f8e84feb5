"""领卡凭条: the card-pickup slip of a street point, on A4 or the 80 mm roll.

The QR code carries :func:`clerk_desk.domain.slipcode.encode_slip` of the application
number and the pickup code, which the counter's scanner reads back with
``decode_slip``.  A provisional ready-by date is printed with 暂定 and the reason.
"""

from __future__ import annotations

import os

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from clerk_desk.domain.slipcode import encode_slip
from clerk_desk.printing.data import SlipData
from clerk_desk.printing.layout import (
    Ctx,
    Out,
    build_pdf,
    bullets,
    copy_banner,
    field_table,
    para,
    provisional_box,
    qr_code,
    rule,
    standard_footer,
    table,
)
from clerk_desk.printing.texts import fmt_day, fmt_day_time, hours_for_day


def _ready_text(ctx: Ctx, data: SlipData) -> str:
    text = fmt_day(data.ready_by, ctx.lang)
    if data.ready_by_provisional:
        text = ctx.t("print.bracketed", text=text, note=ctx.t("print.provisional"))
    return text


def _code_block(ctx: Ctx, data: SlipData, payload: str) -> Table:
    """Pickup code and ready-by date, large, beside (A4) or above (roll) the QR code."""
    s = ctx.styles
    info = [para(ctx.t("print.slip.pickup_code"), s.label), para(data.pickup_code, s.big),
            Spacer(1, 2 * mm),
            para(ctx.t("print.ready_by"), s.label), para(_ready_text(ctx, data), s.large)]
    qr_size = 34 * mm if ctx.roll else 36 * mm
    qr = [qr_code(payload, qr_size, ctx.font), para(ctx.t("print.scan_hint"), ParagraphStyle("qrcap", s.small, alignment=TA_CENTER))]
    pads = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    if ctx.roll:
        return table(ctx.font, [[info], [qr]], [("ALIGN", (0, 1), (0, 1), "CENTER"), *pads], colWidths=[ctx.width])
    return table(ctx.font, [[info, qr]], [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *pads],
                 colWidths=[ctx.width - qr_size - 4 * mm, qr_size + 4 * mm])


def slip_story(ctx: Ctx, data: SlipData) -> list[Flowable]:
    s = ctx.styles
    payload = encode_slip(data.application_number, data.pickup_code)
    story: list[Flowable] = [*copy_banner(ctx), para(data.point.name, s.point),
                             para(ctx.t("print.slip.title"), s.title), rule(ctx), Spacer(1, 2 * mm),
                             _code_block(ctx, data, payload)]
    if data.ready_by_provisional:
        story += [Spacer(1, 3 * mm), provisional_box(ctx, data.ready_by.year), Spacer(1, 1 * mm)]
    rows: list[tuple[str, Flowable | str]] = [
        (ctx.t("print.application_number"), data.application_number),
        (ctx.t("print.insured"), data.insured.name),
        (ctx.t("print.id_number"), data.insured.id_masked),
    ]
    if data.scheme:
        rows.append((ctx.t("print.scheme"), data.scheme))
    if data.kind:
        rows.append((ctx.t("print.kind"), data.kind))
    rows.append((ctx.t("print.slip.where"), "\n".join(x for x in (data.point.name, data.point.address) if x)))
    when = ctx.t("print.slip.ready_from", date=fmt_day(data.ready_by, ctx.lang))
    if data.point.hours:
        when += "\n" + ctx.t("print.slip.day_hours", hours=hours_for_day(data.point.hours, data.ready_by, ctx.lang))
    rows.append((ctx.t("print.slip.when"), when))
    if data.point.phone:
        rows.append((ctx.t("print.phone"), data.point.phone))
    story += [Spacer(1, 2 * mm), field_table(ctx, rows)]

    who = list(data.who_may_collect) or [ctx.t("print.slip.who_default_self"), ctx.t("print.slip.who_default_agent")]
    bring = list(data.what_to_bring) or [ctx.t("print.slip.bring_default_slip"), ctx.t("print.slip.bring_default_id")]
    story += [para(ctx.t("print.slip.who"), s.heading), *bullets(ctx, who, numbered=False),
              para(ctx.t("print.slip.bring"), s.heading), *bullets(ctx, bring, numbered=False)]
    issued = ctx.t("print.labelled", label=ctx.t("print.slip.issued_at"), value=fmt_day_time(data.issued_at, ctx.lang))
    if data.clerk:
        clerk = ctx.t("print.labelled", label=ctx.t("print.clerk"), value=data.clerk)
        issued = f"{issued}\n{clerk}" if ctx.roll else ctx.t("print.slip.issued_by", issued=issued, clerk=clerk)  # the roll is narrow
    story += [Spacer(1, 3 * mm), rule(ctx, dashed=True), Spacer(1, 1 * mm), para(issued, s.small),
              para(ctx.t("print.slip.lost"), s.small)]
    return story


def render_slip(data: SlipData, *, lang: str = "zh", paper: str = "A4", copy_no: int = 1,
                font_path: str | os.PathLike[str] | None = None, out: Out = None) -> bytes:
    """The pickup slip as PDF bytes (also written to ``out`` when given).

    Raises :class:`RuleError` for a bad language, paper, copy number, font, for an
    application number or pickup code that cannot go into the QR code
    (``slipcode.*``), or when ``out`` cannot be written.
    """
    ctx = Ctx.make(lang, paper, copy_no, font_path)
    footer = standard_footer(ctx, data.point.name)
    return build_pdf(ctx, slip_story(ctx, data), out, title=f"{ctx.t('print.slip.title')} {data.application_number}",
                     footer=footer)
