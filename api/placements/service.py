"""Placements: holding and freeing beds, arrival and departure, presenting and listing placements.

The only code that writes placements or the derived capacity figures. Beds are held from
acceptance (status `active`); the household lives there from its check-in (`arrived_on`).

Every booking locks the rows it counts (PostgreSQL: SELECT … FOR UPDATE, location before unit;
SQLite: transactions begin IMMEDIATE), recounts occupancy from the placements themselves, and only
then inserts: two desks booking the last bed cannot both succeed, the second gets 409.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.db import lock_row
from api.core.errors import Conflict, NotFound, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.hosts.models import HostFamily
from api.households.access import scope_households
from api.households.models import Household
from api.incidents.models import Incident, IncidentStatus
from api.placements.models import (
    HostStayPublic,
    HostStayStatus,
    Placement,
    PlacementEnd,
    PlacementEvent,
    PlacementEventKind,
    PlacementPublic,
    PlacementStatus,
    PlacementSummary,
    PlaceType,
)
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.relocation.models import RelocationRequest, RequestStatus
from api.webhooks.events import EventType, emit


def _held(session: Session, column, place_id: uuid.UUID) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    beds, households = session.exec(
        select(func.coalesce(func.sum(Placement.beds), 0), func.count(col(Placement.id))).where(
            column == place_id, Placement.status == PlacementStatus.ACTIVE.value
        )
    ).one()
    return int(beds), int(households)


def refresh_location(session: Session, location: ShelterLocation) -> None:
    """Recompute a location's capacity, occupancy and free beds from its units.

    Free beds are the beds usable now: in available units with a household slot left, leaving out
    units (or the whole location) suspended by an open incident.
    """
    units = session.exec(select(ShelterUnit).where(ShelterUnit.location_id == location.id)).all()
    suspended = set(
        session.exec(
            select(Incident.subject_id).where(
                col(Incident.subject_id).in_([location.id, *(u.id for u in units)]),
                Incident.status == IncidentStatus.OPEN.value,
                Incident.suspends_subject == True,  # noqa: E712
            )
        ).all()
    )
    usable = [
        u
        for u in units
        if u.status == UnitStatus.AVAILABLE.value
        and u.occupied_households < u.max_households
        and u.beds > u.occupied_beds
        and u.id not in suspended
    ]
    if location.status == LocationStatus.CLOSED.value or location.id in suspended:
        usable = []
    location.capacity_beds = sum(u.beds for u in units if u.status != UnitStatus.CLOSED.value)
    location.occupied_beds = sum(u.occupied_beds for u in units)
    location.free_beds = sum(u.beds - u.occupied_beds for u in usable)
    location.has_free_wheelchair_unit = any(u.wheelchair_accessible for u in usable)
    location.has_free_pets_unit = any(u.pets_allowed for u in usable)
    location.updated_at = utcnow()
    session.add(location)


def refresh_unit(session: Session, unit: ShelterUnit) -> None:
    unit.occupied_beds, unit.occupied_households = _held(session, Placement.shelter_unit_id, unit.id)
    session.add(unit)


def refresh_host_family(session: Session, host: HostFamily) -> None:
    host.occupied_beds, host.occupied_households = _held(session, Placement.host_family_id, host.id)
    session.add(host)


def lock_location(session: Session, location_id: uuid.UUID) -> ShelterLocation:
    location = lock_row(session, ShelterLocation, location_id)
    if location is None:
        raise NotFound("No such shelter location.")
    return location


def lock_unit(session: Session, unit_id: uuid.UUID) -> tuple[ShelterLocation, ShelterUnit]:
    """Lock a unit and its location, always location first so that bookings never deadlock."""
    location_id = session.exec(select(ShelterUnit.location_id).where(ShelterUnit.id == unit_id)).first()
    if location_id is None:
        raise NotFound("No such shelter unit.")
    location = lock_location(session, location_id)
    unit = lock_row(session, ShelterUnit, unit_id)
    assert unit is not None  # it exists: its location was just found through it
    return location, unit


def lock_host_family(session: Session, host_id: uuid.UUID) -> HostFamily:
    host = lock_row(session, HostFamily, host_id)
    if host is None:
        raise NotFound("No such host family.")
    return host


def hold_beds(
    session: Session,
    *,
    household_id: uuid.UUID,
    place_type: PlaceType,
    place_id: uuid.UUID,
    beds: int,
    starts_on: date,
    planned_end_on: date | None = None,
    arrived_on: date | None = None,
    relocation_request_id: uuid.UUID | None = None,
) -> Placement:
    """Book BEDS for a household, or raise 409 when the place no longer has room.

    A placement made by accepting an offer has no `arrived_on`: the household lives there from its
    check-in. Recording where a household lives already passes the day it arrived."""
    if place_type == PlaceType.SHELTER_UNIT:
        location, unit = lock_unit(session, place_id)
        held_beds, held_households = _held(session, Placement.shelter_unit_id, unit.id)
        if unit.status != UnitStatus.AVAILABLE.value or location.status == LocationStatus.CLOSED.value:
            raise Conflict("This unit is not available.", code="place-unavailable")
        capacity, max_households = unit.beds, unit.max_households
    else:
        host = lock_host_family(session, place_id)
        held_beds, held_households = _held(session, Placement.host_family_id, host.id)
        capacity, max_households = host.beds, host.max_households
    if held_beds + beds > capacity or held_households + 1 > max_households:
        raise Conflict(
            f"Not enough room any more: {capacity - held_beds} of {capacity} beds free, "
            f"{max_households - held_households} household slot(s) left.",
            code="no-room",
        )
    placement = Placement(
        household_id=household_id,
        relocation_request_id=relocation_request_id,
        place_type=place_type.value,
        shelter_unit_id=place_id if place_type == PlaceType.SHELTER_UNIT else None,
        host_family_id=place_id if place_type == PlaceType.HOST_FAMILY else None,
        beds=beds,
        starts_on=starts_on,
        planned_end_on=planned_end_on,
        arrived_on=arrived_on,
    )
    session.add(placement)
    session.flush()
    _refresh_place(session, placement)
    return placement


def release_beds(
    session: Session,
    placement: Placement,
    *,
    ended_on: date,
    as_status: PlacementStatus = PlacementStatus.ENDED,
) -> None:
    """The placement ends (check-out, no-show, or a move that fell through): its beds are free."""
    check_active(placement)
    if placement.shelter_unit_id is not None:
        lock_unit(session, placement.shelter_unit_id)
    else:
        assert placement.host_family_id is not None
        lock_host_family(session, placement.host_family_id)
    placement.status = as_status.value
    placement.ended_on = ended_on
    session.add(placement)
    session.flush()
    _refresh_place(session, placement)
    emit(session, EventType.PLACEMENT_ENDED, placement)


def check_active(placement: Placement) -> None:
    if placement.status != PlacementStatus.ACTIVE.value:
        raise Conflict(f"This placement is {placement.status} already.", code="placement-ended")


def add_event(
    session: Session,
    placement: Placement,
    principal: Principal | None,
    kind: PlacementEventKind,
    *,
    on_date: date | None = None,
    previous_planned_end_on: date | None = None,
    reason: str | None = None,
) -> PlacementEvent:
    event = PlacementEvent(
        placement_id=placement.id,
        kind=kind.value,
        on_date=on_date,
        previous_planned_end_on=previous_planned_end_on,
        planned_end_on=placement.planned_end_on,
        reason=reason,
        actor_user_id=principal.user_id if principal else None,
        actor_api_key_id=principal.api_key_id if principal else None,
        actor_organisation_id=principal.organisation_id if principal else None,
    )
    session.add(event)
    return event


def record_arrival(
    session: Session, principal: Principal | None, placement: Placement, arrived_on: date, today: date
) -> None:
    """The check-in: from ARRIVED_ON the household lives there. Never before the move date."""
    check_active(placement)
    if placement.arrived_on is not None:
        raise Conflict(
            f"The household checked in already, on {placement.arrived_on}.", code="already-arrived"
        )
    if arrived_on > today:
        raise Unprocessable(
            "arrivedOn lies in the future; check in on the day of arrival.", code="date-in-future"
        )
    if arrived_on < placement.starts_on:
        raise Unprocessable(
            f"arrivedOn {arrived_on} lies before the planned move date {placement.starts_on}.",
            code="before-move-date",
        )
    placement.arrived_on = arrived_on
    session.add(placement)
    add_event(session, placement, principal, PlacementEventKind.CHECKED_IN, on_date=arrived_on)
    record(session, principal, "check_in", "placement", placement.id, {"arrivedOn": arrived_on.isoformat()})


def leave(session: Session, principal: Principal | None, placement: Placement, on: date, today: date) -> None:
    """The household leaves a place: a check-out once it lived there, else the stay is cancelled."""
    if placement.arrived_on is None:
        release_beds(session, placement, ended_on=on, as_status=PlacementStatus.CANCELLED)
        add_event(session, placement, principal, PlacementEventKind.CANCELLED, on_date=on)
        return
    if on > today:
        raise Unprocessable("endedOn lies in the future; a planned end is not an end.", code="date-in-future")
    if on < placement.arrived_on:
        raise Unprocessable(
            f"The household would leave on {on}, before it arrived there on {placement.arrived_on}.",
            code="ends-before-arrival",
        )
    release_beds(session, placement, ended_on=on)
    add_event(session, placement, principal, PlacementEventKind.CHECKED_OUT, on_date=on)


def _refresh_place(session: Session, placement: Placement) -> None:
    if placement.shelter_unit_id is not None:
        unit = session.get(ShelterUnit, placement.shelter_unit_id)
        assert unit is not None
        refresh_unit(session, unit)
        session.flush()
        location = session.get(ShelterLocation, unit.location_id)
        assert location is not None
        refresh_location(session, location)
    else:
        host = session.get(HostFamily, placement.host_family_id)
        assert host is not None
        refresh_host_family(session, host)


@dataclass(frozen=True)
class PlaceLabel:
    """How a place is named to people: the location and unit, or the host family's display name."""

    name: str
    municipality_code: str


