"""``clerk-desk demo seed [--applications N] [--days D] [--seed S]``: realistic synthetic data.

On an empty data directory it first sets up a demo street service point and demo accounts
(and prints their passwords); run again it adds more applications.  Applications go
through the real use cases (rules, numbering, slips, audit) with the clock set to their
time, spread over the D days up to and including today: valid ID numbers from real
region codes, household books, about 15% proxies, some guardians for children, and
statuses by age (older ones ready or collected, a few late, returned or cancelled).
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from clerk_desk.commands.common import open_database
from clerk_desk.commands.texts import t
from clerk_desk.config import load_settings, save_settings

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "红", "玉兰", "辉", "鑫", "宇轩", "子涵", "欣怡", "浩然"]
REGIONS = ["110105", "110108", "310115", "440305", "330106", "510107", "420106", "320106", "230602", "230604",
           "370202", "120104", "500103", "610113", "210102"]
ROADS = ["幸福路", "建设街", "解放大道", "人民路", "中山路", "和平里", "光明街", "新华路"]

DEMO_ACCOUNTS = [
    ("demo_sup", "supervisor", "赵主任", "DemoSup2026"),
    ("demo_clerk1", "clerk", "王芳", "DemoClerk2026"),
    ("demo_clerk2", "clerk", "李强", "DemoClerk2026"),
]


def _id(rng: random.Random, birth: date, female: bool) -> str:
    from clerk_desk.domain.idnumber import check_character

    seq = rng.randrange(0, 500) * 2 + (0 if female else 1)
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{seq:03d}"
    return body + check_character(body)


def _card(number: str, name: str, birth: date, today: date, rng: random.Random):  # type: ignore[no-untyped-def]
    from clerk_desk.domain.application_form import IdCardInfo

    issued = today - timedelta(days=rng.randrange(30, 1500))
    if issued < birth:
        issued = birth + timedelta(days=30)
    age = issued.year - birth.year - ((issued.month, issued.day) < (birth.month, birth.day))
    if age >= 46:
        return IdCardInfo(number, name, "市公安局分局", issued, None, long_term=True)
    years = 5 if age < 16 else 10 if age <= 25 else 20
    try:
        until = issued.replace(year=issued.year + years)
    except ValueError:  # 29 February
        until = issued.replace(year=issued.year + years, day=28)
    return IdCardInfo(number, name, "市公安局分局", issued, until)


def _form(rng: random.Random, today: date):  # type: ignore[no-untyped-def]
    from clerk_desk.domain.application_form import (
        AgentInfo,
        ApplicantType,
        ApplicationForm,
        Employment,
        HukouInfo,
        Kind,
        Scheme,
    )

    child = rng.random() < 0.12
    age = rng.randrange(1, 15) if child else rng.randrange(18, 75)
    birth = today - timedelta(days=age * 365 + rng.randrange(0, 360))
    female = rng.random() < 0.5
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    number = _id(rng, birth, female)
    address = f"{rng.choice(ROADS)}{rng.randrange(1, 300)}号{rng.randrange(1, 30)}栋{rng.randrange(101, 1800)}室"
    flexible = not child and age < 55 and rng.random() < 0.3
    scheme = Scheme.EMPLOYEE_FLEXIBLE if flexible else Scheme.RESIDENT
    kind = rng.choices([Kind.NEW_ENROLLMENT, Kind.RENEWAL, Kind.CARD_REPLACEMENT], [5, 3, 2])[0]
    hukou = HukouInfo(household_no=f"{rng.randrange(10**9, 10**10)}", household_type="family", address=address,
                      page_name=name, page_id_number=number, relation_to_head="子女" if child else "户主")
    form = ApplicationForm(kind=kind, scheme=scheme, insured=_card(number, name, birth, today, rng),
                           phone=f"13{rng.randrange(10**8, 10**9)}", address=address,
                           employment=Employment.FLEXIBLE if flexible else (
                               Employment.STUDENT if child else Employment.NONE),
                           social_security_card_no="" if kind is Kind.NEW_ENROLLMENT else f"A{rng.randrange(10**7, 10**8)}",
                           hukou=hukou)
    if child or rng.random() < 0.15:
        agent_birth = today - timedelta(days=rng.randrange(25, 60) * 365)
        agent_name = name[0] + rng.choice(GIVEN) if child else rng.choice(SURNAMES) + rng.choice(GIVEN)
        agent_no = _id(rng, agent_birth, rng.random() < 0.5)
        agent = AgentInfo(card=_card(agent_no, agent_name, agent_birth, today, rng),
                          phone=f"13{rng.randrange(10**8, 10**9)}",
                          relation="parent" if child else rng.choice(["spouse", "child", "sibling", "other"]),
                          authorization_letter=True)
        form = replace(form, applicant=ApplicantType.GUARDIAN if child else ApplicantType.PROXY, agent=agent)
    return form


def _setup(settings_changed: list[str]) -> None:
    settings, _ = load_settings()
    if not settings.is_configured:
        settings.service_point.code = "S001"
        settings.service_point.name = "幸福街道医保服务点"
        settings.service_point.kind = "street"
        settings.service_point.address = "幸福路88号街道便民服务中心一楼3号窗口"
        settings.service_point.hours = "周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）"
        settings.service_point.phone = "0459-1234567"
        save_settings(settings)
        settings_changed.append("service_point")


DEMO_POINT = ("S001", "幸福街道医保服务点")


def _may_seed(args: argparse.Namespace) -> int:
    """An empty data directory: anyone (the demo point and accounts are made).  A demo one: the demo
    supervisor, signed in.  One holding a real service point or real accounts: never."""
    from clerk_desk.commands.common import sign_in
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import run

    settings, _ = load_settings()
    point = (settings.service_point.code, settings.service_point.name)
    engine = open_database()
    users = not run(engine, accounts.needs_first_run)
    demo_sup = run(engine, accounts.get_user, DEMO_ACCOUNTS[0][0]) is not None
    if (settings.is_configured and point != DEMO_POINT) or (users and not demo_sup):
        code, name = point
        print(t("cli.demo.this_data_directory_holds", code=code, name=name), file=sys.stderr)
        return 1
    if not users:
        return 0
    if (getattr(args, "user", None) or "") != DEMO_ACCOUNTS[0][0]:
        supervisor = DEMO_ACCOUNTS[0][0]
        print(t("cli.demo.demo_data_exists_seeding", supervisor=supervisor),
              file=sys.stderr)
        return 2
    return sign_in(args)


def seed(args: argparse.Namespace) -> int:
    from clerk_desk.services import clock

    if args.applications < 0 or args.days < 1:
        print(t("cli.demo.applications_must_be_and"),
              file=sys.stderr)
        return 2
    refused = _may_seed(args)
    if refused:
        return refused
    made: list[str] = []
    _setup(made)
    settings, _ = load_settings()
    engine = open_database()
    _demo_accounts(engine, made)
    _announce(settings, made)
    rng = random.Random(args.seed)
    real_now = clock.now()
    moments = sorted(
        datetime.combine(real_now.date() - timedelta(days=rng.randrange(args.days)),
                         datetime.min.time()).replace(hour=rng.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16]),
                                                      minute=rng.randrange(60), second=rng.randrange(60))
        for _ in range(args.applications))
    moments = [m for m in moments if m <= real_now.replace(tzinfo=None)] or moments
    outcomes: list[str] = []
    try:
        for moment in moments:
            outcomes.append(_one_application(engine, settings, rng, moment, real_now.date()))
    finally:
        clock.set_clock(None)
    accepted, skipped = outcomes.count("accepted"), outcomes.count("skipped")
    print(t("cli.demo.applications_accepted_skipped_over", accepted=accepted, skipped=skipped, days=args.days))
    return 0


def _demo_accounts(engine: Any, made: list[str]) -> None:
    """The demo supervisor (first-run setup) and the other demo accounts, where none exist yet."""
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(engine) as session:
        if accounts.needs_first_run(session):
            name, _, display, password = DEMO_ACCOUNTS[0]
            accounts.create_first_supervisor(session, username=name, password=password, display_name=display)
            sup = Actor(name, Role.SUPERVISOR, display)
            for name, role, display, password in DEMO_ACCOUNTS[1:]:
                accounts.create_user(session, sup, username=name, role=role, password=password, display_name=display,
                                     must_change_password=False)
            made.append("accounts")


def _announce(settings: Any, made: list[str]) -> None:
    if "service_point" in made:
        print(t("cli.demo.demo_service_point_set", code=settings.service_point.code, name=settings.service_point.name))
    if "accounts" in made:
        print(t("cli.demo.demo_accounts_username_password"))
        for name, role, display, password in DEMO_ACCOUNTS:
            print(f"  {name} / {password}  ({role}, {display})")


def _one_application(engine: Any, settings: Any, rng: random.Random, moment: datetime, today: date) -> str:
    """One synthetic application at ``moment``: "returned", or "accepted" (and perhaps cancelled, or
    later ready and collected); "skipped" when the rules refuse it, as they would at the counter."""
    from clerk_desk.domain.problems import RuleError
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.services import applications as svc
    from clerk_desk.services import clock
    from clerk_desk.services.uow import unit_of_work

    clerk = rng.choice([Actor(n, Role(r), d) for n, r, d, _ in DEMO_ACCOUNTS if r == "clerk"])
    sup = Actor(DEMO_ACCOUNTS[0][0], Role.SUPERVISOR, DEMO_ACCOUNTS[0][2])
    clock.set_clock(lambda m=moment: m)
    form = _form(rng, moment.date())
    report = svc.report_for(form, settings, moment.date())
    form = replace(form, documents={item.document: "verified" for item in report.checklist})
    try:
        with unit_of_work(engine) as session:
            if rng.random() < 0.04:
                missing = dict(form.documents)
                if missing:
                    missing[next(iter(missing))] = "missing"
                svc.return_with_notice(session, clerk, replace(form, documents=missing), settings=settings)
                return "returned"
            res = svc.accept(session, clerk, form, settings=settings, allow_provisional=True)
            if res.slip is None:
                return "accepted"
            if rng.random() < 0.02:
                svc.cancel(session, sup, res.application_id, "申请人要求撤回", settings=settings)
            elif res.slip.ready_by < today and rng.random() < 0.93:
                _ready_and_collected(session, settings, rng, form, res, (clerk, sup), (moment.date(), today))
    except RuleError:
        return "skipped"  # e.g. a generated duplicate
    return "accepted"


def _ready_and_collected(session: Any, settings: Any, rng: random.Random, form: Any, res: Any,
                         staff: tuple[Any, Any], days: tuple[date, date]) -> None:
    """The card marked ready on its ready-by day (by the supervisor); most older ones collected some
    days later (at the clerk's counter)."""
    from clerk_desk.services import applications as svc
    from clerk_desk.services import clock
    from clerk_desk.services.applications import Collector

    clerk, sup = staff
    accepted_on, today = days
    ready_at = datetime.combine(res.slip.ready_by, datetime.min.time()).replace(hour=9)
    clock.set_clock(lambda m=ready_at: m)
    svc.mark_ready(session, sup, [res.application_id], settings=settings)
    if (today - accepted_on).days > 5 and rng.random() < 0.8:
        later = min(today, res.slip.ready_by + timedelta(days=rng.randrange(0, 10)))
        taken = datetime.combine(later, datetime.min.time()).replace(hour=rng.randrange(9, 17))
        clock.set_clock(lambda m=taken: m)
        collector = Collector("insured", form.insured.id_number, valid_to=form.insured.valid_to,
                              long_term=form.insured.long_term)
        if form.agent is not None:
            collector = Collector("agent", form.agent.card.id_number, form.agent.card.name, form.agent.relation,
                                  slip_checked=True, valid_to=form.agent.card.valid_to,
                                  long_term=form.agent.card.long_term)
        svc.hand_over(session, clerk, res.application_id, collector, settings=settings)
