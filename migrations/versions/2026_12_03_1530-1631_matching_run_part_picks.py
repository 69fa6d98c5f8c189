"""matching run part picks: a split run's proposals worded per part, by several workers

Revision ID: 1631
Revises: 1511
Create Date: 2026-12-03 15:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1631"
down_revision: str | None = "1511"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("matching_run_part", schema=None) as batch_op:
        batch_op.add_column(sa.Column("picks", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("matching_run_part", schema=None) as batch_op:
        batch_op.drop_column("picks")
