"""Printouts read for what they say: no full ID number anywhere, the 80 mm slip says what the
A4 slip says, the weekday and that day's hours beside the ready-by date, signatures by who
applied, the report's labels and signature lines."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from clerk_desk.domain.problems import Problem
from clerk_desk.printing import (
    ApplicantInfo,
    PersonRef,
    render_daily_report,
    render_notice,
    render_receipt,
    render_slip,
)
from clerk_desk.printing import samples as S
from tests.printing.pdfutil import flat, text_of

FULL_ID = re.compile(r"(?<![0-9A-Za-z*])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z*])")
LEAKY_15 = "110105491231002"  # a first-generation number
LEAKY_18 = S.INSURED_ID


def leaky_documents():  # type: ignore[no-untyped-def]
    """Every document, with full ID numbers pushed into every field that takes text."""
    person = PersonRef("张秀英", LEAKY_18)
    agent = ApplicantInfo("proxy", name="李建国", id_masked=S.AGENT_ID, relation="配偶")
    problem = Problem(code="household.id_mismatch", field="hukou.page_id_number",
                      params={"page": LEAKY_18, "card": S.AGENT_ID})
    yield "receipt", render_receipt, replace(S.receipt(), insured=person, applicant=agent,
                                             next_steps=(f"旧证 {LEAKY_15} 已注销",), guidance=(f"核对 {LEAKY_18}",))
    yield "slip", render_slip, replace(S.slip(), insured=person, who_may_collect=(f"代领人 {S.AGENT_ID}",))
    yield "notice", render_notice, replace(S.notice(), insured=person, missing=(problem, f"户口簿 {LEAKY_18}"),
                                           notes=(f"身份证 {LEAKY_15}",))
    yield "report", render_daily_report, S.daily_report(30)


@pytest.mark.parametrize("paper", ["A4", "80mm"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_printout_carries_a_full_id_number(paper: str, lang: str) -> None:
    for name, render, data in leaky_documents():
        text = text_of(render(data, paper=paper, lang=lang))
        for line in text.splitlines():
            assert not FULL_ID.search(line.replace(" ", "")), f"{name}: {line}"
        assert "110105********002X" in text or name == "report", name


def test_the_80mm_slip_says_what_the_a4_slip_says() -> None:
    data = replace(S.slip(), ready_by=date(2026, 10, 10))  # a working Saturday (调休)
    a4, roll = flat(text_of(render_slip(data))), flat(text_of(render_slip(data, paper="80mm")))
    content = ("领卡凭条", "领卡码", data.pickup_code, "可领卡日期", "2026年10月10日（星期六）", data.application_number,
               data.insured.name, data.insured.id_masked, data.scheme, data.kind, S.POINT.name, S.POINT.address,
               "2026年10月10日（星期六）起可领取", "当日办公时间：9:00–12:00,13:30–17:00（调休上班日）", S.POINT.phone,
               "参保人本人", "他人代领须同时持参保人和代领人的有效身份证件", "本凭条", "领取人本人有效身份证件原件",
               "开具时间：2025年12月29日（星期一）10:43", "经办人：王芳", "凭条遗失的")
    for item in content:
        assert flat(item) in a4, item
        assert flat(item) in roll, item
    for text in (a4, roll):
        assert "取件码" not in text and "周一至周五" not in text.split("当日办公时间")[1]


def test_weekday_hours_for_an_ordinary_day() -> None:
    text = flat(text_of(render_slip(S.slip(), lang="en")))  # 2026-01-05, a Monday
    assert "2026-01-05(Mon)" in text and "Openinghoursthatday:9:00–12:00,13:30–17:00" in text
    assert "weekendworkingday" not in text


@pytest.mark.parametrize("kind,sign,not_sign", [("self", "申请人签字", "代办人签字"), ("proxy", "代办人签字", "申请人签字"),
                                                ("guardian", "监护人签字", "申请人签字")])
@pytest.mark.parametrize("paper", ["A4", "80mm"])
def test_receipt_signature_by_who_applied(kind: str, sign: str, not_sign: str, paper: str) -> None:
    applicant = ApplicantInfo() if kind == "self" else ApplicantInfo(kind, name="李建国", id_masked="110105********0036")
    text = flat(text_of(render_receipt(replace(S.receipt(), applicant=applicant), paper=paper)))
    assert sign in text and not_sign not in text


def test_report_signature_lines_and_status_as_printed() -> None:
    data = S.daily_report(20)
    text = flat(text_of(render_daily_report(data)))
    assert "经办人（签字）：" in text and "负责人（签字）：" in text
    assert "当日领卡" in text and "当前状态（截至17:35）" in text and "按状态" not in text
    en = flat(text_of(render_daily_report(data, lang="en")))
    assert "Cardscollectedthatday" in en and "Statusnow(asof17:35)" in en and "Supervisor(signature)" in en


@pytest.mark.parametrize("hours,day,expected", [
    ("周一至周五 9:00–12:00, 13:30–17:00", date(2026, 10, 9), "9:00–12:00, 13:30–17:00"),
    ("周一至周五 9:00–12:00, 13:30–17:00", date(2026, 10, 10), "9:00–12:00, 13:30–17:00（调休上班日）"),
    ("星期一到星期五：8:30-17:00", date(2026, 9, 28), "8:30-17:00"),
    ("周一-周五 8:30-17:00", date(2026, 10, 11), "8:30-17:00（调休上班日）"),
    ("工作日 8:30-17:00", date(2026, 10, 10), "工作日 8:30-17:00"),  # no weekday range: printed as set
])
def test_hours_for_the_day(hours: str, day: date, expected: str) -> None:
    from clerk_desk.printing.texts import hours_for_day

    assert hours_for_day(hours, day, "zh") == expected
