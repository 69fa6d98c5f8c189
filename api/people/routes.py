import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from api.core.authorization import Permission, Principal, public_route, requires
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.models import utcnow
from api.core.pagination import Page, PageDep
from api.people import access, gdpr, service, status_page
from api.people.models import (
    CancelCreate,
    DeclineCreate,
    HouseholdCreate,
    HouseholdExport,
    HouseholdPublic,
    HouseholdUpdate,
    LegalStatus,
    OfferCreate,
    OfferPublic,
    PlacementEnd,
    PlacementSummary,
    RelocationEventPublic,
    RelocationRequestCreate,
    RelocationRequestCreated,
    RelocationRequestPublic,
    RelocationRequestUpdate,
    RequestReason,
    RequestStatus,
    StatusLanguage,
    StatusLink,
    StatusLinkCreated,
    StatusPage,
    TransitionCreate,
    Urgency,
    WithdrawCreate,
)
from api.people.workflow import Actor

households_router = APIRouter(prefix="/households", tags=["households"])
requests_router = APIRouter(prefix="/relocation-requests", tags=["relocation-requests"])
offers_router = APIRouter(prefix="/offers", tags=["offers"])
placements_router = APIRouter(prefix="/placements", tags=["placements"])
status_router = APIRouter(prefix="/status", tags=["status"], dependencies=[public_route])

HouseholdId = Annotated[uuid.UUID, Path(alias="householdId")]
RequestId = Annotated[uuid.UUID, Path(alias="requestId")]
OfferId = Annotated[uuid.UUID, Path(alias="offerId")]
PlacementId = Annotated[uuid.UUID, Path(alias="placementId")]
StatusToken = Annotated[str, Path(min_length=1, max_length=100, description="The status link's secret.")]
Language = Annotated[
    StatusLanguage | None,
    Query(alias="lang", description="nl, en, uk or ru; default: the household's preferred language."),
]


class HouseholdPage(Page[HouseholdPublic]):
    pass


class RelocationRequestPage(Page[RelocationRequestPublic]):
    pass


class RelocationEventList(Page[RelocationEventPublic]):
    pass


class OfferList(Page[OfferPublic]):
    pass


def _status_link(link: StatusLink, token: str) -> StatusLinkCreated:
    return StatusLinkCreated(token=token, path=f"/status/{token}", created_at=link.created_at)


# --- households -----------------------------------------------------------------------------


@households_router.get(
    "",
    response_model=HouseholdPage,
    summary="Households in the caller's scope (restricted fields left out)",
)
def list_households(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLDS_READ)],
    supporting_organisation_id: Annotated[uuid.UUID | None, Query(alias="supportingOrganisationId")] = None,
    legal_status: Annotated[LegalStatus | None, Query(alias="legalStatus")] = None,
    reference: Annotated[str | None, Query(max_length=24)] = None,
) -> HouseholdPage:
    rows, total = service.list_households(
        session,
        principal,
        page,
        supporting_organisation_id=supporting_organisation_id,
        legal_status=legal_status,
        reference=reference,
    )
    return HouseholdPage(items=[service.household_public(h, reveal=False) for h in rows], total=total)


@households_router.post("", response_model=HouseholdPublic, status_code=201, summary="Register a household")
def create_household(
    session: SessionDep,
    body: HouseholdCreate,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLDS_WRITE)],
) -> HouseholdPublic:
    return service.show_household(session, principal, service.create_household(session, principal, body))


@households_router.get("/{householdId}", response_model=HouseholdPublic, summary="One household")
def get_household(
    session: SessionDep,
    household_id: HouseholdId,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLDS_READ)],
) -> HouseholdPublic:
    return service.show_household(session, principal, access.get_household(session, principal, household_id))


@households_router.patch("/{householdId}", response_model=HouseholdPublic, summary="Change a household")
def update_household(
    session: SessionDep,
    household_id: HouseholdId,
    body: HouseholdUpdate,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLDS_WRITE)],
) -> HouseholdPublic:
    household = service.update_household(session, principal, household_id, body)
    return service.show_household(session, principal, household)


