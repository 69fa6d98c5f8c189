"""Relocation requests: submitting, changing and moving them through their workflow.

Services never commit. Every change to a request locks its row first (PostgreSQL: SELECT … FOR
UPDATE; SQLite: the transaction began IMMEDIATE), so two desks acting on one request are
serialised and the second sees the first's result. Beds are held and freed only through
api.placements.service.
"""

import hashlib
import uuid
from datetime import date
from typing import Any

from sqlalchemy import String, case, cast, func, or_
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import ROLE_PERMISSIONS, Permission, Principal, Role
from api.core.config import Settings
from api.core.db import lock_row
from api.core.errors import Conflict, NotFound, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.core.security import hash_opaque_token, new_opaque_token
from api.core.sorting import ordering, sort_key
from api.core.text_search import matches_text
from api.hosts.models import HostFamily
from api.households.access import audit_sensitive_read, get_household, may_read_sensitive, scope_households
from api.households.models import Household
from api.households.service import lock_household
from api.identity.models import User
from api.notifications import service as notifications
from api.notifications.models import NotificationKind
from api.offers.models import Offer, OfferStatus
from api.placements import service as placements
from api.placements.models import Placement, PlacementEventKind, PlacementStatus
from api.placements.service import active_placement_of, new_placement_of, placement_summaries
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality
from api.relocation.models import (
    ActorPublic,
    AnchorInput,
    AnchorPublic,
    AssigneePublic,
    EventKind,
    RelocationAnchor,
    RelocationEvent,
    RelocationEventPublic,
    RelocationRequest,
    RelocationRequestCreate,
    RelocationRequestPublic,
    RelocationRequestUpdate,
    RequestReason,
    RequestSort,
    RequestStatus,
    StatusLink,
    TransitionCreate,
    Urgency,
)
from api.relocation.workflow import (
    OFFER_DRIVEN,
    OPEN_STATUSES,
    TRANSITIONS,
    Actor,
    add_event,
    check_transition,
    move_to,
    refresh_next_step,
)

S = RequestStatus


STATUS_TOKEN_PREFIX = "onds"  # noqa: S105 - a prefix, not a secret


def allowed_transitions(current: RequestStatus) -> list[RequestStatus]:
    """What POST …/transitions accepts now: forward steps first, then back, cancelling last."""
    order = list(RequestStatus)
    targets = [s for s in TRANSITIONS[current] if s not in OFFER_DRIVEN]
    return sorted(
        targets,
        key=lambda s: (s == RequestStatus.CANCELLED, order.index(s) < order.index(current), order.index(s)),
    )


# Still looking for a place: past its must-move-by date, such a request is overdue.
STILL_LOOKING = frozenset(
    {RequestStatus.SUBMITTED, RequestStatus.TRIAGED, RequestStatus.MATCHING, RequestStatus.OFFERED}
)
URGENCY_ORDER = {Urgency.EMERGENCY.value: 0, Urgency.HIGH.value: 1, Urgency.NORMAL.value: 2}


def is_overdue(request: RelocationRequest, today: date) -> bool:
    return request.must_move_by < today and RequestStatus(request.status) in STILL_LOOKING


