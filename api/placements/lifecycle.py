"""A placement's life after acceptance: check-in, no-show, a longer host stay, and its timeline.

Checking in the placement that an accepted request created is that request's move (`moved`); a
no-show sends the request back to matching. Both go through the request's workflow
(api.relocation.service.change_status), so a request and its placements never disagree. Locks are
taken in one order everywhere: request, placement, then the place (see api.placements.service).
"""

import uuid
from datetime import date

from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal
from api.core.config import Settings
from api.core.errors import Conflict, Unprocessable
from api.households.access import audit_sensitive_read, may_read_sensitive
from api.placements import service as placements
from api.placements.models import (
    Placement,
    PlacementActor,
    PlacementCheckIn,
    PlacementEvent,
    PlacementEventKind,
    PlacementEventPublic,
    PlacementNoShow,
    PlacementStatus,
    PlaceType,
    StayExtensionCreate,
)
from api.relocation.models import RelocationRequest, RequestStatus
from api.relocation.service import change_status, lock_request
from api.relocation.workflow import Actor


def _locked(
    session: Session, principal: Principal, placement_id: uuid.UUID
) -> tuple[Placement, RelocationRequest | None]:
    """The placement and, if its move is still to happen, the accepted request that made it,
    both locked (request first)."""
    found = placements.get_placement(session, principal, placement_id)
    request = lock_request(session, found.relocation_request_id) if found.relocation_request_id else None
    placement = placements.lock_placement(session, principal, placement_id)
    if request is not None:
        held = placements.new_placement_of(session, request.id)
        if request.status != RequestStatus.ACCEPTED.value or held is None or held.id != placement.id:
            request = None
    return placement, request


def check_in(
    session: Session,
    principal: Principal,
    placement_id: uuid.UUID,
    data: PlacementCheckIn,
    settings: Settings,
    today: date,
) -> Placement:
    """The household arrived: it lives there from ARRIVED_ON, and its request has moved."""
    placement, request = _locked(session, principal, placement_id)
    arrived_on = data.arrived_on or today
    if request is None:
        placements.record_arrival(session, principal, placement, arrived_on, today)
        return placement
    change_status(
        session, request, RequestStatus.MOVED, Actor.of(principal), settings, today, None, on=arrived_on
    )
    record(
        session,
        principal,
        "transition",
        "relocation_request",
        request.id,
        {"from": RequestStatus.ACCEPTED.value, "to": RequestStatus.MOVED.value, "by": "check_in"},
    )
    return placement


def record_no_show(
    session: Session,
    principal: Principal,
    placement_id: uuid.UUID,
    data: PlacementNoShow,
    settings: Settings,
    today: date,
) -> Placement:
    """The household did not come: the beds are free again and its request returns to matching."""
    placement, request = _locked(session, principal, placement_id)
    placements.check_active(placement)
    if placement.arrived_on is not None:
        raise Conflict(
            f"The household checked in on {placement.arrived_on}; check it out instead.",
            code="already-arrived",
        )
    on = data.on or today
    if on > today:
        raise Unprocessable("The no-show date lies in the future.", code="date-in-future")
    if on < placement.starts_on:
        raise Unprocessable(
            f"The household is expected on {placement.starts_on}; it cannot be a no-show before then.",
            code="before-move-date",
        )
    if request is not None:
        change_status(
            session,
            request,
            RequestStatus.MATCHING,
            Actor.of(principal),
            settings,
            today,
            data.reason,
            on=on,
            no_show=True,
        )
    else:
        placements.release_beds(session, placement, ended_on=on, as_status=PlacementStatus.NO_SHOW)
        placements.add_event(
            session, placement, principal, PlacementEventKind.NO_SHOW, on_date=on, reason=data.reason
        )
    record(session, principal, "no_show", "placement", placement.id, {"on": on.isoformat()})
    return placement


def extend_stay(
    session: Session, principal: Principal, placement_id: uuid.UUID, data: StayExtensionCreate, today: date
) -> Placement:
    """A host stay lasts at most six months unless a desk extends it, with a reason, within the
    host's availability window."""
    found = placements.get_placement(session, principal, placement_id)
    if found.place_type != PlaceType.HOST_FAMILY.value:
        raise Conflict(
            "Only host-family stays are extended; a stay in a shelter unit lasts until its location closes.",
            code="not-a-host-stay",
        )
    assert found.host_family_id is not None
    host = placements.lock_host_family(session, found.host_family_id)  # the place before the placement
    placement = placements.lock_placement(session, principal, placement_id)
    placements.check_active(placement)
    current = placement.planned_end_on
    if data.planned_end_on <= max(current or today, today):
        raise Unprocessable(
            f"plannedEndOn must lie after the current planned end ({current or today}).",
            code="not-an-extension",
        )
    if data.planned_end_on > host.available_until:
        raise Conflict(
            f"The host family is available until {host.available_until}: the host (or its partner) "
            "extends its availability first.",
            code="beyond-host-availability",
        )
    placement.planned_end_on = data.planned_end_on
    session.add(placement)
    placements.add_event(
        session,
        placement,
        principal,
        PlacementEventKind.STAY_EXTENDED,
        previous_planned_end_on=current,
        reason=data.reason,
    )
    record(
        session,
        principal,
        "extend_stay",
        "placement",
        placement.id,
        {"from": current.isoformat() if current else None, "to": data.planned_end_on.isoformat()},
    )
    return placement


def list_events(
    session: Session, principal: Principal, placement_id: uuid.UUID
) -> list[PlacementEventPublic]:
    placement = placements.get_placement(session, principal, placement_id)
    events = session.exec(
        select(PlacementEvent)
        .where(PlacementEvent.placement_id == placement.id)
        .order_by(col(PlacementEvent.occurred_at), col(PlacementEvent.id))
    ).all()
    reveal = may_read_sensitive(principal) and any(e.reason for e in events)
    if reveal:
        audit_sensitive_read(session, principal, placement.household_id, "placement_event")
    return [event_public(e, reveal=reveal) for e in events]


def event_public(event: PlacementEvent, *, reveal: bool) -> PlacementEventPublic:
    return PlacementEventPublic(
        id=event.id,
        placement_id=event.placement_id,
        kind=PlacementEventKind(event.kind),
        occurred_at=event.occurred_at,
        on=event.on_date,
        previous_planned_end_on=event.previous_planned_end_on,
        planned_end_on=event.planned_end_on,
        reason=event.reason if reveal else None,
        actor=PlacementActor(user_id=event.actor_user_id, organisation_id=event.actor_organisation_id),
    )
