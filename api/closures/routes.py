"""Closing a shelter location or unit: who lives there, and the requests that move them on."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path

from api.closures import service
from api.closures.models import ClosingCreate, ClosingReport
from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep
from api.identity.dependencies import requires

router = APIRouter(prefix="/shelter-locations", tags=["shelter-locations"])
LocationId = Annotated[uuid.UUID, Path(alias="locationId")]
UnitId = Annotated[uuid.UUID, Path(alias="unitId")]


@router.post(
    "/{locationId}/closing",
    response_model=ClosingReport,
    summary="Close the location: who lives there, and relocation requests for them (or a dry run)",
)
def close_location(
    session: SessionDep,
    location_id: LocationId,
    body: ClosingCreate,
    principal: Annotated[Principal, requires(Permission.PLACES_WRITE)],
) -> ClosingReport:
    return service.close_location(session, principal, location_id, body, get_settings(), date.today())


@router.post(
    "/{locationId}/units/{unitId}/closing",
    response_model=ClosingReport,
    summary="Close one unit: who lives there, and relocation requests for them (or a dry run)",
)
def close_unit(
    session: SessionDep,
    location_id: LocationId,
    unit_id: UnitId,
    body: ClosingCreate,
    principal: Annotated[Principal, requires(Permission.PLACES_WRITE)],
) -> ClosingReport:
    return service.close_unit(session, principal, location_id, unit_id, body, get_settings(), date.today())
