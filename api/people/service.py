"""Households, relocation requests, offers and placements: the rules. Services never commit.

Every change to a request locks its row first (PostgreSQL: SELECT … FOR UPDATE; SQLite: the
transaction began IMMEDIATE), so two desks acting on one request are serialised and the second
sees the first's result. Beds are held and freed only through api.placements.service.
"""

import secrets
import uuid
from datetime import date, timedelta

from sqlalchemy import String, cast, or_
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.config import Settings
from api.core.db import lock_row
from api.core.errors import Conflict, NotFound, ProblemError, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.core.security import hash_opaque_token, new_opaque_token
from api.hosts.models import HostFamily
from api.identity.models import Organisation, OrganisationKind
from api.matching.candidates import judge_place, need_of
from api.matching.scoring import CONSTRAINTS
from api.people import notifications
from api.people.access import (
    audit_sensitive_read,
    get_household,
    get_request,
    may_read_sensitive,
    scope_households,
)
from api.people.models import (
    ActorPublic,
    AnchorInput,
    AnchorPublic,
    EventKind,
    Household,
    HouseholdContactPublic,
    HouseholdCreate,
    HouseholdPublic,
    HouseholdUpdate,
    LegalStatus,
    Member,
    NeedsInput,
    NeedsPublic,
    NotificationKind,
    Offer,
    OfferCreate,
    OfferPublic,
    OfferStatus,
    PlacementEnd,
    PlacementSummary,
    RelocationAnchor,
    RelocationEvent,
    RelocationEventPublic,
    RelocationRequest,
    RelocationRequestCreate,
    RelocationRequestPublic,
    RelocationRequestUpdate,
    RequestReason,
    RequestStatus,
    ResponseChannel,
    StatusLink,
    TransitionCreate,
    Urgency,
    members_consistent,
)
from api.people.workflow import (
    OFFER_DRIVEN,
    OPEN_STATUSES,
    TRANSITIONS,
    Actor,
    add_event,
    check_transition,
    move_to,
    refresh_next_step,
)
from api.placements.models import Placement, PlacementStatus, PlaceType
from api.placements.service import PlaceLabel, hold_beds, place_labels, release_beds
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality

S = RequestStatus
STATUS_TOKEN_PREFIX = "onds"  # noqa: S105 - a prefix, not a secret
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
DEFAULT_RESPONSE_DAYS = 3


# --- presenting -----------------------------------------------------------------------------


def household_public(household: Household, *, reveal: bool) -> HouseholdPublic:
    """The API view; restricted fields only when `reveal` (the caller audits that)."""
    contact = None
    if reveal and (household.contact_email or household.contact_phone):
        contact = HouseholdContactPublic(email=household.contact_email, phone=household.contact_phone)
    return HouseholdPublic(
        id=household.id,
        reference=household.reference,
        adults=household.adults,
        children=household.children,
        size=household.size,
        members=[Member(age_band=band) for band in household.members],
        languages=household.languages,
        preferred_language=household.preferred_language,
        legal_status=LegalStatus(household.legal_status),
        needs=NeedsPublic(
            wheelchair=household.needs_wheelchair,
            medical_care=household.needs_medical_care,
            pets=household.has_pets,
            pet_details=household.pet_details,
            special_needs_education=household.needs_special_needs_education,
            informal_care=household.needs_informal_care,
            informal_childcare=household.needs_informal_childcare,
            self_catering=household.needs_self_catering,
            women_and_children_only=household.women_and_children_only,
            details=household.needs_details if reveal else None,
        ),
        vulnerable=household.vulnerable if reveal else None,
        notes=household.notes if reveal else None,
        contact=contact,
        supporting_organisation_id=household.supporting_organisation_id,
        restricted_fields_shown=reveal,
        created_at=household.created_at,
        updated_at=household.updated_at,
    )


def show_household(session: Session, principal: Principal, household: Household) -> HouseholdPublic:
    """One household as the caller may see it; showing restricted fields is audited."""
    reveal = may_read_sensitive(principal)
    if reveal:
        audit_sensitive_read(session, principal, household.id, "household")
    return household_public(household, reveal=reveal)