@households_router.delete(
    "/{householdId}", status_code=204, summary="Erase a household's personal data (GDPR)"
)
def erase_household(
    session: SessionDep,
    household_id: HouseholdId,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLD_DATA_WRITE)],
) -> Response:
    gdpr.erase_household(session, principal, household_id, get_settings(), date.today())
    return Response(status_code=204)


@households_router.get(
    "/{householdId}/export",
    response_model=HouseholdExport,
    summary="Everything about a household (GDPR)",
)
def export_household(
    session: SessionDep,
    household_id: HouseholdId,
    principal: Annotated[Principal, requires(Permission.HOUSEHOLD_DATA_WRITE)],
) -> HouseholdExport:
    return gdpr.export_household(session, principal, household_id)


# --- relocation requests --------------------------------------------------------------------


@requests_router.get("", response_model=RelocationRequestPage, summary="Relocation requests in scope")
def list_requests(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
    status_filter: Annotated[RequestStatus | None, Query(alias="status")] = None,
    urgency: Urgency | None = None,
    reason: RequestReason | None = None,
    household_id: Annotated[uuid.UUID | None, Query(alias="householdId")] = None,
    must_move_before: Annotated[
        date | None, Query(alias="mustMoveBefore", description="Only requests due on or before this date.")
    ] = None,
    municipality_code: Annotated[
        str | None,
        Query(
            alias="municipalityCode",
            pattern=r"^[Gg][Mm]\d{4}$",
            description="Only requests that live, have an anchor or would like to live in this municipality.",
        ),
    ] = None,
) -> RelocationRequestPage:
    rows, total = service.list_requests(
        session,
        principal,
        page,
        status=status_filter,
        urgency=urgency,
        reason=reason,
        household_id=household_id,
        must_move_before=must_move_before,
        municipality_code=municipality_code,
    )
    return RelocationRequestPage(items=service.requests_public(session, rows, reveal=False), total=total)


