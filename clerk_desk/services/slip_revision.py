"""Provisional pickup slips revised when a calendar year is imported (DOMAIN.md "Pickup slips").

A slip printed while a year's holiday notice was missing carries a provisional (暂定) date.
Once the year is imported, every open provisional slip is counted again with the real
calendar; its stored date follows, and those whose date moved are listed with the insured's
phone (and the agent's) so the point can tell them. Runs in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from clerk_desk.config import Settings
from clerk_desk.domain.problems import define, render
from clerk_desk.domain.workdays import WorkCalendar
from clerk_desk.domain.workflow import Status
from clerk_desk.services import audit
from clerk_desk.store.models import Application, Person, PickupSlip


@dataclass(frozen=True)
class MovedSlip:
    application_number: str
    insured_name: str
    phone: str             # the insured's, as recorded (the supervisor calls it)
    agent_phone: str       # the agent's, when someone applied for the insured
    old_date: date
    new_date: date
    still_provisional: bool


def _naive(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment


def revise_provisional_slips(session: Session, calendar: WorkCalendar, settings: Settings, *,
                             actor: str) -> list[MovedSlip]:
    """Count every open provisional slip again with ``calendar``; the moved ones, by date."""
    rows = session.exec(
        select(PickupSlip, Application).where(PickupSlip.application_id == Application.id,
                                              col(PickupSlip.provisional).is_(True),
                                              col(Application.status).in_([Status.ACCEPTED.value,
                                                                           Status.READY.value]))).all()
    moved: list[MovedSlip] = []
    for slip, app in rows:
        if app.accepted_at is None:
            continue
        due = calendar.ready_by(_naive(app.accepted_at), kind="street", n=settings.rules.working_days,
                                cutoff=settings.cutoff, provisional=True)
        if due.ready_by is None:
            continue
        if due.ready_by != slip.ready_by:
            person = session.get(Person, app.person_id) if app.person_id is not None else None
            moved.append(MovedSlip(app.number or "", app.insured_name, person.phone if person else "",
                                   app.agent_phone, slip.ready_by, due.ready_by, due.provisional))
        slip.ready_by, slip.provisional = due.ready_by, due.provisional
        session.add(slip)
    if moved:
        session.flush()
        audit.record(session, actor=actor, action="slips.revised", target="calendar",
                     details={"applications": [m.application_number for m in moved]})
    return sorted(moved, key=lambda m: (m.new_date, m.application_number))


define("slips.moved.heading", zh="以下 {n} 张暂定领卡凭条的领卡日期已变动，请电话告知：",
       en="{n} provisional pickup slip(s) changed date; please phone them:")
define("slips.moved.still_provisional", zh="（仍为暂定）", en=" (still provisional)")


def moved_slip_lines(moved: Sequence[MovedSlip], lang: str | Callable[[str, str], str]) -> list[str]:
    """The provisional slips whose date moved, one a line with the phones to call, in ``lang``.
    (A ``(zh, en)`` chooser is still accepted while the calendar page passes one.)"""
    if not moved:
        return []

    def text(code: str, **params: object) -> str:
        if callable(lang):  # transitional: the GUI's chooser, given both catalogue texts
            return lang(render(code, params, "zh"), render(code, params, "en"))
        return render(code, params, lang)

    lines = [text("slips.moved.heading", n=len(moved))]
    for m in moved:
        phones = " / ".join(p for p in (m.phone, m.agent_phone) if p) or "-"
        note = text("slips.moved.still_provisional") if m.still_provisional else ""
        lines.append(f"{m.application_number}\t{m.insured_name}\t{phones}\t{m.old_date.isoformat()} → "
                     f"{m.new_date.isoformat()}{note}")
    return lines
