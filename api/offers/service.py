"""Offers: making, accepting, declining and withdrawing them. Services never commit.

An offer must pass the hard constraints matching checks; accepting it holds the beds through
api.placements.service, under the request's row lock.
"""

import uuid
from datetime import date, timedelta

from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.config import Settings
from api.core.errors import Conflict, NotFound, ProblemError, Unprocessable
from api.core.models import utcnow
from api.hosts.models import HostFamily
from api.households.access import audit_sensitive_read, may_read_sensitive, scope_households
from api.households.models import Household
from api.matching.candidates import judge_place, need_of
from api.matching.scoring import CONSTRAINTS
from api.notifications import service as notifications
from api.notifications.models import NotificationKind
from api.offers.models import Offer, OfferCreate, OfferPublic, OfferStatus, ResponseChannel
from api.placements.models import PlaceType
from api.placements.service import PlaceLabel, hold_beds, place_labels
from api.places.models import ShelterLocation, ShelterUnit
from api.relocation.models import EventKind, RelocationRequest, RequestStatus, Urgency
from api.relocation.service import get_request, household_of, lock_request
from api.relocation.workflow import SYSTEM, Actor, move_to
from api.webhooks.events import EventType, emit

S = RequestStatus


DEFAULT_RESPONSE_DAYS = 3


def offer_labels(session: Session, offers: list[Offer]) -> dict[uuid.UUID, PlaceLabel]:
    return place_labels(
        session,
        (o.shelter_unit_id for o in offers if o.shelter_unit_id),
        (o.host_family_id for o in offers if o.host_family_id),
    )


def offer_public(offer: Offer, label: PlaceLabel, *, reveal: bool) -> OfferPublic:
    return OfferPublic(
        id=offer.id,
        request_id=offer.request_id,
        household_id=offer.household_id,
        place_type=PlaceType(offer.place_type),
        place_id=offer.place_id,
        place_name=label.name,
        municipality_code=label.municipality_code,
        move_on=offer.move_on,
        respond_by=offer.respond_by,
        status=OfferStatus(offer.status),
        notice_override_reason=offer.notice_override_reason if reveal else None,
        decline_reason=offer.decline_reason if reveal else None,
        withdraw_reason=offer.withdraw_reason if reveal else None,
        made_by_organisation_id=offer.made_by_organisation_id,
        created_at=offer.created_at,
        responded_at=offer.responded_at,
        responded_via=offer.responded_via,
        placement_id=offer.placement_id,
    )


def show_offers(session: Session, principal: Principal, offers: list[Offer]) -> list[OfferPublic]:
    """Offers of one household; restricted reasons are shown (and audited) when allowed."""
    reveal = may_read_sensitive(principal) and any(
        o.notice_override_reason or o.decline_reason or o.withdraw_reason for o in offers
    )
    if reveal:
        audit_sensitive_read(session, principal, offers[0].household_id, "offer")
    labels = offer_labels(session, offers)
    return [offer_public(o, labels[o.place_id], reveal=reveal) for o in offers]


REFUSALS = {
    "accepting_households": (409, "place-unavailable"),
    "not_suspended": (409, "place-suspended"),
    "beds": (409, "no-room"),
    "safeguarding": (422, "safeguarding"),
    "available_on_move_date": (422, "outside-availability"),
}


def _check_place(
    session: Session,
    request: RelocationRequest,
    place_type: PlaceType,
    place_id: uuid.UUID,
    move_on: date,
    settings: Settings,
) -> None:
    """An offer must pass the same hard constraints as matching (a desk may re-offer a declined place)."""
    need = need_of(session, request, settings, date.today(), move_on=move_on)
    judged = judge_place(session, need, settings, place_type, place_id, vetoed=set())
    if judged is None:
        raise Unprocessable(f"No such {place_type.value.replace('_', ' ')}.", code="unknown-place")
    failed = judged.verdict.failed
    if not failed:
        return
    first = next((name for name in REFUSALS if name in failed), failed[0])
    status, code = REFUSALS.get(first, (422, "place-unsuitable"))
    reasons = "; ".join(CONSTRAINTS[name] for name in failed)
    raise ProblemError(f"This place does not fit: {reasons}.", status=status, code=code)


def planned_end(
    session: Session, place_type: PlaceType, place_id: uuid.UUID, move_on: date, settings: Settings
) -> date | None:
    """When a stay from MOVE_ON is due to end: at a host family at most six months on (and never
    after the host's window); in a shelter unit when the unit or its location closes."""
    if place_type == PlaceType.HOST_FAMILY:
        host = session.get(HostFamily, place_id)
        if host is None:
            return None
        return min(host.available_until, move_on + timedelta(days=settings.host_stay_max_days))
    unit = session.get(ShelterUnit, place_id)
    location = session.get(ShelterLocation, unit.location_id) if unit else None
    closing = [d for d in (unit.closes_on if unit else None, location.closes_on if location else None) if d]
    return min(closing) if closing else None


