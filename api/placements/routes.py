"""Placements: a household moving out frees its beds."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.identity.dependencies import requires
from api.placements import service
from api.placements.models import PlacementEnd, PlacementSummary

router = APIRouter(prefix="/placements", tags=["placements"])


PlacementId = Annotated[uuid.UUID, Path(alias="placementId")]


@router.post(
    "/{placementId}/end",
    response_model=PlacementSummary,
    summary="The household moved out: free the beds",
)
def end_placement(
    session: SessionDep,
    placement_id: PlacementId,
    body: PlacementEnd,
    principal: Annotated[Principal, requires(Permission.REQUEST_TRIAGE_WRITE)],
) -> PlacementSummary:
    placement = service.end_placement(session, principal, placement_id, body, date.today())
    return service.placement_summaries(session, [placement])[placement.id]
