"""safety regions and the CBS 2025 municipalities

Revision ID: 0301
Revises: 0702
Create Date: 2026-12-02 10:00:00

Adds the 25 veiligheidsregio's and each municipality's region, then loads (or updates) the 342
municipalities of the CBS 2025 list shipped in api/reference/data, so a fresh installation has
them all. The data step reads the packaged CSV files with the csv module and writes through
table stubs, so it does not depend on the application's models of later revisions.
"""

import csv
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0301"
down_revision: str | None = "0702"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DATA = Path(__file__).resolve().parents[2] / "api" / "reference" / "data"

safety_region = sa.table("safety_region", sa.column("code", sa.String), sa.column("name", sa.String))
municipality = sa.table(
    "municipality",
    sa.column("code", sa.String),
    sa.column("name", sa.String),
    sa.column("province", sa.String),
    sa.column("safety_region_code", sa.String),
    sa.column("lat", sa.Float),
    sa.column("lon", sa.Float),
)


def _read(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


def _upsert(table: sa.TableClause, rows: list[dict], key: str = "code") -> None:
    connection = op.get_bind()
    existing = set(connection.execute(sa.select(table.c[key])).scalars())
    fresh = [row for row in rows if row[key] not in existing]
    if fresh:
        connection.execute(table.insert(), fresh)
    for row in rows:
        if row[key] in existing:
            values = {name: value for name, value in row.items() if name != key}
            connection.execute(table.update().where(table.c[key] == row[key]).values(**values))


def upgrade() -> None:
    op.create_table(
        "safety_region",
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_safety_region")),
    )
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.add_column(sa.Column("safety_region_code", sa.String(length=4), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_municipality_safety_region_code"), ["safety_region_code"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_municipality_safety_region_code_safety_region"),
            "safety_region",
            ["safety_region_code"],
            ["code"],
        )
    _upsert(safety_region, [{"code": r["code"], "name": r["name"]} for r in _read("safety_regions.csv")])
    _upsert(
        municipality,
        [
            {
                "code": r["code"],
                "name": r["name"],
                "province": r["province"],
                "safety_region_code": r["safety_region_code"],
                "lat": float(r["lat"]),
                "lon": float(r["lon"]),
            }
            for r in _read("municipalities.csv")
        ],
    )


def downgrade() -> None:
    # The municipalities stay: places and organisations may refer to them.
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_municipality_safety_region_code_safety_region"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_municipality_safety_region_code"))
        batch_op.drop_column("safety_region_code")
    op.drop_table("safety_region")
