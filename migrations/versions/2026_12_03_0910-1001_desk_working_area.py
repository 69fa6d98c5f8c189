"""desk working area: the safety regions a relocation desk works for

Revision ID: 1001
Revises: 0401
Create Date: 2026-12-03 09:10:00

Null (every existing desk) keeps a desk national; a platform administrator narrows it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1001"
down_revision: str | None = "0401"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("safety_region_codes", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("safety_region_codes")
