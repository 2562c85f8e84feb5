"""The documents checked at acceptance, kept with the application (the record dialog lists them)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from clerk_desk.domain.application_form import ApplicationForm
from clerk_desk.domain.application_rules import FormReport
from clerk_desk.services.printout_content import LETTER, letter_seen
from clerk_desk.store.models import Application, DocumentCheck


def record_checks(session: Session, app: Application, form: ApplicationForm, report: FormReport,
                  now: datetime, *, redo: bool = True) -> None:
    """One row per checklist item (replacing earlier ones when ``redo``: a draft or returned
    application may hold some), and the authorisation letter when it was handed in though the rules
    did not ask for it."""
    if redo:
        for old in session.exec(select(DocumentCheck).where(DocumentCheck.application_id == app.id)):
            session.delete(old)
    for item in report.checklist:
        session.add(DocumentCheck(application_id=app.id, document=item.code, result=item.result or "verified",
                                  station=app.station, created_at=now))
    if letter_seen(form) and all(item.code != LETTER for item in report.checklist):
        session.add(DocumentCheck(application_id=app.id, document=LETTER, result="verified", station=app.station,
                                  created_at=now))