@requests_router.post(
    "",
    response_model=RelocationRequestCreated,
    status_code=201,
    summary="Submit a relocation request (returns the household's status link once)",
)
def create_request(
    session: SessionDep,
    body: RelocationRequestCreate,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> RelocationRequestCreated:
    request, link, token = service.create_request(session, principal, body, get_settings(), date.today())
    public = service.show_request(session, principal, request)
    return RelocationRequestCreated(**dict(public), status_link=_status_link(link, token))


@requests_router.get("/{requestId}", response_model=RelocationRequestPublic, summary="One relocation request")
def get_request(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
) -> RelocationRequestPublic:
    return service.show_request(session, principal, access.get_request(session, principal, request_id))


@requests_router.patch(
    "/{requestId}",
    response_model=RelocationRequestPublic,
    summary="Change an open relocation request",
)
def update_request(
    session: SessionDep,
    request_id: RequestId,
    body: RelocationRequestUpdate,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> RelocationRequestPublic:
    request = service.update_request(session, principal, request_id, body, get_settings(), date.today())
    return service.show_request(session, principal, request)


@requests_router.get(
    "/{requestId}/events", response_model=RelocationEventList, summary="The request's timeline"
)
def list_events(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
) -> RelocationEventList:
    events = service.list_events(session, principal, request_id)
    return RelocationEventList(items=events, total=len(events))


@requests_router.post(
    "/{requestId}/transitions",
    response_model=RelocationRequestPublic,
    summary="Move the request on: triaged, matching, moved, closed or cancelled",
)
def transition(
    session: SessionDep,
    request_id: RequestId,
    body: TransitionCreate,
    principal: Annotated[Principal, requires(Permission.REQUEST_TRIAGE_WRITE)],
) -> RelocationRequestPublic:
    request = service.transition(session, principal, request_id, body, get_settings(), date.today())
    return service.show_request(session, principal, request)


@requests_router.post(
    "/{requestId}/cancel", response_model=RelocationRequestPublic, summary="Withdraw the request"
)
def cancel_request(
    session: SessionDep,
    request_id: RequestId,
    body: CancelCreate,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> RelocationRequestPublic:
    request = service.cancel_request(
        session, principal, request_id, body.reason, get_settings(), date.today()
    )
    return service.show_request(session, principal, request)


@requests_router.post(
    "/{requestId}/status-link",
    response_model=StatusLinkCreated,
    status_code=201,
    summary="Issue a new status link (the old one stops working)",
)
def rotate_status_link(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> StatusLinkCreated:
    link, token = service.rotate_status_link(session, principal, request_id)
    return _status_link(link, token)


@requests_router.get("/{requestId}/offers", response_model=OfferList, summary="The request's offers")
def list_offers(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
) -> OfferList:
    offers = service.list_offers(session, principal, request_id)
    return OfferList(items=offers, total=len(offers))


@requests_router.post(
    "/{requestId}/offers",
    response_model=OfferPublic,
    status_code=201,
    summary="Offer a place and a move date",
)
def make_offer(
    session: SessionDep,
    request_id: RequestId,
    body: OfferCreate,
    principal: Annotated[Principal, requires(Permission.OFFERS_WRITE)],
) -> OfferPublic:
    offer = service.make_offer(session, principal, request_id, body, get_settings(), date.today())
    return service.show_offers(session, principal, [offer])[0]


# --- offers ---------------------------------------------------------------------------------


@offers_router.get("/{offerId}", response_model=OfferPublic, summary="One offer")
def get_offer(
    session: SessionDep,
    offer_id: OfferId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
) -> OfferPublic:
    return service.show_offers(session, principal, [service.get_offer(session, principal, offer_id)])[0]


@offers_router.post(
    "/{offerId}/accept",
    response_model=OfferPublic,
    summary="Accept on the household's behalf (holds the beds)",
)
def accept_offer(
    session: SessionDep,
    offer_id: OfferId,
    principal: Annotated[Principal, requires(Permission.OFFER_RESPONSES_WRITE)],
) -> OfferPublic:
    offer = service.get_offer(session, principal, offer_id)
    offer = service.accept_offer(session, Actor.of(principal), offer, get_settings(), date.today())
    return service.show_offers(session, principal, [offer])[0]


@offers_router.post(
    "/{offerId}/decline",
    response_model=OfferPublic,
    summary="Decline on the household's behalf (no penalty)",
)
def decline_offer(
    session: SessionDep,
    offer_id: OfferId,
    body: DeclineCreate,
    principal: Annotated[Principal, requires(Permission.OFFER_RESPONSES_WRITE)],
) -> OfferPublic:
    offer = service.get_offer(session, principal, offer_id)
    offer = service.decline_offer(
        session, Actor.of(principal), offer, body.reason, get_settings(), date.today()
    )
    return service.show_offers(session, principal, [offer])[0]


@offers_router.post("/{offerId}/withdraw", response_model=OfferPublic, summary="Withdraw an open offer")
def withdraw_offer(
    session: SessionDep,
    offer_id: OfferId,
    body: WithdrawCreate,
    principal: Annotated[Principal, requires(Permission.OFFERS_WRITE)],
) -> OfferPublic:
    offer = service.withdraw_offer(session, principal, offer_id, body.reason, get_settings(), date.today())
    return service.show_offers(session, principal, [offer])[0]


# --- placements -----------------------------------------------------------------------------


@placements_router.post(
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


# --- the household's status page (no login) -------------------------------------------------


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@status_router.get("/{token}", response_model=StatusPage, summary="The household's status page")
def read_status(session: SessionDep, token: StatusToken, http: Request, lang: Language = None) -> StatusPage:
    status_page.throttle(session, get_settings(), _client(http), utcnow())
    return status_page.build_page(session, status_page.resolve(session, token), lang)


@status_router.post("/{token}/offers/{offerId}/accept", response_model=StatusPage, summary="Accept the offer")
def accept_from_status_page(
    session: SessionDep, token: StatusToken, offer_id: OfferId, http: Request, lang: Language = None
) -> StatusPage:
    settings = get_settings()
    status_page.throttle(session, settings, _client(http), utcnow())
    request = status_page.resolve(session, token)
    status_page.accept(session, request, offer_id, settings, date.today())
    return status_page.build_page(session, request, lang)


@status_router.post(
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
    request = status_page.resolve(session, token)
    status_page.decline(session, request, offer_id, body.reason, settings, date.today())
    return status_page.build_page(session, request, lang)


ROUTERS = (households_router, requests_router, offers_router, placements_router, status_router)