def requests_public(
    session: Session, requests: list[RelocationRequest], *, reveal: bool, today: date | None = None
) -> list[RelocationRequestPublic]:
    """API views of requests, loading anchors, placements, references and assignees in a few queries."""
    today = today or date.today()
    ids = [r.id for r in requests]
    references = dict(
        session.exec(
            select(Household.id, Household.reference).where(
                col(Household.id).in_({r.household_id for r in requests})
            )
        ).all()
    )
    assignees = {
        user.id: AssigneePublic(user_id=user.id, full_name=user.full_name)
        for user in session.exec(
            select(User).where(col(User.id).in_({r.assignee_user_id for r in requests if r.assignee_user_id}))
        ).all()
    }
    anchors: dict[uuid.UUID, list[AnchorPublic]] = {i: [] for i in ids}
    placements: list[Placement] = []
    new_placement: dict[uuid.UUID, uuid.UUID] = {}
    if ids:
        for anchor in session.exec(
            select(RelocationAnchor)
            .where(col(RelocationAnchor.request_id).in_(ids))
            .order_by(col(RelocationAnchor.position))
        ).all():
            anchors[anchor.request_id].append(AnchorPublic.model_validate(anchor))
        current_ids = [r.current_placement_id for r in requests if r.current_placement_id]
        placements = list(
            session.exec(
                select(Placement).where(
                    col(Placement.id).in_(current_ids) | col(Placement.relocation_request_id).in_(ids)
                )
            ).all()
        )
        # The newest placement a request created (an earlier one may have fallen through).
        for placement in sorted(placements, key=lambda p: p.created_at):
            if placement.relocation_request_id is not None:
                new_placement[placement.relocation_request_id] = placement.id
    summaries = placement_summaries(session, placements)
    return [
        RelocationRequestPublic(
            id=r.id,
            household_id=r.household_id,
            household_reference=references[r.household_id],
            reason=RequestReason(r.reason),
            urgency=Urgency(r.urgency),
            must_move_by=r.must_move_by,
            status=RequestStatus(r.status),
            anchors=anchors[r.id],
            preferred_municipalities=r.preferred_municipalities,
            max_distance_km=r.max_distance_km,
            current_placement=summaries.get(r.current_placement_id) if r.current_placement_id else None,
            new_placement=summaries.get(new_placement[r.id]) if r.id in new_placement else None,
            next_step=r.next_step,
            next_step_expected_on=r.next_step_due,
            allowed_transitions=allowed_transitions(RequestStatus(r.status)),
            notes=r.notes if reveal else None,
            overdue=is_overdue(r, today),
            assignee=assignees.get(r.assignee_user_id) if r.assignee_user_id else None,
            created_at=r.created_at,
            updated_at=r.updated_at,
            status_changed_at=r.status_changed_at,
            closed_at=r.closed_at,
        )
        for r in requests
    ]


def show_request(
    session: Session, principal: Principal, request: RelocationRequest
) -> RelocationRequestPublic:
    reveal = may_read_sensitive(principal)
    if reveal:
        audit_sensitive_read(session, principal, request.household_id, "relocation_request")
    return requests_public(session, [request], reveal=reveal)[0]


def event_public(event: RelocationEvent, *, reveal: bool) -> RelocationEventPublic:
    return RelocationEventPublic(
        id=event.id,
        request_id=event.request_id,
        occurred_at=event.occurred_at,
        kind=event.kind,
        from_status=event.from_status,
        to_status=event.to_status,
        actor=ActorPublic(
            type=event.actor_type,
            user_id=event.actor_user_id,
            organisation_id=event.actor_organisation_id,
        ),
        offer_id=event.offer_id,
        note=event.note if reveal else None,
        next_step=event.next_step,
        next_step_expected_on=event.next_step_due,
    )


def get_request(
    session: Session, principal: Principal, request_id: uuid.UUID, *, referred: bool = False
) -> RelocationRequest:
    """The request within the caller's scope; `referred=True` (reads only) adds referred households."""
    found = session.exec(
        scope_households(
            select(RelocationRequest).join(
                Household, col(Household.id) == col(RelocationRequest.household_id)
            ),
            principal,
            referred=referred,
        ).where(RelocationRequest.id == request_id)
    ).first()
    if found is None:
        raise NotFound("No such relocation request.")
    return found


def lock_request(session: Session, request_id: uuid.UUID) -> RelocationRequest:
    """The request row, locked for the rest of the transaction and freshly read."""
    request = lock_row(session, RelocationRequest, request_id)
    if request is None:
        raise NotFound("No such relocation request.")
    return request


def open_request_of(session: Session, household_id: uuid.UUID) -> RelocationRequest | None:
    return session.exec(
        select(RelocationRequest).where(
            RelocationRequest.household_id == household_id,
            col(RelocationRequest.status).in_([s.value for s in OPEN_STATUSES]),
        )
    ).first()


def _check_municipalities(session: Session, codes: set[str]) -> None:
    if not codes:
        return
    known = set(session.exec(select(Municipality.code).where(col(Municipality.code).in_(codes))).all())
    if unknown := sorted(codes - known):
        raise Unprocessable(
            f"Unknown municipality code(s): {', '.join(unknown)}.", code="unknown-municipality"
        )