def place_labels(
    session: Session, unit_ids: Iterable[uuid.UUID], host_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, PlaceLabel]:
    """Names and municipalities of many places in two queries, by unit or host family id."""
    unit_ids, host_ids = set(unit_ids), set(host_ids)
    labels: dict[uuid.UUID, PlaceLabel] = {}
    if unit_ids:
        for unit_id, unit_name, location_name, code in session.exec(
            select(ShelterUnit.id, ShelterUnit.name, ShelterLocation.name, ShelterLocation.municipality_code)
            .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
            .where(col(ShelterUnit.id).in_(unit_ids))
        ).all():
            labels[unit_id] = PlaceLabel(f"{location_name}, {unit_name}", code)
    if host_ids:
        for host_id, name, code in session.exec(
            select(HostFamily.id, HostFamily.display_name, HostFamily.municipality_code).where(
                col(HostFamily.id).in_(host_ids)
            )
        ).all():
            labels[host_id] = PlaceLabel(name, code)
    return labels


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
            arrived_on=placement.arrived_on,
            ended_on=placement.ended_on,
            status=PlacementStatus(placement.status),
            resident=placement.resident,
        )
    return summaries


def active_placement_of(session: Session, household_id: uuid.UUID) -> Placement | None:
    """Where the household lives (its newest checked-in placement), else the newest it holds."""
    return session.exec(
        select(Placement)
        .where(Placement.household_id == household_id, Placement.status == PlacementStatus.ACTIVE.value)
        .order_by(
            col(Placement.arrived_on).is_(None),
            col(Placement.starts_on).desc(),
            col(Placement.created_at).desc(),
        )
    ).first()