def make_offer(
    session: Session,
    principal: Principal,
    request_id: uuid.UUID,
    data: OfferCreate,
    settings: Settings,
    today: date,
) -> Offer:
    request = lock_request(session, get_request(session, principal, request_id).id)
    if request.status != S.MATCHING.value:
        raise Conflict(
            f"Offers are made to requests in matching; this one is {request.status}.",
            code="illegal-transition",
        )
    household = household_of(session, request)
    if data.move_on < today:
        raise Unprocessable("moveOn lies in the past.", code="date-in-past")
    earliest = today + timedelta(days=settings.min_notice_days)
    if data.notice_override_reason and request.urgency != Urgency.EMERGENCY.value:
        raise Unprocessable(
            "Only emergency requests may override the notice period.",
            code="notice-override-not-allowed",
        )
    if data.move_on < earliest and not data.notice_override_reason:
        raise Unprocessable(
            f"A move needs {settings.min_notice_days} days' notice: moveOn {earliest} or later "
            "(emergencies may override with noticeOverrideReason).",
            code="notice-period",
        )
    respond_by = data.respond_by or max(
        today, min(today + timedelta(days=DEFAULT_RESPONSE_DAYS), data.move_on)
    )
    if not today <= respond_by <= data.move_on:
        raise Unprocessable("respondBy must lie between today and moveOn.", code="invalid-respond-by")
    _check_place(session, request, data.place_type, data.place_id, data.move_on, settings)
    offer = Offer(
        request_id=request.id,
        household_id=household.id,
        place_type=data.place_type.value,
        shelter_unit_id=data.place_id if data.place_type == PlaceType.SHELTER_UNIT else None,
        host_family_id=data.place_id if data.place_type == PlaceType.HOST_FAMILY else None,
        move_on=data.move_on,
        respond_by=respond_by,
        notice_override_reason=data.notice_override_reason,
        made_by_organisation_id=principal.organisation_id,
        made_by_user_id=principal.user_id,
    )
    session.add(offer)
    session.flush()
    move_to(
        session,
        request,
        S.OFFERED,
        Actor.of(principal),
        EventKind.OFFER_MADE,
        settings=settings,
        today=today,
        offer=offer,
    )
    emit(session, EventType.OFFER_CREATED, offer)
    notifications.enqueue(session, NotificationKind.OFFER_MADE, request, household, offer)
    record(
        session,
        principal,
        "create",
        "offer",
        offer.id,
        {
            "requestId": str(request.id),
            "placeType": offer.place_type,
            "placeId": str(data.place_id),
            "noticeOverridden": data.move_on < earliest,
        },
    )
    return offer


def get_offer(session: Session, principal: Principal, offer_id: uuid.UUID) -> Offer:
    found = session.exec(
        scope_households(
            select(Offer).join(Household, col(Household.id) == col(Offer.household_id)), principal
        ).where(Offer.id == offer_id)
    ).first()
    if found is None:
        raise NotFound("No such offer.")
    return found


def list_offers(session: Session, principal: Principal, request_id: uuid.UUID) -> list[OfferPublic]:
    request = get_request(session, principal, request_id, referred=True)
    offers = list(
        session.exec(
            select(Offer).where(Offer.request_id == request.id).order_by(col(Offer.created_at), col(Offer.id))
        ).all()
    )
    return show_offers(session, principal, offers)


def _open_offer_for_response(session: Session, offer: Offer) -> RelocationRequest:
    request = lock_request(session, offer.request_id)
    session.refresh(offer)
    if offer.status != OfferStatus.OPEN.value or request.status != S.OFFERED.value:
        raise Conflict(f"This offer is {offer.status}, not open any more.", code="offer-not-open")
    return request


def response_channel(principal: Principal | None) -> ResponseChannel:
    if principal is None:
        return ResponseChannel.STATUS_PAGE
    return {
        Role.PARTNER: ResponseChannel.PARTNER,
        Role.DESK: ResponseChannel.DESK,
    }.get(principal.role, ResponseChannel.ADMIN)


