"""Errors told apart: database troubles by their SQLAlchemy type, caused for real; a worker's bug
is logged (with its traceback, in the log file) and shown, never swallowed."""

from __future__ import annotations

import logging
import uuid

import pytest
from sqlalchemy import text
from sqlmodel import Session

from clerk_desk.gui import errors


def _caught(func) -> BaseException:  # type: ignore[no-untyped-def]
    try:
        func()
    except Exception as exc:  # noqa: BLE001
        return exc
    raise AssertionError("no error")


def test_a_duplicate_key_is_a_conflict_not_an_outage(engine) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.store.models import ServicePoint

    def twice() -> None:
        point_id = uuid.uuid4()
        with Session(engine) as s:
            s.add(ServicePoint(id=point_id, code="P1", name="一", kind="street", station="T"))
            s.commit()
        with Session(engine) as s:
            s.add(ServicePoint(id=point_id, code="P1", name="一", kind="street", station="T"))
            s.commit()

    exc = _caught(twice)
    assert errors.database_problem(exc) == "constraint"
    kind, message = errors.describe(exc)
    assert kind == "environment" and "冲突" in message and "无法访问" not in message


def test_a_locked_sqlite_file_is_busy(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk.store.db import make_engine

    url = f"sqlite:///{tmp_path / 'lock.sqlite3'}"
    holder = make_engine(url)
    waiter = make_engine(url, connect_args={"check_same_thread": False, "timeout": 0})
    with holder.connect() as c:
        c.execute(text("CREATE TABLE t (x INTEGER)"))
        c.commit()
    with holder.connect() as c:  # the engine sends BEGIN itself; the first write takes the file's write lock
        c.execute(text("INSERT INTO t VALUES (1)"))

        def write() -> None:
            with waiter.connect() as w:
                w.exec_driver_sql("PRAGMA busy_timeout=0")
                w.execute(text("INSERT INTO t VALUES (2)"))
                w.commit()

        exc = _caught(write)
        c.rollback()
    holder.dispose()
    waiter.dispose()
    assert errors.database_problem(exc) == "locked"
    assert "占用" in errors.describe(exc)[1]


def test_an_absent_server_is_unreachable() -> None:
    from clerk_desk.store.db import make_engine

    engine = make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    exc = _caught(lambda: engine.connect().close())
    engine.dispose()
    assert errors.database_problem(exc) == "unreachable"
    assert "无法访问" in errors.describe(exc)[1]


def test_other_errors_are_not_database_errors() -> None:
    assert errors.database_problem(ValueError("x")) is None
    assert errors.describe(ValueError("x"))[0] == "bug"


def test_a_workers_bug_is_logged_and_shown(qtbot, isolated_env) -> None:  # type: ignore[no-untyped-def]
    from clerk_desk import logs
    from clerk_desk.gui.tasks import run_task
    from tests.gui.conftest import wait_tasks

    path = logs.configure(isolated_env)
    shown: list[tuple[str, str]] = []
    errors.set_sink(lambda kind, message: shown.append((kind, message)))
    try:
        run_task(lambda: 1 / 0)  # no on_error: the one place errors show takes it
        wait_tasks(qtbot)
        for h in logging.getLogger("clerk_desk").handlers:
            h.flush()
        assert shown and shown[0][0] == "bug" and "ZeroDivisionError" in shown[0][1]
        assert "ZeroDivisionError" in path.read_text(encoding="utf-8")
    finally:
        logs._configured = None
        root = logging.getLogger("clerk_desk")
        for h in [h for h in root.handlers if h.get_name() == "clerk-desk"]:
            root.removeHandler(h)
            h.close()


@pytest.mark.parametrize("message", ["1/0"])
def test_log_only_logs(caplog, message) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="clerk_desk"):
        errors.log_only("offering the latest draft")(ZeroDivisionError(message))
    assert "offering the latest draft failed: ZeroDivisionError" in caplog.text


def test_only_database_types_are_database_trouble() -> None:
    """Told apart by type, not by a name or a module: an error of ours called OperationalError is a
    bug, a driver's own error (sqlite3, psycopg) is the database's."""
    import sqlite3

    import psycopg

    class OperationalError(Exception):  # a name alone is not the database
        pass

    assert errors.database_problem(OperationalError("database is locked")) is None
    assert errors.database_problem(sqlite3.OperationalError("database is locked")) == "locked"
    assert errors.database_problem(psycopg.OperationalError("connection refused")) is not None
