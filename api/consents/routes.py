"""A household's consents: record, read, withdraw."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.consents import service
from api.consents.models import ConsentCreate, ConsentPublic, ConsentStatus
from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.models import utcnow
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires

router = APIRouter(prefix="/households/{householdId}/consents", tags=["consents"])

HouseholdId = Annotated[uuid.UUID, Path(alias="householdId")]
ConsentId = Annotated[uuid.UUID, Path(alias="consentId")]


class ConsentPage(Page[ConsentPublic]):
    pass


@router.get(
    "",
    response_model=ConsentPage,
    summary="The household's consents (an organisation it is referred to sees those naming itself)",
)
def list_consents(
    session: SessionDep,
    household_id: HouseholdId,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.CONSENTS_READ)],
    status_filter: Annotated[ConsentStatus | None, Query(alias="status")] = None,
) -> ConsentPage:
    now = utcnow()
    rows, total = service.list_consents(session, principal, household_id, page, status=status_filter, now=now)
    return ConsentPage(items=service.consents_public(session, rows, now), total=total)


@router.post(
    "",
    response_model=ConsentPublic,
    status_code=201,
    summary="Record the household's consent for one organisation and purpose",
)
def record_consent(
    session: SessionDep,
    household_id: HouseholdId,
    body: ConsentCreate,
    principal: Annotated[Principal, requires(Permission.CONSENTS_WRITE)],
) -> ConsentPublic:
    now = utcnow()
    consent = service.record_consent(session, principal, household_id, body, now)
    return service.consents_public(session, [consent], now)[0]


@router.get("/{consentId}", response_model=ConsentPublic, summary="One consent")
def get_consent(
    session: SessionDep,
    household_id: HouseholdId,
    consent_id: ConsentId,
    principal: Annotated[Principal, requires(Permission.CONSENTS_READ)],
) -> ConsentPublic:
    consent = service.get_consent(session, principal, household_id, consent_id)
    return service.consents_public(session, [consent], utcnow())[0]


@router.post(
    "/{consentId}/withdraw",
    response_model=ConsentPublic,
    summary="Withdraw a consent: the access it gave ends at once",
)
def withdraw_consent(
    session: SessionDep,
    household_id: HouseholdId,
    consent_id: ConsentId,
    principal: Annotated[Principal, requires(Permission.CONSENTS_WRITE)],
) -> ConsentPublic:
    now = utcnow()
    consent = service.withdraw_consent(session, principal, household_id, consent_id, now)
    return service.consents_public(session, [consent], now)[0]
