"""What each printout tells this person: a table of cases (business × scheme × employment ×
applicant × point kind), accepted through the services and printed, with the lines each
receipt (and slip) must and must not carry, read back from the PDF with pypdf.

The expected lines are DOMAIN.md's rules ("What the receipt tells the insured", the waiting
period, businesses that make a card) and the seeds' wording, written out here by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from clerk_desk.config import Settings
from clerk_desk.domain.application_form import (
    AgentInfo,
    ApplicantType,
    Business,
    HukouInfo,
    IdCardInfo,
    MemberSeen,
    PersonCategory,
    ReplacementReason,
    Scheme,
)
from clerk_desk.domain.eligibility import Employment
from clerk_desk.domain.problems import RuleError
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import applications as svc
from clerk_desk.services import clock
from clerk_desk.services.calendar import ensure_published_years
from clerk_desk.services.printouts import print_document
from tests.helpers.people import card, make_id, proxy_form, self_form

CLERK = Actor("wang", Role.CLERK)
IN_PERIOD = datetime(2026, 9, 30, 10, 0)   # a Wednesday in the collection period (09-01 to 12-31)
OUT_OF_PERIOD = datetime(2026, 3, 10, 10, 0)

# the seeds' and DOMAIN.md's lines, as the default settings word them
RESIDENT_YEARLY = "城乡居民医保每年缴费一次"
COLLECTION = "每年9月1日至12月31日"
CHANNELS = "缴费渠道：税务App、微信或支付宝、银行、医保经办机构窗口"
MISSED = "未在集中缴费期内缴费的"
FLEX_MONTHLY = "灵活就业人员医保按月缴费"
NEXT_MONTH = "自参保次月起缴纳"
WITHHOLDING = "每月3日至17日通过银行代扣"
FAILED = "当月18日至23日到扣款账户所在区的税务服务厅缴纳"
LONG_TIME = "长期未扣费的，请致电医保经办机构咨询"
SEALED = "统筹基金即时停止支付，个人账户自次月起封存，账户余额仍可在定点药店使用"
BALANCE = "拨打12333"
WAITING = "待遇等待期为"
COLLECT = "凭领卡凭条到本服务点领取社会保障卡"
READY = "可领卡日期"
HANDED = "社会保障卡已当场发放"
PAY_WORDS = "缴费"
SELF_SIGN, PROXY_SIGN, GUARDIAN_SIGN = "申请人签字", "代办人签字", "监护人签字"
FLEX_LINES = (FLEX_MONTHLY, WITHHOLDING, FAILED, LONG_TIME, SEALED)
RESIDENT_LINES = (RESIDENT_YEARLY, COLLECTION, CHANNELS, MISSED)
WRONG_WORDS = ("封锁", "取件码", "新参保")


@dataclass(frozen=True)
class Case:
    name: str
    business: Business
    scheme: Scheme
    employment: Employment
    applicant: ApplicantType
    point: str  # street | county
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    on: datetime = IN_PERIOD
    category: PersonCategory = PersonCategory.NONE
    gap_years: int = 0
    paid_back: int = 0
    reason: ReplacementReason | None = None
    has_card: bool = False
    slip_must: tuple[str, ...] = field(default=())


R, F = Scheme.RESIDENT, Scheme.EMPLOYEE_FLEXIBLE
EN, RN, FC, CR = Business.ENROLLMENT, Business.RENEWAL, Business.FIRST_CARD, Business.CARD_REPLACEMENT
SELF, PROXY, GUARD = ApplicantType.SELF, ApplicantType.PROXY, ApplicantType.GUARDIAN
NONE, FLEX, STUDENT = Employment.NONE, Employment.FLEXIBLE, Employment.STUDENT
READY_SAT = "2026年10月10日（星期六）"  # 3rd working day after 09-30: 10-08, 10-09 and the working Saturday

CASES = [
    Case("resident enrollment, self, street", EN, R, NONE, SELF, "street",
         (*RESIDENT_LINES, "自2027年1月1日起享受医保待遇", COLLECT, READY, READY_SAT, "本人办理", SELF_SIGN),
         (*FLEX_LINES, BALANCE, WAITING, PROXY_SIGN),
         slip_must=("领卡码", READY_SAT, "当日办公时间：9:00–12:00, 13:30–17:00（调休上班日）")),
    Case("resident enrollment, self, county", EN, R, NONE, SELF, "county",
         (*RESIDENT_LINES, HANDED, SELF_SIGN), (*FLEX_LINES, READY, COLLECT, WAITING)),
    Case("resident renewal, self, street", RN, R, NONE, SELF, "street",
         (RESIDENT_YEARLY, CHANNELS, "续保已登记", SELF_SIGN), (*FLEX_LINES, "领卡", READY, HANDED)),
    Case("resident renewal, self, county", RN, R, NONE, SELF, "county",
         (RESIDENT_YEARLY, "续保已登记"), (*FLEX_LINES, "领卡", HANDED)),
    Case("resident renewal after a 2-year gap", RN, R, NONE, SELF, "street",
         (f"{WAITING}5个月", "自2027年6月1日起享受医保待遇"), (*FLEX_LINES, "领卡"), gap_years=2),
    Case("resident enrollment outside the collection period", EN, R, NONE, SELF, "street",
         (f"{WAITING}3个月", "自2026年6月10日起享受医保待遇", MISSED, "2026年3月13日（星期五）"), FLEX_LINES,
         on=OUT_OF_PERIOD),
    Case("resident enrollment after 5 years, 3 paid back: at least 6 months", EN, R, NONE, SELF, "county",
         (f"{WAITING}6个月", "自2027年7月1日起享受医保待遇"), FLEX_LINES, gap_years=5, paid_back=3),
    Case("subsidised enrollment after a gap: exempt", EN, R, NONE, SELF, "street",
         ("资助参保对象（低保对象）", "自2027年1月1日起享受医保待遇"), (*FLEX_LINES, WAITING, MISSED),
         category=PersonCategory.MINIMUM_LIVING, gap_years=2),
    Case("student enrollment", EN, R, STUDENT, SELF, "street",
         (RESIDENT_YEARLY, COLLECT), (*FLEX_LINES, "资助参保对象", "新生儿"), category=PersonCategory.STUDENT),
    Case("resident enrollment by proxy, street", EN, R, NONE, PROXY, "street",
         (RESIDENT_YEARLY, "他人代办", "代办人：李四", "配偶", PROXY_SIGN, COLLECT), (*FLEX_LINES, SELF_SIGN, "本人办理")),
    Case("resident enrollment by proxy, county", EN, R, NONE, PROXY, "county",
         ("他人代办", PROXY_SIGN, HANDED), (*FLEX_LINES, SELF_SIGN, READY)),
    Case("child enrolled by a guardian", EN, R, STUDENT, GUARD, "street",
         ("监护人代办", "监护人：王芳", GUARDIAN_SIGN, RESIDENT_YEARLY, COLLECT),
         (*FLEX_LINES, SELF_SIGN, PROXY_SIGN, "他人代办")),
    Case("newborn enrolled by a guardian", EN, R, NONE, GUARD, "street",
         ("监护人代办", GUARDIAN_SIGN, "新生儿落户取得身份证号码后", "自2027年1月1日起享受医保待遇", COLLECT,
          "•出生医学证明•监护人有效身份证件原件"),
         (*FLEX_LINES, WAITING, MISSED, SELF_SIGN, "（未落户新生儿）"), category=PersonCategory.NEWBORN, gap_years=0,
         slip_must=("监护人王芳（受理时登记的监护人）", READY_SAT)),
    Case("flexible worker enrollment, self, street", EN, F, FLEX, SELF, "street",
         (*FLEX_LINES, NEXT_MONTH, BALANCE, COLLECT, SELF_SIGN), (*RESIDENT_LINES, WAITING)),
    Case("flexible worker enrollment by proxy, street", EN, F, FLEX, PROXY, "street",
         (*FLEX_LINES, NEXT_MONTH, "他人代办", "代办人：李四", PROXY_SIGN), (*RESIDENT_LINES, SELF_SIGN),
         slip_must=("参保人本人", "代办人李四（受理时登记的代办人）", "其他人代领须同时持参保人和代领人本人的有效身份证件")),
    Case("flexible worker enrollment, self, county", EN, F, FLEX, SELF, "county",
         (*FLEX_LINES, HANDED), (*RESIDENT_LINES, READY)),
    Case("flexible worker renewal, self, street", RN, F, FLEX, SELF, "street",
         (*FLEX_LINES, "续保已登记"), (*RESIDENT_LINES, NEXT_MONTH, "领卡", READY)),
    Case("flexible worker renewal by proxy, county", RN, F, FLEX, PROXY, "county",
         (*FLEX_LINES, PROXY_SIGN), (*RESIDENT_LINES, NEXT_MONTH, "领卡", HANDED)),
    Case("lost card replaced, self, county", CR, R, NONE, SELF, "county",
         ("补换社保卡（挂失补卡）", "原社会保障卡已挂失", HANDED, SELF_SIGN),
         (*FLEX_LINES, *RESIDENT_LINES, PAY_WORDS, WAITING), reason=ReplacementReason.LOST),
    Case("damaged card replaced by proxy, street", CR, R, NONE, PROXY, "street",
         ("补换社保卡（损坏换卡）", "损坏的原社会保障卡已收回", COLLECT, PROXY_SIGN),
         (*FLEX_LINES, *RESIDENT_LINES, PAY_WORDS), reason=ReplacementReason.DAMAGED,
         slip_must=("领卡码", READY_SAT)),
    Case("flexible worker's card replaced, street", CR, F, FLEX, SELF, "street",
         ("补换社保卡（挂失补卡）", BALANCE, COLLECT), (*FLEX_LINES, *RESIDENT_LINES, PAY_WORDS),
         reason=ReplacementReason.LOST),
    Case("first card, street", FC, R, NONE, SELF, "street",
         ("社保卡申领", COLLECT, READY_SAT), (*FLEX_LINES, *RESIDENT_LINES, PAY_WORDS)),
    Case("enrollment of someone who has a card", EN, R, NONE, SELF, "street",
         ("您已有社会保障卡，继续使用原卡", RESIDENT_YEARLY), (COLLECT, READY, "领卡凭条"), has_card=True),
]


def form_for(case: Case):  # type: ignore[no-untyped-def]
    adult, agent_birth = date(1980, 5, 17), date(1978, 3, 3)
    kw = dict(kind=case.business, scheme=case.scheme, employment=case.employment, category=case.category,
              gap_years=case.gap_years, years_paid_back=case.paid_back, replacement_reason=case.reason)
    insured = make_id(adult)
    if case.applicant is PROXY:
        form = proxy_form(insured, make_id(agent_birth, seq=31), birth=adult, agent_birth=agent_birth, **kw)
    elif case.applicant is GUARD:
        birth = date(2026, 8, 20) if case.category is PersonCategory.NEWBORN else date(2016, 3, 1)
        insured = make_id(birth, seq=7)
        parent = make_id(date(1985, 1, 9), seq=44, female=True)
        form = self_form(insured, "王小明", birth=birth, **kw)
        docs = {"insured_id_card": "verified", "household_book": "verified", "agent_id_card": "verified"}
        hukou = replace(form.hukou, members_seen=(MemberSeen("王芳", parent, "母"),))
        if case.category is PersonCategory.NEWBORN:
            hukou = HukouInfo(present=False, birth_certificate_no="Q110012345", members_seen=hukou.members_seen)
            docs = {"birth_certificate": "verified", "agent_id_card": "verified"}
            form = replace(form, insured=IdCardInfo(insured, "王小明"))
        else:
            form = replace(form, insured=card(insured, "王小明", birth=birth, issued=date(2024, 6, 1)))
        form = replace(form, applicant=GUARD, hukou=hukou, documents=docs,
                       agent=AgentInfo(card=card(parent, "王芳", birth=date(1985, 1, 9)), phone="13900000001",
                                       relation="parent"))
    else:
        form = self_form(insured, birth=adult, **kw)
    if case.category is PersonCategory.MINIMUM_LIVING:
        form = replace(form, documents={**form.documents, "minimum_living_certificate": "verified"})
    if case.category is PersonCategory.STUDENT:
        form = replace(form, documents={**form.documents, "student_certificate": "verified"})
    if case.reason is not None:  # a replacement proves the loss or hands back the damaged card (issue 11)
        proof = "loss_report" if case.reason is ReplacementReason.LOST else "damaged_card"
        form = replace(form, documents={**form.documents, proof: "verified"})
    return replace(form, social_security_card_no="110105198005170001" if case.has_card else "")


def text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


FULL_ID = re.compile(r"(?<![0-9A-Za-z*])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z*])")


def assert_no_full_id(body: str) -> None:
    for line in body.splitlines():
        assert not FULL_ID.search(line.replace(" ", "")), line


def accept(session, case: Case, tmp_path):  # type: ignore[no-untyped-def]
    ensure_published_years(session)
    clock.set_clock(lambda: case.on)
    settings = Settings()
    settings.service_point.code, settings.service_point.name = "S001", "幸福街道医保服务点"
    settings.service_point.kind = case.point
    res = svc.accept(session, CLERK, form_for(case), settings=settings)
    session.commit()
    return settings, res


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_printout_case(db_session, tmp_path, case: Case) -> None:  # type: ignore[no-untyped-def]
    settings, res = accept(db_session, case, tmp_path)
    receipt = print_document(db_session, CLERK, res.application_id, "receipt", settings=settings,
                             out=tmp_path / "receipt.pdf")
    body = text(receipt.path)
    assert_no_full_id(body)
    joined = flat(body)
    for line in case.must:
        assert flat(line) in joined, f"{case.name}: missing {line!r}"
    for line in (*case.must_not, *WRONG_WORDS):
        assert flat(line) not in joined, f"{case.name}: should not say {line!r}"
    assert receipt.copy_no == 1 and "补打" not in joined
    makes_card_here = case.point == "street" and case.business is not RN and not case.has_card
    if makes_card_here:
        slip = print_document(db_session, CLERK, res.application_id, "slip", settings=settings,
                              out=tmp_path / "slip.pdf")
        slip_text = text(slip.path)
        assert_no_full_id(slip_text)
        for line in case.slip_must:
            assert flat(line) in flat(slip_text), f"{case.name} slip: missing {line!r}"
    else:  # a renewal, a county centre or a person keeping their card: no slip at all
        with pytest.raises(RuleError):
            print_document(db_session, CLERK, res.application_id, "slip", settings=settings,
                           out=tmp_path / "slip.pdf")


def test_the_table_covers_the_combinations() -> None:
    assert len(CASES) >= 20
    assert {c.business for c in CASES} == set(Business)
    assert {(c.scheme, c.point, c.applicant) for c in CASES} >= {
        (R, "street", SELF), (R, "county", SELF), (R, "street", PROXY), (R, "street", GUARD), (F, "street", PROXY),
        (F, "county", SELF)}
