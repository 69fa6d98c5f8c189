"""The relocation request's state machine and its timeline.

    submitted → triaged → matching → offered → accepted → moved → closed
                                        ↑  ↓ (decline, withdraw)   ↓
                                        matching ←──────────── (move fell through)
    any open status (submitted … accepted) → cancelled

`offered` and `accepted` are reached only through offers (making one, accepting one); the other
targets through an explicit transition. `moved` is the household's check-in at its new place
(POST …/transitions or POST /placements/{id}/check-in, never before the move date); a no-show
(POST /placements/{id}/no-show) is `accepted → matching`. Every change writes one timeline event
carrying the actor, the time, and the next expected step with its expected date.
"""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session

from api.core.authorization import Principal
from api.core.config import Settings
from api.core.errors import Conflict
from api.core.models import utcnow
from api.offers.models import Offer
from api.relocation.models import (
    ActorType,
    EventKind,
    NextStep,
    RelocationEvent,
    RelocationRequest,
    RequestStatus,
    Urgency,
)
from api.webhooks.events import EventType, emit

S = RequestStatus
TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    S.SUBMITTED: frozenset({S.TRIAGED, S.CANCELLED}),
    S.TRIAGED: frozenset({S.MATCHING, S.CANCELLED}),
    S.MATCHING: frozenset({S.OFFERED, S.CANCELLED}),
    S.OFFERED: frozenset({S.ACCEPTED, S.MATCHING, S.CANCELLED}),
    S.ACCEPTED: frozenset({S.MOVED, S.MATCHING, S.CANCELLED}),
    S.MOVED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.CANCELLED: frozenset(),
}
OPEN_STATUSES = frozenset({S.SUBMITTED, S.TRIAGED, S.MATCHING, S.OFFERED, S.ACCEPTED})
FINISHED_STATUSES = frozenset({S.CLOSED, S.CANCELLED})
# Targets reached only through offers, never through POST …/transitions.
OFFER_DRIVEN = frozenset({S.OFFERED, S.ACCEPTED})

TRIAGE_DAYS = {Urgency.EMERGENCY: 0, Urgency.HIGH: 1, Urgency.NORMAL: 3}
SEARCH_DAYS = {Urgency.EMERGENCY: 0, Urgency.HIGH: 1, Urgency.NORMAL: 2}
CLOSE_AFTER_MOVE_DAYS = 14


@dataclass(frozen=True)
class Actor:
    """Who changes a request: a user or integration (with its principal), the household, a job."""

    type: ActorType
    principal: Principal | None = None

    @classmethod
    def of(cls, principal: Principal) -> "Actor":
        return cls(ActorType.USER if principal.user_id else ActorType.INTEGRATION, principal)


SYSTEM = Actor(ActorType.SYSTEM)
HOUSEHOLD = Actor(ActorType.HOUSEHOLD)


def check_transition(current: RequestStatus, target: RequestStatus) -> None:
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(TRANSITIONS[current])) or "none: the request is finished"
        raise Conflict(
            f"A request that is {current.value} cannot become {target.value} (allowed: {allowed}).",
            code="illegal-transition",
        )


def next_step_for(
    request: RelocationRequest, settings: Settings, today: date, offer: Offer | None = None
) -> tuple[NextStep | None, date | None]:
    """What should happen next, and by when, for a request in its current status."""
    status, urgency = RequestStatus(request.status), Urgency(request.urgency)
    if status == S.SUBMITTED:
        return NextStep.TRIAGE, today + timedelta(days=TRIAGE_DAYS[urgency])
    if status == S.TRIAGED:
        return NextStep.START_SEARCH, today + timedelta(days=SEARCH_DAYS[urgency])
    if status == S.MATCHING:
        latest = request.must_move_by - timedelta(days=settings.min_notice_days)
        return NextStep.MAKE_OFFER, today if urgency == Urgency.EMERGENCY else max(today, latest)
    if status == S.OFFERED:
        return NextStep.RESPOND_TO_OFFER, offer.respond_by if offer else today
    if status == S.ACCEPTED:
        return NextStep.MOVE, offer.move_on if offer else None
    if status == S.MOVED:
        return NextStep.CLOSE_REQUEST, today + timedelta(days=CLOSE_AFTER_MOVE_DAYS)
    return None, None


def add_event(
    session: Session,
    request: RelocationRequest,
    actor: Actor,
    kind: EventKind,
    *,
    from_status: RequestStatus | None,
    note: str | None = None,
    offer_id: uuid.UUID | None = None,
) -> RelocationEvent:
    principal = actor.principal
    event = RelocationEvent(
        request_id=request.id,
        kind=kind.value,
        from_status=from_status.value if from_status else None,
        to_status=request.status,
        actor_type=actor.type.value,
        actor_user_id=principal.user_id if principal else None,
        actor_api_key_id=principal.api_key_id if principal else None,
        actor_organisation_id=principal.organisation_id if principal else None,
        offer_id=offer_id,
        note=note,
        next_step=request.next_step,
        next_step_due=request.next_step_due,
    )
    session.add(event)
    return event


def refresh_next_step(
    request: RelocationRequest, settings: Settings, today: date, offer: Offer | None = None
) -> None:
    step, due = next_step_for(request, settings, today, offer)
    request.next_step = step.value if step else None
    request.next_step_due = due


def move_to(
    session: Session,
    request: RelocationRequest,
    target: RequestStatus,
    actor: Actor,
    kind: EventKind,
    *,
    settings: Settings,
    today: date,
    offer: Offer | None = None,
    note: str | None = None,
) -> RelocationEvent:
    """Change the status if the state machine allows it, and write the timeline event."""
    current = RequestStatus(request.status)
    check_transition(current, target)
    now = utcnow()
    request.status = target.value
    request.status_changed_at = now
    request.updated_at = now
    if target in FINISHED_STATUSES:
        request.closed_at = now
    refresh_next_step(request, settings, today, offer)
    session.add(request)
    emit(session, EventType.RELOCATION_REQUEST_STATUS_CHANGED, request, {"previousStatus": current.value})
    return add_event(
        session,
        request,
        actor,
        kind,
        from_status=current,
        note=note,
        offer_id=offer.id if offer else None,
    )
