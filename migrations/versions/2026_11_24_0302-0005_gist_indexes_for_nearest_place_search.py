"""gist indexes for nearest place search

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 03:02:09.560210

PostgreSQL only: matching finds the nearest locations and host families by walking these indexes
(see api/core/geo.py); SQLite has no GiST and computes the distance instead.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

POSITION_INDEXES = {
    "ix_shelter_location_position": "shelter_location",
    "ix_host_family_position": "host_family",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table in POSITION_INDEXES.items():
        op.create_index(name, table, [sa.text("point(lon * 0.614, lat)")], postgresql_using="gist")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, table in POSITION_INDEXES.items():
        op.drop_index(name, table_name=table)
