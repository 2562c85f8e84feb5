"""Documents of an application: receipt, pickup slip, missing-documents notice; and the daily report.

The services fill :mod:`clerk_desk.printing.data` records from the database (ID numbers
masked, labels translated), render them, keep the PDF in the data directory (so a
missing printer never loses a receipt) and log every print and export: the print log
counts the copies (a reprint is marked 补打 with its copy number) and the audit trail
records who printed what.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from clerk_desk.config import Settings, data_dir
from clerk_desk.domain.applicant import RELATION_NAMES
from clerk_desk.domain.application_form import (
    CATEGORY_LABELS,
    KIND_LABELS,
    SCHEME_LABELS,
    ApplicantType,
    ApplicationForm,
    Kind,
    PersonCategory,
    Scheme,
)
from clerk_desk.domain.masking import mask_id, mask_phone
from clerk_desk.domain.paper import slip_paper
from clerk_desk.domain.problems import RuleError, define, error, label
from clerk_desk.domain.roles import Action, Actor, allowed
from clerk_desk.domain.workflow import Status
from clerk_desk.services import audit, clock
from clerk_desk.services import printout_content as content
from clerk_desk.services.applications import report_for
from clerk_desk.services.permissions import require
from clerk_desk.store.models import Application, PickupSlip, PrintLog, UserAccount

DOCUMENTS = ("receipt", "slip", "notice")

define("print.no_slip", zh="该业务没有领卡凭条（县医保中心当场发卡）",
       en="This application has no pickup slip (a county center hands the card over on the spot)")
define("print.no_card", zh="该业务不制作社保卡，没有领卡凭条", en="No card is made for this application; it has no pickup slip")
define("print.not_accepted", zh="业务尚未受理，不能打印受理回执", en="The application is not accepted; it has no receipt")
define("print.not_returned", zh="该业务没有一次性告知书", en="This application has no missing-documents notice")
define("print.not_found", zh="找不到业务 {number}", en="No application {number}")




def _label(table: dict, key: object, lang: str) -> str:  # type: ignore[type-arg]
    pair = table.get(key)
    if pair is None:
        return str(key or "")
    return label(pair, lang)


def _naive(dt: datetime | None) -> datetime:
    """A stored time as the naive local time the printouts take (now when there is none)."""
    return (dt or clock.now()).astimezone().replace(tzinfo=None)


def _clerk_names(session: Session) -> dict[str, str]:
    return {u.username: (u.display_name or u.username) for u in session.exec(select(UserAccount))}


@dataclass(frozen=True)
class Printed:
    document: str
    path: Path
    copy_no: int
    pdf: bytes
    paper: str = "A4"   # what it was laid out on: a preview and a printer set themselves to it


def paper_for(document: str, settings: Settings, *, hall: bool) -> str:
    """The paper a document is laid out on: the pickup slip follows ``[printing] slip_paper``
    (domain/paper.py: "auto" is the roll at a street point's own counter, A4 in a hall, ``hall``
    being a database shared by several counters); the receipt and the notice ``[printing] paper``."""
    if document != "slip":
        return settings.printing.paper
    return slip_paper(settings.printing.slip_paper, settings.service_point.kind, hall=hall)


def pdf_dir() -> Path:
    path = data_dir() / "printouts"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _find(session: Session, key: uuid.UUID | str) -> Application:
    """By id (a UUID, or its text: a returned application has no number) or by application number."""
    if not isinstance(key, uuid.UUID):
        try:
            key = uuid.UUID(key.strip())
        except ValueError:
            pass
    if isinstance(key, uuid.UUID):
        app = session.get(Application, key)
    else:
        app = session.exec(select(Application).where(Application.number == key.strip().upper())).first()
    if app is None:
        raise RuleError(error("print.not_found", "application", number=str(key)))
    return app


def _point(settings: Settings):  # type: ignore[no-untyped-def]
    from clerk_desk.printing import ServicePointInfo

    return ServicePointInfo.from_settings(settings)


def _scheme_kind(app: Application, lang: str, *, detailed: bool = True) -> tuple[str, str]:
    """The scheme and the business as printed; ``detailed`` adds a replacement's reason."""
    scheme = _label(SCHEME_LABELS, Scheme(app.scheme), lang) if app.scheme in Scheme._value2member_map_ else ""
    if detailed and isinstance(app.form, dict) and app.form:
        return scheme, content.business_label(ApplicationForm.from_dict(app.form), lang)
    kind = _label(KIND_LABELS, Kind(app.kind), lang) if app.kind in Kind._value2member_map_ else app.kind
    return scheme, kind


