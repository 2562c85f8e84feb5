"""Migration 0008 (counter_version) goes down and up again without touching other tables."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from clerk_desk.store.bootstrap import alembic_config


def test_counter_version_migration_is_reversible(empty_engine) -> None:  # type: ignore[no-untyped-def]
    cfg = alembic_config(str(empty_engine.url))
    before = ScriptDirectory.from_config(cfg).get_revision("0003").down_revision  # wherever the chain puts it
    with empty_engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(text("INSERT INTO service_point (id, code, name, kind, address, hours, phone, station, "
                          "created_at, updated_at) VALUES ('00000000000000000000000000000001', 'S001', 'x', "
                          "'street', '', '', '', 'ST', '2026-11-27 10:00:00', '2026-11-27 10:00:00')"))
        conn.commit()
        command.downgrade(cfg, "-1")
    insp = inspect(empty_engine)
    assert "counter_version" not in insp.get_table_names()
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == before
        assert conn.execute(text("SELECT code FROM service_point")).scalar() == "S001"
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert "counter_version" in inspect(empty_engine).get_table_names()
