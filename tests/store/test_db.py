"""Engine settings and the transaction scope."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from clerk_desk.store.db import make_engine, normalize_url, session_scope
from clerk_desk.store.models import Application, DocumentCheck, ServicePoint, metadata
from tests.helpers.fixtures import pg_url, requires_postgres


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10000
    engine.dispose()


@pytest.mark.parametrize("given,expected", [
    ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:////tmp/a.db", "sqlite:////tmp/a.db"),
])
def test_normalize_url(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


def _point(code: str = "S001") -> ServicePoint:
    now = datetime.now().astimezone()
    return ServicePoint(code=code, name="测试街道服务点", kind="street", station="TEST-01",
                        created_at=now, updated_at=now)


def test_session_scope_commits_and_rolls_back(engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(engine) as s:
        s.add(_point("S001"))
    with pytest.raises(RuntimeError):
        with session_scope(engine) as s:
            s.add(_point("S002"))
            s.flush()
            raise RuntimeError("crash mid use case")
    with session_scope(engine) as s:
        codes = [p.code for p in s.exec(select(ServicePoint))]
    assert codes == ["S001"]


def test_unique_and_foreign_keys_enforced(engine) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IntegrityError):
        with session_scope(engine) as s:
            s.add(_point("S001"))
            s.add(_point("S001"))
    now = datetime.now().astimezone()
    with pytest.raises(IntegrityError):
        with session_scope(engine) as s:
            s.add(DocumentCheck(application_id=uuid.uuid4(), document="id_card", result="verified",
                                station="TEST-01", created_at=now))


def test_times_round_trip_aware(engine) -> None:  # type: ignore[no-untyped-def]
    local = datetime(2026, 11, 27, 9, 30).astimezone()
    with session_scope(engine) as s:
        app = Application(point_code="S001", station="TEST-01", kind="new_enrollment", status="draft",
                          created_at=local, updated_at=local, form={"name": "张三", "n": [1, 2]})
        s.add(app)
        app_id = app.id
    with session_scope(engine) as s:
        got = s.get(Application, app_id)
        assert got is not None
        assert got.created_at == local
        assert got.form == {"name": "张三", "n": [1, 2]}


def test_create_all_only_in_tests() -> None:
    import pathlib

    src = pathlib.Path(__file__).resolve().parents[2] / "clerk_desk"
    offenders = [p for p in src.rglob("*.py") if "create_all(" in p.read_text(encoding="utf-8")]
    assert offenders == []
    assert metadata.tables  # the models registered


@requires_postgres
def test_postgres_timeouts_and_keepalives_come_from_the_settings(isolated_env) -> None:  # type: ignore[no-untyped-def]
    """The server and libpq report what the settings ask for; a statement past its timeout is cancelled."""
    from sqlalchemy.exc import OperationalError

    (isolated_env / "settings.toml").write_text(
        "[database]\nconnect_timeout_seconds = 4\nstatement_timeout_seconds = 1\nkeepalive_seconds = 9\n",
        encoding="utf-8")
    engine = make_engine(normalize_url(pg_url() or "") + "?options=-csearch_path%3Dpublic")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "1s"
            assert conn.execute(text("SHOW search_path")).scalar() == "public"  # the URL's own options kept
            dsn = conn.connection.dbapi_connection.info.dsn
            for part in ("connect_timeout=4", "keepalives=1", "keepalives_idle=9", "keepalives_count=3"):
                assert part in dsn.split(), (part, dsn)
            with pytest.raises(OperationalError, match="statement timeout"):
                conn.execute(text("SELECT pg_sleep(3)"))
    finally:
        engine.dispose()


def test_concurrent_audited_transactions_never_share_a_sequence_number(engine) -> None:  # type: ignore[no-untyped-def]
    """Workers (the GUI's thread pool) read and then write the audit chain at the same time: each
    transaction gets its own next number, none fails (SQLite: a stale snapshot is retried whole by
    uow.run; PostgreSQL: the head row's lock)."""
    import threading

    from clerk_desk.services import audit
    from clerk_desk.store.models import AuditEvent

    failures: list[str] = []

    from clerk_desk.services.uow import run

    def audited_view(s, n: int, i: int) -> None:  # type: ignore[no-untyped-def]
        s.exec(select(AuditEvent)).first()  # a read first, as an audited search does
        audit.record(s, actor=f"w{n}", action="test.race", target=str(i))

    def worker(n: int) -> None:
        for i in range(25):
            try:  # as the GUI's workers run a use case: services.uow.run
                run(engine, audited_view, n, i)
            except Exception as exc:  # noqa: BLE001 - counted, not raised in a thread
                failures.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    with session_scope(engine) as s:
        seqs = sorted(e.seq for e in s.exec(select(AuditEvent).where(AuditEvent.action == "test.race")))
    assert seqs == list(range(seqs[0], seqs[0] + 75))


def test_rows_written_in_a_savepoint_go_when_the_transaction_rolls_back(engine) -> None:  # type: ignore[no-untyped-def]
    """A use case that fails after a begin_nested() leaves nothing behind (SQLite's driver used to
    commit at RELEASE SAVEPOINT when no BEGIN had been sent)."""
    with pytest.raises(RuntimeError):
        with session_scope(engine) as session:
            with session.begin_nested():
                session.add(_point("S900"))
            raise RuntimeError("the use case fails afterwards")
    with session_scope(engine) as session:
        assert session.exec(select(ServicePoint).where(ServicePoint.code == "S900")).first() is None


def test_schema_changes_roll_back_with_the_transaction(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """DDL is transactional on SQLite too, so a first start killed half-way leaves no half schema."""
    engine = make_engine(f"sqlite:///{tmp_path / 'ddl.sqlite3'}")
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.execute(text("CREATE TABLE half_made (x INTEGER)"))
        raise RuntimeError("killed")
    with engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars().all()
    assert "half_made" not in names
    engine.dispose()
