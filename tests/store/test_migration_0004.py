"""Migration 0004: the pinyin keys of stored applications are filled; the migration reverses."""

from __future__ import annotations

import uuid
from datetime import datetime

from alembic import command
from sqlalchemy import inspect, text

from clerk_desk.store.bootstrap import alembic_config


def _migrate(engine, target: str, *, down: bool = False) -> None:  # type: ignore[no-untyped-def]
    cfg = alembic_config(str(engine.url))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def test_upgrade_fills_pinyin_of_existing_rows_and_downgrade_reverses(empty_engine) -> None:  # type: ignore[no-untyped-def]
    _migrate(empty_engine, "0001")
    now = datetime(2026, 11, 30, 9, 0)
    with empty_engine.begin() as conn:
        for name in ("张秀英", "欧阳娜娜", ""):
            conn.execute(text(
                "INSERT INTO application (id, point_code, station, kind, scheme, status, applicant_type, "
                "insured_id_number, insured_name, agent_name, agent_id_number, agent_phone, agent_relation, "
                "authorization_letter, created_by, created_at, updated_at, accepted_by, ready_marked_by, "
                "handed_over_by, collector_type, collector_name, collector_id_number, collector_relation, "
                "cancelled_by, cancel_reason) VALUES (:id, 'S001', 'T', 'renewal', '', 'accepted', 'self', "
                "'', :name, '', '', '', '', false, '', :now, :now, '', '', '', '', '', '', '', '', '')"),
                {"id": uuid.uuid4().hex if empty_engine.dialect.name == "sqlite" else str(uuid.uuid4()),
                 "name": name, "now": now})
    _migrate(empty_engine, "0004")
    with empty_engine.connect() as conn:
        got = set(conn.execute(text("SELECT insured_name, name_pinyin, name_initials FROM application")).all())
    # literal readings (a dictionary's, not this program's output)
    assert got == {("张秀英", "zhangxiuying", "zxy"), ("欧阳娜娜", "ouyangnana", "oynn"), ("", "", "")}
    names = {ix["name"] for ix in inspect(empty_engine).get_indexes("pickup_slip")}
    assert "ix_pickup_slip_pickup_code" in names
    _migrate(empty_engine, "0001", down=True)
    columns = {c["name"] for c in inspect(empty_engine).get_columns("application")}
    assert "name_pinyin" not in columns and "insured_name" in columns
    names = {ix["name"] for ix in inspect(empty_engine).get_indexes("application")}
    assert "ix_application_point_business_date" in names and "ix_application_id_number_status" not in names
