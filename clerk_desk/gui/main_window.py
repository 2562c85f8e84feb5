"""The main window: title (service point and clerk), search, pages, calendar banner, status bar.

At start-up it shows at once as a shell (``MainWindow(ctx, shell=True)``: its title, at its
place); right after that first paint :meth:`MainWindow.build` makes its menus, search, tabs and
status bar (the form's Qt classes and the ``Qt`` namespace cost a start a fifth of its time),
while :meth:`start_database` opens (and if needed upgrades) the database in a worker, so the
clerk sees the window before SQLAlchemy is even imported.
"""

from __future__ import annotations

from typing import Any

from clerk_desk.gui import errors
from clerk_desk.gui.context import AppContext
from clerk_desk.gui.qt import QMainWindow, QTimer, QWidget, Slot
from clerk_desk.gui.style import set_state
from clerk_desk.gui.tasks import run_task
from clerk_desk.gui.window_status import DATABASE_CHECK_MS, DatabaseStatus


def _load_sign_in() -> None:
    """Worker: import what signing in uses (the services, SQLAlchemy, the models)."""
    from clerk_desk.services import signin  # noqa: F401


class MainWindow(DatabaseStatus, QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, shell: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui: Any = None
        self.lock: Any = None
        self.login_dialog: Any = None
        self._settings_waiters: list[Any] = []  # after_settings (gui/window_status.py)
        self.setMinimumSize(1024, 700)  # the form's: the shell shows at the window's own size and place
        self.update_title()
        if not shell:
            self.build()

    def build(self) -> None:
        """The window's contents (once): the form, the pages' set, the status bar, the keys."""
        if self.ui is not None:
            return
        from clerk_desk.gui import wheel_guard
        from clerk_desk.gui.forms.ui_main_window import Ui_MainWindow
        from clerk_desk.gui.page_set import PageSet
        from clerk_desk.gui.qt import QAction, QKeySequence, QLabel, QShortcut

        ctx = self.ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        wheel_guard.install()  # the wheel never changes an unfocused combo, spin or date field
        self.page_set = PageSet(self)
        self.pages: dict[str, QWidget] = self.page_set.pages  # name -> page, for whoever is signed in
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
        self.actionLogout = QAction(self.tr("注销(&O)"), self)
        self.actionLogout.setObjectName("actionLogout")
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.actionLogout)
        self.actionLogout.triggered.connect(self.log_out)
        self.ui.pages.currentChanged.connect(self._on_page_changed)
        ctx.database_ready.connect(self._on_ready_pages)
        self.ui.actionSettings.triggered.connect(self._on_settings)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        self.ui.actionShortcuts.triggered.connect(self._on_shortcuts)
        self.about_action = self.ui.menuHelp.addAction(self.tr("关于 Clerk Desk(&A)…"))
        self.about_action.triggered.connect(self._on_about)
        for action, operation in ((self.ui.actionPush, "push"), (self.ui.actionPull, "pull"),
                                  (self.ui.actionExportBundle, "export"), (self.ui.actionImportBundle, "import")):
            action.triggered.connect(lambda _checked=False, op=operation: self.open_sync(op))
        self._sync_times: tuple[Any, Any] = (None, None)  # last push, last pull (gui/sync_dialog.py)
        ctx.actor_changed.connect(self._update_actions)
        self._update_actions()
        ctx.settings_changed.connect(self.update_title)
        ctx.settings_changed.connect(self._update_status)
        ctx.actor_changed.connect(self.update_title)
        errors.set_sink(self.show_message)
        errors.watch_database(self._on_database_trouble)
        self._pinging = False
        self._ping_timer = QTimer(self, interval=DATABASE_CHECK_MS)
        self._ping_timer.timeout.connect(self.check_database)
        ctx.database_ready.connect(self._ping_timer.start)
        self.update_title()
        self._update_status()
        self.ui.statusBar.showMessage(self.tr("正在打开数据库…"))

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

    # -- who is signed in (one value: ctx.actor, read by every page when it acts) ----------------
    def start_session(self, actor: Any, *, lock: bool = True) -> None:
        """After login: the pages this role may use, and the idle lock."""
        if self.ctx.settings is None:  # signed in before the start-up had read the settings: once it has
            self.after_settings(lambda: self.start_session(actor, lock=lock))
            return
        self.set_actor(actor)
        if not lock or not self.ctx.ready:
            return
        if self.lock is None:
            from clerk_desk.gui.lock_screen import CounterLock
            from clerk_desk.services.uow import engine_for

            self.lock = CounterLock(self, lambda: self.ctx.actor, engine_for(self.ctx.url), lang=self.ctx.lang,
                                    minutes=self.ctx.settings.ui.idle_lock_minutes)
            self.lock.screen.user_switched.connect(lambda _old, new: self.set_actor(new))
            self.lock.screen.quit_requested.connect(self.close)
            from clerk_desk.gui.qt import QKeySequence, QShortcut

            QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock.lock_now)
        self.lock.start()

    def set_actor(self, actor: Any) -> None:
        """Someone else is signed in (or nobody): open dialogs close, the pages, menus and keys
        follow the new role."""
        changed = actor != self.ctx.actor
        if changed:
            self._close_dialogs()
        self.ctx.actor = actor
        self.page_set.apply(user_changed=changed)
        self._install_input_devices()
        self.ctx.actor_changed.emit()

    def _close_dialogs(self) -> None:
        from clerk_desk.gui.qt import QDialog

        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and dialog is not self.login_dialog:
                dialog.reject()

    @Slot()
    def log_out(self) -> None:
        """File ▸ 注销: the user signs out (audited); the form is kept as a draft; the login shows."""
        actor = self.ctx.actor
        if actor is None:
            return
        if self.lock is not None:
            self.lock.stop()
        from clerk_desk.services import signin

        url = self.ctx.url
        run_task(lambda: signin.sign_out(url, actor), None,
                 lambda exc: errors.log.warning("logout not recorded: %s", exc))
        self.set_actor(None)
        self.show_login()

    def show_login(self) -> Any:
        """The login dialog over the window; quitting it quits the program."""
        from clerk_desk.gui.login_dialog import LoginDialog

        login = self.login_dialog = LoginDialog(self.ctx.url, self, lang=self.ctx.lang)  # the engine: in its worker
        login.logged_in.connect(self.start_session)
        login.rejected.connect(self.close)
        login.finished.connect(lambda _code: setattr(self, "login_dialog", None))
        login.open()
        return login

    def prepare_to_quit(self) -> None:
        """Stop what would still run at the end: the database check, the idle lock, the input filters."""
        from clerk_desk.gui.qt import QApplication

        if self.ui is not None:
            self._ping_timer.stop()
        if self.lock is not None:
            self.lock.stop()
        app = QApplication.instance()
        if app is not None and getattr(self, "scanner", None) is not None:
            app.removeEventFilter(self.scanner)

    # -- pages ------------------------------------------------------------------------
    def build_pages(self) -> None:
        """The pages and keys of the signed-in role (again after every change of user)."""
        self.page_set.apply()
        self._install_input_devices()

    @Slot()
    def _on_ready_pages(self) -> None:
        if self.ctx.actor is not None:
            self.page_set.apply()

    def page(self, name: str) -> Any:
        """The page called ``name`` (a lazy page is built now), None when this role has none."""
        from clerk_desk.gui.lazy import LazyPage

        page = self.pages.get(name)
        return page.page() if isinstance(page, LazyPage) else page

    def show_page(self, name: str) -> None:
        page = self.pages.get(name)
        if page is not None:
            self.ui.pages.setCurrentWidget(page)

    @Slot(int)
    def _on_page_changed(self, index: int) -> None:
        page = self.ui.pages.widget(index)
        if hasattr(page, "activate"):
            page.activate()

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
        self.actionLogout.setVisible(self.ctx.actor is not None)
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
    def warm_up(self) -> None:
        """Once the login (or setup) over the window has been drawn: the database stack loads in a
        worker (first the checked settings, then SQLAlchemy, the models, the sign-in service: a third
        of a second the login's check does not wait for), and the status bar reads the last push
        and pull.  Started from the event loop after the drawing, so that nothing holds the dialog up."""
        QTimer.singleShot(0, lambda: self.after_settings(self._load_database_stack))

    def _load_database_stack(self) -> None:
        run_task(_load_sign_in, None, lambda exc: errors.log.warning("database stack not loaded: %s", exc))
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
        from clerk_desk.gui.shortcuts_help import show_shortcuts

        show_shortcuts(self)

    @Slot()
    def _on_about(self) -> Any:
        from clerk_desk.gui.about_dialog import show_about  # version, schema, data directory, counters

        self.about_dialog = show_about(self.ctx, self)
        return self.about_dialog

    # -- input devices: the scanner (a keyboard wedge) and the ID-card reader -------------------------------
    def _install_input_devices(self) -> None:
        if getattr(self, "scanner", None) is not None:
            return
        from clerk_desk.gui import id_reader
        from clerk_desk.gui.qt import QApplication
        from clerk_desk.gui.scanner import ScanDetector

        self.scanner = ScanDetector(self, accept=self._scan_allowed)
        self.scanner.scanned.connect(self._on_scanned)
        QApplication.instance().installEventFilter(self.scanner)
        self.id_reader = id_reader.install(self)

    def _scan_allowed(self, focus: QWidget | None) -> bool:
        from clerk_desk.gui.qt import QApplication

        lock = self.lock
        if self.ctx.actor is None or (lock is not None and lock.screen.is_locked):
            return False
        return QApplication.activeModalWidget() is None and (focus is None or focus.window() is self)

    @Slot(str)
    def _on_scanned(self, text: str) -> None:
        from clerk_desk.gui.qt import QApplication
        from clerk_desk.gui.scanner import route_scan

        route_scan(self, text, QApplication.focusWidget())
