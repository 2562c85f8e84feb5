"""While the hall's PostgreSQL is unreachable, the counter never freezes.

The network to the server silently stalls (the loopback proxy swallows every byte and
closes nothing, as a dead router would), then the server goes away for good.  Meanwhile
the clerk works every screen that reads the database: unlock and switch user at the lock
screen, log in, the account, audit and calendar pages, today's list, a search, the status
bar's check.  A QTimer heartbeat on the GUI thread measures the longest time the thread
was busy: it stays under 100 ms, and the status bar then says the database is gone.
"""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from clerk_desk.domain.roles import Actor, Role
from tests.gui.conftest import settings_for, wait_tasks
from tests.gui.test_database_outage import proxied_url  # noqa: F401 - the fixture
from tests.helpers.fixtures import requires_postgres

pytestmark = [pytest.mark.postgres, requires_postgres]

BOSS = Actor("boss", Role.SUPERVISOR, "王主任")
STALL_SECONDS = 2.0


class Heartbeat:
    """A 10 ms timer on the GUI thread; ``longest`` is the longest gap between two beats (ms)."""

    def __init__(self) -> None:
        self.beats: list[float] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(lambda: self.beats.append(time.monotonic()))

    def start(self) -> None:
        self.beats = [time.monotonic()]
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        gaps = [b - a for a, b in zip(self.beats, self.beats[1:], strict=False)]
        return max(gaps) * 1000 if gaps else float("inf")


def test_every_screen_stays_responsive_while_the_server_is_gone(qtbot, proxied_url) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    from clerk_desk.gui.context import AppContext
    from clerk_desk.gui.main_window import MainWindow
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    proxy, url = proxied_url
    with unit_of_work(url) as s:
        accounts.create_first_supervisor(s, username="boss", password="Chief2025pw", display_name="王主任")
    ctx = AppContext(settings_for(), lang="zh", url=url)
    ctx.ready = True
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_session(BOSS)
    wait_tasks(qtbot, 30000)

    beat = Heartbeat()
    beat.start()
    proxy.stall()
    gone = threading.Timer(STALL_SECONDS, proxy.cut)  # then the server is gone for good
    gone.start()
    try:
        window.page("users_page").refresh()
        window.page("audit_view").search()
        window.page("calendar_page").refresh()
        window.page("today_page").activate()
        window.search_for("张三")
        window.check_database()
        window.lock.lock_now()
        screen = window.lock.screen
        screen.password_edit.setText("Chief2025pw")
        screen.unlock_button.click()  # the password check waits on the server: in a worker
        qtbot.waitUntil(lambda: not screen.unlock_button.isEnabled(), timeout=5000)
        assert screen.is_locked and gone.is_alive()  # waiting on the stalled server, not frozen
        qtbot.waitUntil(lambda: not gone.is_alive(), timeout=10000)
        wait_tasks(qtbot, 60000)
    finally:
        gone.cancel()
        longest = beat.stop()
    assert longest < 100, f"the GUI thread was blocked for {longest:.0f} ms"
    assert "无法连接" in window._db_state.text()
    assert screen.is_locked and screen.message_label.text()  # told why, still locked
    assert screen.unlock_button.isEnabled()
