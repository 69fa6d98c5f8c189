"""Shelter locations and units: who may see and change which, and the filtered lists."""

import uuid
from datetime import date
from enum import StrEnum
from typing import Any

from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.config import get_settings
from api.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.core.sorting import ordering
from api.core.text_search import matches_text
from api.identity.models import Organisation
from api.incidents.models import SubjectType
from api.incidents.service import suspended_ids
from api.placements.service import active_in_units, follow_closing, lock_location, lock_unit, refresh_location
from api.places.models import (
    LocationKind,
    LocationStatus,
    ShelterLocation,
    ShelterLocationCreate,
    ShelterLocationPublic,
    ShelterLocationUpdate,
    ShelterUnit,
    ShelterUnitCreate,
    ShelterUnitPublic,
    ShelterUnitUpdate,
    UnitStatus,
    contact_columns,
    contact_of,
)
from api.reference.models import Municipality
from api.reference.service import in_municipality_named


class LocationSort(StrEnum):
    """The list's order; a leading `-` reverses it (api/core/sorting.py)."""

    NAME = "name"
    NAME_DESC = "-name"
    FREE_BEDS_DESC = "-freeBeds"
    FREE_BEDS = "freeBeds"
    CAPACITY_DESC = "-capacity"
    CAPACITY = "capacity"
    OLDEST = "createdAt"
    NEWEST = "-createdAt"


SORT_COLUMNS = {
    "name": col(ShelterLocation.name),
    "freeBeds": col(ShelterLocation.free_beds),
    "capacity": col(ShelterLocation.capacity_beds),
    "createdAt": col(ShelterLocation.created_at),
}


# --- scope ----------------------------------------------------------------------------------


def scope_locations(query: Any, principal: Principal) -> Any:
    """Restrict a query that selects from ShelterLocation to the locations the caller may read:
    desks and admins every place; a municipality its own; an operator what it runs. The list, one
    location and the reports all read through this."""
    if principal.role in (Role.ADMIN, Role.DESK):
        return query
    if principal.role == Role.MUNICIPALITY:
        return query.where(ShelterLocation.municipality_code == principal.municipality_code)
    if principal.role == Role.PARTNER:
        return query.where(ShelterLocation.operator_organisation_id == principal.organisation_id)
    return query.where(False)


def get_location(session: Session, principal: Principal, location_id: uuid.UUID) -> ShelterLocation:
    location = session.exec(
        scope_locations(select(ShelterLocation), principal).where(ShelterLocation.id == location_id)
    ).first()
    if location is None:
        raise NotFound("No such shelter location.")
    return location


def check_may_edit(principal: Principal) -> None:
    """Callers who can see a location but may not change it (desks) get 403."""
    if principal.role not in (Role.ADMIN, Role.MUNICIPALITY, Role.PARTNER):
        raise Forbidden("Your role may not change shelter locations.")


# --- presentation ---------------------------------------------------------------------------


def location_public(location: ShelterLocation, suspended: bool) -> ShelterLocationPublic:
    return ShelterLocationPublic.model_validate(
        {
            **location.model_dump(),
            "contact": contact_of(location),
            "capacity": location.capacity_beds,
            "occupied": location.occupied_beds,
            "available": location.free_beds,
            "small_scale": location.capacity_beds <= get_settings().small_scale_max_beds,
            "suspended": suspended,
        }
    )


def locations_public(session: Session, locations: list[ShelterLocation]) -> list[ShelterLocationPublic]:
    suspended = suspended_ids(session, SubjectType.SHELTER_LOCATION, [loc.id for loc in locations])
    return [location_public(loc, loc.id in suspended) for loc in locations]


def unit_public(unit: ShelterUnit, suspended: bool) -> ShelterUnitPublic:
    free = 0
    if (
        unit.status == UnitStatus.AVAILABLE.value
        and unit.occupied_households < unit.max_households
        and not suspended
    ):
        free = max(0, unit.beds - unit.occupied_beds)
    return ShelterUnitPublic.model_validate(
        {**unit.model_dump(), "occupied": unit.occupied_beds, "available": free, "suspended": suspended}
    )


# --- locations ------------------------------------------------------------------------------