def _form(app: Application) -> ApplicationForm:
    """The form as accepted; applications saved without one get their business from the row."""
    form = ApplicationForm.from_dict(app.form)
    if not app.form and app.kind in Kind._value2member_map_:
        form = replace(form, kind=Kind(app.kind))
    return form


def _slip_of(session: Session, app: Application, form: ApplicationForm) -> PickupSlip | None:
    """The pickup slip, only where a card is made (a renewal has none, whatever was stored)."""
    if not form.card_made:
        return None
    return session.exec(select(PickupSlip).where(PickupSlip.application_id == app.id)).first()


def receipt_data(session: Session, app: Application, settings: Settings, lang: str):  # type: ignore[no-untyped-def]
    from clerk_desk.printing import ApplicantInfo, PersonRef, ReceiptData

    if app.accepted_at is None or app.number is None:
        raise RuleError(error("print.not_accepted", "application"))
    form = _form(app)
    slip = _slip_of(session, app, form)
    scheme, kind = _scheme_kind(app, lang)
    applicant = ApplicantInfo()
    if app.applicant_type != ApplicantType.SELF.value:
        applicant = ApplicantInfo(kind=app.applicant_type, name=app.agent_name, id_masked=mask_id(app.agent_id_number),
                                  relation=_label(RELATION_NAMES, app.agent_relation, lang),
                                  phone_masked=mask_phone(app.agent_phone))
    accepted_on = _naive(app.accepted_at).date()
    report = report_for(form, settings, accepted_on)
    docs = content.documents_checked(report, lang, form)
    names = _clerk_names(session)
    return ReceiptData(point=_point(settings), application_number=app.number,
                       accepted_at=_naive(app.accepted_at), clerk=names.get(app.accepted_by, app.accepted_by),
                       insured=PersonRef(app.insured_name, mask_id(app.insured_id_number)), scheme=scheme, kind=kind,
                       applicant=applicant, documents_checked=docs,
                       next_steps=content.next_steps(form, slip.ready_by if slip else None, lang),
                       guidance=content.guidance(form, app.scheme, accepted_on, settings, lang),
                       ready_by=slip.ready_by if slip else None, ready_by_provisional=bool(slip and slip.provisional),
                       business=app.kind, card_made=report.card_made,
                       category="" if form.category is PersonCategory.NONE else _label(CATEGORY_LABELS, form.category,
                                                                                         lang),
                       waiting_months=report.waiting_period_months,
                       benefits_start=report.waiting.benefits_start if report.waiting else None)


def slip_data(session: Session, app: Application, settings: Settings, lang: str):  # type: ignore[no-untyped-def]
    from clerk_desk.printing import PersonRef, SlipData

    form = _form(app)
    slip = _slip_of(session, app, form)
    if slip is None or app.number is None:
        raise RuleError(error("print.no_slip" if form.card_made else "print.no_card", "application"))
    scheme, kind = _scheme_kind(app, lang)
    names = _clerk_names(session)
    return SlipData(point=_point(settings), application_number=app.number, pickup_code=slip.pickup_code,
                    insured=PersonRef(app.insured_name, mask_id(app.insured_id_number)), ready_by=slip.ready_by,
                    issued_at=_naive(slip.issued_at), clerk=names.get(app.accepted_by, app.accepted_by),
                    ready_by_provisional=slip.provisional, scheme=scheme, kind=kind,
                    who_may_collect=content.who_may_collect(form, app.agent_name, lang))


def notice_data(session: Session, app: Application, settings: Settings, lang: str):  # type: ignore[no-untyped-def]
    from clerk_desk.printing import NoticeData, PersonRef

    if app.status not in (Status.RETURNED.value, Status.DRAFT.value):
        raise RuleError(error("print.not_returned", "application"))
    form = _form(app)
    report = report_for(form, settings, _naive(app.returned_at or app.updated_at).date())
    scheme, kind = _scheme_kind(app, lang)
    names = _clerk_names(session)
    return NoticeData(point=_point(settings), insured=PersonRef(app.insured_name, mask_id(app.insured_id_number)),
                      scheme=scheme, kind=kind, missing=content.notice_items(form, report, lang),
                      issued_at=_naive(app.returned_at or app.updated_at),
                      clerk=names.get(app.created_by, app.created_by), application_number=app.number or "",
                      applicant_kind=form.applicant.value)


