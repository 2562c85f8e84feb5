"""application category: the person category (subsidised groups, students, newborns) of issue 11,
counted in the daily report; existing applications are "none" (no particular category).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 08:24:29.486212
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=24), server_default='none', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_column('category')
