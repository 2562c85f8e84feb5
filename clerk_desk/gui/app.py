"""``clerk-desk`` without a subcommand: the desktop app.

Start-up budget (``benchmarks/``: the first window, and the login drawn with the database ready):

1. only PySide6's three modules, the settings file read as plain TOML (``gui/first_look.py``)
   and the main window's shell (title, place) before the first paint;
2. then, at once, the window's contents (``MainWindow.build``) while a worker opens the database:
   a SQLite file with nothing to change is checked with stdlib ``sqlite3``
   (``services.database.open_at_start``), anything else takes the full road (SQLAlchemy, Alembic);
3. the login (or the first-run setup) over it; once that is drawn, workers read the checked
   settings (pydantic) and load the database stack and the sign-in service while the clerk types
   (``MainWindow.warm_up``).

``CLERK_DESK_QUIT_AFTER_SHOWN=1`` quits as soon as the first window is exposed
(``benchmarks/startup.py`` times that).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from clerk_desk.gui.qt import QApplication, QEvent, QObject, QTimer


class _FirstExpose(QObject):
    """Calls ``callback`` once, when the window is first exposed (drawn) on screen."""

    def __init__(self, callback: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Expose and obj.isExposed():  # type: ignore[attr-defined]
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def when_drawn(widget: Any, callback: Any) -> None:
    """``callback()`` once ``widget``'s window has first been drawn (from the event loop)."""
    widget.windowHandle().installEventFilter(_FirstExpose(callback, widget))


def set_high_dpi_policy() -> None:
    """Before the QApplication exists: scale by the screen's exact factor (125 %, 150 %), unrounded.

    Qt 6 always scales for high-DPI screens; the rounding policy decides whether a 150 % Windows
    setting draws at 1.5 (PassThrough, sharp and the size the clerk chose) or at 2.  Set through
    Qt's documented variable (``QGuiApplication.setHighDpiScaleFactorRoundingPolicy``'s twin), which
    a variable already set still overrides, as it did the call: the call needs the ``Qt`` namespace,
    whose hundreds of enums cost the first window a tenth of its time.
    """
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")


def steady_style(app: QApplication) -> None:
    """Fusion where Qt would pick its "windows11" style: that style sizes menus for a narrower text
    than it draws (Chinese items came out elided, 快捷键…K)…F1) and ignores parts of the style sheet;
    Fusion draws the same on every system."""
    if app.style().name().lower() == "windows11":
        app.setStyle("Fusion")


def run_app(argv: Sequence[str] | None = None) -> int:
    from clerk_desk.gui import errors, i18n, style
    from clerk_desk.gui.first_look import first_look

    look = first_look()  # the checked settings are read in a worker once the window shows
    if QApplication.instance() is None:
        set_high_dpi_policy()
    app = QApplication.instance() or QApplication(["clerk-desk", *(argv or [])])
    app.setApplicationName("Clerk Desk")
    lang = look.language
    i18n.install(app, lang)
    steady_style(app)
    errors.set_language(lang)
    errors.install_excepthook()
    style.apply(app)
    from clerk_desk.gui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(app)  # workers never collect Qt objects (a crash in PySide)
    import gc

    gc.freeze()  # what the start made (modules, classes, Qt's enums) lives as long as the program:
    # full collections leave it out (the one at quit took 10 ms, a third of what the program adds
    # to a bare window's start)

    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.main_window import MainWindow

    ctx = AppContext(None, lang=lang)
    ctx.first_look = look
    window = MainWindow(ctx, shell=True)  # its contents right after the first paint
    quit_after_shown = os.environ.get("CLERK_DESK_QUIT_AFTER_SHOWN") == "1"

    def after_first_expose() -> None:
        if quit_after_shown:
            heavy = sorted(m for m in ("sqlalchemy", "sqlmodel", "alembic", "reportlab") if m in sys.modules)
            if os.environ.get("CLERK_DESK_REPORT_MODULES"):
                print("HEAVY:" + ",".join(heavy), flush=True)
            app.quit()
            return
        ctx.database_ready.connect(lambda: _log_in(window, ctx))
        window.start_database()  # the worker opens it while the window is built
        window.build()

    from clerk_desk.gui.window_place import show_placed

    show_placed(window, look.window_geometry)  # maximised, or where the clerk left it
    when_drawn(window, after_first_expose)
    code = app.exec()
    shut_down(window)
    collector.stop()
    return code


def shut_down(window: Any) -> None:
    """A clean end: the window's timers and filters stop, the workers finish (their results are
    dropped), the window goes before the application, the database connections close."""
    from clerk_desk.gui import errors, tasks

    window.prepare_to_quit()
    _remember_place(window)
    if not tasks.shutdown():
        errors.log.warning("quitting with database work still running")
    actor = window.ctx.actor
    if actor is not None and window.ctx.ready:  # the user leaves with the program: audited like 注销
        from clerk_desk.services import signin

        url = window.ctx.url
        try:  # the window is gone: nothing waits on this thread any more
            signin.sign_out(url, actor)
        except Exception as exc:  # noqa: BLE001 - the database may be what is gone
            errors.log.warning("logout at quit not recorded: %s", exc)
    errors.set_sink(None)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if "sqlalchemy" in sys.modules:  # no engine without it: nothing to close, nothing to import to see that
        from clerk_desk.services.database import close_connections

        close_connections()


def _remember_place(window: Any) -> None:
    """The window's geometry into the settings, for the next start (a failure only logs)."""
    from clerk_desk.gui import errors
    from clerk_desk.gui.window_place import remember

    if window.ctx.settings is None or not window.ctx.settings.is_configured:  # not read yet, or first run not finished
        return
    try:
        remember(window, window.ctx.settings)
    except OSError as exc:
        errors.log.warning("window geometry not kept: %s", exc)


def _log_in(window: Any, ctx: Any) -> None:
    """First run (no service point or no account yet): setup; otherwise the login dialog.  Once it
    is drawn, the rest of the start loads in workers (:meth:`MainWindow.warm_up`)."""
    info = getattr(window, "database_info", {}) or {}
    if ctx.settings is None:  # start-up: the settings are not checked yet
        if info.get("needs_first_run") or not ctx.first_look.is_configured:
            window.after_settings(lambda: _log_in(window, ctx))  # the setup edits them: read them first
        else:
            when_drawn(window.show_login(), window.warm_up)
        return
    if info.get("needs_first_run") or not ctx.settings.is_configured:
        from clerk_desk.gui.setup_dialog import SetupDialog

        dialog = SetupDialog(ctx.settings, window, create_account=bool(info.get("needs_first_run")))

        def configured() -> None:
            ctx.settings = dialog.settings
            ctx.settings_changed.emit()
            if dialog.actor is not None:
                window.start_session(dialog.actor)
            else:
                _log_in(window, ctx)

        dialog.accepted.connect(configured)
        dialog.rejected.connect(window.close)
        dialog.open()
        when_drawn(dialog, window.warm_up)
        return
    window.show_login()
