"""Start-up time: Clerk Desk's first window against a bare PySide6 window (target: at most 2x).

    python benchmarks/startup.py [--runs 7] [--platform offscreen]

(a) a bare PySide6 process that shows a QMainWindow and quits when it is exposed;
(b) ``python main.py`` with ``CLERK_DESK_QUIT_AFTER_SHOWN=1``, which quits as soon as the first
    window is exposed (the database opens in a worker only after that, so it is not counted,
    and neither SQLAlchemy nor ReportLab may be imported before it — checked here too).
Both run in fresh processes, several times; the medians and their ratio are printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and obj.isExposed():
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication([])
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1024, 700)
w.show()
f = Quit()
w.windowHandle().installEventFilter(f)
app.exec()
"""


# ``python main.py`` until the login dialog is drawn with the database ready (opened, upgraded,
# the accounts read): the program unchanged, watched from outside: ``QDialog.open`` is wrapped,
# before the program imports PySide6, to quit at the first expose of a LoginDialog's window.
TO_LOGIN = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

class _Drawn(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Expose and obj.isExposed():
            QTimer.singleShot(0, QApplication.instance().quit)
        return False

_open = QDialog.open
def _watched_open(self):
    _open(self)
    if type(self).__name__ == "LoginDialog":
        print("LOGIN-DIALOG", flush=True)
        self._drawn = _Drawn(self)
        self.windowHandle().installEventFilter(self._drawn)
QDialog.open = _watched_open
from clerk_desk.cli import main
sys.exit(main([]))
"""


def login_ready_data(directory: Path) -> None:
    """A data directory the program opens at its login dialog: the service point configured and
    a supervisor account (added once, if the directory has none)."""
    from sqlmodel import Session

    from clerk_desk.config import load_settings, save_settings
    from clerk_desk.services import accounts
    from clerk_desk.services.database import ensure_database
    from clerk_desk.services.uow import engine_for

    old = os.environ.get("CLERK_DESK_DATA_DIR")
    os.environ["CLERK_DESK_DATA_DIR"] = str(directory)
    try:
        settings = load_settings()[0]
        if not settings.is_configured:
            settings.service_point.code, settings.service_point.name = "S001", "幸福街道医保服务点"
            save_settings(settings)
        with Session(engine_for(ensure_database().url)) as s:
            if accounts.needs_first_run(s):
                accounts.create_first_supervisor(s, username="zhao", password="Bench-2026-login",
                                                 display_name="赵主任", save_settings=False)
                s.commit()
    finally:
        if old is None:
            os.environ.pop("CLERK_DESK_DATA_DIR", None)
        else:
            os.environ["CLERK_DESK_DATA_DIR"] = old


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"{cmd} failed ({out.returncode}):\n{out.stderr}")
    return elapsed, out.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = ap.parse_args()

    data = Path(tempfile.mkdtemp(prefix="clerk-desk-bench-"))
    (data / "settings.toml").write_text('[service_point]\ncode = "S001"\nname = "幸福街道医保服务点"\n',
                                        encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, CLERK_DESK_DATA_DIR=str(data),
               CLERK_DESK_QUIT_AFTER_SHOWN="1", CLERK_DESK_REPORT_MODULES="1")
    env.pop("CLERK_DESK_DATABASE_URL", None)
    python = sys.executable
    # warm the file cache once for both
    run([python, "-c", BARE], env)
    run([python, "main.py"], env)
    bare, app = [], []
    heavy = set()
    for _ in range(args.runs):
        bare.append(run([python, "-c", BARE], env)[0])
        t, out = run([python, "main.py"], env)
        app.append(t)
        for line in out.splitlines():
            if line.startswith("HEAVY:") and line[6:]:
                heavy.update(line[6:].split(","))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"platform {args.platform}, {args.runs} runs each (median, min–max)")
    print(f"(a) bare PySide6 QMainWindow : {b * 1000:7.0f} ms  ({min(bare) * 1000:.0f}–{max(bare) * 1000:.0f})")
    print(f"(b) clerk-desk first window  : {a * 1000:7.0f} ms  ({min(app) * 1000:.0f}–{max(app) * 1000:.0f})")
    print(f"ratio (b)/(a)                : {a / b:7.2f}x  (target <= 2.00x)")
    print("heavy modules before the first window: " + (", ".join(sorted(heavy)) or "none"))
    return 0 if a / b <= 2.0 and not heavy else 1


if __name__ == "__main__":
    sys.exit(main())
