"""First start: two first pushes (or counters) on an empty PostgreSQL database, and kills during schema creation."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from clerk_desk.domain.problems import RuleError
from clerk_desk.store.schema import SCHEMA_HEAD
from tests.helpers.fixtures import _drop_pg_schema, pg_url, requires_postgres

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
@requires_postgres
def test_two_first_starts_on_an_empty_central_both_succeed() -> None:
    from clerk_desk.store.db import get_engine, make_engine, normalize_url

    schema = f"t_{uuid.uuid4().hex[:12]}"
    base = normalize_url(pg_url() or "")
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    url = f"{base}?options=-csearch_path%3D{schema}"
    code = f"from clerk_desk.services.database import ensure_database; ensure_database({url!r})"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:  # separate processes, as two street points pushing for the first time
        procs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
        for p in procs:
            _, err = p.communicate(timeout=300)
            assert p.returncode == 0, err
        with get_engine(url).connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            years = conn.execute(text("SELECT count(*), count(DISTINCT year) FROM calendar_year")).one()
            assert years[0] == years[1] > 0
    finally:
        from clerk_desk.store.db import dispose_engines

        dispose_engines()
        _drop_pg_schema(schema)


def test_a_half_made_database_without_records_is_built_again(tmp_path: Path) -> None:
    """What an older version left when killed during its first start: tables, no alembic_version."""
    import sqlite3

    from clerk_desk.services.database import ensure_database
    from clerk_desk.store.bootstrap import current_revision

    db = tmp_path / "clerk_desk.sqlite3"
    lite = sqlite3.connect(db)
    lite.execute("CREATE TABLE audit_event (id INTEGER)")
    lite.execute("CREATE TABLE person (id INTEGER)")
    lite.commit()
    lite.close()
    url = f"sqlite:///{db}"
    result = ensure_database(url)
    assert current_revision(url) == SCHEMA_HEAD
    assert result.backup is not None and result.backup.name.startswith("clerk_desk.sqlite3.half-made-")


def test_a_database_without_revision_but_with_records_is_left_alone(tmp_path: Path) -> None:
    import sqlite3

    from clerk_desk.services.database import ensure_database

    db = tmp_path / "clerk_desk.sqlite3"
    lite = sqlite3.connect(db)
    lite.execute("CREATE TABLE person (id INTEGER)")
    lite.execute("INSERT INTO person VALUES (1)")
    lite.commit()
    lite.close()
    before = db.read_bytes()
    with pytest.raises(RuleError, match="1 records") as refused:
        ensure_database(f"sqlite:///{db}")
    assert "有 1 条记录" in refused.value.message("zh")
    assert db.read_bytes() == before