def _set_anchors(session: Session, request: RelocationRequest, anchors: list[AnchorInput]) -> None:
    _check_municipalities(session, {a.municipality_code for a in anchors if a.municipality_code})
    for old in session.exec(select(RelocationAnchor).where(RelocationAnchor.request_id == request.id)).all():
        session.delete(old)
    session.flush()
    for position, anchor in enumerate(anchors):
        session.add(
            RelocationAnchor(
                request_id=request.id,
                position=position,
                kind=anchor.kind.value,
                label=anchor.label,
                lat=anchor.lat,
                lon=anchor.lon,
                municipality_code=anchor.municipality_code,
            )
        )


def _preferred(session: Session, codes: list[str]) -> list[str]:
    unique = list(dict.fromkeys(codes))
    _check_municipalities(session, set(unique))
    return unique


def new_status_link(session: Session, request: RelocationRequest) -> tuple[StatusLink, str]:
    """Revoke the request's status links and issue a new one; the token is returned only here."""
    now = utcnow()
    for link in session.exec(
        select(StatusLink).where(StatusLink.request_id == request.id, col(StatusLink.revoked_at).is_(None))
    ).all():
        link.revoked_at = now
        session.add(link)
    return issue_status_link(session, request.id)


def issue_status_link(session: Session, request_id: uuid.UUID) -> tuple[StatusLink, str]:
    """One more status link to the request, keeping the others (a message's own link; rotating
    revokes them all). Only the token's hash is stored; the token is returned only here."""
    token = new_opaque_token(STATUS_TOKEN_PREFIX)
    link = StatusLink(request_id=request_id, token_hash=hash_opaque_token(token))
    session.add(link)
    session.flush()
    return link, token


def list_requests(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    status: RequestStatus | None,
    urgency: Urgency | None,
    reason: RequestReason | None,
    household_id: uuid.UUID | None,
    must_move_before: date | None = None,
    municipality_code: str | None = None,
    q: str | None = None,
    assignee_user_id: uuid.UUID | None = None,
    overdue_on: date | None = None,
    sort: RequestSort = RequestSort.MUST_MOVE_BY,
) -> tuple[list[RelocationRequest], int]:
    query = scope_households(
        select(RelocationRequest).join(Household, col(Household.id) == col(RelocationRequest.household_id)),
        principal,
        referred=True,
    )
    if status:
        query = query.where(RelocationRequest.status == status.value)
    if urgency:
        query = query.where(RelocationRequest.urgency == urgency.value)
    if reason:
        query = query.where(RelocationRequest.reason == reason.value)
    if household_id:
        query = query.where(RelocationRequest.household_id == household_id)
    if must_move_before:
        query = query.where(RelocationRequest.must_move_by <= must_move_before)
    if municipality_code:
        query = query.where(_concerns_municipality(municipality_code.upper()))
    if q:
        query = query.where(matches_text(q, Household.reference))
    if assignee_user_id:
        query = query.where(RelocationRequest.assignee_user_id == assignee_user_id)
    if overdue_on:
        query = query.where(
            col(RelocationRequest.must_move_by) < overdue_on,
            col(RelocationRequest.status).in_([s.value for s in STILL_LOOKING]),
        )
    return paginate(
        session,
        query.order_by(*_order(sort), col(RelocationRequest.created_at), col(RelocationRequest.id)),
        page,
    )


REQUEST_SORT_COLUMNS: dict[str, Any] = {
    "mustMoveBy": col(RelocationRequest.must_move_by),
    "createdAt": col(RelocationRequest.created_at),
    "status": col(RelocationRequest.status),
    "urgency": case(URGENCY_ORDER, value=col(RelocationRequest.urgency), else_=len(URGENCY_ORDER)),
}


def _order(sort: RequestSort) -> list[Any]:
    primary = ordering(sort.value, REQUEST_SORT_COLUMNS)
    # The most pressing first among equals: the nearest deadline.
    return (
        [primary] if sort_key(sort.value) == "mustMoveBy" else [primary, col(RelocationRequest.must_move_by)]
    )