def list_locations(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    municipality_code: str | None = None,
    kind: LocationKind | None = None,
    status: LocationStatus | None = None,
    small_scale: bool | None = None,
    min_free_beds: int | None = None,
    wheelchair: bool | None = None,
    pets: bool | None = None,
    operator_organisation_id: uuid.UUID | None = None,
    q: str | None = None,
    sort: LocationSort = LocationSort.NAME,
) -> tuple[list[ShelterLocation], int]:
    query = scope_locations(select(ShelterLocation), principal)
    if municipality_code:
        query = query.where(ShelterLocation.municipality_code == municipality_code.upper())
    if kind:
        query = query.where(ShelterLocation.kind == kind.value)
    if status:
        query = query.where(ShelterLocation.status == status.value)
    if small_scale is not None:
        threshold = get_settings().small_scale_max_beds
        query = query.where(
            ShelterLocation.capacity_beds <= threshold
            if small_scale
            else ShelterLocation.capacity_beds > threshold
        )
    if min_free_beds is not None:
        query = query.where(ShelterLocation.free_beds >= min_free_beds)
    if operator_organisation_id:
        query = query.where(ShelterLocation.operator_organisation_id == operator_organisation_id)
    if q:
        query = query.where(
            matches_text(q, ShelterLocation.name)
            | in_municipality_named(q, col(ShelterLocation.municipality_code))
        )
    if wheelchair is not None:
        query = query.where(ShelterLocation.has_free_wheelchair_unit.is_(wheelchair))
    if pets is not None:
        query = query.where(ShelterLocation.has_free_pets_unit.is_(pets))
    query = query.order_by(ordering(sort.value, SORT_COLUMNS), col(ShelterLocation.id))
    return paginate(session, query, page)


def _check_municipality_for_caller(session: Session, principal: Principal, code: str) -> None:
    if session.get(Municipality, code) is None:
        raise Unprocessable(f"Unknown municipality code {code}.", code="unknown-municipality")
    if principal.role == Role.MUNICIPALITY and code != principal.municipality_code:
        raise Forbidden("A municipality registers locations in its own territory only.")


def _check_operator(session: Session, operator_id: uuid.UUID | None) -> None:
    if operator_id is not None and session.get(Organisation, operator_id) is None:
        raise Unprocessable("No such operator organisation.", code="unknown-organisation")


def create_location(session: Session, principal: Principal, data: ShelterLocationCreate) -> ShelterLocation:
    if principal.role not in (Role.ADMIN, Role.MUNICIPALITY):
        raise Forbidden("Only municipalities register shelter locations.")
    _check_municipality_for_caller(session, principal, data.municipality_code)
    _check_operator(session, data.operator_organisation_id)
    location = ShelterLocation(
        **data.model_dump(exclude={"contact", "kind", "status", "visiting_rules"}),
        kind=data.kind.value,
        status=data.status.value,
        visiting_rules=data.visiting_rules.value,
        **contact_columns(data.contact),
    )
    session.add(location)
    session.flush()
    record(session, principal, "create", "shelter_location", location.id, {"name": location.name})
    return location


def update_location(
    session: Session, principal: Principal, location_id: uuid.UUID, data: ShelterLocationUpdate
) -> ShelterLocation:
    get_location(session, principal, location_id)
    location = lock_location(session, location_id)
    check_may_edit(principal)
    changes = data.model_dump(exclude_unset=True)
    before = (location.status, location.closes_on)
    if "operator_organisation_id" in changes and principal.role == Role.PARTNER:
        raise Forbidden("An operator cannot hand its location to another operator.")
    data.refuse_null()
    _check_operator(session, changes.get("operator_organisation_id"))
    changes.pop("contact", None)
    for name, value in changes.items():
        setattr(location, name, value.value if isinstance(value, StrEnum) else value)
    if "contact" in data.model_fields_set:
        for name, value in contact_columns(data.contact).items():
            setattr(location, name, value)
    if location.opens_on and location.closes_on and location.closes_on < location.opens_on:
        raise Unprocessable("closesOn lies before opensOn.", code="invalid-dates")
    _keep_residents_in_view(session, principal, location, *before)
    location.updated_at = utcnow()
    session.flush()
    refresh_location(session, location)
    record(
        session,
        principal,
        "update",
        "shelter_location",
        location.id,
        {"fields": sorted(data.model_fields_set)},
    )
    return location


