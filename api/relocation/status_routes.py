"""The household's status page: no login, an unguessable link, rate-limited lookups."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from api.core.authorization import public_route
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.models import utcnow
from api.core.openapi import THROTTLED
from api.households.models import Household
from api.incidents import service as incidents
from api.offers.models import DeclineCreate
from api.offers.routes import OfferId
from api.relocation import status_page, texts
from api.relocation.models import StatusConcernCreate, StatusConcernReceived, StatusLanguage, StatusPage

router = APIRouter(prefix="/status", tags=["status"], dependencies=[public_route], responses=THROTTLED)

StatusToken = Annotated[str, Path(min_length=1, max_length=100, description="The status link's secret.")]

Language = Annotated[
    StatusLanguage | None,
    Query(alias="lang", description="nl, en, uk or ru; default: the household's preferred language."),
]


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/{token}", response_model=StatusPage, summary="The household's status page")
def read_status(session: SessionDep, token: StatusToken, http: Request, lang: Language = None) -> StatusPage:
    settings = get_settings()
    status_page.throttle(session, settings, _client(http), utcnow())
    return status_page.build_page(
        session, status_page.resolve(session, token, settings, utcnow()), lang, settings
    )


@router.post("/{token}/offers/{offerId}/accept", response_model=StatusPage, summary="Accept the offer")
def accept_from_status_page(
    session: SessionDep, token: StatusToken, offer_id: OfferId, http: Request, lang: Language = None
) -> StatusPage:
    settings = get_settings()
    status_page.throttle(session, settings, _client(http), utcnow())
    request = status_page.resolve(session, token, settings, utcnow())
    status_page.accept(session, request, offer_id, settings, date.today())
    return status_page.build_page(session, request, lang, settings)


@router.post(
    "/{token}/offers/{offerId}/decline",
    response_model=StatusPage,
    summary="Decline the offer (no penalty)",
)
def decline_from_status_page(
    session: SessionDep,
    token: StatusToken,
    offer_id: OfferId,
    body: DeclineCreate,
    http: Request,
    lang: Language = None,
) -> StatusPage:
    settings = get_settings()
    status_page.throttle(session, settings, _client(http), utcnow())
    request = status_page.resolve(session, token, settings, utcnow())
    status_page.decline(session, request, offer_id, body.reason, settings, date.today())
    return status_page.build_page(session, request, lang, settings)


@router.post(
    "/{token}/concerns",
    response_model=StatusConcernReceived,
    status_code=201,
    summary="Say that something is not right where the household lives (sent without its name)",
    description="Files a safeguarding report on the household's current place, without a reporter; it "
    "suspends the place from matching until a reviewer decides. 409 `household-not-placed` before it "
    "has a place.",
)
def report_concern(
    session: SessionDep, token: StatusToken, body: StatusConcernCreate, http: Request, lang: Language = None
) -> StatusConcernReceived:
    settings = get_settings()
    status_page.throttle(session, settings, _client(http), utcnow())
    request = status_page.resolve(session, token, settings, utcnow())
    household = session.get(Household, request.household_id)
    assert household is not None
    incident = incidents.report_from_household(
        session, household.id, household.supporting_organisation_id, body.description, body.urgent
    )
    language = texts.page_language(household.preferred_language, lang)
    return StatusConcernReceived(received_at=incident.reported_at, text=texts.CONCERN_RECEIVED[language])
