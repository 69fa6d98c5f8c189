"""password links: invitations and password resets

Revision ID: 0702
Revises: 0701
Create Date: 2026-12-02 09:05:00

A user chooses their own password through a one-time link an administrator issues, so no
administrator ever knows it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import api.core.models

revision: str = "0702"
down_revision: str | None = "0701"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "password_link",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"], ["app_user.id"], name=op.f("fk_password_link_created_by_user_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_password_link_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_password_link")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_password_link_token_hash")),
    )
    with op.batch_alter_table("password_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_password_link_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("password_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_password_link_user_id"))
    op.drop_table("password_link")
