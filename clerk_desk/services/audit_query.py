"""Reading the audit trail: filters, pages, labels.  Supervisors and administrators only.

Filters are bound parameters, never SQL text: the user is matched exactly, the action
exactly or as a family (``login`` also finds ``login.failed``), the target (application
number, user name, masked ID number) as a substring with ``%`` and ``_`` escaped.  A full
ID number typed as target is masked first, the way the trail stores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, and_, col, func, or_, select

from clerk_desk.domain.masking import mask_ids_in_text
from clerk_desk.domain.problems import DEFAULT_LANGUAGE, define, render
from clerk_desk.domain.roles import Action, Actor
from clerk_desk.services import audit
from clerk_desk.services.permissions import require
from clerk_desk.store.models import AuditEvent

A_VIEW_AUDIT = "audit.view"
PAGE_SIZE = 200
MAX_PAGE = 1000

# Labels of the audit actions, for the audit view and exports (in the one catalogue).
_MESSAGES = {
    "audit.action.login": ("登录", "log in"),
    "audit.action.login.failed": ("登录失败", "failed login"),
    "audit.action.logout": ("退出", "log out"),
    "audit.action.unlock": ("解锁窗口", "unlock counter"),
    "audit.action.counter.lock": ("窗口锁定", "counter locked"),
    "audit.action.account.locked": ("账户锁定", "account locked"),
    "audit.action.account.create": ("新建账户", "create account"),
    "audit.action.account.disable": ("停用账户", "disable account"),
    "audit.action.account.enable": ("启用账户", "enable account"),
    "audit.action.account.unlock": ("解除锁定", "unlock account"),
    "audit.action.password.change": ("修改密码", "change password"),
    "audit.action.password.reset": ("重设密码", "reset password"),
    "audit.action.permission.denied": ("越权被拒", "permission denied"),
    "audit.action.day.close": ("日结", "close day"),
    "audit.action.application.correct": ("更正业务", "correct application"),
    "audit.action.id.reveal": ("查看完整身份证号", "reveal ID number"),
    "audit.action.record.view": ("查看完整记录", "view full record"),
    "audit.action.retention.purge": ("到期清除个人信息", "retention purge"),
    "audit.action.audit.view": ("查看审计日志", "view audit trail"),
    "audit.action.settings.change": ("修改设置", "change settings"),
    "audit.action.application.draft": ("新建草稿", "start draft"),
    "audit.action.application.draft_discarded": ("删除草稿", "discard draft"),
    "audit.action.application.accept": ("受理", "accept application"),
    "audit.action.application.return": ("一次性告知（退回）", "return with notice"),
    "audit.action.application.view": ("查看业务记录", "view application"),
    "audit.action.application.card_ready": ("登记制卡完成", "mark cards ready"),
    "audit.action.application.hand_over": ("发放社保卡", "hand over card"),
    "audit.action.application.cancel": ("撤销业务", "cancel application"),
    "audit.action.search": ("查询", "search"),
    "audit.action.print": ("打印", "print"),
    "audit.action.reprint": ("补打", "reprint"),
    "audit.action.export": ("导出", "export"),
    "audit.action.calendar.seed": ("载入已发布日历", "load published calendar"),
    "audit.action.calendar.import": ("导入工作日历", "import calendar year"),
    "audit.action.calendar.replace": ("替换工作日历", "replace calendar year"),
    "audit.action.sync.push": ("上传同步", "sync push"),
    "audit.action.sync.pull": ("下载同步", "sync pull"),
    "audit.action.sync.bundle_import": ("导入数据包", "import bundle"),
    "audit.action.sync.conflict": ("同步冲突", "sync conflict"),
}

for _code, (_zh, _en) in _MESSAGES.items():
    define(_code, zh=_zh, en=_en)

ACTION_TEXT: tuple[str, ...] = tuple(code.removeprefix("audit.action.") for code in _MESSAGES)  # the known actions


def action_label(action: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return render(f"audit.action.{action}", lang=lang) if action in ACTION_TEXT else action


@dataclass(frozen=True)
class AuditFilter:
    """What to look for; empty fields do not filter.  Dates are inclusive, local days."""

    date_from: date | None = None
    date_to: date | None = None
    user: str = ""
    action: str = ""
    target: str = ""  # application number, user name, masked or full ID number, …

    def describe(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in self.__dict__.items() if v}


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    station: str
    seq: int
    actor: str
    action: str
    target: str
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditCursor:
    """Where a page ended: its last entry's place in the order (time as stored, station, number)."""

    at: datetime
    station: str
    seq: int


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    has_more: bool
    after: AuditCursor | None = None  # the next page starts after this (``search(after=…)``)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone()


