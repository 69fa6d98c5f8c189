"""A random but seeded world of places, stays, requests and offers, built with the ORM.

The tests compute every expected figure from these Python objects, by the rules the reports
document, and compare with what the API answers: a report that sums, groups or scopes wrongly
fails.
"""

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from api.core.authorization import Role
from api.hosts.models import HostFamily
from api.households.models import Household
from api.identity.models import OrganisationKind
from api.incidents.models import Incident
from api.offers.models import Offer
from api.placements.models import Placement
from api.placements.service import refresh_host_family, refresh_location, refresh_unit
from api.places.models import ShelterLocation, ShelterUnit
from api.relocation.models import RelocationEvent, RelocationRequest
from tests.conftest import World

TODAY = date.today()
MUNICIPALITIES = {  # code: (safety region, province)
    "GM0344": ("VR09", "Utrecht"),
    "GM0307": ("VR09", "Utrecht"),
    "GM0363": ("VR13", "Noord-Holland"),
    "GM0599": ("VR17", "Zuid-Holland"),
}
KINDS = ["municipal", "hotel", "small_scale", "holiday_park"]


def at(day: date, hour: int = 12) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


@dataclass
class Scenario:
    locations: list[ShelterLocation] = field(default_factory=list)
    units: list[ShelterUnit] = field(default_factory=list)
    hosts: list[HostFamily] = field(default_factory=list)
    households: dict[uuid.UUID, Household] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)
    requests: list[RelocationRequest] = field(default_factory=list)
    events: list[RelocationEvent] = field(default_factory=list)
    offers: list[Offer] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)

    def location_of(self, unit_id: uuid.UUID) -> ShelterLocation:
        unit = next(u for u in self.units if u.id == unit_id)
        return next(loc for loc in self.locations if loc.id == unit.location_id)

    def place_municipality(self, placement: Placement) -> str:
        if placement.shelter_unit_id:
            return self.location_of(placement.shelter_unit_id).municipality_code
        return next(h for h in self.hosts if h.id == placement.host_family_id).municipality_code


