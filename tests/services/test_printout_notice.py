"""The one-time notice written for the citizen, and the daily report's labels, from the services."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from pypdf import PdfReader

from clerk_desk.config import Settings
from clerk_desk.domain.application_form import AgentInfo
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import applications as svc
from clerk_desk.services import clock
from clerk_desk.services.calendar import ensure_published_years
from clerk_desk.services.printouts import daily_report, print_document
from tests.helpers.people import card, make_id, proxy_form
from tests.services.test_printout_cases import assert_no_full_id, flat

CLERK = Actor("wang", Role.CLERK)
SUP = Actor("zhao", Role.SUPERVISOR)


def text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def settings() -> Settings:
    s = Settings()
    s.service_point.code, s.service_point.name = "S001", "幸福街道医保服务点"
    return s


def test_notice_lists_each_document_once_for_the_citizen(db_session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The issue's notice: field checks, a full ID number, the letter twice, an undated agent's card."""
    ensure_published_years(db_session)
    clock.set_clock(lambda: datetime(2026, 9, 30, 10, 0))
    insured, agent, other = make_id(date(1980, 5, 17)), make_id(date(1978, 3, 3), seq=31), make_id(date(1990, 1, 1), seq=5)
    form = proxy_form(insured, agent, birth=date(1980, 5, 17), agent_birth=date(1978, 3, 3))
    form = replace(form,
                   hukou=replace(form.hukou, household_no="", address="", page_id_number=other),
                   agent=AgentInfo(card=card(agent, "李四", birth=date(1978, 3, 3), issued=date(2005, 1, 1)),
                                   phone="13900000000", relation="other", authorization_letter=False),
                   documents={k: v for k, v in form.documents.items() if k != "authorisation_letter"})
    res = svc.return_with_notice(db_session, CLERK, form, settings=settings())
    db_session.commit()
    printed = print_document(db_session, CLERK, res.application_id, "notice", settings=settings(),
                             out=tmp_path / "n.pdf")
    body = text(printed.path)
    joined = flat(body)
    assert_no_full_id(body)
    for full in (insured, agent, other):
        assert full not in joined
    for line in ("户口簿原件（含户主页和本人页）（本人页的身份证号码与身份证不一致）",
                 "代办人有效身份证件原件（已于2025年1月1日过期，请携带有效证件）",
                 "参保人签字的授权委托书（未提供）", "代办人签收"):
        assert flat(line) in joined, line
    assert joined.count("委托书") == 1
    for wrong in ("请填写", "户号", "户籍地址", "2025-01-01", "证件已于", "申请人签收"):
        assert wrong not in joined, wrong
    assert re.search(r"\d{4}-\d{2}-\d{2}", body) is None  # Chinese dates only


def test_daily_report_labels_do_not_contradict(db_session, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ensure_published_years(db_session)
    s = settings()
    s.service_point.kind = "county"  # collected on the spot: 已领卡 now, and collected that day
    clock.set_clock(lambda: datetime(2026, 9, 30, 10, 0))
    for seq, proxy in ((1, False), (2, True)):
        insured, agent = make_id(date(1980, 5, 17), seq=seq), make_id(date(1978, 3, 3), seq=30 + seq)
        form = proxy_form(insured, agent, birth=date(1980, 5, 17), agent_birth=date(1978, 3, 3))
        if not proxy:
            form = replace(form, applicant=type(form.applicant)("self"), agent=None)
        svc.accept(db_session, CLERK, form, settings=s)
    db_session.commit()
    clock.set_clock(lambda: datetime(2026, 9, 30, 17, 35))
    pdf, _ = daily_report(db_session, SUP, point_code="S001", day=date(2026, 9, 30), settings=s,
                          pdf=tmp_path / "d.pdf")
    body = text(tmp_path / "d.pdf")
    joined = flat(body)
    assert_no_full_id(body)
    assert "当日领卡" in joined and "当前状态（截至17:35）" in joined
    assert "他人代办" in joined and "代办" not in joined.replace("他人代办", "").replace("监护人代办", "")
    assert "经办人（签字）" in joined and "负责人（签字）" in joined
    assert "按状态" not in joined
