"""受理回执: the acceptance receipt, on A4 or the 80 mm roll.

Services pass a :class:`~clerk_desk.printing.data.ReceiptData` (masked ID numbers,
translated labels, ``settings.receipt.guidance`` as ``guidance``) and get the PDF bytes.
The QR code holds the application number as plain text.
"""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from clerk_desk.printing.data import ReceiptData
from clerk_desk.printing.layout import (
    Ctx,
    Out,
    build_pdf,
    bullets,
    copy_banner,
    field_table,
    para,
    point_footer,
    provisional_box,
    qr_code,
    rule,
    standard_footer,
    table,
)
from clerk_desk.printing.texts import fmt_day, fmt_day_time


def _applicant_lines(ctx: Ctx, data: ReceiptData) -> str:
    a = data.applicant
    text = ctx.t(f"print.receipt.{a.kind}")
    if a.kind != "self":
        role = ctx.t(f"print.receipt.agent_role_{a.kind}")
        phone = ctx.t("print.comma") + a.phone_masked if a.phone_masked else ""
        details = ctx.t("print.receipt.agent", role=role, name=a.name, id=a.id_masked, relation=a.relation or "-",
                        phone=phone)
        text = f"{text}\n{details}"
    return text


def _header(ctx: Ctx, data: ReceiptData) -> list[Flowable]:
    s = ctx.styles
    if ctx.roll:
        return [para(data.point.name, s.point), para(ctx.t("print.receipt.title"), s.title), rule(ctx)]
    qr_size = 28 * mm
    left = [para(data.point.name, s.point), para(ctx.t("print.receipt.title"), s.title)]
    head = table(ctx.font, [[left, qr_code(data.application_number, qr_size, ctx.font)]],
                 [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)],
                 colWidths=[ctx.width - qr_size, qr_size])
    return [head, rule(ctx)]


def receipt_story(ctx: Ctx, data: ReceiptData) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [*copy_banner(ctx), *_header(ctx, data), Spacer(1, 2 * mm)]
    rows: list[tuple[str, Flowable | str]] = [
        (ctx.t("print.application_number"), para(data.application_number, s.large)),
        (ctx.t("print.receipt.accepted_at"), fmt_day_time(data.accepted_at, ctx.lang)),
        (ctx.t("print.clerk"), data.clerk),
        (ctx.t("print.insured"), data.insured.name),
        (ctx.t("print.id_number"), data.insured.id_masked),
        (ctx.t("print.scheme"), data.scheme),
        (ctx.t("print.kind"), data.kind),
        (ctx.t("print.receipt.applicant"), _applicant_lines(ctx, data)),
    ]
    if data.ready_by is not None:
        ready = fmt_day(data.ready_by, ctx.lang)
        if data.ready_by_provisional:
            ready = ctx.t("print.bracketed", text=ready, note=ctx.t("print.provisional"))
        rows.append((ctx.t("print.ready_by"), para(ready, s.large)))
    story.append(field_table(ctx, rows))
    if data.ready_by is not None and data.ready_by_provisional:
        story += [Spacer(1, 2 * mm), provisional_box(ctx, data.ready_by.year)]

    story.append(para(ctx.t("print.receipt.documents"), s.heading))
    docs = list(data.documents_checked) or [ctx.t("print.receipt.none")]
    story += bullets(ctx, docs, numbered=False)
    if data.next_steps:
        story.append(para(ctx.t("print.receipt.next_steps"), s.heading))
        story += bullets(ctx, data.next_steps)
    if data.guidance:
        story.append(para(ctx.t("print.receipt.guidance"), s.heading))
        story += [para(f"{i}. {text}", s.note) for i, text in enumerate(data.guidance, 1)]
    story += [Spacer(1, 3 * mm), rule(ctx), Spacer(1, 1 * mm), *point_footer(ctx, data.point)]
    signature = para(ctx.t(f"print.receipt.signature_{data.applicant.kind}") + "_" * (16 if ctx.roll else 24), s.body)
    if ctx.roll:
        story += [Spacer(1, 3 * mm), _centered_qr(ctx, data.application_number, 32 * mm), Spacer(1, 6 * mm),
                  signature]
    else:
        story += [Spacer(1, 10 * mm), signature]
    story += [Spacer(1, 2 * mm), para(ctx.t("print.receipt.keep"), s.small)]
    return story


def _centered_qr(ctx: Ctx, value: str, size: float) -> Table:
    return table(ctx.font, [[qr_code(value, size, ctx.font)]],
                 [("ALIGN", (0, 0), (-1, -1), "CENTER"),
                  ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)],
                 colWidths=[ctx.width])


def render_receipt(data: ReceiptData, *, lang: str = "zh", paper: str = "A4", copy_no: int = 1,
                   font_path: str | os.PathLike[str] | None = None, out: Out = None) -> bytes:
    """The acceptance receipt as PDF bytes (also written to ``out`` when given).

    ``copy_no`` > 1 prints the reprint mark.  Raises :class:`RuleError` for a bad
    language, paper, copy number or font, or when ``out`` cannot be written.
    """
    ctx = Ctx.make(lang, paper, copy_no, font_path)
    footer = standard_footer(ctx, ctx.t("print.spaced", first=data.point.name,
                                           second=f"{ctx.t('print.application_number')} {data.application_number}"))
    return build_pdf(ctx, receipt_story(ctx, data), out, title=f"{ctx.t('print.receipt.title')} {data.application_number}",
                     footer=footer)
