"""The household's status page: no login, an unguessable (rotatable) link, rate-limited lookups.

The page shows the request's status, its timeline in plain words, the next step with its expected
date, and the open (or accepted) offer, in the household's language. It shows nothing else about
the household, and about a host family only what deciding on an offer needs: no name, address,
coordinates or contact details.
"""

import hashlib
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.db import upsert_insert
from api.core.errors import NotFound, TooManyRequests
from api.core.security import hash_opaque_token
from api.hosts.models import HostFamily
from api.households.models import Household
from api.offers import service as offers
from api.offers.models import Offer, OfferStatus
from api.placements.models import PlaceType
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality
from api.relocation import texts
from api.relocation.models import (
    EventKind,
    RelocationEvent,
    RelocationRequest,
    RequestStatus,
    StatusLanguage,
    StatusLink,
    StatusLookupThrottle,
    StatusPage,
    StatusPageEvent,
    StatusPageFact,
    StatusPageOffer,
)
from api.relocation.workflow import HOUSEHOLD

NO_PAGE = "No status page exists at this address."
THROTTLE_KEEP = timedelta(days=1)


def throttle(session: Session, settings: Settings, client_address: str, now: datetime) -> None:
    """Count one lookup for the client in this minute; refuse (429) beyond the limit.

    The count lives in the database (shared by all API processes) and survives the refusal.
    """
    table = StatusLookupThrottle.__table__  # type: ignore[attr-defined]
    window = now.replace(second=0, microsecond=0)
    key = hashlib.sha256(client_address.encode()).hexdigest()
    statement = (
        upsert_insert(session, table)
        .values(client_key=key, window_start=window, lookups=1)
        .on_conflict_do_update(
            index_elements=["client_key", "window_start"], set_={"lookups": table.c.lookups + 1}
        )
        .returning(table.c.lookups)
    )
    lookups = session.execute(statement).scalar_one()
    if lookups > settings.status_lookups_per_minute:
        raise TooManyRequests(
            "Too many status-page requests from this address; try again in a minute.",
            headers={"Retry-After": str(60 - now.second)},
            keep_changes=True,
        )


def clean_throttle(session: Session, now: datetime) -> dict[str, Any]:
    """Forget lookup counts older than a day (a daily job)."""
    result = session.exec(
        delete(StatusLookupThrottle).where(col(StatusLookupThrottle.window_start) < now - THROTTLE_KEEP)
    )
    return {"deleted": result.rowcount}


def resolve(session: Session, token: str) -> RelocationRequest:
    link = session.exec(
        select(StatusLink).where(
            StatusLink.token_hash == hash_opaque_token(token), col(StatusLink.revoked_at).is_(None)
        )
    ).first()
    request = session.get(RelocationRequest, link.request_id) if link else None
    if request is None or request.anonymised_at is not None:
        raise NotFound(NO_PAGE, keep_changes=True)  # keep the throttle's count
    return request


def _timeline_key(event: RelocationEvent) -> str:
    if event.kind == EventKind.STATUS_CHANGED.value:
        if (
            event.from_status == RequestStatus.ACCEPTED.value
            and event.to_status == RequestStatus.MATCHING.value
        ):
            return "search_resumed"
        return event.to_status
    return event.kind


def _fact(code: str, language: StatusLanguage) -> StatusPageFact:
    return StatusPageFact(code=code, text=texts.FACTS[code][language])


def _municipality_name(session: Session, code: str) -> str:
    municipality = session.get(Municipality, code)
    return municipality.name if municipality else code


