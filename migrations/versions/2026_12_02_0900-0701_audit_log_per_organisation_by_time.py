"""audit log per organisation by time

Revision ID: 0701
Revises: 0801
Create Date: 2026-12-02 09:00:00

Organisation administrators read their own organisation's events, newest first: one index on
(organisation_id, occurred_at) serves that and replaces the one on organisation_id alone.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0701"
down_revision: str | None = "0801"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.create_index(
            "ix_auditevent_organisation_occurred", ["organisation_id", "occurred_at"], unique=False
        )
        batch_op.drop_index(batch_op.f("ix_auditevent_organisation_id"))


def downgrade() -> None:
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auditevent_organisation_id"), ["organisation_id"], unique=False)
        batch_op.drop_index("ix_auditevent_organisation_occurred")