def new_placement_of(session: Session, request_id: uuid.UUID) -> Placement | None:
    """The active placement that accepting an offer for this request created."""
    return session.exec(
        select(Placement).where(
            Placement.relocation_request_id == request_id,
            Placement.status == PlacementStatus.ACTIVE.value,
        )
    ).first()


def end_placement(
    session: Session, principal: Principal, placement_id: uuid.UUID, data: PlacementEnd, today: date
) -> Placement:
    """The check-out: the household moved out (without a relocation through Onderdak)."""
    placement = get_placement(session, principal, placement_id)
    check_active(placement)
    if placement.relocation_request_id is not None and placement.arrived_on is None:
        request = session.get(RelocationRequest, placement.relocation_request_id)
        if request is not None and request.status == RequestStatus.ACCEPTED.value:
            raise Conflict(
                "This placement belongs to an accepted request: cancel the request or send it "
                "back to matching instead.",
                code="placement-of-accepted-request",
            )
    if placement.arrived_on is None:
        raise Conflict(
            "The household never checked in here: record its arrival first, or a no-show.",
            code="not-arrived",
        )
    ended_on = data.ended_on or today
    leave(session, principal, placement, ended_on, today)
    record(session, principal, "end", "placement", placement.id, {"endedOn": ended_on.isoformat()})
    return placement


