"""Placements: the lists per place and per household, check-in, no-show, check-out, longer stays."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.placements import lifecycle, service
from api.placements.models import (
    PlacementCheckIn,
    PlacementEnd,
    PlacementEventPublic,
    PlacementNoShow,
    PlacementPublic,
    PlacementStatus,
    StayExtensionCreate,
)

router = APIRouter(prefix="/placements", tags=["placements"])


PlacementId = Annotated[uuid.UUID, Path(alias="placementId")]


class PlacementPage(Page[PlacementPublic]):
    pass


class PlacementEventList(Page[PlacementEventPublic]):
    pass


def _public(session: SessionDep, placement) -> PlacementPublic:  # type: ignore[no-untyped-def]
    return service.placements_public(session, [placement])[0]


@router.get("", response_model=PlacementPage, summary="Placements in scope, per place or household")
def list_placements(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.PLACEMENTS_READ)],
    household_id: Annotated[uuid.UUID | None, Query(alias="householdId")] = None,
    shelter_location_id: Annotated[uuid.UUID | None, Query(alias="shelterLocationId")] = None,
    shelter_unit_id: Annotated[uuid.UUID | None, Query(alias="shelterUnitId")] = None,
    host_family_id: Annotated[uuid.UUID | None, Query(alias="hostFamilyId")] = None,
    status: PlacementStatus | None = None,
    resident: Annotated[
        bool | None, Query(description="Only households that live there (checked in, not checked out).")
    ] = None,
) -> PlacementPage:
    rows, total = service.list_placements(
        session,
        principal,
        page,
        household_id=household_id,
        shelter_location_id=shelter_location_id,
        shelter_unit_id=shelter_unit_id,
        host_family_id=host_family_id,
        status=status,
        resident=resident,
    )
    return PlacementPage(items=service.placements_public(session, rows), total=total)


@router.get("/{placementId}", response_model=PlacementPublic, summary="One placement")
def get_placement(
    session: SessionDep,
    placement_id: PlacementId,
    principal: Annotated[Principal, requires(Permission.PLACEMENTS_READ)],
) -> PlacementPublic:
    return _public(session, service.get_placement(session, principal, placement_id))


@router.get("/{placementId}/events", response_model=PlacementEventList, summary="The placement's timeline")
def list_placement_events(
    session: SessionDep,
    placement_id: PlacementId,
    principal: Annotated[Principal, requires(Permission.PLACEMENTS_READ)],
) -> PlacementEventList:
    events = lifecycle.list_events(session, principal, placement_id)
    return PlacementEventList(items=events, total=len(events))


@router.post(
    "/{placementId}/check-in",
    response_model=PlacementPublic,
    summary="Check-in: the household arrived (its request has moved)",
)
def check_in(
    session: SessionDep,
    placement_id: PlacementId,
    body: PlacementCheckIn,
    principal: Annotated[Principal, requires(Permission.PLACEMENTS_WRITE)],
) -> PlacementPublic:
    placement = lifecycle.check_in(session, principal, placement_id, body, get_settings(), date.today())
    return _public(session, placement)


@router.post(
    "/{placementId}/no-show",
    response_model=PlacementPublic,
    summary="The household did not arrive: free the beds, its request returns to matching",
)
def record_no_show(
    session: SessionDep,
    placement_id: PlacementId,
    body: PlacementNoShow,
    principal: Annotated[Principal, requires(Permission.PLACEMENTS_WRITE)],
) -> PlacementPublic:
    placement = lifecycle.record_no_show(session, principal, placement_id, body, get_settings(), date.today())
    return _public(session, placement)


@router.post(
    "/{placementId}/end",
    response_model=PlacementPublic,
    summary="Check-out: the household moved out, the beds are free",
)
def end_placement(
    session: SessionDep,
    placement_id: PlacementId,
    body: PlacementEnd,
    principal: Annotated[Principal, requires(Permission.REQUEST_TRIAGE_WRITE)],
) -> PlacementPublic:
    return _public(session, service.end_placement(session, principal, placement_id, body, date.today()))


@router.post(
    "/{placementId}/stay-extensions",
    response_model=PlacementPublic,
    summary="Extend a host-family stay beyond its planned end, with a reason",
)
def extend_stay(
    session: SessionDep,
    placement_id: PlacementId,
    body: StayExtensionCreate,
    principal: Annotated[Principal, requires(Permission.STAY_EXTENSIONS_WRITE)],
) -> PlacementPublic:
    return _public(session, lifecycle.extend_stay(session, principal, placement_id, body, date.today()))
