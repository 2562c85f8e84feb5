"""Fixed example documents: for print previews (the settings dialog), the tests' reference
texts and the benchmarks.  Invented people; ID numbers are well-formed but fictitious."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from clerk_desk.domain.idnumber import check_character
from clerk_desk.domain.masking import mask_id, mask_phone
from clerk_desk.domain.receipt_guidance import DEFAULT_GUIDANCE, GuidanceCase, parse_lines, select_lines
from clerk_desk.printing.data import (
    ApplicantInfo,
    Cancellation,
    DailyReportData,
    LateCard,
    NoticeData,
    PersonRef,
    ReceiptData,
    ReportApplication,
    ServicePointInfo,
    SlipData,
    UncollectedCard,
)

FLEXIBLE_ENROLLMENT = GuidanceCase(business="new_enrollment", scheme="employee_flexible", employment="flexible")


def guidance(case: GuidanceCase = FLEXIBLE_ENROLLMENT, lang: str = "zh") -> tuple[str, ...]:
    """The default 温馨提示 of ``case`` (a flexible worker's enrollment by default)."""
    return tuple(select_lines(parse_lines(DEFAULT_GUIDANCE), case, lang))


GUIDANCE = guidance()

POINT = ServicePointInfo(
    name="让胡路区西宾街道医保服务点", address="黑龙江省大庆市让胡路区西宾路88号便民服务中心一楼",
    hours="周一至周五 9:00–12:00, 13:30–17:00", phone="0459-4612345", code="RHL-XB")

INSURED_ID = "11010519491231002X"
AGENT_ID = "230604198507150036"


def id_number(region: str, born: date, seq: int) -> str:
    """A well-formed 18-character ID number (ISO 7064 MOD 11-2 check character)."""
    body = f"{region}{born:%Y%m%d}{seq % 1000:03d}"
    return body + check_character(body)


def receipt(*, provisional: bool = False, proxy: bool = True, lang: str = "zh") -> ReceiptData:
    applicant = (ApplicantInfo("proxy", name="李建国", id_masked=mask_id(AGENT_ID), relation="配偶",
                               phone_masked=mask_phone("13812345678")) if proxy else ApplicantInfo())
    documents = ("居民身份证（参保人）", "居民身份证（代办人）", "户口簿", "授权委托书") if proxy else (
        "居民身份证（参保人）", "户口簿")
    en = lang == "en"
    return ReceiptData(
        point=POINT, application_number="RHL-XB-20251229-0007", accepted_at=datetime(2025, 12, 29, 10, 42),
        clerk="王芳", insured=PersonRef("张秀英", mask_id(INSURED_ID)),
        scheme="Employee basic medical insurance (flexible worker)" if en else "城镇职工基本医疗保险（灵活就业）",
        kind="enrollment" if en else "参保登记", applicant=applicant,
        documents_checked=(("the insured's valid ID card", "household-registration book") if en else documents),
        next_steps=(("Collect the card here from the ready-by date with the pickup slip.",) if en else
                    ("请凭领卡凭条于可领卡日期起到本服务点领取社会保障卡。",)),
        guidance=guidance(lang=lang), ready_by=date(2026, 1, 5) if not provisional else date(2027, 1, 5),
        ready_by_provisional=provisional)


def slip(*, provisional: bool = False) -> SlipData:
    return SlipData(
        point=POINT, application_number="RHL-XB-20251229-0007", pickup_code="K7Q4M2",
        insured=PersonRef("张秀英", mask_id(INSURED_ID)),
        ready_by=date(2027, 1, 5) if provisional else date(2026, 1, 5),
        issued_at=datetime(2025, 12, 29, 10, 43), clerk="王芳", ready_by_provisional=provisional,
        scheme="城镇职工基本医疗保险（灵活就业）", kind="参保登记")


def notice() -> NoticeData:
    return NoticeData(
        point=POINT, insured=PersonRef("赵子涵", mask_id(id_number("230604", date(2012, 5, 3), 122))),
        scheme="城乡居民基本医疗保险", kind="参保登记",
        missing=("户口簿原件（含户主页和本人页）（未提供）", "监护人有效身份证件原件（已于2025年10月8日过期，请携带有效证件）",
                 "监护关系证明（户口簿、出生医学证明或监护证明）（未提供）", "本地有效居住证（未提供）"),
        issued_at=datetime(2025, 12, 29, 14, 5), clerk="王芳",
        notes=("未满16周岁的参保人须由监护人代为办理。",), applicant_kind="guardian")


CLERKS = ("王芳", "刘洋", "陈静", "杨磊")
SCHEMES = ("城镇职工基本医疗保险", "城乡居民基本医疗保险")
KINDS = ("参保登记", "续保", "补换社保卡")
APPLICANTS = ("本人办理", "他人代办", "监护人代办")
STATUSES = ("已受理", "已制卡", "已领卡", "已撤销")
NAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林高罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰涛明超兰霞平刚桂"


def daily_report(applications: int = 40, *, seed: int = 7, closed: bool = True) -> DailyReportData:
    """A day of ``applications`` invented applications with all totals consistent."""
    rng = random.Random(seed)
    day = date(2025, 12, 29)
    rows = []
    for i in range(applications):
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 25000))
        accepted = datetime.combine(day, datetime.min.time()) + timedelta(
            hours=rng.choice((9, 9, 10, 10, 10, 11, 11, 13, 14, 14, 15, 15, 16)), minutes=rng.randrange(60))
        scheme = rng.choice(SCHEMES)
        status = rng.choices(STATUSES, weights=(70, 15, 10, 5))[0]
        rows.append(ReportApplication(
            application_number=f"RHL-XB-20251229-{i + 1:04d}", accepted_at=accepted,
            insured_name=rng.choice(NAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))),
            id_masked=mask_id(id_number("230604", born, rng.randrange(1000))), scheme=scheme,
            kind=rng.choice(KINDS), applicant=rng.choices(APPLICANTS, weights=(75, 20, 5))[0],
            clerk=rng.choice(CLERKS), status=status, ready_by=date(2026, 1, 5),
            ready_by_provisional=False))
    rows.sort(key=lambda r: r.accepted_at)

    def count(attr: str, order: tuple[str, ...]) -> dict[str, int]:
        counts = {k: 0 for k in order}
        for r in rows:
            counts[getattr(r, attr)] += 1
        return {k: v for k, v in counts.items() if v}

    late = (LateCard("RHL-XB-20251219-0003", "周桂兰", mask_id(id_number("230604", date(1961, 3, 9), 44)),
                     date(2025, 12, 19), date(2025, 12, 24), 3, "已受理"),)
    uncollected = (UncollectedCard("RHL-XB-20251120-0012", "孙明", mask_id(id_number("230604", date(1990, 7, 1), 13)),
                                   date(2025, 11, 25), 34, mask_phone("13945678901")),)
    cancellations = (Cancellation("RHL-XB-20251229-0002", "马超", mask_id(id_number("230604", date(1979, 2, 2), 57)),
                                  datetime(2025, 12, 29, 15, 20), "负责人 林霞",
                                  "参保人已在单位参加职工医保，重复参保，本人申请撤销。"),)
    by_status = count("status", STATUSES)
    return DailyReportData(
        point=POINT, day=day, printed_by="林霞", printed_at=datetime(2025, 12, 29, 17, 35),
        accepted=len(rows), slips_issued=by_status.get("已受理", 0) + 3, cards_ready=by_status.get("已制卡", 0) + 5,
        cards_collected=by_status.get("已领卡", 0) + 4, returned=2, cancelled=len(cancellations),
        by_scheme=count("scheme", SCHEMES), by_kind=count("kind", KINDS), by_applicant=count("applicant", APPLICANTS),
        by_clerk=count("clerk", CLERKS), by_status=by_status, applications=rows, late=late, uncollected=uncollected,
        cancellations=cancellations, closed=closed, closed_at=datetime(2025, 12, 29, 17, 30) if closed else None,
        closed_by="林霞" if closed else "")