def placement_summaries(session: Session, placements: list[Placement]) -> dict[uuid.UUID, PlacementSummary]:
    labels = place_labels(
        session,
        (p.shelter_unit_id for p in placements if p.shelter_unit_id),
        (p.host_family_id for p in placements if p.host_family_id),
    )
    summaries = {}
    for placement in placements:
        place_id = placement.shelter_unit_id or placement.host_family_id
        assert place_id is not None
        summaries[placement.id] = PlacementSummary(
            id=placement.id,
            place_type=PlaceType(placement.place_type),
            place_id=place_id,
            place_name=labels[place_id].name,
            municipality_code=labels[place_id].municipality_code,
            beds=placement.beds,
            starts_on=placement.starts_on,
            planned_end_on=placement.planned_end_on,
            ended_on=placement.ended_on,
            status=placement.status,
        )
    return summaries


def allowed_transitions(current: RequestStatus) -> list[RequestStatus]:
    """What POST …/transitions accepts now: forward steps first, then back, cancelling last."""
    order = list(RequestStatus)
    targets = [s for s in TRANSITIONS[current] if s not in OFFER_DRIVEN]
    return sorted(
        targets,
        key=lambda s: (s == RequestStatus.CANCELLED, order.index(s) < order.index(current), order.index(s)),
    )


def requests_public(
    session: Session, requests: list[RelocationRequest], *, reveal: bool
) -> list[RelocationRequestPublic]:
    """API views of requests, loading anchors and placements in a few queries."""
    ids = [r.id for r in requests]
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


# --- households -----------------------------------------------------------------------------


def _new_reference() -> str:
    return "HH-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


def _supporting_organisation(
    session: Session, principal: Principal, requested: uuid.UUID | None
) -> uuid.UUID | None:
    """A partner supports its own households; desks and admins name any partner (or none)."""
    if principal.role == Role.PARTNER:
        if requested is not None and requested != principal.organisation_id:
            raise Unprocessable(
                "A partner registers only households it supports itself.",
                code="not-your-organisation",
            )
        return principal.organisation_id
    if requested is None:
        return None
    organisation = session.get(Organisation, requested)
    if organisation is None or organisation.kind not in (
        OrganisationKind.PARTNER.value,
        OrganisationKind.OPERATOR.value,
    ):
        raise Unprocessable("No such partner organisation.", code="unknown-organisation")
    return organisation.id


def _apply_needs(household: Household, needs: NeedsInput) -> None:
    household.needs_wheelchair = needs.wheelchair
    household.needs_medical_care = needs.medical_care
    household.has_pets = needs.pets
    household.pet_details = needs.pet_details
    household.needs_special_needs_education = needs.special_needs_education
    household.needs_informal_care = needs.informal_care
    household.needs_informal_childcare = needs.informal_childcare
    household.needs_self_catering = needs.self_catering
    household.women_and_children_only = needs.women_and_children_only
    household.needs_details = needs.details


def list_households(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    supporting_organisation_id: uuid.UUID | None,
    legal_status: LegalStatus | None,
    reference: str | None,
) -> tuple[list[Household], int]:
    query = scope_households(select(Household), principal)
    if supporting_organisation_id:
        query = query.where(Household.supporting_organisation_id == supporting_organisation_id)
    if legal_status:
        query = query.where(Household.legal_status == legal_status.value)
    if reference:
        query = query.where(Household.reference == reference.upper())
    return paginate(session, query.order_by(col(Household.created_at).desc(), col(Household.id)), page)


def create_household(session: Session, principal: Principal, data: HouseholdCreate) -> Household:
    household = Household(
        reference=_new_reference(),
        adults=data.adults,
        children=data.children,
        members=[m.age_band.value for m in data.members],
        languages=list(dict.fromkeys(data.languages)),
        preferred_language=data.preferred_language,
        legal_status=data.legal_status.value,
        vulnerable=data.vulnerable,
        notes=data.notes,
        contact_email=str(data.contact.email) if data.contact and data.contact.email else None,
        contact_phone=data.contact.phone if data.contact else None,
        supporting_organisation_id=_supporting_organisation(
            session, principal, data.supporting_organisation_id
        ),
        created_by_organisation_id=principal.organisation_id,
    )
    _apply_needs(household, data.needs)
    session.add(household)
    session.flush()
    record(session, principal, "create", "household", household.id, {"reference": household.reference})
    return household


NOT_NULL_HOUSEHOLD_FIELDS = (
    "adults",
    "children",
    "members",
    "languages",
    "preferred_language",
    "legal_status",
    "needs",
    "vulnerable",
)


