"""counter versions: the program version each counter last logged in with

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 07:46:39.272071
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('counter_version',
    sa.Column('station', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('version', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('platform', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('seen_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('station', name=op.f('pk_counter_version'))
    )


def downgrade() -> None:
    op.drop_table('counter_version')