def build(session: Session, world: World, seed: int = 7) -> Scenario:
    rng = random.Random(seed)
    s = Scenario()
    partners = [world.organisation(OrganisationKind.PARTNER, side) for side in ("a", "b")]
    desks = [world.organisation(OrganisationKind.RELOCATION_DESK, side) for side in ("a", "b")]

    def household(size: int) -> Household:
        h = Household(
            reference="HH-" + uuid.uuid4().hex[:8].upper(),
            adults=1,
            children=size - 1,
            members=[],
            languages=["uk"],
            preferred_language="uk",
            legal_status="ukrainian_tpd",
            supporting_organisation_id=rng.choice(partners),
        )
        session.add(h)
        s.households[h.id] = h
        return h

    def stays(place: dict, capacity: int, slots: int) -> None:
        """Some past stays and up to `slots` current ones within `capacity` beds."""
        for _ in range(rng.randint(0, 2)):
            size = rng.randint(1, 3)
            start = TODAY - timedelta(days=rng.randint(60, 500))
            ended = start + timedelta(days=rng.randint(5, 50))
            s.placements.append(
                Placement(
                    household_id=household(size).id,
                    beds=size,
                    starts_on=start,
                    arrived_on=start,
                    ended_on=ended,
                    planned_end_on=ended,
                    status="ended",
                    **place,
                )  # fmt: skip
            )
        free = capacity
        for _ in range(slots):
            size = rng.randint(1, 5)
            if size > free:
                break
            free -= size
            planned = rng.choice([None, TODAY + timedelta(days=rng.randint(-3, 120))])
            start = TODAY - timedelta(days=rng.randint(0, 200))
            s.placements.append(
                Placement(
                    household_id=household(size).id,
                    beds=size,
                    starts_on=start,
                    planned_end_on=planned,
                    status="active",
                    **place,
                )  # fmt: skip
            )

    for index in range(14):
        code = rng.choice(list(MUNICIPALITIES))
        status = rng.choice(["open", "open", "open", "closing", "planned", "closed"])
        location = ShelterLocation(
            name=f"Locatie {index}",
            kind=rng.choice(KINDS),
            municipality_code=code,
            address=f"Straat {index}",
            lat=52.0,
            lon=5.0,
            status=status,
            opens_on=rng.choice([None, TODAY - timedelta(days=300), TODAY + timedelta(days=20)]),
            closes_on=rng.choice([None, None, TODAY + timedelta(days=rng.randint(5, 100))]),
            visiting_rules="open",
            languages_spoken=["nl"],
            operator_organisation_id=rng.choice([partners[0], partners[1], None]),
        )
        session.add(location)
        s.locations.append(location)
        for number in range(rng.randint(1, 4)):
            unit = ShelterUnit(
                location_id=location.id,
                name=f"Unit {number}",
                beds=rng.choice([2, 4, 6, 12, 30]),
                max_households=rng.choice([1, 1, 2, 3]),
                status=rng.choice(["available", "available", "available", "blocked", "closed"]),
            )
            session.add(unit)
            s.units.append(unit)
            if unit.status == "available" and status != "closed":
                stays(
                    {"place_type": "shelter_unit", "shelter_unit_id": unit.id}, unit.beds, unit.max_households
                )
    for index in range(8):
        host = HostFamily(
            display_name=f"Familie {index}",
            organisation_id=rng.choice(partners),
            municipality_code=rng.choice(list(MUNICIPALITIES)),
            lat=52.0,
            lon=5.0,
            beds=rng.randint(2, 6),
            max_households=1,
            languages=["nl"],
            available_from=TODAY - timedelta(days=rng.randint(1, 100)),
            available_until=TODAY + timedelta(days=rng.choice([-1, 10, 40, 70, 200])),
            vetting_status=rng.choice(["vetted", "vetted", "pending", "rejected"]),
            vetting_expires_on=TODAY + timedelta(days=400),
        )
        session.add(host)
        s.hosts.append(host)
        stays({"place_type": "host_family", "host_family_id": host.id}, host.beds, 1)
    session.flush()
    for placement in s.placements:
        session.add(placement)
    session.flush()
    for unit in s.units:
        refresh_unit(session, unit)
    for host in s.hosts:
        refresh_host_family(session, host)
    session.flush()
    for location in s.locations:
        refresh_location(session, location)
    session.flush()

    # Requests: for some households, with the triaging desk, moves and offers.
    statuses = ["submitted", "triaged", "matching", "offered", "accepted", "moved", "closed", "cancelled"]
    for placement in s.placements:
        if rng.random() < 0.35 or placement.status != "active":
            continue
        status = rng.choice(statuses)
        created = at(TODAY - timedelta(days=rng.randint(1, 120)), rng.randint(0, 23))
        request = RelocationRequest(
            household_id=placement.household_id,
            reason="host_stay_ending",
            urgency=rng.choice(["emergency", "high", "normal"]),
            must_move_by=TODAY + timedelta(days=rng.randint(-20, 40)),
            status=status,
            preferred_municipalities=[],
            current_placement_id=placement.id,
            created_at=created,
        )
        session.add(request)
        s.requests.append(request)
        desk = rng.choice(desks + [None])
        if status != "submitted" and desk is not None:
            for hours, to_status in ((1, "triaged"), (5, "triaged")):
                s.events.append(
                    RelocationEvent(
                        request_id=request.id,
                        occurred_at=created + timedelta(hours=hours),
                        kind="status_changed",
                        to_status=to_status,
                        actor_type="user",
                        actor_organisation_id=desk if hours == 1 else rng.choice(desks),
                    )  # fmt: skip
                )
        if status in ("moved", "closed") and rng.random() < 0.8:
            moved = created + timedelta(hours=rng.randint(10, 2000))
            s.events.append(
                RelocationEvent(
                    request_id=request.id,
                    occurred_at=moved,
                    kind="status_changed",
                    to_status="moved",
                    actor_type="user",
                    actor_organisation_id=desk,
                )  # fmt: skip
            )
        for _ in range(rng.randint(0, 2)):
            unit = rng.choice(s.units)
            offer_status = rng.choice(["open", "accepted", "declined", "declined", "withdrawn"])
            made = created + timedelta(hours=rng.randint(2, 100))
            s.offers.append(
                Offer(
                    request_id=request.id,
                    household_id=request.household_id,
                    place_type="shelter_unit",
                    shelter_unit_id=unit.id,
                    move_on=TODAY + timedelta(days=20),
                    respond_by=TODAY + timedelta(days=10),
                    status=offer_status,
                    made_by_organisation_id=rng.choice(desks),
                    created_at=made,
                    responded_at=made + timedelta(hours=3)
                    if offer_status in ("accepted", "declined")
                    else None,
                    decline_reason=rng.choice(["Te ver van school", "te ver van school ", "Geen huisdieren"])
                    if offer_status == "declined"
                    else None,
                )  # fmt: skip
            )
    session.flush()
    for row in s.events + s.offers:
        session.add(row)
    for _ in range(6):
        unit = rng.choice(s.units)
        subject = rng.choice([("shelter_unit", unit.id), ("shelter_location", unit.location_id)])
        incident = Incident(subject_type=subject[0], subject_id=subject[1], severity="low", description="x",
                            reported_at=at(TODAY - timedelta(days=rng.randint(0, 400))))  # fmt: skip
        session.add(incident)
        s.incidents.append(incident)
    session.flush()
    return s


ROLES_WITH_REPORTS = (Role.ADMIN, Role.DESK, Role.MUNICIPALITY, Role.PARTNER)
