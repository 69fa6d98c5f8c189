"""matching runs and proposals

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 01:28:48.708014
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import api.core.models

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "matching_run",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("created_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("request_count", sa.Integer(), nullable=False),
        sa.Column("pair_count", sa.Integer(), nullable=False),
        sa.Column("assigned_count", sa.Integer(), nullable=False),
        sa.Column("objective", sa.Float(), nullable=False),
        sa.Column("upper_bound", sa.Float(), nullable=False),
        sa.Column("gap", sa.Float(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_matching_run_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_run")),
    )
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matching_run_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_matching_run_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "matching_proposal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("request_id", sa.Uuid(), nullable=False),
        sa.Column("place_type", sa.String(length=16), nullable=False),
        sa.Column("place_id", sa.Uuid(), nullable=False),
        sa.Column("place_name", sqlmodel.sql.sqltypes.AutoString(length=420), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["relocation_request.id"],
            name=op.f("fk_matching_proposal_request_id_relocation_request"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["matching_run.id"],
            name=op.f("fk_matching_proposal_run_id_matching_run"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matching_proposal")),
    )
    with op.batch_alter_table("matching_proposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matching_proposal_request_id"), ["request_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_matching_proposal_run_id"), ["run_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("matching_proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matching_proposal_run_id"))
        batch_op.drop_index(batch_op.f("ix_matching_proposal_request_id"))

    op.drop_table("matching_proposal")
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matching_run_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_matching_run_created_at"))

    op.drop_table("matching_run")
