"""The day's state before the work: what would stop an acceptance today, told when the
new-application form opens rather than at Accept after the whole form is typed.

* the business day is closed (日结) at this service point: a supervisor reopens it through a
  correction, or the work waits for tomorrow;
* (street points) the ready-by date of a slip issued now runs into a year whose working-day
  calendar is not imported: a supervisor imports it, or the clerk issues a provisional slip.

Each notice is a :class:`Problem` (bilingual message) with the advice in ``params["advice"]``
rendered by :func:`advice`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from clerk_desk.config import Settings
from clerk_desk.domain.problems import Problem, define, error, render
from clerk_desk.services import clock

ADVICE_CLOSED = define(
    "day_state.closed_advice",
    zh="今天（{date}）本服务点已日结，不能再受理新业务：请告知参保人下一个工作日再来办理；"
    "如日结有误，请联系负责人处理",
    en="Today ({date}) is already closed at this service point, so no new application can be accepted: "
    "ask the citizen to come back on the next working day; if the day was closed by mistake, call a supervisor",
)
ADVICE_CALENDAR = define(
    "day_state.calendar_advice",
    zh="{year}年工作日历未导入，今天受理的领卡日期无法确定：请负责人在“工作日历”页导入{year}年日历；"
    "急办时可出具标明“暂定”的领卡凭条",
    en="The {year} working-day calendar is not imported, so today's ready-by dates cannot be determined: "
    "ask a supervisor to import it on the Calendar page; if it cannot wait, issue a slip marked provisional",
)


@dataclass(frozen=True)
class DayNotice:
    code: str  # "closed" or "calendar"
    problem: Problem
    advice_code: str
    params: dict[str, object]

    def text(self, lang: str = "zh") -> str:
        return render(self.advice_code, self.params, lang)


def day_state(session: Session, settings: Settings) -> list[DayNotice]:
    """What stops today's acceptances at ``settings``' service point (empty: the day is open)."""
    from clerk_desk.services import closing
    from clerk_desk.services.calendar import load_work_calendar

    now = clock.now()
    today = now.date()
    notices: list[DayNotice] = []
    point = settings.service_point.code
    if closing.is_closed(session, point, today):
        problem = error("day.closed", "business_date", point=point, date=today.isoformat())
        notices.append(DayNotice("closed", problem, ADVICE_CLOSED, {"date": today.isoformat()}))
    if settings.service_point.kind == "street":
        due = load_work_calendar(session).ready_by(now.replace(tzinfo=None), kind="street",
                                                   n=settings.rules.working_days, cutoff=settings.cutoff)
        if due.problem is not None and due.problem.code == "calendar_year_missing":
            year = due.problem.params.get("year")
            notices.append(DayNotice("calendar", due.problem, ADVICE_CALENDAR, {"year": year}))
    return notices