def print_document(session: Session, actor: Actor, key: uuid.UUID | str, document: str, *, settings: Settings,
                   lang: str = "zh", out: Path | None = None, reprint: bool = False) -> Printed:
    """Render a document of an application, keep the PDF, and log the print (or reprint).

    The first print of a document is the original, whoever asks and however (``reprint``
    only says the caller offered it as a reprint); only a later print is a reprint (补打,
    copy 2, 3 …), which needs the reprint right.
    """
    if document not in DOCUMENTS:
        raise ValueError(document)
    app = _find(session, key)
    copies = session.exec(select(func.count()).select_from(PrintLog).where(
        PrintLog.application_id == app.id, PrintLog.document == document)).one()
    is_reprint = copies > 0
    if is_reprint:
        require(session, actor, Action.REPRINT, target=app.number or "")
    elif not (allowed(actor.role, Action.REPRINT) or app.accepted_by == actor.username
              or app.created_by == actor.username):
        require(session, actor, Action.REPRINT, target=app.number or "")
    else:
        require(session, actor, Action.PRINT_OWN, target=app.number or "")
    from clerk_desk.printing import render_notice, render_receipt, render_slip

    copy_no = int(copies) + 1  # only a second print of the same document is a reprint
    builder: tuple[Any, Any] = {"receipt": (receipt_data, render_receipt), "slip": (slip_data, render_slip),
               "notice": (notice_data, render_notice)}[document]
    data = builder[0](session, app, settings, lang)
    name = f"{app.number or app.id}-{document}-{copy_no}.pdf"
    target = out or (pdf_dir() / name)
    paper = paper_for(document, settings, hall=session.get_bind().dialect.name != "sqlite")
    pdf = builder[1](data, lang=lang, paper=paper, copy_no=copy_no,
                     font_path=settings.printing.font_path or None, out=target)
    now = clock.now()
    session.add(PrintLog(application_id=app.id, document=document, copy_no=copy_no, printed_at=now,
                         printed_by=actor.username, target=str(target), station=app.station))
    audit.record(session, actor=actor.username, action="reprint" if copy_no > 1 else "print",
                 target=app.number or str(app.id), details={"document": document, "copy": copy_no})
    return Printed(document, Path(target), copy_no, pdf, paper)


# ---------------------------------------------------------------------------------------
# the daily report (figures: services/daily_report.py)

from clerk_desk.services.daily_report import daily_report_data  # noqa: E402  (re-exported)


def daily_report(session: Session, actor: Actor, *, point_code: str, day: date, settings: Settings,
                 lang: str = "zh", pdf: Path | None = None, csv: Path | None = None) -> tuple[bytes | None, bytes | None]:
    """Render the daily report as PDF and/or CSV (an export: supervisor), logged and audited."""
    data = daily_report_data(session, actor, point_code=point_code, day=day, settings=settings, lang=lang)
    from clerk_desk.printing import daily_report_csv, render_daily_report

    pdf_bytes = csv_bytes = None
    now = clock.now()
    if csv is not None:
        require(session, actor, Action.EXPORT, target=f"{point_code} {day}")
        csv_bytes = daily_report_csv(data, lang=lang, out=csv)
        session.add(PrintLog(document="export", printed_at=now, printed_by=actor.username, target=str(csv),
                             station=_station()))
        audit.record(session, actor=actor.username, action="export", target=f"{point_code} {day}",
                     details={"report": "daily", "format": "csv"})
    if pdf is not None or csv is None:
        # a daily report is drawn from the live figures each time: every print is an original
        target = pdf or (pdf_dir() / f"daily-{point_code}-{day}.pdf")
        pdf_bytes = render_daily_report(data, lang=lang, paper="A4", copy_no=1,
                                        font_path=settings.printing.font_path or None, out=target)
        session.add(PrintLog(document="daily_report", printed_at=now, printed_by=actor.username,
                             target=str(target), station=_station()))
        audit.record(session, actor=actor.username, action="print", target=f"{point_code} {day}",
                     details={"document": "daily_report"})
    return pdf_bytes, csv_bytes


def _station() -> str:
    from clerk_desk.services.station import station_code

    return station_code()

