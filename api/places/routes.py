import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.incidents.models import SubjectType
from api.incidents.service import suspended_ids
from api.places import service
from api.places.models import (
    LocationKind,
    LocationStatus,
    ShelterLocationCreate,
    ShelterLocationPublic,
    ShelterLocationUpdate,
    ShelterUnitCreate,
    ShelterUnitPublic,
    ShelterUnitUpdate,
)

router = APIRouter(prefix="/shelter-locations", tags=["shelter-locations"])
LocationId = Annotated[uuid.UUID, Path(alias="locationId")]
UnitId = Annotated[uuid.UUID, Path(alias="unitId")]


class ShelterLocationPage(Page[ShelterLocationPublic]):
    pass


class ShelterUnitList(Page[ShelterUnitPublic]):
    pass


@router.get("", response_model=ShelterLocationPage, summary="Shelter locations, filtered")
def list_locations(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.PLACES_READ)],
    municipality_code: Annotated[
        str | None, Query(alias="municipalityCode", pattern=r"^[Gg][Mm]\d{4}$")
    ] = None,
    kind: LocationKind | None = None,
    status: LocationStatus | None = None,
    small_scale: Annotated[bool | None, Query(alias="smallScale")] = None,
    min_free_beds: Annotated[int | None, Query(alias="minFreeBeds", ge=0, le=100_000)] = None,
    wheelchair: Annotated[bool | None, Query(description="Has a free wheelchair-accessible unit.")] = None,
    pets: Annotated[bool | None, Query(description="Has a free unit that allows pets.")] = None,
    operator_organisation_id: Annotated[uuid.UUID | None, Query(alias="operatorOrganisationId")] = None,
    q: Annotated[
        str | None, Query(max_length=100, description="Part of the name or of the municipality's name.")
    ] = None,
    sort: Annotated[
        service.LocationSort, Query(description="The order; `-` reverses it.")
    ] = service.LocationSort.NAME,
) -> ShelterLocationPage:
    rows, total = service.list_locations(
        session,
        principal,
        page,
        municipality_code=municipality_code,
        kind=kind,
        status=status,
        small_scale=small_scale,
        min_free_beds=min_free_beds,
        wheelchair=wheelchair,
        pets=pets,
        operator_organisation_id=operator_organisation_id,
        q=q,
        sort=sort,
    )
    return ShelterLocationPage(items=service.locations_public(session, rows), total=total)


@router.post("", response_model=ShelterLocationPublic, status_code=201, summary="Register a location")
def create_location(
    session: SessionDep,
    body: ShelterLocationCreate,
    principal: Annotated[Principal, requires(Permission.PLACES_WRITE)],
) -> ShelterLocationPublic:
    return service.location_public(service.create_location(session, principal, body), suspended=False)


@router.get("/{locationId}", response_model=ShelterLocationPublic, summary="One location")
def get_location(
    session: SessionDep,
    location_id: LocationId,
    principal: Annotated[Principal, requires(Permission.PLACES_READ)],
) -> ShelterLocationPublic:
    return service.locations_public(session, [service.get_location(session, principal, location_id)])[0]


@router.patch("/{locationId}", response_model=ShelterLocationPublic, summary="Change a location")
def update_location(
    session: SessionDep,
    location_id: LocationId,
    body: ShelterLocationUpdate,
    principal: Annotated[Principal, requires(Permission.PLACES_WRITE)],
) -> ShelterLocationPublic:
    location = service.update_location(session, principal, location_id, body)
    return service.locations_public(session, [location])[0]


@router.get("/{locationId}/units", response_model=ShelterUnitList, summary="The location's units")
def list_units(
    session: SessionDep,
    location_id: LocationId,
    principal: Annotated[Principal, requires(Permission.PLACES_READ)],
) -> ShelterUnitList:
    units = service.list_units(session, principal, location_id)
    return ShelterUnitList(items=service.units_public(session, units), total=len(units))


@router.post("/{locationId}/units", response_model=ShelterUnitPublic, status_code=201, summary="Add a unit")
def create_unit(
    session: SessionDep,
    location_id: LocationId,
    body: ShelterUnitCreate,
    principal: Annotated[Principal, requires(Permission.PLACES_WRITE)],
) -> ShelterUnitPublic:
    return service.unit_public(service.create_unit(session, principal, location_id, body), suspended=False)


@router.get("/{locationId}/units/{unitId}", response_model=ShelterUnitPublic, summary="One unit")
def get_unit(
    session: SessionDep,
    location_id: LocationId,
    unit_id: UnitId,
    principal: Annotated[Principal, requires(Permission.PLACES_READ)],
) -> ShelterUnitPublic:
    unit = service.get_unit(session, principal, location_id, unit_id)
    return service.unit_public(unit, unit.id in suspended_ids(session, SubjectType.SHELTER_UNIT, [unit.id]))


@router.patch("/{locationId}/units/{unitId}", response_model=ShelterUnitPublic, summary="Change a unit")
def update_unit(
    session: SessionDep,
    location_id: LocationId,
    unit_id: UnitId,
    body: ShelterUnitUpdate,
    principal: Annotated[Principal, requires(Permission.PLACES_WRITE)],
) -> ShelterUnitPublic:
    unit = service.update_unit(session, principal, location_id, unit_id, body)
    return service.unit_public(unit, unit.id in suspended_ids(session, SubjectType.SHELTER_UNIT, [unit.id]))
