"""Roles and what each may do.

A clerk registers, hands over, searches, prints the receipt and slip of an application they
accepted; a supervisor also cancels and corrects (with reason), reprints, marks cards ready,
closes the day, prints daily reports, exports, edits settings and the calendar, manages
clerks; an admin manages accounts and database tools.  The services check these before
they act (:func:`clerk_desk.services.permissions.require`); the GUI only hides what the
services would refuse anyway.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from clerk_desk.domain.problems import Message, define, define_field, error

define_field("permission", zh="权限", en="permission")
define("permission.denied", zh="{role_label}“{user}”无权{action_label}，请由负责人办理",
       en="{user} ({role_label}) may not {action_label}; ask a supervisor")
define("permission.no_user", zh="请先登录", en="Please log in first")


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.CLERK: ("窗口经办人员", "clerk"),
    Role.SUPERVISOR: ("负责人", "supervisor"),
    Role.ADMIN: ("系统管理员", "administrator"),
}


class Action(StrEnum):
    REGISTER = "register"
    HAND_OVER = "hand_over"
    SEARCH = "search"
    VIEW_RECORD = "view_record"
    REVEAL_ID = "reveal_id"
    PRINT_OWN = "print_own"  # receipt and slip of an application the clerk accepted
    REPRINT = "reprint"
    CANCEL = "cancel"
    CORRECT = "correct"
    MARK_READY = "mark_ready"
    CLOSE_DAY = "close_day"
    DAILY_REPORT = "daily_report"
    EXPORT = "export"
    EDIT_SETTINGS = "edit_settings"
    EDIT_CALENDAR = "edit_calendar"
    MANAGE_CLERKS = "manage_clerks"
    VIEW_AUDIT = "view_audit"
    MANAGE_ACCOUNTS = "manage_accounts"
    DATABASE_TOOLS = "database_tools"
    SYNC = "sync"


ACTION_LABELS: dict[Action, tuple[str, str]] = {
    Action.REGISTER: ("受理业务", "register applications"),
    Action.HAND_OVER: ("发放社保卡", "hand over cards"),
    Action.SEARCH: ("查询", "search"),
    Action.VIEW_RECORD: ("查看完整记录", "view a full record"),
    Action.REVEAL_ID: ("查看完整身份证号码", "reveal a full ID number"),
    Action.PRINT_OWN: ("打印回执和领卡凭条", "print receipts and slips"),
    Action.REPRINT: ("补打单据", "reprint documents"),
    Action.CANCEL: ("撤销业务", "cancel applications"),
    Action.CORRECT: ("更正业务", "correct applications"),
    Action.MARK_READY: ("登记制卡完成", "mark cards ready"),
    Action.CLOSE_DAY: ("日结", "close the day"),
    Action.DAILY_REPORT: ("打印日报表", "print daily reports"),
    Action.EXPORT: ("导出数据", "export data"),
    Action.EDIT_SETTINGS: ("修改设置", "edit settings"),
    Action.EDIT_CALENDAR: ("维护工作日历", "edit the working-day calendar"),
    Action.MANAGE_CLERKS: ("管理窗口人员账户", "manage clerks"),
    Action.VIEW_AUDIT: ("查看审计日志", "view the audit trail"),
    Action.MANAGE_ACCOUNTS: ("管理账户", "manage accounts"),
    Action.DATABASE_TOOLS: ("使用数据库工具", "use database tools"),
    Action.SYNC: ("同步数据", "synchronise data"),
}

_CLERK = frozenset({Action.REGISTER, Action.HAND_OVER, Action.SEARCH, Action.VIEW_RECORD, Action.REVEAL_ID,
                    Action.PRINT_OWN, Action.SYNC})
_SUPERVISOR = _CLERK | {Action.REPRINT, Action.CANCEL, Action.CORRECT, Action.MARK_READY, Action.CLOSE_DAY,
                        Action.DAILY_REPORT, Action.EXPORT, Action.EDIT_SETTINGS, Action.EDIT_CALENDAR,
                        Action.MANAGE_CLERKS, Action.VIEW_AUDIT}
_ADMIN = frozenset({Action.MANAGE_ACCOUNTS, Action.MANAGE_CLERKS, Action.DATABASE_TOOLS, Action.VIEW_AUDIT,
                    Action.EDIT_SETTINGS, Action.SEARCH, Action.SYNC})

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.CLERK: _CLERK,
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: _ADMIN,
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: the logged-in account (or a script naming one)."""

    username: str
    role: Role
    display_name: str = ""

    @property
    def label(self) -> str:
        return self.display_name or self.username


SYSTEM = Actor("system", Role.ADMIN, "系统")


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS.get(role, frozenset())


def denial(actor: Actor | None, action: Action):  # type: ignore[no-untyped-def]
    """The problem that refuses ``action`` to ``actor`` (None when it is allowed)."""
    if actor is None:
        return error("permission.no_user", "permission")
    if allowed(actor.role, action):
        return None
    return error("permission.denied", "permission", user=actor.label, role_label=Message(*ROLE_LABELS[actor.role]),
                 action_label=Message(*ACTION_LABELS[action]), action=action.value)
