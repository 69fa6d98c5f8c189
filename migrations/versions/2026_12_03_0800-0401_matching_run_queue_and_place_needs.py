"""matching runs as a queue (status, progress, lease), place attributes for medical and school needs

Revision ID: 0401
Revises: 1101
Create Date: 2026-12-03 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import api.core.models

revision: str = "0401"
down_revision: str | None = "1101"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIGURES = ("pair_count", "assigned_count", "objective", "upper_bound", "gap", "seconds")


def upgrade() -> None:
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=16), nullable=False, server_default="done"))
        batch_op.add_column(sa.Column("request_ids", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(
            sa.Column("candidates_per_request", sa.Integer(), nullable=False, server_default="100")
        )
        batch_op.add_column(sa.Column("progress", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("ranking_seconds", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("solving_seconds", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("lease_token", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("lease_expires_at", api.core.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("started_at", api.core.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("finished_at", api.core.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("error", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True))
        for name in FIGURES:
            batch_op.alter_column(
                name, existing_type=sa.Float() if name not in FIGURES[:2] else sa.Integer(), nullable=True
            )
        batch_op.create_index(batch_op.f("ix_matching_run_status"), ["status"], unique=False)
    op.execute("UPDATE matching_run SET progress = request_count")
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        for name in ("status", "request_ids", "candidates_per_request", "progress", "attempts"):
            batch_op.alter_column(name, server_default=None)
    for table in ("shelter_location", "host_family"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("medical_support_nearby", sa.Boolean(), nullable=False, server_default=sa.false())
            )
            batch_op.add_column(sa.Column("special_needs_school_km", sa.Float(), nullable=True))


def downgrade() -> None:
    for table in ("shelter_location", "host_family"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("special_needs_school_km")
            batch_op.drop_column("medical_support_nearby")
    op.execute("DELETE FROM matching_run WHERE status <> 'done'")
    with op.batch_alter_table("matching_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matching_run_status"))
        for name in FIGURES:
            batch_op.alter_column(
                name, existing_type=sa.Float() if name not in FIGURES[:2] else sa.Integer(), nullable=False
            )
        for name in (
            "error",
            "finished_at",
            "started_at",
            "lease_expires_at",
            "lease_token",
            "attempts",
            "solving_seconds",
            "ranking_seconds",
            "progress",
            "candidates_per_request",
            "request_ids",
            "status",
        ):
            batch_op.drop_column(name)
