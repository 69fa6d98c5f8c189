"""Placements: holding and freeing beds, presenting and ending placements.

The only code that writes placements or the derived capacity figures.

Every booking locks the rows it counts (PostgreSQL: SELECT … FOR UPDATE, location before unit;
SQLite: transactions begin IMMEDIATE), recounts occupancy from the placements themselves, and only
then inserts: two desks booking the last bed cannot both succeed, the second gets 409.
"""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal
from api.core.db import lock_row
from api.core.errors import Conflict, NotFound, Unprocessable
from api.core.models import utcnow
from api.hosts.models import HostFamily
from api.incidents.models import Incident, IncidentStatus
from api.placements.models import Placement, PlacementEnd, PlacementStatus, PlacementSummary, PlaceType
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.relocation.models import RelocationRequest, RequestStatus


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
    relocation_request_id: uuid.UUID | None = None,
) -> Placement:
    """Book BEDS for a household, or raise 409 when the place no longer has room."""
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
    )
    session.add(placement)
    session.flush()
    _refresh_place(session, placement)
    return placement


def release_beds(session: Session, placement: Placement, *, ended_on: date) -> None:
    """The household moved out: the placement ends and its beds are free again."""
    if placement.status == PlacementStatus.ENDED.value:
        raise Conflict("This placement has ended already.", code="placement-ended")
    if placement.shelter_unit_id is not None:
        lock_unit(session, placement.shelter_unit_id)
    else:
        assert placement.host_family_id is not None
        lock_host_family(session, placement.host_family_id)
    placement.status = PlacementStatus.ENDED.value
    placement.ended_on = ended_on
    session.add(placement)
    session.flush()
    _refresh_place(session, placement)


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
            ended_on=placement.ended_on,
            status=placement.status,
        )
    return summaries


def active_placement_of(session: Session, household_id: uuid.UUID) -> Placement | None:
    return session.exec(
        select(Placement)
        .where(Placement.household_id == household_id, Placement.status == PlacementStatus.ACTIVE.value)
        .order_by(col(Placement.starts_on).desc(), col(Placement.created_at).desc())
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
    """The household moved out (without a relocation through Onderdak): its beds are free again."""
    placement = session.get(Placement, placement_id)
    if placement is None:
        raise NotFound("No such placement.")
    ended_on = data.ended_on or today
    if ended_on > today:
        raise Unprocessable("endedOn lies in the future; a planned end is not an end.", code="date-in-future")
    if placement.relocation_request_id is not None:
        request = session.get(RelocationRequest, placement.relocation_request_id)
        if request is not None and request.status == RequestStatus.ACCEPTED.value:
            raise Conflict(
                "This placement belongs to an accepted request: cancel the request or send it "
                "back to matching instead.",
                code="placement-of-accepted-request",
            )
    release_beds(session, placement, ended_on=ended_on)
    record(session, principal, "end", "placement", placement.id, {"endedOn": ended_on.isoformat()})
    return placement
