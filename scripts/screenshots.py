"""Screenshots of every page and main dialog, on the demo data, at 1366x768 and 1920x1080.

    python scripts/screenshots.py OUT_DIR [--sizes 1366x768,1920x1080] [--lang zh|en]

For each size it seeds a fresh data directory (``clerk-desk demo seed``), starts the app's
window on a virtual X display of that size (``xvfb-run``, or ``Xvfb`` itself; the Qt xcb
platform), signs in through the login dialog as the demo supervisor and then as a demo clerk,
and saves ``OUT_DIR/<size>/<role>-<NN>-<what>.png``: the login dialog, every page of the
role, and the main dialogs (record, print preview, settings, sync, accounts, about, shortcuts,
the Help menu).  Needs: ``apt-get install xvfb`` and the xcb libraries listed in README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEMO = {"supervisor": ("demo_sup", "DemoSup2026"), "clerk": ("demo_clerk1", "DemoClerk2026")}


# -- outside: a data directory and a display per size -------------------------------------------------
def seed(data: Path) -> None:
    env = dict(os.environ, CLERK_DESK_DATA_DIR=str(data), CLERK_DESK_STATION="SHOT-01")
    env.pop("CLERK_DESK_DATABASE_URL", None)
    cmd = [sys.executable, "-m", "clerk_desk.cli", "demo", "seed", "--applications", "120", "--days", "12",
           "--seed", "7"]
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def on_display(size: str, argv: list[str], env: dict[str, str]) -> int:
    """Run ``argv`` on a virtual screen of ``size`` (WxH)."""
    screen = f"{size}x24"
    if shutil.which("xvfb-run"):
        return subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {screen} -nolisten tcp", *argv], env=env,
                              cwd=ROOT).returncode
    if not shutil.which("Xvfb"):
        sys.exit("Xvfb not found: apt-get install xvfb (and the xcb libraries listed in README.md)")
    display = ":97"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", screen, "-nolisten", "tcp"])
    try:
        time.sleep(1.5)
        return subprocess.run(argv, env=dict(env, DISPLAY=display), cwd=ROOT).returncode
    finally:
        xvfb.terminate()
        xvfb.wait()


def outside(out_dir: Path, sizes: list[str], lang: str) -> int:
    code = 0
    for size in sizes:
        data = Path(tempfile.mkdtemp(prefix="clerk-desk-shots-"))
        seed(data)
        env = dict(os.environ, CLERK_DESK_DATA_DIR=str(data), CLERK_DESK_STATION="SHOT-01", QT_QPA_PLATFORM="xcb",
                   QT_SCALE_FACTOR="1", PYTHONPATH=str(ROOT))
        env.pop("CLERK_DESK_DATABASE_URL", None)
        target = out_dir / size
        target.mkdir(parents=True, exist_ok=True)
        code |= on_display(size, [sys.executable, __file__, "--inside", str(target), "--lang", lang], env)
        shutil.rmtree(data, ignore_errors=True)
    return code


# -- inside: the window on the virtual screen ----------------------------------------------------------
class Shooter:
    def __init__(self, out_dir: Path, lang: str) -> None:
        from clerk_desk.config import load_settings
        from clerk_desk.gui import i18n, style
        from clerk_desk.gui.context import AppContext
        from clerk_desk.gui.main_window import MainWindow
        from clerk_desk.gui.qt import QApplication

        settings, _ = load_settings()
        settings.ui.language = lang
        self.app = QApplication(["clerk-desk"])
        i18n.install(self.app, lang)
        style.apply(self.app)
        self.out_dir = out_dir
        self.ctx = AppContext(settings, lang=lang)
        self.window = MainWindow(self.ctx)
        screen = self.app.primaryScreen().availableGeometry()
        self.window.setGeometry(screen)   # what a maximised window gets (Xvfb has no window manager)
        self.window.show()
        self.role = ""
        self.count = 0

    def settle(self, ms: int = 400, until: Callable[[], bool] | None = None, limit_ms: int = 20000) -> None:
        """Let the window work: ``ms`` at least, then until ``until()`` and no worker is busy."""
        from clerk_desk.gui import tasks

        start = time.monotonic()
        while True:
            self.app.processEvents()
            elapsed = (time.monotonic() - start) * 1000
            done = tasks.pending() == 0 and (until is None or until())
            if (elapsed >= ms and done) or elapsed > limit_ms:
                return
            time.sleep(0.02)

    def shot(self, what: str, widget: Any = None) -> None:
        self.settle()
        self.count += 1
        path = self.out_dir / f"{self.role}-{self.count:02d}-{what}.png"
        (widget or self.window).grab().save(str(path))
        print(path, flush=True)

    def modal(self) -> Any:
        from clerk_desk.gui.qt import QApplication

        self.settle(until=lambda: QApplication.activeModalWidget() is not None)
        return QApplication.activeModalWidget()

    def sign_in(self, role: str) -> None:
        from clerk_desk.gui.qt import QApplication

        self.role, self.count = role, 0
        login = self.window.show_login()
        self.settle()
        username, password = DEMO[role]
        login.username_edit.setText(username)
        login.password_edit.setText(password)
        self.shot("login", login)
        login.login_button.click()
        self.settle(until=lambda: self.ctx.actor is not None)
        if self.ctx.actor is None:
            raise SystemExit(f"{username} could not sign in: {login.message_label.text()}")
        self.settle(800, until=lambda: QApplication.activeModalWidget() is None)

    def pages(self) -> None:
        for name in list(self.window.pages):
            self.window.page(name)
            self.window.show_page(name)
            self.settle(800)
            self.shot(f"page-{name}")
        self.window.show_page("new_application")

    def close_modal(self) -> None:
        dialog = self.modal()
        if dialog is not None:
            dialog.reject()
        self.settle()

    def dialogs(self) -> None:
        """The record and print preview of a seeded application, then the menus' dialogs."""
        from clerk_desk.gui.qt import QApplication, QPoint

        w = self.window
        w.search_for("王", open_single=False)
        self.settle(1000)
        self.shot("search")
        ids = self._some_application_ids()
        if ids:
            w.open_record(ids[0])
            self.settle(1000)
            self.shot("dialog-record", self.modal())
            self.close_modal()
            w.print_documents(ids[0], ["receipt", "slip"], reprint=True)
            self.settle(2500, until=lambda: getattr(getattr(w, "printer", None), "preview", None) is not None)
            preview = getattr(getattr(w, "printer", None), "preview", None)
            if preview is not None:
                self.settle(1000)
                self.shot("dialog-print-preview", preview)
                for index in range(1, preview.tabs.count()):
                    preview.tabs.setCurrentIndex(index)
                    self.settle(800)
                    self.shot(f"dialog-print-preview-{index + 1}", preview)
                preview.reject()
        for name, action in (("settings", w.ui.actionSettings), ("sync", w.ui.actionPush), ("shortcuts",
                             w.ui.actionShortcuts), ("about", w.about_action)):
            if not action.isVisible() or (name == "sync" and not w.ui.menuData.menuAction().isVisible()):
                continue
            if name == "sync":
                dialog = w.open_sync()
            else:
                action.trigger()
                dialog = self.modal() or next((d for d in QApplication.topLevelWidgets()
                                               if d.isVisible() and d is not w), None)
            self.settle(1000)
            if dialog is not None:
                self.shot(f"dialog-{name}", dialog)
                dialog.close()
                self.settle()
        users = w.page("users_page")
        if users is not None:
            w.show_page("users_page")
            self.settle(600)
            users.add_button.click()
            self.shot("dialog-new-account", self.modal())
            self.close_modal()
        menu = w.ui.menuHelp
        menu.popup(w.mapToGlobal(QPoint(40, 24)))
        self.settle(400)
        self.shot("menu-help", menu)
        menu.hide()

    def _some_application_ids(self) -> list[Any]:
        """Accepted applications of the latest seeded day (they have a receipt and a slip)."""
        from datetime import timedelta

        from clerk_desk.services import applications, clock
        from clerk_desk.services.uow import unit_of_work

        with unit_of_work(self.ctx.url) as session:
            for back in range(15):
                rows = applications.list_day(session, point_code=self.ctx.settings.service_point.code,
                                             day=clock.today() - timedelta(days=back))
                accepted = [r.id for r in rows if r.status == "accepted"]
                if accepted:
                    return accepted
        return []

    def log_out(self) -> None:
        self.window.log_out()
        self.settle(800)
        login = self.window.login_dialog
        if login is not None:
            login.rejected.disconnect()
            login.reject()
        self.settle()


def inside(out_dir: Path, lang: str) -> int:
    shooter = Shooter(out_dir, lang)
    shooter.settle(1500)
    shooter.window.start_database()
    shooter.settle(until=lambda: shooter.ctx.ready)
    for role in ("supervisor", "clerk"):
        shooter.sign_in(role)
        shooter.pages()
        shooter.dialogs()
        shooter.log_out()
    shooter.window.prepare_to_quit()
    shooter.window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        return inside(args.out_dir, args.lang)
    return outside(args.out_dir.resolve(), [s for s in args.sizes.split(",") if s], args.lang)


if __name__ == "__main__":
    sys.exit(main())
