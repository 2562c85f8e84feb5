"""Shared fixtures: an isolated data directory for every test, and databases on both backends.

``engine`` / ``db_session`` run a test on SQLite always and on PostgreSQL when
``CLERK_DESK_TEST_DATABASE_URL`` is set (each test in its own schema, dropped after).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL_ENV = "CLERK_DESK_TEST_DATABASE_URL"


def pg_url() -> str | None:
    return os.environ.get(PG_URL_ENV) or None


requires_postgres = pytest.mark.skipif(pg_url() is None, reason=f"{PG_URL_ENV} is not set")


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data directory and station; no test touches the user's data."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("CLERK_DESK_DATA_DIR", str(data))
    monkeypatch.setenv("CLERK_DESK_STATION", "TEST-01")
    monkeypatch.delenv("CLERK_DESK_DATABASE_URL", raising=False)
    monkeypatch.delenv("CLERK_DESK_LANG", raising=False)
    yield data
    try:
        from clerk_desk.services import clock
        from clerk_desk.services.station import reset_cache

        reset_cache()
        clock.set_clock(None)
    except ImportError:
        pass
    import sys

    if "clerk_desk.store.db" in sys.modules:
        sys.modules["clerk_desk.store.db"].dispose_engines()


def _sqlite_engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    from clerk_desk.store.db import make_engine

    return make_engine(f"sqlite:///{tmp_path / 'test.sqlite3'}")


def _pg_engine(schema: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from clerk_desk.store.db import make_engine, normalize_url

    url = normalize_url(pg_url() or "")
    admin = make_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return make_engine(url, connect_args={"options": f"-csearch_path={schema}"})


def _drop_pg_schema(schema: str) -> None:
    from sqlalchemy import text

    from clerk_desk.store.db import make_engine, normalize_url

    admin = make_engine(normalize_url(pg_url() or ""))
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=[pytest.mark.postgres, requires_postgres])])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def empty_engine(backend: str, tmp_path: Path) -> Iterator[object]:
    """An engine on an empty database of the backend (no tables)."""
    if backend == "sqlite":
        engine = _sqlite_engine(tmp_path)
        yield engine
        engine.dispose()
    else:
        schema = f"t_{uuid.uuid4().hex[:12]}"
        engine = _pg_engine(schema)
        yield engine
        engine.dispose()
        _drop_pg_schema(schema)


@pytest.fixture
def engine(empty_engine):  # type: ignore[no-untyped-def]
    """An engine whose database has every table (create_all: tests only)."""
    from clerk_desk.store.models import metadata

    metadata.create_all(empty_engine)
    return empty_engine


@pytest.fixture
def db_session(engine):  # type: ignore[no-untyped-def]
    """A session on a fresh database of each backend; commits are real."""
    from sqlmodel import Session

    with Session(engine, expire_on_commit=False) as session:
        yield session
