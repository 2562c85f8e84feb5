"""lookup indexes and pinyin search keys

What a counter looks up, each on an index: the pickup code, the slip's issue time, an ID
number with the status (the duplicate check), a point's day in list order (keyset pages),
cards by status, point and ready date, the daily report's day windows (ready, collected,
returned, cancelled), the insured's name, and the name's pinyin and initials (two new
columns, kept by the program, filled here for the applications already stored).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 08:10:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES: list[tuple[str, str, list[str]]] = [
    ("ix_application_point_day_created", "application", ["point_code", "business_date", "created_at", "id",
                                                         "status"]),
    ("ix_application_id_number_status", "application", ["insured_id_number", "status"]),
    ("ix_application_status_point_ready", "application", ["status", "point_code", "ready_at"]),
    ("ix_application_point_ready_at", "application", ["point_code", "ready_at"]),
    ("ix_application_point_collected_at", "application", ["point_code", "collected_at"]),
    ("ix_application_point_returned_at", "application", ["point_code", "returned_at"]),
    ("ix_application_point_cancelled_at", "application", ["point_code", "cancelled_at"]),
    ("ix_pickup_slip_pickup_code", "pickup_slip", ["pickup_code"]),
    ("ix_pickup_slip_issued_at", "pickup_slip", ["issued_at"]),
]
_TEXT_INDEXES = [("ix_application_insured_name", "insured_name"), ("ix_application_name_pinyin", "name_pinyin"),
                 ("ix_application_name_initials", "name_initials")]


def _backfill() -> None:
    from clerk_desk.domain.pinyin import name_keys

    conn = op.get_bind()
    table = sa.table("application", sa.column("id", sa.Uuid()), sa.column("insured_name", sa.String()),
                     sa.column("name_pinyin", sa.String()), sa.column("name_initials", sa.String()))
    rows = conn.execute(sa.select(table.c.id, table.c.insured_name).where(table.c.insured_name != "")).all()
    update = (table.update().where(table.c.id == sa.bindparam("key"))
              .values(name_pinyin=sa.bindparam("p"), name_initials=sa.bindparam("i")))
    for start in range(0, len(rows), 5000):
        batch = []
        for key, name in rows[start:start + 5000]:
            full, initials = name_keys(name)
            batch.append({"key": key, "p": full, "i": initials})
        conn.execute(update, batch)


def upgrade() -> None:
    op.add_column("application", sa.Column("name_pinyin", sa.String(length=200), nullable=False, server_default=""))
    op.add_column("application", sa.Column("name_initials", sa.String(length=60), nullable=False,
                                           server_default=""))
    _backfill()
    op.drop_index("ix_application_point_business_date", table_name="application")
    op.drop_index("ix_application_insured_id_number", table_name="application")
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)
    for name, column in _TEXT_INDEXES:
        op.create_index(name, "application", [column], unique=False,
                        postgresql_ops={column: "text_pattern_ops"})


def downgrade() -> None:
    for name, _column in reversed(_TEXT_INDEXES):
        op.drop_index(name, table_name="application")
    for name, table, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
    op.create_index("ix_application_insured_id_number", "application", ["insured_id_number"], unique=False)
    op.create_index("ix_application_point_business_date", "application", ["point_code", "business_date"],
                    unique=False)
    with op.batch_alter_table("application") as batch_op:
        batch_op.drop_column("name_initials")
        batch_op.drop_column("name_pinyin")
