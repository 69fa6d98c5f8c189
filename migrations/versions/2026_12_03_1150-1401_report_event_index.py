"""report event index: a request's events by status, request and time

Revision ID: 1401
Revises: 1071
Create Date: 2026-12-03 11:50:00

The request-flow report picks each request's first triage (DISTINCT ON request, in time order) and
first move; with this index PostgreSQL reads those events in order instead of sorting them all.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "1401"
down_revision: str | None = "1071"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_relocation_event_status_request_occurred",
        "relocation_event",
        ["to_status", "request_id", "occurred_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_relocation_event_status_request_occurred", table_name="relocation_event")
