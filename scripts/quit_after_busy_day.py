"""Quit the desktop app while a supervisor's session is still loading a busy day (issue 10:
"none_dealloc" on exit).  Run on a seeded data directory:

    CLERK_DESK_DATA_DIR=/tmp/d clerk-desk demo seed --applications 600 --days 2
    CLERK_DESK_DATA_DIR=/tmp/d QT_QPA_PLATFORM=offscreen python scripts/quit_after_busy_day.py 300

The argument is how many milliseconds after the pages open the window closes.  Exit status 0
and nothing on standard error: a clean end.  It ends as ``clerk-desk`` does (gui.app.shut_down).
"""

from __future__ import annotations

import sys


def main(quit_ms: int) -> int:
    from clerk_desk.config import load_settings
    from clerk_desk.domain.roles import Actor, Role
    from clerk_desk.gui.app import shut_down
    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.gui.qt import QApplication, QTimer

    app = QApplication(["clerk-desk"])
    ctx = AppContext(load_settings()[0], lang="zh")
    window = MainWindow(ctx)
    window.show()

    def signed_in() -> None:
        window.start_session(Actor("demo_sup", Role.SUPERVISOR, "赵主任"))
        for name in ("today_page", "daily_page", "late_page", "cards_ready_page", "audit_view", "users_page"):
            window.show_page(name)
        QTimer.singleShot(quit_ms, window.close)

    ctx.database_ready.connect(signed_in)
    window.start_database()
    code = app.exec()
    shut_down(window)
    return code


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300))