def _conditions(flt: AuditFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if flt.date_from is not None:
        conds.append(col(AuditEvent.at) >= _day_start(flt.date_from))
    if flt.date_to is not None:
        conds.append(col(AuditEvent.at) < _day_start(flt.date_to + timedelta(days=1)))
    user = flt.user.strip()
    if user:
        conds.append(col(AuditEvent.actor) == user)
    action = flt.action.strip()
    if action:
        conds.append(or_(col(AuditEvent.action) == action,
                         col(AuditEvent.action).like(_escape_like(action) + ".%", escape="\\")))
    target = mask_ids_in_text(flt.target.strip())
    if target:
        conds.append(col(AuditEvent.target).like("%" + _escape_like(target) + "%", escape="\\"))
    return conds


def _entry(ev: AuditEvent) -> AuditEntry:
    at = ev.at.astimezone()
    return AuditEntry(at=at, station=ev.station, seq=ev.seq, actor=ev.actor, action=ev.action, target=ev.target,
                      details=dict(ev.details or {}))


def _after(cursor: AuditCursor) -> ColumnElement[bool]:
    """The entries after ``cursor`` in the view's order (time newest first, station, number newest
    first): a range on the time index, however deep the page (no OFFSET walking the rows before)."""
    at, station, seq = col(AuditEvent.at), col(AuditEvent.station), col(AuditEvent.seq)
    return and_(at <= cursor.at, or_(at < cursor.at, station > cursor.station,
                                     and_(station == cursor.station, seq < cursor.seq)))


def search(session: Session, actor: Actor | None, flt: AuditFilter | None = None, *,
           after: AuditCursor | None = None, limit: int = PAGE_SIZE) -> AuditPage:
    """One page of entries, newest first; the next page is ``search(…, after=page.after)``.
    The first page of a search (no ``after``) is itself audited."""
    require(session, actor, Action.VIEW_AUDIT, target="audit")
    assert actor is not None
    flt = flt or AuditFilter()
    limit = max(1, min(limit, MAX_PAGE))
    conditions = _conditions(flt) + ([_after(after)] if after is not None else [])
    stmt = (select(AuditEvent).where(*conditions)
            .order_by(col(AuditEvent.at).desc(), col(AuditEvent.station), col(AuditEvent.seq).desc())
            .limit(limit + 1))
    rows = list(session.exec(stmt).all())
    if after is None:
        audit.record(session, actor=actor.username, action=A_VIEW_AUDIT, target="audit", details=flt.describe())
    shown = rows[:limit]
    last = AuditCursor(shown[-1].at, shown[-1].station, shown[-1].seq) if shown else None
    return AuditPage([_entry(r) for r in shown], len(rows) > limit, last)


def count(session: Session, actor: Actor | None, flt: AuditFilter | None = None) -> int:
    require(session, actor, Action.VIEW_AUDIT, target="audit")
    stmt = select(func.count()).select_from(AuditEvent).where(*_conditions(flt or AuditFilter()))
    return int(session.exec(stmt).one())


def known_actions(session: Session) -> list[str]:
    """Every action in the trail plus the labelled ones, for the filter's list."""
    found = set(session.exec(select(AuditEvent.action).distinct()).all())
    return sorted(found | set(ACTION_TEXT))


def known_users(session: Session) -> list[str]:
    return sorted(u for u in session.exec(select(AuditEvent.actor).distinct()).all() if u)
