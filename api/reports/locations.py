"""The location list export: every location in the caller's scope with its derived figures.

It reads plain columns (no ORM objects) into plain tuples: a national list has tens of thousands of
locations. Only the JSON answer turns them into LocationList rows (FastAPI validates the returned
LocationRows against the route's response model, reading its attributes); the CSV and XLSX exports
read the tuples as they are, which are the values that validation would give (text, dates, whole
numbers, a boolean)."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, cast, func
from sqlmodel import Session, col, select

from api.core.authorization import Principal
from api.core.config import get_settings
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality
from api.reports.occupancy import Filters
from api.reports.scope import scope_locations
from api.reports.sql import for_reporting, is_postgres

ROW_FIELDS = (
    "id", "name", "kind", "status", "municipality_code", "municipality_name", "safety_region_code",
    "address", "opens_on", "closes_on", "units", "capacity", "occupied", "free", "small_scale",
)  # fmt: skip


@dataclass(frozen=True)
class LocationRows:
    """The location list as rows of ROW_FIELDS; `items` and `total` are what LocationList reads."""

    rows: Sequence[Sequence[Any]]

    @property
    def items(self) -> list[dict[str, Any]]:
        return [dict(zip(ROW_FIELDS, row, strict=True)) for row in self.rows]

    @property
    def total(self) -> int:
        return len(self.rows)


def location_list(
    session: Session, principal: Principal, filters: Filters, status: str | None
) -> LocationRows:
    for_reporting(session)  # the national sort of 50,000 rows fits in the reports' work_mem, not on disk
    query = location_query(session, principal, filters, status)
    rows: Sequence[Sequence[Any]] = session.connection().execute(query).all()  # Core rows, one fetch
    if not is_postgres(session):
        rows = [(str(location_id), *values) for location_id, *values in rows]
    return LocationRows(rows)


def location_query(session: Session, principal: Principal, filters: Filters, status: str | None) -> Any:
    """The SELECT of the list's ROW_FIELDS in the caller's scope, sorted; the PostgreSQL CSV export
    copies its rows out as they are."""
    max_beds = get_settings().small_scale_max_beds
    if filters.municipality or filters.region:
        # A few thousand locations at most: count each one's units through the index.
        unit_count: Any = (
            select(func.count())
            .where(col(ShelterUnit.location_id) == col(ShelterLocation.id))
            .correlate(ShelterLocation)
            .scalar_subquery()
        )
        units = None
    else:
        units = (
            select(ShelterUnit.location_id, func.count().label("units"))
            .group_by(ShelterUnit.location_id)
            .subquery()
        )
        unit_count = func.coalesce(units.c.units, 0)
    # PostgreSQL writes a uuid as text itself; SQLite holds 32 hex digits, so Python formats those.
    location_id = cast(col(ShelterLocation.id), String) if is_postgres(session) else col(ShelterLocation.id)
    query: Any = (
        select(
            location_id,
            col(ShelterLocation.name),
            col(ShelterLocation.kind),
            col(ShelterLocation.status),
            col(ShelterLocation.municipality_code),
            col(Municipality.name),
            col(Municipality.safety_region_code),
            col(ShelterLocation.address),
            col(ShelterLocation.opens_on),
            col(ShelterLocation.closes_on),
            unit_count,
            col(ShelterLocation.capacity_beds),
            col(ShelterLocation.occupied_beds),
            col(ShelterLocation.free_beds),
            (col(ShelterLocation.capacity_beds) <= max_beds).label("small_scale"),
        )
        .join(Municipality, col(Municipality.code) == col(ShelterLocation.municipality_code))
        .order_by(col(ShelterLocation.municipality_code), col(ShelterLocation.name))
    )
    if units is not None:
        query = query.outerjoin(units, units.c.location_id == col(ShelterLocation.id))
    query = scope_locations(query, principal)
    if filters.municipality:
        query = query.where(ShelterLocation.municipality_code == filters.municipality)
    if filters.region:
        query = query.where(Municipality.safety_region_code == filters.region)
    if filters.kind:
        query = query.where(ShelterLocation.kind == filters.kind)
    if status:
        query = query.where(ShelterLocation.status == status)
    return query
