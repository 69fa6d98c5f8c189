"""login throttle per account and client address; known clients

Revision ID: 0103
Revises: 0501
Create Date: 2026-12-03 07:33:19

Failed logins are counted per account and client address, per address and per account; an
address an account logged in from before is remembered (as a hash), so the correct password from
there still works while a guess spread over many addresses slows the account down. The counts
kept under the old keys (per e-mail address) are dropped: they would never be read again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import api.core.models

revision: str = "0103"
down_revision: str | None = "0501"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_known_client",
        sa.Column("pair_key", sa.String(length=64), nullable=False),
        sa.Column("last_login_at", api.core.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pair_key", name=op.f("pk_login_known_client")),
    )
    op.execute("DELETE FROM loginthrottle")


def downgrade() -> None:
    op.drop_table("login_known_client")
