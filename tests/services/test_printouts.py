"""Documents of an application filled from the database: masked, labelled, logged and audited."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlmodel import select

from clerk_desk.config import Settings
from clerk_desk.domain.roles import Actor, Role
from clerk_desk.services import applications as svc
from clerk_desk.services import clock
from clerk_desk.services.calendar import ensure_published_years
from clerk_desk.services.permissions import PermissionDenied
from clerk_desk.services.printouts import print_document
from clerk_desk.store.models import AuditEvent, PrintLog
from tests.helpers.people import make_id, proxy_form

CLERK = Actor("wang", Role.CLERK)
SUP = Actor("zhao", Role.SUPERVISOR)


def text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


@pytest.fixture
def accepted(db_session):  # type: ignore[no-untyped-def]
    ensure_published_years(db_session)
    clock.set_clock(lambda: datetime(2026, 12, 30, 10, 0))  # the window runs into 2027: provisional
    s = Settings()
    s.service_point.code, s.service_point.name = "S001", "幸福街道医保服务点"
    insured, agent = make_id(date(1980, 5, 17)), make_id(date(1978, 3, 3), seq=31)
    res = svc.accept(db_session, CLERK, proxy_form(insured, agent, birth=date(1980, 5, 17),
                                                   agent_birth=date(1978, 3, 3)), settings=s, allow_provisional=True)
    db_session.commit()
    return db_session, s, res, insured, agent


def test_receipt_of_a_proxy_application(accepted, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session, settings, res, insured, agent = accepted
    printed = print_document(session, CLERK, res.application_id, "receipt", settings=settings, out=tmp_path / "r.pdf")
    session.commit()
    body = text(printed.path)
    assert res.number in body and "李四" in body and "配偶" in body
    assert insured not in body and agent not in body
    assert agent[:6] + "********" + agent[-4:] in body
    assert printed.copy_no == 1
    assert session.exec(select(PrintLog)).one().document == "receipt"
    assert session.exec(select(AuditEvent).where(AuditEvent.action == "print")).one().target == res.number


def test_provisional_slip_and_reprints(accepted, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session, settings, res, _, _ = accepted
    first = print_document(session, CLERK, res.number, "slip", settings=settings, out=tmp_path / "s1.pdf")
    session.commit()
    assert "暂定" in text(first.path) and "补打" not in text(first.path)
    with pytest.raises(PermissionDenied):
        print_document(session, CLERK, res.number, "slip", settings=settings, out=tmp_path / "s2.pdf")
    session.rollback()
    again = print_document(session, SUP, res.number, "slip", settings=settings, out=tmp_path / "s3.pdf")
    assert again.copy_no == 2 and "补打" in text(again.path)


@pytest.mark.parametrize("point_kind", ["street", "county"])
def test_a_renewal_makes_no_card_slip_or_card_text(db_session, tmp_path, point_kind) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: a renewal got a pickup slip and "凭领卡凭条领取社保卡" / "社保卡已当场发放"."""
    from clerk_desk.domain.application_form import Business
    from clerk_desk.services.printouts import receipt_data
    from clerk_desk.store.models import Application, PickupSlip
    from tests.helpers.people import self_form

    ensure_published_years(db_session)
    clock.set_clock(lambda: datetime(2026, 3, 16, 10, 0))     # outside the collection period
    s = Settings()
    s.service_point.code, s.service_point.name, s.service_point.kind = "S001", "幸福街道医保服务点", point_kind
    form = self_form(make_id(date(1980, 5, 17)), birth=date(1980, 5, 17), kind=Business.RENEWAL,
                     documents={"insured_id_card": "verified"}, gap_years=2)
    res = svc.accept(db_session, CLERK, form, settings=s)
    db_session.commit()
    assert res.slip is None and res.status == "completed"
    assert db_session.exec(select(PickupSlip)).first() is None
    printed = print_document(db_session, CLERK, res.number, "receipt", settings=s, out=tmp_path / "r.pdf")
    body = text(printed.path).replace("\n", "")
    assert "凭领卡凭条" not in body and "当场发放" not in body and "领取社保卡" not in body
    data = receipt_data(db_session, db_session.get(Application, res.application_id), s, "zh")
    # 3 fixed months + 2 for two years of gap, from the day of payment (DOMAIN.md)
    assert (data.business, data.card_made, data.waiting_months) == ("renewal", False, 5)
    assert data.benefits_start == date(2026, 8, 16)
    assert "待遇等待期为5个月，自2026年8月16日起" in body


