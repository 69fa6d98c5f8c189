"""The location list export: every location in the caller's scope with its derived figures."""

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from api.core.authorization import Principal
from api.core.config import get_settings
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality
from api.reports.models import LocationList, LocationListRow
from api.reports.occupancy import Filters
from api.reports.scope import scope_locations


def location_list(
    session: Session, principal: Principal, filters: Filters, status: str | None
) -> LocationList:
    max_beds = get_settings().small_scale_max_beds
    units = (
        select(ShelterUnit.location_id, func.count().label("units"))
        .group_by(ShelterUnit.location_id)
        .subquery()
    )
    query: Any = (
        select(
            ShelterLocation,
            Municipality.name,
            Municipality.safety_region_code,
            func.coalesce(units.c.units, 0),
        )
        .join(Municipality, col(Municipality.code) == col(ShelterLocation.municipality_code))
        .outerjoin(units, units.c.location_id == col(ShelterLocation.id))
        .order_by(col(ShelterLocation.municipality_code), col(ShelterLocation.name))
    )
    query = scope_locations(query, principal)
    if filters.municipality:
        query = query.where(ShelterLocation.municipality_code == filters.municipality)
    if filters.region:
        query = query.where(Municipality.safety_region_code == filters.region)
    if filters.kind:
        query = query.where(ShelterLocation.kind == filters.kind)
    if status:
        query = query.where(ShelterLocation.status == status)
    items = [
        LocationListRow(
            id=str(location.id),
            name=location.name,
            kind=location.kind,
            status=location.status,
            municipality_code=location.municipality_code,
            municipality_name=municipality_name,
            safety_region_code=region,
            address=location.address,
            opens_on=location.opens_on,
            closes_on=location.closes_on,
            units=int(unit_count),
            capacity=location.capacity_beds,
            occupied=location.occupied_beds,
            free=location.free_beds,
            small_scale=location.capacity_beds <= max_beds,
        )
        for location, municipality_name, region, unit_count in session.exec(query).all()
    ]
    return LocationList(items=items, total=len(items))
