"""The household's status page: no login, an unguessable (rotatable) link, rate-limited lookups.

The page shows the request's status, its timeline in plain words, the next step with its expected
date, and the open (or accepted) offer, in the household's language, with the contact of the
organisation that supports the household. It shows nothing else about the household. About a place
it shows what deciding on an offer needs; only once the household accepted: the address, the
arrival instructions and whom to call (for a host family its contact, never its name).

A link that no longer works (revoked) still names the supporting organisation's contact, which the
page showed while it worked: nothing its holder did not see already.
"""

import hashlib
import uuid
from datetime import date, datetime, timedelta
from typing import Any, NoReturn

from sqlalchemy import delete
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.db import upsert_insert
from api.core.errors import NotFound, TooManyRequests
from api.core.security import hash_opaque_token
from api.hosts.models import HostFamily
from api.households.models import Household
from api.identity.models import Organisation
from api.offers import service as offers
from api.offers.models import Offer, OfferStatus
from api.placements.models import Placement, PlaceType
from api.places.models import ShelterLocation, ShelterUnit, contact_of
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
    StatusPageOrganisation,
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


def resolve(session: Session, token: str, settings: Settings, now: datetime) -> RelocationRequest:
    """The request behind a working link. A revoked link, an anonymised request and one that ended
    longer than `status_link_days_after_close` ago answer 404 with the supporting organisation's
    contact and the household's language, so the page can say whom to ask, in words it reads."""
    link = session.exec(select(StatusLink).where(StatusLink.token_hash == hash_opaque_token(token))).first()
    request = session.get(RelocationRequest, link.request_id) if link else None
    if link is None or request is None:
        raise NotFound(NO_PAGE, keep_changes=True)  # keep the throttle's count
    if link.revoked_at is not None or request.anonymised_at is not None:
        _refuse_ended(
            session, request, "status-link-ended", "Ask the organisation that supports you for a new link."
        )
    if request.closed_at and request.closed_at + timedelta(days=settings.status_link_days_after_close) <= now:
        _refuse_ended(
            session,
            request,
            "status-link-expired",
            "The request ended; the organisation that supports you helps further.",
        )
    return request


def _refuse_ended(session: Session, request: RelocationRequest, code: str, advice: str) -> NoReturn:
    organisation = supporting_organisation(session, request)
    household = session.get(Household, request.household_id)
    language = texts.page_language(household.preferred_language if household else "", None)
    contact = {"contact": organisation.model_dump(mode="json")} if organisation else {}
    raise NotFound(
        f"{NO_PAGE} {advice}",
        code=code,
        keep_changes=True,  # keep the throttle's count
        extensions={"language": language.value, **contact},
    )


def supporting_organisation(session: Session, request: RelocationRequest) -> StatusPageOrganisation | None:
    household = session.get(Household, request.household_id)
    organisation_id = household.supporting_organisation_id if household else None
    organisation = session.get(Organisation, organisation_id) if organisation_id else None
    if organisation is None:
        return None
    return StatusPageOrganisation(name=organisation.name, contact=organisation.contact)


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
    session: Session, offer: Offer, household: Household, language: StatusLanguage, settings: Settings
) -> StatusPageOffer:
    """What a household needs to decide on an offer, and nothing more about the host; once it
    accepted, also how to get there and whom to call."""
    place: HostFamily | ShelterLocation
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
        languages, place = host.languages, host
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
        languages, place = location.languages_spoken, location
    placement = session.get(Placement, offer.placement_id) if offer.placement_id else None
    accepted = offer.status == OfferStatus.ACCEPTED.value
    return StatusPageOffer(
        id=offer.id,
        place_type=PlaceType(offer.place_type),
        status=OfferStatus(offer.status),
        description=description,
        municipality_name=municipality,
        beds=household.size,
        move_on=offer.move_on,
        respond_by=offer.respond_by,
        stay_ends_on=placement.planned_end_on
        if placement
        else offers.planned_end(
            session, PlaceType(offer.place_type), offer.place_id, offer.move_on, settings
        ),
        languages_spoken=languages,
        facts=[_fact(code, language) for code in facts],
        address=place.address if accepted else None,
        arrival_instructions=place.arrival_instructions if accepted else None,
        contact=contact_of(place) if accepted else None,
    )


def build_page(
    session: Session, request: RelocationRequest, requested: StatusLanguage | None, settings: Settings
) -> StatusPage:
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
        offer = offer_view(session, found, household, language, settings) if found else None
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
        supporting_organisation=supporting_organisation(session, request),
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