def assign_request(
    session: Session, principal: Principal, request_id: uuid.UUID, user_id: uuid.UUID | None
) -> RelocationRequest:
    """Someone of the caller's own organisation who may work on requests follows it (or nobody)."""
    request = lock_request(session, get_request(session, principal, request_id).id)
    if user_id is not None:
        user = session.get(User, user_id)
        if user is None or user.organisation_id != principal.organisation_id or not user.is_active:
            raise Unprocessable(
                "The assignee must be an active user of your own organisation.",
                code="assignee-not-in-organisation",
            )
        if Permission.REQUESTS_WRITE not in ROLE_PERMISSIONS[Role(user.role)]:
            raise Unprocessable(
                "That user's role does not work on requests.", code="assignee-cannot-work-on-requests"
            )
    request.assignee_user_id = user_id
    request.updated_at = utcnow()
    session.add(request)
    record(
        session,
        principal,
        "assign",
        "relocation_request",
        request.id,
        {"assigneeUserId": str(user_id) if user_id else None},
    )
    return request


def _concerns_municipality(code: str):  # type: ignore[no-untyped-def]
    """A request concerns a municipality where it lives now (current placement), has an anchor
    (work, school, carers, home) or would like to live."""
    in_anchor = select(RelocationAnchor.request_id).where(RelocationAnchor.municipality_code == code)
    at_host = (
        select(Placement.id)
        .join(HostFamily, col(HostFamily.id) == col(Placement.host_family_id))
        .where(HostFamily.municipality_code == code)
    )
    at_location = (
        select(Placement.id)
        .join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .where(ShelterLocation.municipality_code == code)
    )
    # Codes are validated as GM plus four digits, so the quoted code matches only a whole entry.
    preferred = cast(col(RelocationRequest.preferred_municipalities), String).contains(f'"{code}"')
    return or_(
        col(RelocationRequest.id).in_(in_anchor),
        col(RelocationRequest.current_placement_id).in_(at_host.union_all(at_location)),
        preferred,
    )


def create_request(
    session: Session,
    principal: Principal,
    data: RelocationRequestCreate,
    settings: Settings,
    today: date,
) -> tuple[RelocationRequest, StatusLink, str]:
    try:
        household = get_household(session, principal, data.household_id)
    except NotFound:
        raise Unprocessable("No such household.", code="unknown-household") from None
    household = lock_household(session, household.id)  # one open request per household, even racing
    if (existing := open_request_of(session, household.id)) is not None:
        raise Conflict(
            f"The household has an open relocation request already ({existing.id}).",
            code="open-request-exists",
        )
    if data.must_move_by < today:
        raise Unprocessable("mustMoveBy lies in the past.", code="date-in-past")
    if data.current_placement_id is not None:
        current = session.get(Placement, data.current_placement_id)
        if (
            current is None
            or current.household_id != household.id
            or current.status != PlacementStatus.ACTIVE.value
        ):
            raise Unprocessable(
                "currentPlacementId is not an active placement of this household.",
                code="unknown-placement",
            )
    else:
        current = active_placement_of(session, household.id)
    request = RelocationRequest(
        household_id=household.id,
        reason=data.reason.value,
        urgency=data.urgency.value,
        must_move_by=data.must_move_by,
        preferred_municipalities=_preferred(session, data.preferred_municipalities),
        max_distance_km=data.max_distance_km,
        current_placement_id=current.id if current else None,
        notes=data.notes,
        created_by_organisation_id=principal.organisation_id,
    )
    refresh_next_step(request, settings, today)
    session.add(request)
    session.flush()
    _set_anchors(session, request, data.anchors)
    add_event(session, request, Actor.of(principal), EventKind.CREATED, from_status=None)
    link, token = new_status_link(session, request)
    record(
        session,
        principal,
        "create",
        "relocation_request",
        request.id,
        {"householdId": str(household.id)},
    )
    return request, link, token


