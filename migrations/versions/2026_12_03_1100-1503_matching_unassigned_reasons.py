"""why a matching run left a request unassigned (stored with the run's result)

Revision ID: 1503
Revises: 1001
Create Date: 2026-12-03 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "1503"
down_revision: str | None = "1001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "matching_unassigned",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("constraint", sa.String(length=32), nullable=True),
        sa.Column("excluded_count", sa.Integer(), nullable=True),
        sa.Column("examined_count", sa.Integer(), nullable=True),
        sa.Column("place_type", sa.String(length=16), nullable=True),
        sa.Column("place_id", sa.Uuid(), nullable=True),
        sa.Column("place_name", sqlmodel.sql.sqltypes.AutoString(length=420), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("taken_by_request_id", sa.Uuid(), nullable=True),
        sa.Column("taken_by_score", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["relocation_request.id"],
            name=op.f("fk_matching_unassigned_request_id_relocation_request"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["matching_run.id"],
            name=op.f("fk_matching_unassigned_run_id_matching_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_unassigned")),
    )
    with op.batch_alter_table("matching_unassigned", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matching_unassigned_request_id"), ["request_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_matching_unassigned_run_id"), ["run_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("matching_unassigned", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matching_unassigned_run_id"))
        batch_op.drop_index(batch_op.f("ix_matching_unassigned_request_id"))
    op.drop_table("matching_unassigned")
