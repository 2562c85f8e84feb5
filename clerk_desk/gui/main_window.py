"""The main window: title (service point and clerk), search, pages, calendar banner, status bar.

It shows at once; :meth:`build_pages` runs right after the first paint and
:meth:`start_database` opens (and if needed upgrades) the database in a worker, so the
clerk sees the window before SQLAlchemy is even imported.
"""

from __future__ import annotations

import importlib
from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.context import AppContext
from clerk_desk.gui.forms.ui_main_window import Ui_MainWindow
from clerk_desk.gui.qt import QT_TRANSLATE_NOOP, QKeySequence, QLabel, QMainWindow, QShortcut, Qt, QTimer, QWidget, Slot
from clerk_desk.gui.style import set_state
from clerk_desk.gui.tasks import run_task

# (module, class, title zh, shortcut, action needed or None)
PAGES = [
    ("new_application", "NewApplicationPage", QT_TRANSLATE_NOOP("MainWindow", "新增受理"), "F2", "register"),
    ("today_page", "TodayPage", QT_TRANSLATE_NOOP("MainWindow", "今日业务"), "F3", None),
    ("handover_page", "HandoverPage", QT_TRANSLATE_NOOP("MainWindow", "发卡"), "F4", "hand_over"),
    ("cards_ready_page", "CardsReadyPage", QT_TRANSLATE_NOOP("MainWindow", "制卡完成"), "F5", "mark_ready"),
    ("late_page", "LatePage", QT_TRANSLATE_NOOP("MainWindow", "逾期与未领"), "F6", "mark_ready"),
    ("daily_page", "DailyPage", QT_TRANSLATE_NOOP("MainWindow", "日报与日结"), "F7", "daily_report"),
    ("search_page", "SearchPage", QT_TRANSLATE_NOOP("MainWindow", "查询结果"), None, "search"),
]


def _engine_pages(ctx: AppContext) -> list[tuple[str, str, Any]]:
    """Supervisor pages by the accounts and calendar engineers: (name, title, factory(engine))."""
    from clerk_desk.services import clock

    lang, actor = ctx.lang, ctx.actor
    return [
        ("calendar_page", QT_TRANSLATE_NOOP("MainWindow", "工作日历"), lambda engine: importlib.import_module("clerk_desk.gui.calendar_page")
         .CalendarPage(engine, actor=actor, lang=lang, today=clock.today), "edit_calendar"),
        ("audit_view", QT_TRANSLATE_NOOP("MainWindow", "审计日志"), lambda engine: importlib.import_module("clerk_desk.gui.audit_view")
         .AuditView(actor, engine, lang=lang), "view_audit"),
        ("users_page", QT_TRANSLATE_NOOP("MainWindow", "账户管理"), lambda engine: importlib.import_module("clerk_desk.gui.users_page")
         .UsersPage(actor, engine, lang=lang), "manage_clerks"),
    ]