def update_request(
    session: Session,
    principal: Principal,
    request_id: uuid.UUID,
    data: RelocationRequestUpdate,
    settings: Settings,
    today: date,
) -> RelocationRequest:
    request = lock_request(session, get_request(session, principal, request_id).id)
    if RequestStatus(request.status) not in OPEN_STATUSES:
        raise Conflict(f"A {request.status} request cannot be changed.", code="request-finished")
    changes = data.model_dump(exclude_unset=True, by_alias=False)
    data.refuse_null()
    if data.must_move_by is not None:
        if data.must_move_by < today:
            raise Unprocessable("mustMoveBy lies in the past.", code="date-in-past")
        request.must_move_by = data.must_move_by
    if data.reason is not None:
        request.reason = data.reason.value
    if data.urgency is not None:
        request.urgency = data.urgency.value
    if data.preferred_municipalities is not None:
        request.preferred_municipalities = _preferred(session, data.preferred_municipalities)
    if "max_distance_km" in changes:
        request.max_distance_km = data.max_distance_km
    if "notes" in changes:
        request.notes = data.notes
    if data.anchors is not None:
        _set_anchors(session, request, data.anchors)
    _mark_updated(session, principal, request, settings, today)
    record(session, principal, "update", "relocation_request", request.id, {"fields": sorted(changes)})
    return request


def _mark_updated(
    session: Session,
    principal: Principal,
    request: RelocationRequest,
    settings: Settings,
    today: date,
    note: str | None = None,
) -> None:
    """After a change: while still searching, urgency and mustMoveBy set the expected dates; the
    change goes on the timeline."""
    if RequestStatus(request.status) in (S.SUBMITTED, S.TRIAGED, S.MATCHING):
        refresh_next_step(request, settings, today)
    request.updated_at = utcnow()
    session.add(request)
    add_event(
        session,
        request,
        Actor.of(principal),
        EventKind.UPDATED,
        from_status=RequestStatus(request.status),
        note=note,
    )


def bring_deadline_forward(
    session: Session,
    principal: Principal,
    request: RelocationRequest,
    must_move_by: date,
    settings: Settings,
    today: date,
    note: str,
) -> None:
    """The household must move sooner than its open request says (its place closes): the
    deadline moves forward, on the timeline."""
    if request.must_move_by <= must_move_by:
        return
    request.must_move_by = must_move_by
    _mark_updated(session, principal, request, settings, today, note)
    record(
        session,
        principal,
        "update",
        "relocation_request",
        request.id,
        {"fields": ["must_move_by"], "mustMoveBy": must_move_by.isoformat()},
    )


def household_of(session: Session, request: RelocationRequest) -> Household:
    household = session.get(Household, request.household_id)
    assert household is not None
    return household


def open_offer_of(session: Session, request_id: uuid.UUID) -> Offer | None:
    return session.exec(
        select(Offer).where(Offer.request_id == request_id, Offer.status == OfferStatus.OPEN.value)
    ).first()


def change_status(
    session: Session,
    request: RelocationRequest,
    target: RequestStatus,
    actor: Actor,
    settings: Settings,
    today: date,
    note: str | None,
    *,
    on: date | None = None,
    no_show: bool = False,
) -> None:
    """A transition with its side effects: offers withdrawn, held beds freed, the old home left.

    `moved` is the household's check-in at its new place (ON, default today, never before the move
    date), and its check-out at the old one the same day. Back to `matching` or `cancelled` from
    `accepted` frees the beds the move held: the stay is cancelled, or (NO_SHOW) the household did
    not come on ON.
    """
    current = RequestStatus(request.status)
    if target in OFFER_DRIVEN:
        raise Conflict(
            f"A request becomes {target.value} through its offers "
            "(POST /relocation-requests/{id}/offers, POST /offers/{id}/accept).",
            code="offer-driven-transition",
        )
    if current == S.OFFERED and target == S.MATCHING:
        raise Conflict(
            "The request has an open offer: withdraw it (POST /offers/{id}/withdraw) first.",
            code="offer-open",
        )
    check_transition(current, target)
    principal = actor.principal
    if target == S.CANCELLED and (offer := open_offer_of(session, request.id)) is not None:
        offer.status = OfferStatus.WITHDRAWN.value
        offer.withdraw_reason = "The request was cancelled."
        session.add(offer)
    held = new_placement_of(session, request.id) if current == S.ACCEPTED else None
    if held is not None and target in (S.MATCHING, S.CANCELLED):
        kind = PlacementEventKind.NO_SHOW if no_show else PlacementEventKind.CANCELLED
        placements.release_beds(
            session,
            held,
            ended_on=on or today,
            as_status=PlacementStatus.NO_SHOW if no_show else PlacementStatus.CANCELLED,
        )
        placements.add_event(session, held, principal, kind, on_date=on or today, reason=note)
    if target == S.MOVED:
        new = new_placement_of(session, request.id)
        if new is None:
            raise Conflict("The request has no active new placement to move into.", code="no-placement")
        arrival = on or today
        placements.record_arrival(session, principal, new, arrival, today)
        if request.current_placement_id and request.current_placement_id != new.id:
            old = session.get(Placement, request.current_placement_id)
            if old is not None and old.status == PlacementStatus.ACTIVE.value:
                placements.leave(session, principal, old, arrival, today)
    move_to(
        session,
        request,
        target,
        actor,
        EventKind.STATUS_CHANGED,
        settings=settings,
        today=today,
        note=note,
    )
    notifications.enqueue(session, NotificationKind.STATUS_CHANGED, request, household_of(session, request))