def active_in_units(session: Session, unit_ids: Iterable[uuid.UUID]) -> list[Placement]:
    """Placements holding beds in these units: residents and households about to arrive."""
    unit_ids = list(unit_ids)
    if not unit_ids:
        return []
    return list(
        session.exec(
            select(Placement)
            .where(
                col(Placement.shelter_unit_id).in_(unit_ids), Placement.status == PlacementStatus.ACTIVE.value
            )
            .order_by(col(Placement.starts_on), col(Placement.id))
            .execution_options(populate_existing=True)
        ).all()
    )


def follow_closing(
    session: Session,
    principal: Principal | None,
    placement: Placement,
    unit: ShelterUnit,
    location: ShelterLocation,
) -> None:
    """A stay in a shelter unit is planned to end when the unit or its location closes."""
    closing = [d for d in (unit.closes_on, location.closes_on) if d is not None]
    planned = min(closing) if closing else None
    if planned == placement.planned_end_on:
        return
    previous = placement.planned_end_on
    placement.planned_end_on = planned
    session.add(placement)
    add_event(
        session,
        placement,
        principal,
        PlacementEventKind.PLANNED_END_CHANGED,
        previous_planned_end_on=previous,
    )


# --- scope and lists ---------------------------------------------------------------------------


def _in_scope(query, principal: Principal):  # type: ignore[no-untyped-def]
    """Admins and national desks: every placement; a desk with a working area: those of the
    households in it. A municipality: those at places in its territory. A partner: those of
    households it supports and at places it manages or operates."""
    if principal.role == Role.ADMIN or (
        principal.role == Role.DESK and principal.safety_region_codes is None
    ):
        return query
    if principal.role == Role.DESK:
        return query.where(
            col(Placement.household_id).in_(scope_households(select(Household.id), principal, referred=True))
        )
    query = (
        query.join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id), isouter=True)
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id), isouter=True)
        .join(HostFamily, col(HostFamily.id) == col(Placement.host_family_id), isouter=True)
    )
    if principal.role == Role.MUNICIPALITY and principal.municipality_code:
        code = principal.municipality_code
        return query.where(
            or_(ShelterLocation.municipality_code == code, HostFamily.municipality_code == code)
        )
    if principal.role == Role.PARTNER:
        organisation = principal.organisation_id
        return query.where(
            or_(
                Household.supporting_organisation_id == organisation,
                ShelterLocation.operator_organisation_id == organisation,
                HostFamily.organisation_id == organisation,
            )
        )
    return query.where(False)


