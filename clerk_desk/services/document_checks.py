"""The documents checked at acceptance, kept with the application (the record dialog lists them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert
from sqlmodel import Session, select

from clerk_desk.domain.application_form import ApplicationForm
from clerk_desk.domain.application_rules import FormReport
from clerk_desk.services.printout_content import LETTER, letter_seen
from clerk_desk.store import changes
from clerk_desk.store.models import Application, DocumentCheck, new_id

_INSERT = insert(DocumentCheck.__table__)  # type: ignore[attr-defined]


def record_checks(session: Session, app: Application, form: ApplicationForm, report: FormReport,
                  now: datetime, *, redo: bool = True) -> None:
    """One row per checklist item (replacing earlier ones when ``redo``: a draft or returned
    application may hold some), and the authorisation letter when it was handed in though the rules
    did not ask for it.

    The new rows are written in one plain insert (no ORM objects: this runs at every acceptance);
    ``app`` must be flushed already."""
    if redo:
        for old in session.exec(select(DocumentCheck).where(DocumentCheck.application_id == app.id)):
            session.delete(old)
    documents = [(item.code, item.result or "verified") for item in report.checklist]
    if letter_seen(form) and all(item.code != LETTER for item in report.checklist):
        documents.append((LETTER, "verified"))
    if not documents:
        return
    rows = []
    for document, result in documents:
        key = new_id()
        rows.append({"id": key, "change_seq": changes.stamp_for_insert(session, "document_check", key),
                     "application_id": app.id, "document": document, "result": result, "note": "",
                     "station": app.station, "created_at": now})
    session.connection().execute(_INSERT, rows)
