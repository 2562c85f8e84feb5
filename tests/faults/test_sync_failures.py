"""Whose fault a failed push is: the central database's (unreachable, cut) is said as such; this
station's own database (locked, read-only) is said with its file and its fix, never as "the central
database cannot be reached"; nothing here is lost either way."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import Session

from clerk_desk.cli import main
from clerk_desk.services import sync
from clerk_desk.store import db
from clerk_desk.store.models import Application
from tests.services.test_sync import CLERK, accept_some, count, station_db

pytestmark = pytest.mark.fault
CLOSED_PORT = "postgresql+psycopg://nobody@127.0.0.1:1/none"


def test_a_closed_port_is_the_central_unreachable_and_changes_nothing(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 3))
    with pytest.raises(sync.CentralUnreachable) as caught:
        sync.exchange("push", str(street.url), CLOSED_PORT, CLERK, timeout=3)
    assert "127.0.0.1" in caught.value.reason and "无法连接中心数据库" in caught.value.message("zh")
    assert count(street, Application) == 2


def test_a_locked_local_file_is_not_the_central(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    street = station_db(tmp_path, "street", monkeypatch)
    accept_some(street, monkeypatch, "ST-A", "S001", range(1, 3))
    path = db.sqlite_path(str(street.url))
    _lock_local_during_merge(monkeypatch, path)
    with pytest.raises(Exception) as caught:
        sync.exchange("push", str(street.url), f"sqlite:///{tmp_path / 'hall.sqlite3'}", CLERK)
    assert not isinstance(caught.value, sync.CentralUnreachable)
    assert "database is locked" in str(caught.value)
    assert count(street, Application) == 2


def _lock_local_during_merge(monkeypatch, path: Path | None) -> list[sqlite3.Connection]:  # type: ignore[no-untyped-def]
    """Another program takes this station's write lock while the central merges (SQLite gives up
    after a short busy timeout here, not the program's ten seconds)."""
    assert path is not None
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(db, "_engines", {})  # connections made from now on wait 200 ms
    held: list[sqlite3.Connection] = []
    real_merge = sync.merge

    def lock_then_merge(session, records):  # type: ignore[no-untyped-def]
        if not held:
            other = sqlite3.connect(path, isolation_level=None, timeout=0.1, check_same_thread=False)
            other.execute("BEGIN IMMEDIATE")
            held.append(other)
        return real_merge(session, records)

    monkeypatch.setattr(sync, "merge", lock_then_merge)
    return held


@pytest.fixture
def boss(monkeypatch):  # type: ignore[no-untyped-def]
    from clerk_desk.commands.common import open_database
    from clerk_desk.services import accounts
    from clerk_desk.services.uow import unit_of_work

    with unit_of_work(open_database()) as s:
        accounts.create_first_supervisor(s, username="boss", password="Chief2025pw")
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "Chief2025pw")


def test_cli_push_to_a_closed_port_says_central(boss, capsys, caplog) -> None:  # type: ignore[no-untyped-def]
    assert main(["sync", "push", "--central", CLOSED_PORT, "--user", "boss"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("无法连接中心数据库") and "127.0.0.1" in err
    assert any("central database failed" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)


def test_cli_push_hitting_a_bug_says_so_and_logs_its_traceback(boss, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def broken_merge(session, records):  # type: ignore[no-untyped-def]
        raise KeyError("a bug in merging")

    monkeypatch.setattr(sync, "merge", broken_merge)
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    assert main(["sync", "push", "--central", f"sqlite:///{tmp_path / 'hall.sqlite3'}", "--user", "boss"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("something went wrong") and "central" not in err
    log = Path(err.rsplit("details in ", 1)[1].rstrip(")\n"))
    logged = log.read_text(encoding="utf-8")
    assert "in broken_merge" in logged and "KeyError: 'a bug in merging'" in logged  # the traceback


@pytest.mark.parametrize(("lang", "said"), [("zh", "正被其他程序占用"), ("en", "in use by another program")])
def test_cli_push_with_the_local_file_locked_names_the_file_and_the_fix(boss, lang, said, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.config import database_url

    monkeypatch.setenv("CLERK_DESK_LANG", lang)
    path = db.sqlite_path(database_url())
    held = _lock_local_during_merge(monkeypatch, path)
    assert main(["sync", "push", "--central", f"sqlite:///{tmp_path / 'hall.sqlite3'}", "--user", "boss"]) == 1
    err = capsys.readouterr().err
    assert held, "the lock was taken during the push"
    assert said in err and str(path) in err and "database is locked" in err
    assert "中心数据库" not in err and "central" not in err
    held[0].rollback()
    held[0].close()
    with Session(db.get_engine(database_url())) as s:  # the file is whole and usable afterwards
        assert s.connection().exec_driver_sql("PRAGMA quick_check").scalar() == "ok"


def test_a_read_only_database_file_is_named_with_its_fix(boss, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite's own read-only error (opened read-only: root ignores a file's mode bits)."""
    from clerk_desk.cli import _known_error
    from clerk_desk.config import database_url

    path = db.sqlite_path(database_url())
    readonly = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        readonly.execute("DELETE FROM sync_state")
    readonly.close()
    monkeypatch.setenv("CLERK_DESK_LANG", "en")
    assert _known_error(caught.value, "sync push") == 1
    err = capsys.readouterr().err
    assert f"the database file {path} is read-only" in err and "permissions" in err and "central" not in err
