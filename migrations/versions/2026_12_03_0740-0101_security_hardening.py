"""security hardening: reports that wait for review, the operator's response, token generations

Revision ID: 0101
Revises: 0601
Create Date: 2026-12-03 07:40:00

Data: every report filed so far keeps suspending its subject while open (`suspends_subject` true),
as it did. Every user starts at token generation 0; access tokens issued before this revision
carry none and stop working (their users refresh or log in again).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import api.core.models

revision: str = "0101"
down_revision: str | None = "0601"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("suspends_subject", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(
            sa.Column("response", sqlmodel.sql.sqltypes.AutoString(length=4000), nullable=True)
        )
        batch_op.add_column(
            sa.Column("responded_at", api.core.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("responded_by_organisation_id", sa.Uuid(), nullable=True))

    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token_generation", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("token_generation")

    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_column("responded_by_organisation_id")
        batch_op.drop_column("responded_at")
        batch_op.drop_column("response")
        batch_op.drop_column("suspends_subject")