def open_database(url: str) -> dict[str, Any]:
    """Worker: bring the database to the current schema and read what the window shows."""
    from clerk_desk.store.bootstrap import ensure_database

    result = ensure_database(url)
    info: dict[str, Any] = {"url": result.url, "upgraded": result.upgraded, "banner": None}
    try:
        from clerk_desk.services import calendar
        from clerk_desk.store.db import get_engine, session_scope

        with session_scope(get_engine(url)) as session:
            info["banner"] = calendar.banner(session)
            try:
                from clerk_desk.services import accounts

                info["needs_first_run"] = accounts.needs_first_run(session)
            except ImportError:  # pragma: no cover
                pass
    except ImportError:  # pragma: no cover - calendar service not there yet
        pass
    return info


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self._db_state = QLabel(self.tr("数据库：正在打开数据库…"))
        self._sync_state = QLabel()
        self._printer_state = QLabel()
        for label in (self._db_state, self._sync_state, self._printer_state):
            self.ui.statusBar.addPermanentWidget(label)
        set_state(self._db_state, "state", "busy")
        self._message_timer = QTimer(self, singleShot=True, interval=15000)
        self._message_timer.timeout.connect(self.ui.messageBar.hide)
        self.ui.searchEdit.returnPressed.connect(self._on_search)
        self.ui.searchButton.clicked.connect(self._on_search)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSettings.triggered.connect(self._on_settings)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        self.ui.actionShortcuts.triggered.connect(self._on_shortcuts)
        for action, operation in ((self.ui.actionPush, "push"), (self.ui.actionPull, "pull"),
                                  (self.ui.actionExportBundle, "export"), (self.ui.actionImportBundle, "import")):
            action.triggered.connect(lambda _checked=False, op=operation: self.open_sync(op))
        self._sync_times: tuple[Any, Any] = (None, None)  # last push, last pull (gui/sync_dialog.py)
        ctx.database_ready.connect(self.refresh_sync_state)
        ctx.actor_changed.connect(self._update_actions)
        self._update_actions()
        ctx.settings_changed.connect(self.update_title)
        ctx.settings_changed.connect(self._update_status)
        ctx.actor_changed.connect(self.update_title)
        errors.set_sink(self.show_message)
        self.update_title()
        self._update_status()
        self.ui.statusBar.showMessage(self.tr("正在打开数据库…"))

    # -- title and status ---------------------------------------------------------
    @Slot()
    def update_title(self) -> None:
        sp = self.ctx.settings.service_point
        parts = ["Clerk Desk"]
        if sp.name:
            parts.append(f"{sp.name}（{sp.code}）" if sp.code else sp.name)
        if self.ctx.actor is not None:
            parts.append(self.tr("经办人：%1").replace("%1", self.ctx.actor.label))
        self.setWindowTitle(" — ".join(parts))

    @Slot()
    def _update_status(self) -> None:
        s = self.ctx.settings
        self._sync_state.setText(self.tr("同步：未配置") if not s.sync.central_url else self.tr("同步：已配置中心库"))
        if any(self._sync_times):
            never = self.tr("从未")
            pushed, pulled = (f"{t:%Y-%m-%d %H:%M}" if t else never for t in self._sync_times)
            self._sync_state.setText(self.tr("同步：上次上传 %1，上次下载 %2").replace("%1", pushed).replace("%2", pulled))
        printer = s.printing.printer or self.tr("默认打印机")
        mode = self.tr("预览") if s.printing.preview else self.tr("直接打印")
        self._printer_state.setText(self.tr("打印机：%1（%2，%3）").replace("%1", printer)
                                    .replace("%2", s.printing.paper).replace("%3", mode))

    def show_message(self, kind: str, text: str) -> None:
        """The one place messages and errors show (kind: ok, info, rule, environment, bug)."""
        bar = self.ui.messageBar
        bar.setText(text)
        set_state(bar, "kind", kind)
        bar.show()
        self._message_timer.start()

    def print_documents(self, application_id: Any, documents: list[str], *, reprint: bool = False) -> None:
        """Receipt, slip, notice: rendered in a worker, then previewed or printed (gui/printing.py)."""
        if getattr(self, "printer", None) is None:
            from clerk_desk.gui.printing import DocumentPrinter  # QtPdf loads on the first print

            self.printer = DocumentPrinter(self.ctx, self)
        self.printer.print_documents(application_id, documents, reprint=reprint)

    # -- the clerk's session -------------------------------------------------------------
    def start_session(self, actor: Any, *, lock: bool = True) -> None:
        """After login: the pages this role may use, and the idle lock."""
        self.ctx.actor = actor
        self.ctx.actor_changed.emit()
        self.build_pages()
        if lock and self.ctx.ready:
            try:
                from clerk_desk.gui.lock_screen import CounterLock
                from clerk_desk.store.db import get_engine
            except ImportError:  # pragma: no cover
                return
            self.lock = CounterLock(self, actor, get_engine(self.ctx.url), lang=self.ctx.lang,
                                    minutes=self.ctx.settings.ui.idle_lock_minutes)
            self.lock.screen.user_switched.connect(lambda _old, new: self._on_user_switched(new))
            QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock.lock_now)
            self.lock.start()

    def _on_user_switched(self, actor: Any) -> None:
        self.ctx.actor = actor
        self.ctx.actor_changed.emit()

    # -- pages ------------------------------------------------------------------------
    def build_pages(self) -> None:
        if self.pages:
            return
        for module_name, cls_name, title, key, action in PAGES:
            if action is not None and self.ctx.actor is not None and not self.ctx.allowed(action):
                continue
            try:
                module = importlib.import_module(f"clerk_desk.gui.{module_name}")
            except ImportError:
                continue
            cls = getattr(module, cls_name, None)
            if cls is None:
                continue
            page = cls(self.ctx, self)
            index = self.ui.pages.addTab(page, self.tr(title) + (f" ({key})" if key else ""))
            self.pages[module_name] = page
            if key:
                QShortcut(QKeySequence(key), self, activated=lambda i=index: self._go(i))
            if hasattr(page, "open_application"):
                page.open_application.connect(self._on_open_application)
            if hasattr(page, "open_record"):
                page.open_record.connect(self.open_record)
            if hasattr(page, "search_requested"):  # a duplicate's link: one record found opens at once
                page.search_requested.connect(lambda text: self.search_for(text, open_single=True))
        self.ui.pages.currentChanged.connect(self._on_page_changed)
        self._install_input_devices()
        if self.ctx.ready:
            self._build_engine_pages()
        else:
            self.ctx.database_ready.connect(self._build_engine_pages)

    @Slot()
    def _build_engine_pages(self) -> None:
        if self.ctx.actor is None or "calendar_page" in self.pages:
            return
        from clerk_desk.gui.lazy import LazyPage
        from clerk_desk.store.db import get_engine

        engine = get_engine(self.ctx.url)
        for name, title, factory, action in _engine_pages(self.ctx):
            if not self.ctx.allowed(action):
                continue
            # built when its tab is first shown, not at login (issue 15)
            page = LazyPage(lambda factory=factory: factory(engine), self._on_engine_page_built, self)
            self.ui.pages.addTab(page, self.tr(title))
            self.pages[name] = page

    def _on_engine_page_built(self, page: Any) -> None:
        if hasattr(page, "calendar_changed"):
            page.calendar_changed.connect(self.refresh_banner)

    def page(self, name: str) -> Any:
        return self.pages.get(name)

    def show_page(self, name: str) -> None:
        page = self.pages.get(name)
        if page is not None:
            self.ui.pages.setCurrentWidget(page)

    def _go(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)

    @Slot(int)
    def _on_page_changed(self, index: int) -> None:
        page = self.ui.pages.widget(index)
        if hasattr(page, "activate"):
            page.activate()

    # -- the database -------------------------------------------------------------------
    def start_database(self) -> None:
        run_task(lambda: open_database(self.ctx.url), self._on_database_ready, self._on_database_failed)

    @Slot(object)
    def _on_database_ready(self, info: dict[str, Any]) -> None:
        backend = "PostgreSQL" if info["url"].startswith("postgresql") else "SQLite"
        self._db_state.setText(self.tr("数据库：正常（%1）").replace("%1", backend))
        set_state(self._db_state, "state", "ok")
        self.ui.statusBar.clearMessage()
        self.set_banner(info.get("banner"))
        self.ctx.ready = True
        self.database_info = info
        self.ctx.database_ready.emit()

    @Slot(object)
    def _on_database_failed(self, exc: BaseException) -> None:
        self._db_state.setText(self.tr("数据库：无法打开"))
        set_state(self._db_state, "state", "error")
        self.ui.statusBar.clearMessage()
        errors.report_exception(exc)

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
            banner.setText(banner.text() + self.tr("（请在“工作日历”页导入）"))
        banner.show()

    # -- search, settings --------------------------------------------------------------
    @Slot()
    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    @Slot(str)
    def search_for(self, text: str, *, open_single: bool = False) -> None:
        """Search as if the clerk had typed ``text`` into the search box (``open_single``: open the
        record when exactly one is found)."""
        self.ui.searchEdit.setText(text)
        self._on_search(open_single=open_single)

    @Slot()
    def _on_search(self, *, open_single: bool = False) -> None:
        text = self.ui.searchEdit.text().strip()
        page = self.pages.get("search_page")
        if not text or page is None:
            return
        page.search(text, open_single=open_single)
        self.show_page("search_page")

    @Slot(object)
    def open_record(self, application_id: Any) -> Any:
        """The application's record dialog (gui/record_dialog.py): details, reveal, cancel, correct, reprint."""
        from clerk_desk.gui.record_dialog import open_record

        self.record_dialog = open_record(self.ctx, application_id, self)
        return self.record_dialog

    def start_handover(self, number: str) -> None:
        """The handover page with the application's number looked up (from the record dialog)."""
        page = self.pages.get("handover_page")
        if page is None:
            return
        self.show_page("handover_page")
        page.ui.lookupEdit.setText(number)
        page.ui.lookupButton.click()

    @Slot(object)
    def _on_open_application(self, application_id: Any) -> None:
        page = self.pages.get("new_application")
        if page is not None and hasattr(page, "load_application"):
            page.load_application(application_id)
            self.show_page("new_application")

    @Slot()
    def _on_settings(self) -> None:
        from clerk_desk.gui.settings_dialog import SettingsDialog

        if self.ctx.actor is not None and not self.ctx.allowed("edit_settings"):
            self.show_message("rule", self.tr("只有负责人可以修改设置"))
            return
        dialog = SettingsDialog(self.ctx, self)
        dialog.open()

    @Slot()
    def _update_actions(self) -> None:
        """Clerks never see the settings (the service refuses them anyway)."""
        self.ui.actionSettings.setVisible(self.ctx.actor is not None and self.ctx.allowed("edit_settings"))
        self.ui.menuData.menuAction().setVisible(self.ctx.actor is not None and self.ctx.allowed("sync"))

    # -- sync (gui/sync_dialog.py) -------------------------------------------------------------
    def open_sync(self, operation: str | None = None) -> Any:
        """Data ▸ push / pull / bundles: the sync dialog, starting ``operation``."""
        from clerk_desk.gui.sync_dialog import SyncDialog

        dialog = getattr(self, "sync_dialog", None)
        if dialog is None:
            dialog = self.sync_dialog = SyncDialog(self.ctx, self)
            dialog.synced.connect(self._on_synced)
        dialog.open()
        if operation is not None:
            dialog.start(operation)
        return dialog

    @Slot(str)
    def _on_synced(self, operation: str) -> None:
        if operation in ("pull", "import"):
            self.ctx.applications_changed.emit()
        self.refresh_sync_state()

    @Slot()
    def refresh_sync_state(self) -> None:
        from clerk_desk.gui.sync_dialog import read_sync_state

        def done(times: tuple[Any, Any]) -> None:
            self._sync_times = times
            self._update_status()

        self.ctx.call(read_sync_state, done,  # the status bar's extra: logged, never a message
                      lambda exc: errors.log.warning("sync state not read: %s", exc))

    @Slot()
    def _on_shortcuts(self) -> None:
        show_shortcuts(self, self.ctx.lang)

    # -- input devices: the scanner (a keyboard wedge) and the ID-card reader -------------------------------
    def _install_input_devices(self) -> None:
        from clerk_desk.gui import id_reader
        from clerk_desk.gui.qt import QApplication
        from clerk_desk.gui.scanner import ScanDetector

        self.scanner = ScanDetector(self, accept=self._scan_allowed)
        self.scanner.scanned.connect(self._on_scanned)
        QApplication.instance().installEventFilter(self.scanner)
        self.id_reader = id_reader.install(self)

    def _scan_allowed(self, focus: QWidget | None) -> bool:
        from clerk_desk.gui.qt import QApplication

        lock = getattr(self, "lock", None)
        if self.ctx.actor is None or (lock is not None and lock.screen.is_locked):
            return False
        return QApplication.activeModalWidget() is None and (focus is None or focus.window() is self)

    @Slot(str)
    def _on_scanned(self, text: str) -> None:
        from clerk_desk.gui.qt import QApplication
        from clerk_desk.gui.scanner import route_scan

        route_scan(self, text, QApplication.focusWidget())


