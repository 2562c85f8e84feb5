"""The main window's title, status bar, database check and calendar banner (a part of
:class:`clerk_desk.gui.main_window.MainWindow`, kept apart for size)."""

from __future__ import annotations

from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.qt import QCoreApplication, Slot
from clerk_desk.gui.style import set_state
from clerk_desk.gui.tasks import run_task


def read_settings() -> tuple[Any, list[Any]]:
    """Worker: the checked settings and what is wrong with the file (at start-up)."""
    from clerk_desk.config import load_settings

    return load_settings()


def open_database(url: str) -> dict[str, Any]:
    """Worker: bring the database to the current schema and read what the window shows."""
    from clerk_desk.services.database import open_at_start

    return open_at_start(url)


DATABASE_CHECK_MS = 15_000  # how often the status bar asks whether the database is there


class DatabaseStatus:
    """Mixed into MainWindow (which provides ``ctx``, ``ui`` and the status-bar labels)."""

    ctx: Any
    ui: Any
    _db_state: Any
    _sync_state: Any
    _printer_state: Any
    _sync_times: tuple[Any, Any]
    _pinging: bool
    _settings_waiters: list[Any]
    database_info: dict[str, Any]

    # -- title and status ---------------------------------------------------------
    @Slot()
    def update_title(self) -> None:
        s = self.ctx.settings
        name, code = ((s.service_point.name, s.service_point.code) if s is not None
                      else (self.ctx.first_look.point_name, self.ctx.first_look.point_code))
        parts = ["Clerk Desk"]
        if name:
            parts.append(QCoreApplication.translate("MainWindow", "{name}（{code}）").format(name=name, code=code)
                         if code else name)
        if self.ctx.actor is not None:
            parts.append(QCoreApplication.translate("MainWindow", "经办人：%1").replace("%1", self.ctx.actor.label))
        window: Any = self   # a QMainWindow
        window.setWindowTitle(" — ".join(parts))

    @Slot()
    def _update_status(self) -> None:
        s = self.ctx.settings
        if s is None:  # start-up: shown once the settings are read
            return
        self._sync_state.setText(QCoreApplication.translate("MainWindow", "同步：未配置") if not s.sync.central_url else QCoreApplication.translate("MainWindow", "同步：已配置中心库"))
        if any(self._sync_times):
            never = QCoreApplication.translate("MainWindow", "从未")
            pushed, pulled = (f"{t:%Y-%m-%d %H:%M}" if t else never for t in self._sync_times)
            self._sync_state.setText(QCoreApplication.translate("MainWindow", "同步：上次上传 %1，上次下载 %2").replace("%1", pushed).replace("%2", pulled))
        printer = s.printing.printer or QCoreApplication.translate("MainWindow", "默认打印机")
        mode = QCoreApplication.translate("MainWindow", "预览") if s.printing.preview else QCoreApplication.translate("MainWindow", "直接打印")
        from clerk_desk.domain.paper import slip_paper

        slip = slip_paper(s.printing.slip_paper, s.service_point.kind, hall=self.ctx.url.startswith("postgresql"))
        paper = s.printing.paper if slip == s.printing.paper else QCoreApplication.translate(
            "MainWindow", "{paper}，凭条 {slip}").format(paper=s.printing.paper, slip=slip)
        self._printer_state.setText(QCoreApplication.translate("MainWindow", "打印机：%1（%2，%3）").replace("%1", printer)
                                    .replace("%2", paper).replace("%3", mode))

    # -- the database -------------------------------------------------------------------
    def start_database(self) -> None:
        url = self.ctx.url  # at start-up the first look's: the checked settings name the same one
        run_task(lambda: open_database(url), self._on_database_ready, self._on_database_failed)

    # -- the checked settings, read in a worker at start-up (until then ctx.settings is None) -----------
    def after_settings(self, then: Any) -> None:
        """``then()`` once the checked settings are read (at once when they are)."""
        if self.ctx.settings is not None:
            then()
            return
        self._settings_waiters.append(then)
        if len(self._settings_waiters) == 1:
            run_task(read_settings, self._on_settings_read)

    def _on_settings_read(self, result: tuple[Any, list[Any]]) -> None:
        settings, problems = result
        self.ctx.settings = settings
        self.ctx.settings_changed.emit()
        if problems:
            self.show_message("rule", "\n".join(p.message(self.ctx.lang) for p in problems))  # type: ignore[attr-defined]
        waiting, self._settings_waiters = self._settings_waiters, []
        for then in waiting:
            then()

    @Slot(object)
    def _on_database_ready(self, info: dict[str, Any]) -> None:
        backend = "PostgreSQL" if info["url"].startswith("postgresql") else "SQLite"
        self._db_state.setText(QCoreApplication.translate("MainWindow", "数据库：正常（%1）").replace("%1", backend))
        set_state(self._db_state, "state", "ok")
        self.ui.statusBar.clearMessage()
        self.set_banner(info.get("banner"))
        self.ctx.ready = True
        self.database_info = info
        self.ctx.database_ready.emit()

    @Slot(object)
    def _on_database_failed(self, exc: BaseException) -> None:
        self._db_state.setText(QCoreApplication.translate("MainWindow", "数据库：无法打开"))
        set_state(self._db_state, "state", "error")
        self.ui.statusBar.clearMessage()
        errors.report_exception(exc)
        self.after_settings(lambda: None)  # the status bar's printer and sync, what is wrong with the file

    @Slot()
    def check_database(self) -> None:
        """Is the database there?  Asked in a worker every little while; the status bar says."""
        if self._pinging:
            return
        self._pinging = True
        from clerk_desk.services import database

        url = self.ctx.url
        run_task(lambda: database.ping(url), self._on_ping_ok, self._on_ping_failed)

    def _on_ping_ok(self, _none: Any) -> None:
        self._pinging = False
        backend = "PostgreSQL" if self.ctx.url.startswith("postgresql") else "SQLite"
        self._db_state.setText(QCoreApplication.translate("MainWindow", "数据库：正常（%1）").replace("%1", backend))
        set_state(self._db_state, "state", "ok")

    def _on_ping_failed(self, exc: BaseException) -> None:
        self._pinging = False
        self._on_database_trouble(errors.database_problem(exc) or "unreachable")

    def _on_database_trouble(self, trouble: str) -> None:
        text = {"unreachable": QCoreApplication.translate("MainWindow", "数据库：无法连接，正在重试…"), "locked": QCoreApplication.translate("MainWindow", "数据库：繁忙"),
                "disk_full": QCoreApplication.translate("MainWindow", "数据库：磁盘已满")}.get(trouble)
        if text is None:  # a conflict or an odd error: the database itself is there
            return
        self._db_state.setText(text)
        set_state(self._db_state, "state", "error")

    @Slot()
    def refresh_banner(self, *_args: Any) -> None:
        def work(session: Any) -> Any:
            from clerk_desk.services import calendar

            return calendar.banner(session)

        self.ctx.call(work, self.set_banner)

    def set_banner(self, problem: Any) -> None:
        banner = self.ui.calendarBanner
        if problem is None:
            banner.hide()
            return
        banner.setText(problem.message(self.ctx.lang))
        set_state(banner, "severity", "error" if problem.is_error else "warning")
        if self.ctx.allowed("edit_calendar"):
            banner.setText(banner.text() + QCoreApplication.translate("MainWindow", "（请在“工作日历”页导入）"))
        banner.show()