ENDING_STATUSES = frozenset({LocationStatus.CLOSING.value, LocationStatus.CLOSED.value})


def _residents_present(count: int, what: str, closing_path: str) -> Conflict:
    return Conflict(
        f"{count} household(s) live or are about to arrive here: close the {what} with "
        f"POST {closing_path}, which says who they are and opens relocation requests for them.",
        code="residents-present",
    )


def _keep_residents_in_view(
    session: Session,
    principal: Principal,
    location: ShelterLocation,
    old_status: str,
    old_closes_on: date | None,
) -> None:
    """A PATCH never ends the stay of households placed here: closing (status, or an earlier
    closing date) goes through POST …/closing. A later closing date moves their planned end along."""
    units = list(session.exec(select(ShelterUnit).where(ShelterUnit.location_id == location.id)).all())
    active = active_in_units(session, [u.id for u in units])
    new_closes_on = location.closes_on
    ends_stays = (location.status in ENDING_STATUSES and old_status not in ENDING_STATUSES) or (
        new_closes_on is not None and (old_closes_on is None or new_closes_on < old_closes_on)
    )
    if active and ends_stays:
        raise _residents_present(len(active), "location", "/shelter-locations/{locationId}/closing")
    if location.status == LocationStatus.CLOSED.value and location.closes_on is None:
        location.closes_on = date.today()
    by_id = {u.id: u for u in units}
    for placement in active:
        follow_closing(session, principal, placement, by_id[placement.shelter_unit_id], location)


# --- units ----------------------------------------------------------------------------------


def list_units(session: Session, principal: Principal, location_id: uuid.UUID) -> list[ShelterUnit]:
    get_location(session, principal, location_id)
    return list(
        session.exec(
            select(ShelterUnit)
            .where(ShelterUnit.location_id == location_id)
            .order_by(col(ShelterUnit.name), col(ShelterUnit.id))
        ).all()
    )


def units_public(session: Session, units: list[ShelterUnit]) -> list[ShelterUnitPublic]:
    suspended = suspended_ids(session, SubjectType.SHELTER_UNIT, [u.id for u in units])
    return [unit_public(u, u.id in suspended) for u in units]


def get_unit(
    session: Session, principal: Principal, location_id: uuid.UUID, unit_id: uuid.UUID
) -> ShelterUnit:
    get_location(session, principal, location_id)
    unit = session.get(ShelterUnit, unit_id)
    if unit is None or unit.location_id != location_id:
        raise NotFound("No such unit at this location.")
    return unit


def create_unit(
    session: Session, principal: Principal, location_id: uuid.UUID, data: ShelterUnitCreate
) -> ShelterUnit:
    get_location(session, principal, location_id)
    location = lock_location(session, location_id)
    check_may_edit(principal)
    unit = ShelterUnit(
        location_id=location_id, **data.model_dump(exclude={"status"}), status=data.status.value
    )
    session.add(unit)
    session.flush()
    refresh_location(session, location)
    record(
        session,
        principal,
        "create",
        "shelter_unit",
        unit.id,
        {"locationId": str(location_id), "beds": unit.beds},
    )
    return unit


def update_unit(
    session: Session,
    principal: Principal,
    location_id: uuid.UUID,
    unit_id: uuid.UUID,
    data: ShelterUnitUpdate,
) -> ShelterUnit:
    get_unit(session, principal, location_id, unit_id)
    location, unit = lock_unit(session, unit_id)
    check_may_edit(principal)
    changes = data.model_dump(exclude_unset=True)
    data.refuse_null()
    for name, value in changes.items():
        setattr(unit, name, value.value if isinstance(value, StrEnum) else value)
    if unit.status == UnitStatus.CLOSED.value and unit.occupied_households > 0:
        raise _residents_present(
            unit.occupied_households, "unit", "/shelter-locations/{locationId}/units/{unitId}/closing"
        )
    if unit.beds < unit.occupied_beds or unit.max_households < unit.occupied_households:
        raise Unprocessable(
            f"{unit.occupied_beds} beds and {unit.occupied_households} households are placed here; "
            "move them before shrinking the unit.",
            code="below-occupancy",
        )
    session.add(unit)
    session.flush()
    refresh_location(session, location)
    record(session, principal, "update", "shelter_unit", unit.id, {"fields": sorted(changes)})
    return unit
