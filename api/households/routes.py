"""Households: register, read and change them (restricted fields audited)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.households import service
from api.households.access import access_to, household_access
from api.households.models import HouseholdCreate, HouseholdPublic, HouseholdUpdate, LegalStatus
from api.identity.dependencies import requires

router = APIRouter(prefix="/households", tags=["households"])

HouseholdId = Annotated[uuid.UUID, Path(alias="householdId")]


class HouseholdPage(Page[HouseholdPublic]):
    pass


@router.get(
    "",
    response_model=HouseholdPage,
    summary="Households in the caller's scope, and those referred to it (restricted fields left out)",
)
def list_households(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLDS_READ)],
    supporting_organisation_id: Annotated[uuid.UUID | None, Query(alias="supportingOrganisationId")] = None,
    legal_status: Annotated[LegalStatus | None, Query(alias="legalStatus")] = None,
    reference: Annotated[str | None, Query(max_length=24)] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=60,
            description="Part of the reference; for those who may read contact details also of the "
            "household's e-mail address or phone number.",
        ),
    ] = None,
    sort: Annotated[
        service.HouseholdSort, Query(description="The order; `-` reverses it.")
    ] = service.HouseholdSort.NEWEST,
) -> HouseholdPage:
    rows, total = service.list_households(
        session,
        principal,
        page,
        supporting_organisation_id=supporting_organisation_id,
        legal_status=legal_status,
        reference=reference,
        q=q,
        sort=sort,
    )
    access = access_to(session, principal, [h.id for h in rows])
    return HouseholdPage(items=service.show_households(session, principal, rows, access), total=total)


@router.post("", response_model=HouseholdPublic, status_code=201, summary="Register a household")
def create_household(
    session: SessionDep,
    body: HouseholdCreate,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLDS_WRITE)],
) -> HouseholdPublic:
    return service.show_household(session, principal, service.create_household(session, principal, body))


@router.get("/{householdId}", response_model=HouseholdPublic, summary="One household")
def get_household(
    session: SessionDep,
    household_id: HouseholdId,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLDS_READ)],
) -> HouseholdPublic:
    household, access = household_access(session, principal, household_id)
    return service.show_household(session, principal, household, access)


@router.patch("/{householdId}", response_model=HouseholdPublic, summary="Change a household")
def update_household(
    session: SessionDep,
    household_id: HouseholdId,
    body: HouseholdUpdate,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLDS_WRITE)],
) -> HouseholdPublic:
    household = service.update_household(session, principal, household_id, body)
    return service.show_household(session, principal, household)
