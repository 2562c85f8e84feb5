"""The main window's pages for whoever is signed in, rebuilt whenever the user changes.

Each page is listed once with the action its role needs (:data:`PAGES`).  :meth:`PageSet.apply`
brings the tabs and their keys in line with the signed-in role: pages the new role may not use
go (a New Application form still being typed is first kept in the local draft file, and offered
back when the page is made again), pages it may use come, the others stay as they are.  Pages
never keep an actor: they read ``ctx.actor`` (or a function returning it) when they act.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from clerk_desk.gui.qt import QT_TRANSLATE_NOOP, QKeySequence, QShortcut, QWidget

if TYPE_CHECKING:
    from clerk_desk.gui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    name: str           # module in clerk_desk.gui, and the key in MainWindow.pages
    cls: str
    title: str          # zh, translated by the window (context "MainWindow")
    key: str | None     # its shortcut
    action: str | None  # the role must be allowed this action (None: every signed-in user)
    needs_database: bool = False  # made once the database is open (they read it when made)


PAGES = (
    PageSpec("new_application", "NewApplicationPage", QT_TRANSLATE_NOOP("MainWindow", "新增受理"), "F2", "register"),
    PageSpec("today_page", "TodayPage", QT_TRANSLATE_NOOP("MainWindow", "今日业务"), "F3", None),
    PageSpec("handover_page", "HandoverPage", QT_TRANSLATE_NOOP("MainWindow", "发卡"), "F4", "hand_over"),
    PageSpec("cards_ready_page", "CardsReadyPage", QT_TRANSLATE_NOOP("MainWindow", "制卡完成"), "F5", "mark_ready"),
    PageSpec("late_page", "LatePage", QT_TRANSLATE_NOOP("MainWindow", "逾期与未领"), "F6", "mark_ready"),
    PageSpec("daily_page", "DailyPage", QT_TRANSLATE_NOOP("MainWindow", "日报与日结"), "F7", "daily_report"),
    PageSpec("search_page", "SearchPage", QT_TRANSLATE_NOOP("MainWindow", "查询结果"), None, "search"),
    PageSpec("calendar_page", "CalendarPage", QT_TRANSLATE_NOOP("MainWindow", "工作日历"), None, "edit_calendar", True),
    PageSpec("audit_view", "AuditView", QT_TRANSLATE_NOOP("MainWindow", "审计日志"), None, "view_audit", True),
    PageSpec("users_page", "UsersPage", QT_TRANSLATE_NOOP("MainWindow", "账户管理"), None, "manage_clerks", True),
)

# Pages whose buttons depend on the role they were made for: made again at every change of user.
ROLE_SHAPED = frozenset({"calendar_page", "audit_view", "users_page"})


class PageSet:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.ctx = window.ctx
        self.pages: dict[str, QWidget] = {}
        self.keys: dict[str, QShortcut] = {}

    def wanted(self) -> list[PageSpec]:
        ctx = self.ctx
        if ctx.actor is None:
            return []
        return [spec for spec in PAGES if (spec.action is None or ctx.allowed(spec.action))
                and (ctx.ready or not spec.needs_database)]

    def apply(self, *, user_changed: bool = False) -> None:
        """Tabs and keys for the signed-in role (none when nobody is signed in)."""
        wanted = self.wanted()
        names = {spec.name for spec in wanted}
        for name in list(self.pages):
            if name not in names or (user_changed and name in ROLE_SHAPED):
                self.remove(name)
        for spec in wanted:
            if spec.name not in self.pages:
                self._add(spec, position=sum(1 for s in wanted[:wanted.index(spec)] if s.name in self.pages))

    def remove(self, name: str) -> None:
        page = self.pages.pop(name)
        drafts = getattr(page, "drafts", None)
        if drafts is not None:  # a form being typed: kept in the local draft file, offered back later
            drafts.stop()
            drafts.write_local()
        tabs = self.window.ui.pages
        tabs.removeTab(tabs.indexOf(page))
        key = self.keys.pop(name, None)
        if key is not None:
            key.setEnabled(False)
            key.deleteLater()
        page.hide()
        page.deleteLater()

    def _make(self, spec: PageSpec) -> QWidget:
        """The page, made for the signed-in role.  A page that cannot be imported or made is a bug:
        it is logged and raised (start-up fails, the tests fail), never silently left out."""
        try:
            module = importlib.import_module(f"clerk_desk.gui.{spec.name}")
            cls: Callable[..., Any] = getattr(module, spec.cls)
        except (ImportError, AttributeError):
            log.exception("page %s (clerk_desk.gui.%s.%s) cannot be made", spec.name, spec.name, spec.cls)
            raise
        if not spec.needs_database:
            page: QWidget = cls(self.ctx, self.window)
            return page
        from clerk_desk.gui.lazy import LazyPage
        from clerk_desk.services import clock
        from clerk_desk.services.uow import engine_for

        ctx, engine = self.ctx, engine_for(self.ctx.url)
        current = lambda: ctx.actor  # noqa: E731 - read at the moment of acting

        def build() -> QWidget:
            if spec.name == "calendar_page":
                return cls(engine, actor=current, lang=ctx.lang, today=clock.today)
            return cls(current, engine, lang=ctx.lang)

        # built when its tab is first shown (or the page is first asked for), not at login (issue 15)
        return LazyPage(build, lambda built: self._connect(spec, built), self.window)

    def _add(self, spec: PageSpec, *, position: int) -> None:
        page = self._make(spec)
        w = self.window
        w.ui.pages.insertTab(position, page, w.tr(spec.title) + (f" ({spec.key})" if spec.key else ""))
        self.pages[spec.name] = page
        if spec.key:
            self.keys[spec.name] = QShortcut(QKeySequence(spec.key), w,
                                             activated=lambda n=spec.name: w.show_page(n))
        if not spec.needs_database:  # a lazy page is connected when it is built
            self._connect(spec, page)

    def _connect(self, spec: PageSpec, page: QWidget) -> None:
        w = self.window
        if hasattr(page, "open_application"):
            page.open_application.connect(w._on_open_application)
        if hasattr(page, "open_record"):
            page.open_record.connect(w.open_record)
        if hasattr(page, "search_requested"):  # a duplicate's link: one record found opens at once
            page.search_requested.connect(lambda text: w.search_for(text, open_single=True))
        if spec.name == "calendar_page" and hasattr(page, "calendar_changed"):
            page.calendar_changed.connect(w.refresh_banner)
