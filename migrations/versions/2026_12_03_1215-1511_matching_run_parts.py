"""matching run parts: a large run split by region, ranked by several workers

Revision ID: 1511
Revises: 1401
Create Date: 2026-12-03 12:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from api.core.models import UTCDateTime

revision: str = "1511"
down_revision: str | None = "1401"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "matching_run_part",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("request_ids", sa.JSON(), nullable=False),
        sa.Column("lease_token", sa.Uuid(), nullable=True),
        sa.Column("lease_expires_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=True),
        sa.Column("ranked", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["matching_run.id"],
            name=op.f("fk_matching_run_part_run_id_matching_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_run_part")),
        sa.UniqueConstraint("run_id", "number", name=op.f("uq_matching_run_part_run_id")),
    )
    with op.batch_alter_table("matching_run_part", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matching_run_part_run_id"), ["run_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        # The ranked arrays are written once and read once: no compression pass on either side.
        op.execute("ALTER TABLE matching_run_part ALTER COLUMN ranked SET STORAGE EXTERNAL")


def downgrade() -> None:
    with op.batch_alter_table("matching_run_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matching_run_part_run_id"))
    op.drop_table("matching_run_part")