def accept_offer(session: Session, actor: Actor, offer: Offer, settings: Settings, today: date) -> Offer:
    """Accepting holds the beds; of two households taking the last bed, the second gets 409."""
    request = _open_offer_for_response(session, offer)
    if offer.move_on < today:
        raise Conflict(
            "The move date of this offer has passed; ask the desk for a new one.",
            code="offer-expired",
        )
    household = household_of(session, request)
    place_type = PlaceType(offer.place_type)
    # The place may have changed since the offer (an incident, a vetting decision, a closing date):
    # check again. Room is checked here only as a first look; hold_beds decides under its lock.
    _check_place(session, request, place_type, offer.place_id, offer.move_on, settings)
    planned_end_on = planned_end(session, place_type, offer.place_id, offer.move_on, settings)
    placement = hold_beds(
        session,
        household_id=household.id,
        place_type=place_type,
        place_id=offer.place_id,
        beds=household.size,
        starts_on=offer.move_on,
        planned_end_on=planned_end_on,
        relocation_request_id=request.id,
    )
    offer.status = OfferStatus.ACCEPTED.value
    offer.responded_at = utcnow()
    offer.responded_via = response_channel(actor.principal).value
    offer.placement_id = placement.id
    session.add(offer)
    move_to(
        session,
        request,
        S.ACCEPTED,
        actor,
        EventKind.OFFER_ACCEPTED,
        settings=settings,
        today=today,
        offer=offer,
    )
    emit(session, EventType.OFFER_ACCEPTED, offer)
    notifications.enqueue(session, NotificationKind.MOVE_DATE, request, household, offer)
    record(
        session,
        actor.principal,
        "accept",
        "offer",
        offer.id,
        {"placementId": str(placement.id), "via": offer.responded_via},
    )
    return offer


def decline_offer(
    session: Session, actor: Actor, offer: Offer, reason: str, settings: Settings, today: date
) -> Offer:
    """A decline carries no penalty: the request simply returns to matching."""
    request = _open_offer_for_response(session, offer)
    offer.status = OfferStatus.DECLINED.value
    offer.decline_reason = reason
    offer.responded_at = utcnow()
    offer.responded_via = response_channel(actor.principal).value
    session.add(offer)
    move_to(
        session,
        request,
        S.MATCHING,
        actor,
        EventKind.OFFER_DECLINED,
        settings=settings,
        today=today,
        offer=offer,
    )
    emit(session, EventType.OFFER_DECLINED, offer)
    notifications.enqueue(session, NotificationKind.STATUS_CHANGED, request, household_of(session, request))
    record(session, actor.principal, "decline", "offer", offer.id, {"via": offer.responded_via})
    return offer


def withdraw_offer(
    session: Session,
    principal: Principal,
    offer_id: uuid.UUID,
    reason: str,
    settings: Settings,
    today: date,
) -> Offer:
    offer = get_offer(session, principal, offer_id)
    request = _open_offer_for_response(session, offer)
    offer.status = OfferStatus.WITHDRAWN.value
    offer.withdraw_reason = reason
    session.add(offer)
    move_to(
        session,
        request,
        S.MATCHING,
        Actor.of(principal),
        EventKind.OFFER_WITHDRAWN,
        settings=settings,
        today=today,
        offer=offer,
    )
    emit(session, EventType.OFFER_WITHDRAWN, offer)
    notifications.enqueue(session, NotificationKind.STATUS_CHANGED, request, household_of(session, request))
    record(session, principal, "withdraw", "offer", offer.id)
    return offer


def expire_overdue_offers(session: Session, settings: Settings, today: date) -> dict[str, object]:
    """Offers nobody answered by their `respond_by` day lapse: withdrawn by the system, like a
    desk's withdrawal, so the request returns to matching and the household hears of it."""
    overdue = session.exec(
        select(Offer)
        .where(Offer.status == OfferStatus.OPEN.value, col(Offer.respond_by) < today)
        .order_by(col(Offer.respond_by), col(Offer.id))
    ).all()
    expired = []
    for offer in overdue:
        try:
            request = _open_offer_for_response(session, offer)
        except Conflict:
            continue  # answered or withdrawn a moment ago
        offer.status = OfferStatus.WITHDRAWN.value
        offer.withdraw_reason = f"Expired: no answer by {offer.respond_by.isoformat()}."
        session.add(offer)
        move_to(
            session,
            request,
            S.MATCHING,
            SYSTEM,
            EventKind.OFFER_WITHDRAWN,
            settings=settings,
            today=today,
            offer=offer,
        )
        household = household_of(session, request)
        notifications.enqueue(session, NotificationKind.STATUS_CHANGED, request, household)
        record(
            session,
            None,
            "expire",
            "offer",
            offer.id,
            {"respondBy": offer.respond_by.isoformat(), "by": "worker"},
            organisation_id=household.supporting_organisation_id,
        )
        expired.append(str(offer.id))
    return {"expired": len(expired), "offerIds": expired}
