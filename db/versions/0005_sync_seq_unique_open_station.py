"""Sync by change sequence, one open application per person and business, persons unique, station identity.

- ``change_seq`` on every synchronised table: where the record stands in its database's
  change sequence, so a push or pull sends what the peer has not acknowledged, whatever
  the clocks say.
- ``person.id_number`` unique unless masked by the retention purge (duplicate rows from concurrent counters are folded into
  the oldest one first, their applications re-pointed).
- ``uq_application_open_business``: one accepted-or-ready application per ID number and
  business kind.
- ``station_identity``: the database's own station code.

Revision ID: 0005
Revises: 0004
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED = ("service_point", "person", "application", "document_check", "pickup_slip", "print_log",
          "audit_event", "calendar_year", "day_closure", "correction")
OPEN = sa.text("status IN ('accepted', 'ready')")
UNMASKED = sa.text("id_number NOT LIKE '%*%'")


def _fold_duplicate_persons() -> None:
    bind = op.get_bind()
    dups = bind.execute(sa.text(
        "SELECT id_number FROM person WHERE id_number NOT LIKE '%*%' GROUP BY id_number HAVING COUNT(*) > 1")).scalars().all()
    for number in dups:
        ids = bind.execute(sa.text("SELECT id FROM person WHERE id_number = :n ORDER BY created_at, id"),
                           {"n": number}).scalars().all()
        keep, drop = ids[0], ids[1:]
        for other in drop:
            bind.execute(sa.text("UPDATE application SET person_id = :k WHERE person_id = :o"),
                         {"k": keep, "o": other})
            bind.execute(sa.text("DELETE FROM person WHERE id = :o"), {"o": other})


def _refuse_duplicate_open_applications() -> None:
    rows = op.get_bind().execute(sa.text(
        "SELECT insured_id_number, kind, COUNT(*) FROM application WHERE status IN ('accepted', 'ready') "
        "GROUP BY insured_id_number, kind HAVING COUNT(*) > 1")).all()
    if rows:
        listed = ", ".join(f"{r[0][:6]}…{r[0][-4:]} {r[1]} ×{r[2]}" for r in rows[:20])
        raise RuntimeError("Several open applications for the same person and business; cancel the extra ones "
                           f"before upgrading / 同一人同一业务有多笔未办结申请，请先撤销多余的再升级: {listed}")


def upgrade() -> None:
    op.create_table(
        "station_identity",
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_station_identity")),
    )
    for table in SYNCED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("change_seq", sa.BigInteger(), nullable=True))
            batch_op.create_index(batch_op.f(f"ix_{table}_change_seq"), ["change_seq"], unique=False)
    _fold_duplicate_persons()
    _refuse_duplicate_open_applications()
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("uq_person_id_number", ["id_number"], unique=True,
                              sqlite_where=UNMASKED, postgresql_where=UNMASKED)
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index("uq_application_open_business", ["insured_id_number", "kind"], unique=True,
                              sqlite_where=OPEN, postgresql_where=OPEN)


def downgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("uq_application_open_business", sqlite_where=OPEN, postgresql_where=OPEN)
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("uq_person_id_number", sqlite_where=UNMASKED, postgresql_where=UNMASKED)
    for table in reversed(SYNCED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_change_seq"))
            batch_op.drop_column("change_seq")
    op.drop_table("station_identity")
