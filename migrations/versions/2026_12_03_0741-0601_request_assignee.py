"""request assignee: who at the handling organisation follows a request

Revision ID: 0601
Revises: 0103
Create Date: 2026-12-03 07:41:00

The desk's queue filters on "mine"; the assignee is unset when that user is deleted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0601"
down_revision: str | None = "0103"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("relocation_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assignee_user_id", sa.Uuid(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_relocation_request_assignee_user_id"), ["assignee_user_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_relocation_request_assignee_user_id_app_user"),
            "app_user",
            ["assignee_user_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("relocation_request", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_relocation_request_assignee_user_id_app_user"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_relocation_request_assignee_user_id"))
        batch_op.drop_column("assignee_user_id")