def update_household(
    session: Session, principal: Principal, household_id: uuid.UUID, data: HouseholdUpdate
) -> Household:
    household = get_household(session, principal, household_id)
    changes = data.model_dump(exclude_unset=True, by_alias=False)
    for name in NOT_NULL_HOUSEHOLD_FIELDS:
        if name in changes and changes[name] is None:
            raise Unprocessable(f"{name} may not be null.", code="null-field")
    adults = data.adults if data.adults is not None else household.adults
    children = data.children if data.children is not None else household.children
    members = [m.age_band.value for m in data.members] if data.members is not None else household.members
    if problem := members_consistent(adults, children, members):
        raise Unprocessable(f"{problem}; send members with the new counts.", code="members-mismatch")
    household.adults, household.children, household.members = adults, children, members
    if data.languages is not None:
        household.languages = list(dict.fromkeys(data.languages))
    if data.preferred_language is not None:
        household.preferred_language = data.preferred_language
    if data.legal_status is not None:
        household.legal_status = data.legal_status.value
    if data.needs is not None:
        _apply_needs(household, data.needs)
    if data.vulnerable is not None:
        household.vulnerable = data.vulnerable
    if "notes" in changes:
        household.notes = data.notes
    if "contact" in changes:
        household.contact_email = str(data.contact.email) if data.contact and data.contact.email else None
        household.contact_phone = data.contact.phone if data.contact else None
    if "supporting_organisation_id" in changes:
        household.supporting_organisation_id = _supporting_organisation(
            session, principal, data.supporting_organisation_id
        )
    household.updated_at = utcnow()
    session.add(household)
    # Names of changed fields only: the values may be restricted.
    record(session, principal, "update", "household", household.id, {"fields": sorted(changes)})
    return household


# --- relocation requests --------------------------------------------------------------------


def lock_request(session: Session, request_id: uuid.UUID) -> RelocationRequest:
    """The request row, locked for the rest of the transaction and freshly read."""
    request = lock_row(session, RelocationRequest, request_id)
    if request is None:
        raise NotFound("No such relocation request.")
    return request


def lock_household(session: Session, household_id: uuid.UUID) -> Household:
    household = lock_row(session, Household, household_id)
    assert household is not None  # callers pass the id of a household they just read
    return household


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


def active_placement_of(session: Session, household_id: uuid.UUID) -> Placement | None:
    return session.exec(
        select(Placement)
        .where(Placement.household_id == household_id, Placement.status == PlacementStatus.ACTIVE.value)
        .order_by(col(Placement.starts_on).desc(), col(Placement.created_at).desc())
    ).first()


