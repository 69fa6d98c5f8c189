"""report covering indexes: an area's locations and units read from the index alone

Revision ID: 1701
Revises: 1631
Create Date: 2026-12-04 14:50:00

The occupancy, forecast and request reports for a region or municipality read its locations by
municipality and their units by location. On PostgreSQL these two indexes carry the columns the
reports read (INCLUDE), so both steps are index-only scans instead of a scan of every location and
a heap visit per unit. Elsewhere (SQLite) they stay the plain indexes they were.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "1701"
down_revision: str | None = "1631"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOCATION_COLUMNS = ["id", "kind", "status", "opens_on", "closes_on", "capacity_beds"]
UNIT_COLUMNS = ["id", "beds", "status", "max_households"]


def upgrade() -> None:
    op.drop_index("ix_shelter_location_municipality_code", table_name="shelter_location")
    op.create_index(
        "ix_shelter_location_municipality_code",
        "shelter_location",
        ["municipality_code"],
        unique=False,
        postgresql_include=LOCATION_COLUMNS,
    )
    op.drop_index("ix_shelter_unit_location_id", table_name="shelter_unit")
    op.create_index(
        "ix_shelter_unit_location_id",
        "shelter_unit",
        ["location_id"],
        unique=False,
        postgresql_include=UNIT_COLUMNS,
    )


def downgrade() -> None:
    op.drop_index("ix_shelter_unit_location_id", table_name="shelter_unit")
    op.create_index("ix_shelter_unit_location_id", "shelter_unit", ["location_id"], unique=False)
    op.drop_index("ix_shelter_location_municipality_code", table_name="shelter_location")
    op.create_index(
        "ix_shelter_location_municipality_code", "shelter_location", ["municipality_code"], unique=False
    )
