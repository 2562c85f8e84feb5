"""The daily report's figures from grouped aggregates, each on an index.

One grouped query gives every breakdown of the day's acceptances (scheme × kind × applicant
× clerk × status: a handful of groups, whatever the day's size); the day-window counts
(slips issued, cards ready, collected, returned) are index-range counts on
``(point_code, <time>)``; the lists read only the columns they print.  Nothing here walks
the point's whole history, so an empty day costs what it should: almost nothing.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from clerk_desk.config import Settings
from clerk_desk.domain.application_form import APPLICANT_LABELS, CATEGORY_LABELS, ApplicantType
from clerk_desk.domain.categories import PersonCategory
from clerk_desk.domain.masking import mask_id, mask_phone
from clerk_desk.domain.problems import label
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.domain.workflow import STATUS_LABELS, Status
from clerk_desk.services import clock
from clerk_desk.services.permissions import require
from clerk_desk.store.models import Application, DayClosure, PickupSlip

A = Application


def columns(*attributes: Any) -> Any:
    """A SELECT of these columns (SQLAlchemy's, typed loosely: SQLModel types each attribute as its value)."""
    return sa_select(*(a if isinstance(a, ColumnElement) else col(a) for a in attributes))


def _labels(lang: str) -> Any:
    from clerk_desk.services.printouts import _label, _scheme_kind

    def labels(scheme: str, kind: str, applicant: str, status: str) -> tuple[str, str, str, str]:
        probe = Application(scheme=scheme, kind=kind, point_code="", station="", status=status,
                            created_at=datetime.min, updated_at=datetime.min)
        s, k = _scheme_kind(probe, lang, detailed=False)
        return (s, k, _label(APPLICANT_LABELS, ApplicantType(applicant), lang),
                _label(STATUS_LABELS, Status(status), lang))

    return labels


def _ordered(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _count(session: Session, stmt: Any) -> int:
    return int(session.exec(stmt).one())


def daily_report_data(session: Session, actor: Actor, *, point_code: str, day: date, settings: Settings,
                      lang: str = "zh"):  # type: ignore[no-untyped-def]
    """The figures of one point and day (supervisor), as the printing package takes them."""
    require(session, actor, Action.DAILY_REPORT, target=f"{point_code} {day}")
    from clerk_desk.printing import DailyReportData, ServicePointInfo
    from clerk_desk.services.printouts import _clerk_names, _naive, _point

    start = datetime.combine(day, datetime.min.time()).astimezone()
    end = start + timedelta(days=1)
    names = _clerk_names(session)
    label = _labels(lang)
    of_day = (A.point_code == point_code, A.business_date == day, A.status != Status.DRAFT.value,
              col(A.accepted_at).is_not(None))
    counters = _breakdowns(session, of_day, names, label, lang)

    def in_day(c: Any) -> tuple[Any, Any, Any]:
        return (A.point_code == point_code, c >= start, c < end)

    of_point = select(A.id).where(col(A.id) == col(PickupSlip.application_id), A.point_code == point_code).exists()
    slips = _count(session, select(func.count()).select_from(PickupSlip).where(  # the day's slips, then their point
        col(PickupSlip.issued_at) >= start, col(PickupSlip.issued_at) < end, of_point))
    ready, collected, returned = (_count(session, select(func.count()).select_from(A).where(*in_day(col(c))))
                                  for c in (A.ready_at, A.collected_at, A.returned_at))
    cancellations = _cancellations(session, in_day(col(A.cancelled_at)), names)
    closure = session.exec(select(DayClosure).where(DayClosure.point_code == point_code,
                                                    DayClosure.business_date == day)).first()
    point = _point(settings) if settings.service_point.code == point_code else ServicePointInfo(
        name=point_code, code=point_code)
    return DailyReportData(
        point=point, day=day, printed_by=actor.label, printed_at=_naive(clock.now()),
        accepted=sum(counters["status"].values()), slips_issued=slips, cards_ready=ready, cards_collected=collected,
        returned=returned, cancelled=len(cancellations),
        by_scheme=_ordered(counters["scheme"]), by_kind=_ordered(counters["kind"]),
        by_applicant=_ordered(counters["applicant"]), by_clerk=_ordered(counters["clerk"]),
        by_status=_ordered(counters["status"]), by_category=_ordered(counters["category"]),
        applications=_applications(session, of_day, names, label), late=_late(session, point_code, day, lang),
        uncollected=_uncollected(session, point_code, day, start - timedelta(days=settings.rules.uncollected_days)),
        cancellations=cancellations, closed=closure is not None,
        closed_at=_naive(closure.closed_at) if closure else None,
        closed_by=names.get(closure.closed_by, closure.closed_by) if closure else "")


def _breakdowns(session: Session, of_day: tuple[Any, ...], names: dict[str, str], label: Any,
                lang: str) -> dict[str, Counter[str]]:
    """The day's acceptances counted by scheme, kind, applicant, clerk, status and category, from one
    grouped query."""
    from clerk_desk.services.printouts import _label

    counters: dict[str, Counter[str]] = {k: Counter() for k in ("scheme", "kind", "applicant", "clerk", "status",
                                                               "category")}
    grouped = (A.scheme, A.kind, A.applicant_type, A.accepted_by, A.status, A.category)
    groups = session.execute(columns(*grouped, func.count()).where(*of_day).group_by(*grouped)).all()
    for scheme, kind, applicant, clerk, status, category, n in groups:
        for key, value in zip(("scheme", "kind", "applicant", "status"), label(scheme, kind, applicant, status),
                              strict=True):
            counters[key][value] += n
        counters["clerk"][names.get(clerk, clerk)] += n
        if category in PersonCategory._value2member_map_ and category != PersonCategory.NONE.value:
            counters["category"][_label(CATEGORY_LABELS, PersonCategory(category), lang)] += n
    return counters


def _late(session: Session, point_code: str, day: date, lang: str) -> list[Any]:
    """Cards still not ready after their ready-by day, the most overdue first."""
    from clerk_desk.printing import LateCard

    rows = session.execute(
        columns(A.number, A.insured_name, A.insured_id_number, A.business_date, A.status, PickupSlip.ready_by,
                PickupSlip.issued_at).join(PickupSlip, col(PickupSlip.application_id) == col(A.id))
        .where(A.point_code == point_code, A.status == Status.ACCEPTED.value, col(PickupSlip.ready_by) < day)
        .order_by(col(PickupSlip.ready_by))).all()
    return [LateCard(application_number=n or "", insured_name=nm, id_masked=mask_id(idn),
                     accepted_on=bd or issued.date(), ready_by=rb, days_late=(day - rb).days,
                     status=_status(st, lang)) for n, nm, idn, bd, st, rb, issued in rows]


def _uncollected(session: Session, point_code: str, day: date, ready_before: datetime) -> list[Any]:
    """Cards ready since before ``ready_before`` and not collected, the longest waiting first."""
    from clerk_desk.printing import UncollectedCard

    rows = session.execute(columns(A.number, A.insured_name, A.insured_id_number, A.ready_at, A.agent_phone).where(
        A.point_code == point_code, A.status == Status.READY.value, col(A.ready_at) < ready_before)
        .order_by(col(A.ready_at))).all()
    return [UncollectedCard(application_number=n or "", insured_name=nm, id_masked=mask_id(idn),
                            ready_on=ra.astimezone().date(), days_waiting=(day - ra.astimezone().date()).days,
                            phone_masked=mask_phone(phone or ""))
            for n, nm, idn, ra, phone in rows if ra is not None]


def _cancellations(session: Session, in_day: tuple[Any, ...], names: dict[str, str]) -> list[Any]:
    from clerk_desk.printing import Cancellation
    from clerk_desk.services.printouts import _naive

    rows = session.execute(columns(A.number, A.insured_name, A.insured_id_number, A.cancelled_at, A.cancelled_by,
                                   A.cancel_reason).where(*in_day)).all()
    return [Cancellation(application_number=n or "", insured_name=nm, id_masked=mask_id(idn),
                         cancelled_at=_naive(at), cancelled_by=names.get(by, by), reason=reason)
            for n, nm, idn, at, by, reason in rows if at is not None]


def _status(status: str, lang: str) -> str:
    return label(STATUS_LABELS[Status(status)], lang)


def _applications(session: Session, of_day: tuple[Any, ...], names: dict[str, str], label: Any) -> list[Any]:
    """The day's accepted applications, in acceptance order, reading only the printed columns."""
    from clerk_desk.printing import ReportApplication
    from clerk_desk.services.printouts import _naive

    rows = session.execute(
        columns(A.number, A.accepted_at, A.insured_name, A.insured_id_number, A.scheme, A.kind, A.applicant_type,
               A.accepted_by, A.status, PickupSlip.ready_by, PickupSlip.provisional)
        .outerjoin(PickupSlip, col(PickupSlip.application_id) == col(A.id))
        .where(*of_day).order_by(col(A.accepted_at), col(A.created_at))).all()
    cache: dict[tuple[str, str, str, str], tuple[str, str, str, str]] = {}
    apps = []
    for number, at, name, idn, scheme, kind, applicant, clerk, status, ready_by, provisional in rows:
        key = (scheme, kind, applicant, status)
        if key not in cache:
            cache[key] = label(*key)
        s, k, a, st = cache[key]
        apps.append(ReportApplication(application_number=number, accepted_at=_naive(at), insured_name=name,
                                      id_masked=mask_id(idn), scheme=s, kind=k, applicant=a,
                                      clerk=names.get(clerk, clerk), status=st, ready_by=ready_by,
                                      ready_by_provisional=bool(provisional)))
    return apps