def test_daily_report_counts_person_categories(db_session) -> None:  # type: ignore[no-untyped-def]
    """Issue 11: categories are recorded with their proof and shown in the daily report."""
    from clerk_desk.domain.application_form import PersonCategory
    from clerk_desk.services.printouts import daily_report_data
    from tests.helpers.people import self_form

    ensure_published_years(db_session)
    clock.set_clock(lambda: datetime(2026, 11, 27, 10, 0))
    s = Settings()
    s.service_point.code, s.service_point.name = "S001", "幸福街道医保服务点"
    docs = {"insured_id_card": "verified", "household_book": "verified", "minimum_living_certificate": "verified"}
    for seq, category in ((1, PersonCategory.MINIMUM_LIVING), (2, PersonCategory.MINIMUM_LIVING),
                          (3, PersonCategory.NONE)):
        number = make_id(date(1980, 5, 17), seq=seq)
        svc.accept(db_session, CLERK, self_form(number, f"张{seq}", birth=date(1980, 5, 17), documents=docs,
                                                category=category), settings=s)
    with pytest.raises(svc.RuleError):   # the category needs its proof document
        svc.accept(db_session, CLERK, self_form(make_id(date(1980, 5, 17), seq=4), birth=date(1980, 5, 17),
                                                category=PersonCategory.ORPHAN), settings=s)
    db_session.commit()
    data = daily_report_data(db_session, SUP, point_code="S001", day=date(2026, 11, 27), settings=s)
    assert dict(data.by_category) == {"低保对象": 2}
    assert data.accepted == 3
    import io

    from clerk_desk.printing import render_daily_report

    pdf = PdfReader(io.BytesIO(render_daily_report(data)))
    body = "".join(p.extract_text() or "" for p in pdf.pages)
    assert "按人员类别" in body and "低保对象" in body


def _width_mm(path) -> float:  # type: ignore[no-untyped-def]
    page = PdfReader(str(path)).pages[0]
    return float(page.mediabox.width) * 25.4 / 72


def test_slip_on_the_roll_at_a_street_point_receipt_on_a4(accepted, backend, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``slip_paper = "auto"``: the 80 mm roll at a street point's own counter (SQLite), A4 in a hall
    (the shared PostgreSQL); "A4" chooses A4 anywhere; the receipt stays A4 (issue 14)."""
    session, settings, res, _, _ = accepted
    assert settings.printing.slip_paper == "auto" and settings.service_point.kind == "street"
    slip = print_document(session, CLERK, res.number, "slip", settings=settings, out=tmp_path / "s.pdf")
    receipt = print_document(session, CLERK, res.number, "receipt", settings=settings, out=tmp_path / "r.pdf")
    hall = backend != "sqlite"
    assert _width_mm(slip.path) == pytest.approx(210 if hall else 80, abs=0.1)
    assert slip.paper == ("A4" if hall else "80mm")
    assert _width_mm(receipt.path) == pytest.approx(210, abs=0.1) and receipt.paper == "A4"
    assert "领卡" in text(slip.path) and res.number in text(slip.path)
    settings.printing.slip_paper = "A4"
    again = print_document(session, SUP, res.number, "slip", settings=settings, out=tmp_path / "s2.pdf")
    assert _width_mm(again.path) == pytest.approx(210, abs=0.1) and again.paper == "A4"
    settings.printing.slip_paper = "80mm"
    roll = print_document(session, SUP, res.number, "slip", settings=settings, out=tmp_path / "s3.pdf")
    assert _width_mm(roll.path) == pytest.approx(80, abs=0.1)


@pytest.mark.parametrize("seen", [True, False])
def test_authorisation_letter_listed_when_seen_though_not_required(db_session, tmp_path, seen) -> None:  # type: ignore[no-untyped-def]
    """Where the city does not ask for the letter, a letter the agent handed in is still among the
    documents checked, on the receipt's "已核验材料" and on the record (issue 14); one not seen is not."""
    from dataclasses import replace

    ensure_published_years(db_session)
    clock.set_clock(lambda: datetime(2026, 11, 30, 10, 0))
    s = Settings()
    s.service_point.code, s.service_point.name = "S001", "幸福街道医保服务点"
    s.rules.proxy_needs_letter = False
    insured, agent = make_id(date(1980, 5, 17)), make_id(date(1978, 3, 3), seq=31)
    form = proxy_form(insured, agent, birth=date(1980, 5, 17), agent_birth=date(1978, 3, 3))
    if not seen:
        assert form.agent is not None
        form = replace(form, agent=replace(form.agent, authorization_letter=False),
                       documents={k: v for k, v in form.documents.items() if k != "authorisation_letter"})
    res = svc.accept(db_session, CLERK, form, settings=s)
    db_session.commit()
    printed = print_document(db_session, CLERK, res.application_id, "receipt", settings=s, out=tmp_path / "r.pdf")
    body = "".join(text(printed.path).split())
    checked = body.split("已核验材料", 1)[1]
    assert "代办人有效身份证件原件" in checked             # the section itself is there either way
    assert ("参保人签字的授权委托书" in checked) is seen
    detail = svc.get_detail(db_session, SUP, res.application_id)
    assert (("authorisation_letter", "verified") in detail.documents) is seen
    assert detail.authorization_letter is seen
