"""一次性告知书: the missing-documents notice, listing in one go everything the person
still has to bring for this kind of application, with the point's address and hours."""

from __future__ import annotations

import os

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from clerk_desk.domain.masking import mask_ids_in_text
from clerk_desk.domain.problems import Problem
from clerk_desk.printing.data import NoticeData
from clerk_desk.printing.layout import (
    Ctx,
    Out,
    build_pdf,
    bullets,
    copy_banner,
    para,
    point_footer,
    rule,
    standard_footer,
)
from clerk_desk.printing.texts import fmt_datetime


def _item_text(item: str | Problem, lang: str) -> str:
    return mask_ids_in_text(item.message(lang)) if isinstance(item, Problem) else str(item)


def notice_story(ctx: Ctx, data: NoticeData) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [*copy_banner(ctx), para(data.point.name, s.point),
                             para(ctx.t("print.notice.title"), s.title), rule(ctx), Spacer(1, 3 * mm)]
    story.append(para(ctx.t("print.notice.intro", name=data.insured.name, id=data.insured.id_masked,
                            scheme=data.scheme, kind=data.kind), s.body))
    story.append(para(ctx.t("print.notice.missing"), s.heading))
    story += bullets(ctx, [_item_text(m, ctx.lang) for m in data.missing])
    if data.notes:
        story.append(para(ctx.t("print.notice.notes"), s.heading))
        story += bullets(ctx, data.notes, numbered=False)
    story.append(para(ctx.t("print.notice.come_back"), s.heading))
    story += point_footer(ctx, data.point)
    story += [Spacer(1, 4 * mm), rule(ctx, dashed=True), Spacer(1, 1 * mm)]
    issued = ctx.t("print.notice.issued", when=fmt_datetime(data.issued_at, ctx.lang), clerk=data.clerk or "-")
    story.append(para(issued, s.small))
    if data.application_number:
        story.append(para(ctx.t("print.labelled", label=ctx.t("print.application_number"), value=data.application_number),
                          s.small))
    story += [Spacer(1, 6 * mm if ctx.roll else 10 * mm), para(ctx.t(f"print.notice.signature_{data.applicant_kind}") + "_" * 16, s.body)]
    return story


def render_notice(data: NoticeData, *, lang: str = "zh", paper: str = "A4", copy_no: int = 1,
                  font_path: str | os.PathLike[str] | None = None, out: Out = None) -> bytes:
    """The missing-documents notice as PDF bytes (also written to ``out`` when given)."""
    ctx = Ctx.make(lang, paper, copy_no, font_path)
    return build_pdf(ctx, notice_story(ctx, data), out, title=ctx.t("print.notice.title"),
                     footer=standard_footer(ctx, data.point.name))
