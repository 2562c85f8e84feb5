"""A moment after a change the counter copies SQLite's write-ahead log into the database file, so
that no acceptance's commit carries that copy (services.database.checkpoint, AppContext)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from tests.gui.conftest import make_ctx, settings_for, wait_tasks
from tests.helpers.people import make_id, self_form


def _in_file_alone(path: Path) -> int:
    """Applications the database file itself holds, its write-ahead log ignored (``immutable``)."""
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM application").fetchone()[0])
    finally:
        conn.close()


def test_an_acceptance_reaches_the_file_itself_a_moment_later(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    path = Path(database.removeprefix("sqlite:///"))
    setup = sqlite3.connect(path)  # the migrations written into the file itself, as a start leaves them
    setup.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    setup.close()
    ctx = make_ctx()
    ctx._url = database
    accepted: list[object] = []
    birth = date(1990, 3, 7)
    ctx.service("accept", ctx.actor, self_form(make_id(birth, seq=11), birth=birth), settings=settings_for(),
                on_done=accepted.append)
    wait_tasks(qtbot)
    assert accepted and _in_file_alone(path) == 0  # committed, still in the log only
    ctx.applications_changed.emit()  # as the page says after an acceptance
    qtbot.waitUntil(lambda: _in_file_alone(path) == 1, timeout=5000)
    wait_tasks(qtbot)


def test_nothing_is_asked_of_postgresql() -> None:
    from clerk_desk.services.database import checkpoint

    assert checkpoint("postgresql+psycopg://nobody@127.0.0.1:1/none") is None  # not even a connection