def new_status_link(session: Session, request: RelocationRequest) -> tuple[StatusLink, str]:
    """Revoke the request's status links and issue a new one; the token is returned only here."""
    now = utcnow()
    for link in session.exec(
        select(StatusLink).where(StatusLink.request_id == request.id, col(StatusLink.revoked_at).is_(None))
    ).all():
        link.revoked_at = now
        session.add(link)
    token = new_opaque_token(STATUS_TOKEN_PREFIX)
    link = StatusLink(request_id=request.id, token_hash=hash_opaque_token(token))
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
) -> tuple[list[RelocationRequest], int]:
    query = scope_households(
        select(RelocationRequest).join(Household, col(Household.id) == col(RelocationRequest.household_id)),
        principal,
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
    query = query.order_by(
        col(RelocationRequest.must_move_by),
        col(RelocationRequest.created_at),
        col(RelocationRequest.id),
    )
    return paginate(session, query, page)


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


NOT_NULL_REQUEST_FIELDS = (
    "reason",
    "urgency",
    "must_move_by",
    "anchors",
    "preferred_municipalities",
)


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
    for name in NOT_NULL_REQUEST_FIELDS:
        if name in changes and changes[name] is None:
            raise Unprocessable(f"{name} may not be null.", code="null-field")
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
    if RequestStatus(request.status) in (S.SUBMITTED, S.TRIAGED, S.MATCHING):
        refresh_next_step(request, settings, today)  # urgency and mustMoveBy set the expected dates
    request.updated_at = utcnow()
    session.add(request)
    add_event(
        session,
        request,
        Actor.of(principal),
        EventKind.UPDATED,
        from_status=RequestStatus(request.status),
    )
    record(session, principal, "update", "relocation_request", request.id, {"fields": sorted(changes)})
    return request


def _household_of(session: Session, request: RelocationRequest) -> Household:
    household = session.get(Household, request.household_id)
    assert household is not None
    return household


def open_offer_of(session: Session, request_id: uuid.UUID) -> Offer | None:
    return session.exec(
        select(Offer).where(Offer.request_id == request_id, Offer.status == OfferStatus.OPEN.value)
    ).first()


def new_placement_of(session: Session, request_id: uuid.UUID) -> Placement | None:
    """The active placement that accepting an offer for this request created."""
    return session.exec(
        select(Placement).where(
            Placement.relocation_request_id == request_id,
            Placement.status == PlacementStatus.ACTIVE.value,
        )
    ).first()


def change_status(
    session: Session,
    request: RelocationRequest,
    target: RequestStatus,
    actor: Actor,
    settings: Settings,
    today: date,
    note: str | None,
) -> None:
    """A transition with its side effects: offers withdrawn, held beds freed, the old home left."""
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
    if target == S.CANCELLED and (offer := open_offer_of(session, request.id)) is not None:
        offer.status = OfferStatus.WITHDRAWN.value
        offer.withdraw_reason = "The request was cancelled."
        session.add(offer)
    held = new_placement_of(session, request.id) if current == S.ACCEPTED else None
    if held is not None and target in (S.MATCHING, S.CANCELLED):
        release_beds(session, held, ended_on=today)
    if target == S.MOVED:
        new = new_placement_of(session, request.id)
        if new is None:
            raise Conflict("The request has no active new placement to move into.", code="no-placement")
        if request.current_placement_id and request.current_placement_id != new.id:
            old = session.get(Placement, request.current_placement_id)
            if old is not None and old.status == PlacementStatus.ACTIVE.value:
                release_beds(session, old, ended_on=today)
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
    notifications.enqueue(session, NotificationKind.STATUS_CHANGED, request, _household_of(session, request))


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


def list_events(session: Session, principal: Principal, request_id: uuid.UUID) -> list[RelocationEventPublic]:
    request = get_request(session, principal, request_id)
    events = session.exec(
        select(RelocationEvent)
        .where(RelocationEvent.request_id == request.id)
        .order_by(col(RelocationEvent.occurred_at), col(RelocationEvent.id))
    ).all()
    reveal = may_read_sensitive(principal) and any(e.note for e in events)
    if reveal:
        audit_sensitive_read(session, principal, request.household_id, "relocation_event")
    return [event_public(e, reveal=reveal) for e in events]


# --- offers ---------------------------------------------------------------------------------


# How an offer that breaks a matching constraint is refused: (status, problem code).
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


def _planned_end(session: Session, place_type: PlaceType, place_id: uuid.UUID) -> date | None:
    """When a placement at the place is due to end: the host's window, or the location's closing."""
    if place_type == PlaceType.HOST_FAMILY:
        host = session.get(HostFamily, place_id)
        return host.available_until if host else None
    unit = session.get(ShelterUnit, place_id)
    location = session.get(ShelterLocation, unit.location_id) if unit else None
    return location.closes_on if location else None


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
    household = _household_of(session, request)
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
    request = get_request(session, principal, request_id)
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
    household = _household_of(session, request)
    place_type = PlaceType(offer.place_type)
    # The place may have changed since the offer (an incident, a vetting decision, a closing date):
    # check again. Room is checked here only as a first look; hold_beds decides under its lock.
    _check_place(session, request, place_type, offer.place_id, offer.move_on, settings)
    planned_end = _planned_end(session, place_type, offer.place_id)
    placement = hold_beds(
        session,
        household_id=household.id,
        place_type=place_type,
        place_id=offer.place_id,
        beds=household.size,
        starts_on=offer.move_on,
        planned_end_on=planned_end,
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
    notifications.enqueue(session, NotificationKind.STATUS_CHANGED, request, _household_of(session, request))
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
    notifications.enqueue(session, NotificationKind.STATUS_CHANGED, request, _household_of(session, request))
    record(session, principal, "withdraw", "offer", offer.id)
    return offer


# --- placements -----------------------------------------------------------------------------


def end_placement(
    session: Session, principal: Principal, placement_id: uuid.UUID, data: PlacementEnd, today: date
) -> Placement:
    """The household moved out (without a relocation through Onderdak): its beds are free again."""
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise NotFound("No such placement.")
    ended_on = data.ended_on or today
    if ended_on > today:
        raise Unprocessable("endedOn lies in the future; a planned end is not an end.", code="date-in-future")
    if placement.relocation_request_id is not None:
        request = session.get(RelocationRequest, placement.relocation_request_id)
        if request is not None and request.status == S.ACCEPTED.value:
            raise Conflict(
                "This placement belongs to an accepted request: cancel the request or send it "
                "back to matching instead.",
                code="placement-of-accepted-request",
            )
    release_beds(session, placement, ended_on=ended_on)
    record(session, principal, "end", "placement", placement.id, {"endedOn": ended_on.isoformat()})
    return placement
