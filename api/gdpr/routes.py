"""GDPR: erase or export a household's data."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Response

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep
from api.gdpr import service
from api.gdpr.models import HouseholdExport
from api.households.routes import HouseholdId
from api.identity.dependencies import requires

# Erasure and export are operations on a household, under its path.
router = APIRouter(prefix="/households", tags=["households"])


@router.delete("/{householdId}", status_code=204, summary="Erase a household's personal data (GDPR)")
def erase_household(
    session: SessionDep,
    household_id: HouseholdId,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLD_DATA_WRITE)],
) -> Response:
    service.erase_household(session, principal, household_id, get_settings(), date.today())
    return Response(status_code=204)


@router.get(
    "/{householdId}/export",
    response_model=HouseholdExport,
    summary="Everything about a household (GDPR)",
)
def export_household(
    session: SessionDep,
    household_id: HouseholdId,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLD_DATA_WRITE)],
) -> HouseholdExport:
    return service.export_household(session, principal, household_id)
