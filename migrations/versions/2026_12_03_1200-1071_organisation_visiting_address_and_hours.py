"""organisation visiting address and opening hours: where and when households can come by

Revision ID: 1071
Revises: 1503
Create Date: 2026-12-03 12:00:00

Part of the contact that the status page of every household the organisation supports names.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "1071"
down_revision: str | None = "1503"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contact_visiting_address", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("contact_opening_hours", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("contact_opening_hours")
        batch_op.drop_column("contact_visiting_address")
