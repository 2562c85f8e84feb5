"""Alembic migrations build the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from clerk_desk.store.bootstrap import MIGRATIONS_DIR, alembic_config
from clerk_desk.store.models import ALL_TABLES, metadata
from clerk_desk.store.schema import SCHEMA_HEAD


def _upgrade(engine) -> None:  # type: ignore[no-untyped-def]
    cfg = alembic_config(str(engine.url))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def test_schema_head_constant_matches_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert script.get_current_head() == SCHEMA_HEAD
    assert MIGRATIONS_DIR.joinpath("env.py").is_file()


def test_upgrade_creates_every_table_and_matches_models(empty_engine) -> None:  # type: ignore[no-untyped-def]
    _upgrade(empty_engine)
    names = set(inspect(empty_engine).get_table_names())
    assert {t.__tablename__ for t in ALL_TABLES} <= names
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_upgrade_twice_is_harmless(empty_engine) -> None:  # type: ignore[no-untyped-def]
    _upgrade(empty_engine)
    _upgrade(empty_engine)
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


def test_constraints_are_named(empty_engine) -> None:  # type: ignore[no-untyped-def]
    _upgrade(empty_engine)
    insp = inspect(empty_engine)
    assert insp.get_pk_constraint("application")["name"] == "pk_application"
    fks = insp.get_foreign_keys("document_check")
    assert [fk["name"] for fk in fks] == ["fk_document_check_application_id_application"]