def _placements(principal: Principal):  # type: ignore[no-untyped-def]
    return _in_scope(
        select(Placement).join(Household, col(Household.id) == col(Placement.household_id)), principal
    )


def get_placement(session: Session, principal: Principal, placement_id: uuid.UUID) -> Placement:
    placement = session.exec(_placements(principal).where(Placement.id == placement_id)).first()
    if placement is None:
        raise NotFound("No such placement.")
    return placement


def lock_placement(session: Session, principal: Principal, placement_id: uuid.UUID) -> Placement:
    """A placement in the caller's scope, locked for the rest of the transaction and freshly read."""
    placement = lock_row(session, Placement, get_placement(session, principal, placement_id).id)
    assert placement is not None  # it was found a moment ago, and placements are never deleted
    return placement


def list_placements(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    household_id: uuid.UUID | None = None,
    shelter_location_id: uuid.UUID | None = None,
    shelter_unit_id: uuid.UUID | None = None,
    host_family_id: uuid.UUID | None = None,
    status: PlacementStatus | None = None,
    resident: bool | None = None,
) -> tuple[list[Placement], int]:
    query = _placements(principal)
    if household_id:
        query = query.where(Placement.household_id == household_id)
    if shelter_unit_id:
        query = query.where(Placement.shelter_unit_id == shelter_unit_id)
    if shelter_location_id:
        query = query.where(
            col(Placement.shelter_unit_id).in_(
                select(ShelterUnit.id).where(ShelterUnit.location_id == shelter_location_id)
            )
        )
    if host_family_id:
        query = query.where(Placement.host_family_id == host_family_id)
    if status:
        query = query.where(Placement.status == status.value)
    if resident is not None:
        living = (Placement.status == PlacementStatus.ACTIVE.value) & col(Placement.arrived_on).is_not(None)
        query = query.where(living if resident else ~living)
    query = query.order_by(
        col(Placement.starts_on).desc(), col(Placement.created_at).desc(), col(Placement.id)
    )
    return paginate(session, query, page)


def placements_public(session: Session, placements: list[Placement]) -> list[PlacementPublic]:
    summaries = placement_summaries(session, placements)
    references = (
        dict(
            session.exec(
                select(Household.id, Household.reference).where(
                    col(Household.id).in_({p.household_id for p in placements})
                )
            ).all()
        )
        if placements
        else {}
    )
    locations = (
        dict(
            session.exec(
                select(ShelterUnit.id, ShelterUnit.location_id).where(
                    col(ShelterUnit.id).in_({p.shelter_unit_id for p in placements if p.shelter_unit_id})
                )
            ).all()
        )
        if any(p.shelter_unit_id for p in placements)
        else {}
    )
    return [
        PlacementPublic(
            **dict(summaries[p.id]),
            household_id=p.household_id,
            household_reference=references[p.household_id],
            relocation_request_id=p.relocation_request_id,
            location_id=locations.get(p.shelter_unit_id) if p.shelter_unit_id else None,
            created_at=p.created_at,
        )
        for p in placements
    ]


def host_stays(session: Session, host_id: uuid.UUID) -> list[HostStayPublic]:
    """Who lives with, or is coming to, a host family: arrival, size and languages, nothing else."""
    rows = session.exec(
        select(Placement, Household)
        .join(Household, col(Household.id) == col(Placement.household_id))
        .where(Placement.host_family_id == host_id, Placement.status == PlacementStatus.ACTIVE.value)
        .order_by(col(Placement.starts_on), col(Placement.id))
    ).all()
    return [
        HostStayPublic(
            placement_id=placement.id,
            status=HostStayStatus.LIVING if placement.arrived_on else HostStayStatus.INCOMING,
            move_on=placement.starts_on,
            arrived_on=placement.arrived_on,
            planned_end_on=placement.planned_end_on,
            adults=household.adults,
            children=household.children,
            languages=household.languages,
        )
        for placement, household in rows
    ]
