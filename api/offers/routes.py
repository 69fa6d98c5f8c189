"""Offers: made to a request, accepted or declined on the household's behalf, withdrawn."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.pagination import Page
from api.identity.dependencies import requires
from api.offers import service
from api.offers.models import DeclineCreate, OfferCreate, OfferPublic, WithdrawCreate
from api.relocation.routes import RequestId
from api.relocation.workflow import Actor

# An offer is made to a request, so its list and creation live under the request's path.
request_offers_router = APIRouter(prefix="/relocation-requests", tags=["relocation-requests"])
router = APIRouter(prefix="/offers", tags=["offers"])

OfferId = Annotated[uuid.UUID, Path(alias="offerId")]


class OfferList(Page[OfferPublic]):
    pass


@request_offers_router.get("/{requestId}/offers", response_model=OfferList, summary="The request's offers")
def list_offers(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
) -> OfferList:
    offers = service.list_offers(session, principal, request_id)
    return OfferList(items=offers, total=len(offers))


@request_offers_router.post(
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


@router.get("/{offerId}", response_model=OfferPublic, summary="One offer")
def get_offer(
    session: SessionDep,
    offer_id: OfferId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
) -> OfferPublic:
    return service.show_offers(session, principal, [service.get_offer(session, principal, offer_id)])[0]


@router.post(
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


@router.post(
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


@router.post("/{offerId}/withdraw", response_model=OfferPublic, summary="Withdraw an open offer")
def withdraw_offer(
    session: SessionDep,
    offer_id: OfferId,
    body: WithdrawCreate,
    principal: Annotated[Principal, requires(Permission.OFFERS_WRITE)],
) -> OfferPublic:
    offer = service.withdraw_offer(session, principal, offer_id, body.reason, get_settings(), date.today())
    return service.show_offers(session, principal, [offer])[0]