# (keys, what they do zh, en) — Help ▸ Shortcuts; tests/gui/test_input_devices.py checks each one exists
SHORTCUTS = [
    ("F1", "本快捷键列表", "this list of shortcuts"),
    ("F2", "新增受理", "new application"),
    ("F3", "今日业务", "today's applications"),
    ("F4", "发卡（扫描领卡凭条）", "hand over a card (scan the pickup slip)"),
    ("F5", "制卡完成（负责人）", "cards ready (supervisor)"),
    ("F6", "逾期与未领（负责人）", "late and uncollected cards (supervisor)"),
    ("F7", "日报与日结（负责人）", "daily report and closing the day (supervisor)"),
    ("Ctrl+F", "查询：身份证号码、姓名、业务编号", "search: ID number, name, application number"),
    ("Ctrl+L", "锁定窗口", "lock the counter"),
    ("Ctrl+Q", "退出", "quit"),
    ("Ctrl+I", "新增受理：跳到身份证号码", "new application: go to the ID number"),
    ("F9", "受理 / 确认发卡 / 登记制卡完成", "accept / hand over / mark cards ready"),
    ("Ctrl+Return", "受理", "accept"),
    ("Ctrl+R", "出具一次性告知书", "print the missing-documents notice"),
    ("Ctrl+S", "保存草稿", "save a draft"),
    ("Ctrl+N", "新办（清空表单）", "next person (clear the form)"),
    ("Ctrl+D", "材料全部已核验", "mark every document verified"),
    ("Ctrl+P", "打印（预览窗口中）", "print (in the preview)"),
    ("Alt+带下划线的字母", "跳到对应的输入框", "Alt+underlined letter: go to that field"),
    ("F8", "读取演示身份证（模拟读卡器）", "read a demo ID card (simulated reader)"),
]


def show_shortcuts(parent: QWidget, lang: str) -> Any:
    """Help ▸ Shortcuts: a read-only table of the keys a clerk uses."""
    from clerk_desk.gui.qt import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setObjectName("ShortcutsDialog")
    dialog.setWindowTitle("快捷键" if lang == "zh" else "Keyboard shortcuts")
    rows = [r for r in SHORTCUTS if r[0] != "F8" or getattr(parent, "id_reader", None) is not None]
    table = QTableWidget(len(rows), 2, dialog)
    table.setHorizontalHeaderLabels(["按键", "功能"] if lang == "zh" else ["Keys", "Action"])
    for row, (keys, zh, en) in enumerate(rows):
        shown = keys if keys.isascii() else ("Alt+字母" if lang == "zh" else "Alt+letter")
        table.setItem(row, 0, QTableWidgetItem(shown))
        table.setItem(row, 1, QTableWidgetItem(en if lang == "en" else zh))
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.resizeColumnsToContents()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    table.resizeRowsToContents()
    table.setMinimumHeight(table.horizontalHeader().height() + table.verticalHeader().length() + 4)
    dialog.resize(560, table.minimumHeight() + 60)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
