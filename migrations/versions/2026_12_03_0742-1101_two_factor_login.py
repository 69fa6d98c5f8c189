"""two-factor login: TOTP secrets, recovery codes, login challenges

Revision ID: 1101
Revises: 1301
Create Date: 2026-12-03 07:42:21

A user's TOTP secret (encrypted), its single-use recovery codes (hashed) and the password step's
short-lived challenges (hashed); `app_user.two_factor_enabled` for lists, and
`organisation.two_factor_required` for an organisation that requires a second factor of everyone.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import api.core.models

revision: str = "1101"
down_revision: str | None = "1301"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "two_factor_challenge",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("expires_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_two_factor_challenge_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_two_factor_challenge")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_two_factor_challenge_token_hash")),
    )
    with op.batch_alter_table("two_factor_challenge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_two_factor_challenge_user_id"), ["user_id"], unique=False)

    op.create_table(
        "two_factor_recovery_code",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("used_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_two_factor_recovery_code_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_two_factor_recovery_code")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_two_factor_recovery_code_code_hash")),
    )
    with op.batch_alter_table("two_factor_recovery_code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_two_factor_recovery_code_user_id"), ["user_id"], unique=False)

    op.create_table(
        "user_two_factor",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("secret_ciphertext", sa.String(length=255), nullable=False),
        sa.Column("confirmed_at", api.core.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_used_step", sa.BigInteger(), nullable=True),
        sa.Column("created_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_user_two_factor_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_user_two_factor")),
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("two_factor_enabled", sa.Boolean(), server_default=sa.false(), nullable=False)
        )

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("two_factor_required", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("two_factor_required")

    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("two_factor_enabled")

    op.drop_table("user_two_factor")
    with op.batch_alter_table("two_factor_recovery_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_two_factor_recovery_code_user_id"))

    op.drop_table("two_factor_recovery_code")
    with op.batch_alter_table("two_factor_challenge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_two_factor_challenge_user_id"))

    op.drop_table("two_factor_challenge")