def offer_view(
    session: Session, offer: Offer, household: Household, language: StatusLanguage
) -> StatusPageOffer:
    """What a household needs to decide on an offer, and nothing more about the host."""
    if offer.place_type == PlaceType.HOST_FAMILY.value:
        host = session.get(HostFamily, offer.host_family_id)
        assert host is not None
        municipality = _municipality_name(session, host.municipality_code)
        description = texts.text(texts.OFFER_DESCRIPTION, "host_family", language, municipality=municipality)
        facts = [
            code
            for code, present in (
                ("wheelchair_accessible", host.wheelchair_accessible),
                ("pets_allowed", host.pets_allowed),
                ("pets_present", host.pets_present),
            )
            if present
        ]
        languages, stay_ends_on = host.languages, host.available_until
    else:
        unit = session.get(ShelterUnit, offer.shelter_unit_id)
        assert unit is not None
        location = session.get(ShelterLocation, unit.location_id)
        assert location is not None
        municipality = _municipality_name(session, location.municipality_code)
        description = texts.text(
            texts.OFFER_DESCRIPTION,
            "shelter_unit",
            language,
            location=location.name,
            municipality=municipality,
        )
        facts = [
            code
            for code, present in (
                ("wheelchair_accessible", unit.wheelchair_accessible),
                ("pets_allowed", unit.pets_allowed),
                ("families_only", unit.families_only),
                ("women_only", unit.women_only),
                ("self_catering", location.self_catering),
                ("meals_provided", not location.self_catering),
                ("staff_on_site", location.has_staff),
            )
            if present
        ] + [f"visiting_{location.visiting_rules}"]
        languages, stay_ends_on = location.languages_spoken, location.closes_on
    return StatusPageOffer(
        id=offer.id,
        place_type=PlaceType(offer.place_type),
        status=OfferStatus(offer.status),
        description=description,
        municipality_name=municipality,
        beds=household.size,
        move_on=offer.move_on,
        respond_by=offer.respond_by,
        stay_ends_on=stay_ends_on,
        languages_spoken=languages,
        facts=[_fact(code, language) for code in facts],
    )


def build_page(session: Session, request: RelocationRequest, requested: StatusLanguage | None) -> StatusPage:
    household = session.get(Household, request.household_id)
    assert household is not None
    language = texts.page_language(household.preferred_language, requested)
    events = session.exec(
        select(RelocationEvent)
        .where(RelocationEvent.request_id == request.id)
        .order_by(col(RelocationEvent.occurred_at), col(RelocationEvent.id))
    ).all()
    offer = None
    if request.status in (RequestStatus.OFFERED.value, RequestStatus.ACCEPTED.value):
        wanted = OfferStatus.OPEN if request.status == RequestStatus.OFFERED.value else OfferStatus.ACCEPTED
        found = session.exec(
            select(Offer)
            .where(Offer.request_id == request.id, Offer.status == wanted.value)
            .order_by(col(Offer.created_at).desc())
        ).first()
        offer = offer_view(session, found, household, language) if found else None
    step = request.next_step
    return StatusPage(
        language=language,
        status=RequestStatus(request.status),
        status_text=texts.STATUS[request.status][language],
        must_move_by=request.must_move_by,
        next_step=step,
        next_step_text=texts.NEXT_STEP[step][language] if step else None,
        next_step_expected_on=request.next_step_due,
        timeline=[
            StatusPageEvent(occurred_at=e.occurred_at, text=texts.TIMELINE[_timeline_key(e)][language])
            for e in events
        ],
        offer=offer,
    )


def _offer_of(session: Session, request: RelocationRequest, offer_id: uuid.UUID) -> Offer:
    offer = session.get(Offer, offer_id)
    if offer is None or offer.request_id != request.id:
        raise NotFound("No such offer.", keep_changes=True)
    return offer


def accept(
    session: Session,
    request: RelocationRequest,
    offer_id: uuid.UUID,
    settings: Settings,
    today: date,
) -> None:
    offers.accept_offer(session, HOUSEHOLD, _offer_of(session, request, offer_id), settings, today)


def decline(
    session: Session,
    request: RelocationRequest,
    offer_id: uuid.UUID,
    reason: str,
    settings: Settings,
    today: date,
) -> None:
    offers.decline_offer(session, HOUSEHOLD, _offer_of(session, request, offer_id), reason, settings, today)