def transition(
    session: Session,
    principal: Principal,
    request_id: uuid.UUID,
    data: TransitionCreate,
    settings: Settings,
    today: date,
) -> RelocationRequest:
    return _move_request(session, principal, request_id, data.status, data.note, settings, today)


def cancel_request(
    session: Session,
    principal: Principal,
    request_id: uuid.UUID,
    reason: str,
    settings: Settings,
    today: date,
) -> RelocationRequest:
    """The household or its partner withdraws the request (e.g. it found a place itself)."""
    return _move_request(session, principal, request_id, S.CANCELLED, reason, settings, today)


def _move_request(
    session: Session,
    principal: Principal,
    request_id: uuid.UUID,
    status: RequestStatus,
    note: str | None,
    settings: Settings,
    today: date,
) -> RelocationRequest:
    """A status change the caller asks for, under the request's row lock, and audited."""
    request = lock_request(session, get_request(session, principal, request_id).id)
    previous = request.status
    change_status(session, request, status, Actor.of(principal), settings, today, note)
    record(
        session,
        principal,
        "transition",
        "relocation_request",
        request.id,
        {"from": previous, "to": request.status},
    )
    return request


def rotate_status_link(
    session: Session, principal: Principal, request_id: uuid.UUID
) -> tuple[StatusLink, str]:
    request = lock_request(session, get_request(session, principal, request_id).id)
    if request.anonymised_at is not None:
        raise Conflict("The request has been anonymised.", code="request-anonymised")
    link, token = new_status_link(session, request)
    record(session, principal, "rotate_status_link", "relocation_request", request.id)
    return link, token


def events_tag(session: Session, principal: Principal, request_id: uuid.UUID) -> str:
    """A weak ETag of the request's timeline as this caller sees it, from one small aggregate
    query: it changes with every event and every change to the request, so a page can poll
    `If-None-Match` cheaply (304, no rows read, nothing audited) and fetch again only on news."""
    request = get_request(session, principal, request_id, referred=True)
    count, latest = session.exec(
        select(func.count(col(RelocationEvent.id)), func.max(col(RelocationEvent.occurred_at))).where(
            RelocationEvent.request_id == request.id
        )
    ).one()
    version = (
        f"{request.id}|{request.updated_at.isoformat()}|{count}|{latest}|{may_read_sensitive(principal)}"
    )
    return f'W/"{hashlib.sha256(version.encode()).hexdigest()[:32]}"'


def list_events(session: Session, principal: Principal, request_id: uuid.UUID) -> list[RelocationEventPublic]:
    request = get_request(session, principal, request_id, referred=True)
    events = session.exec(
        select(RelocationEvent)
        .where(RelocationEvent.request_id == request.id)
        .order_by(col(RelocationEvent.occurred_at), col(RelocationEvent.id))
    ).all()
    reveal = may_read_sensitive(principal) and any(e.note for e in events)
    if reveal:
        audit_sensitive_read(session, principal, request.household_id, "relocation_event")
    return [event_public(e, reveal=reveal) for e in events]
