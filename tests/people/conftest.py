"""Helpers for the people tests: places through the ORM, households and requests through HTTP."""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.core.authorization import Role
from api.hosts.models import HostFamily
from api.identity.models import OrganisationKind
from api.offers.models import Offer
from api.placements.models import Placement, PlaceType
from api.placements.service import hold_beds
from tests.conftest import World
from tests.people.committed import committed  # noqa: F401 - the fixture for tests that commit
from tests.people.factories import make_host, make_location, make_unit

TODAY = date.today()


def days(n: int) -> str:
    return (TODAY + timedelta(days=n)).isoformat()


@dataclass
class People:
    client: TestClient
    as_role: Any
    world: World
    db: Session

    def household(self, role: Role = Role.PARTNER, side: str = "a", **overrides: Any) -> dict:
        body = {
            "adults": 2,
            "children": 1,
            "members": [
                {"ageBand": "age_30_49"},
                {"ageBand": "age_30_49"},
                {"ageBand": "age_4_11"},
            ],
            "languages": ["uk", "en"],
            "preferredLanguage": "uk",
            "legalStatus": "ukrainian_tpd",
            "needs": {"wheelchair": False, "pets": False, "details": "Son has asthma."},
            "vulnerable": False,
            "notes": "Prefers to stay near the school.",
            "contact": {"email": "olena@example.org"},
        } | overrides
        if role != Role.PARTNER and "supportingOrganisationId" not in overrides:
            body["supportingOrganisationId"] = str(self.world.organisation(OrganisationKind.PARTNER, side))
        response = self.client.post("/api/v1/households", json=body, headers=self.as_role(role, side))
        assert response.status_code == 201, response.text
        return response.json()

    def request(
        self, household_id: str, role: Role = Role.PARTNER, side: str = "a", **overrides: Any
    ) -> dict:
        body = {
            "householdId": household_id,
            "reason": "host_stay_ending",
            "urgency": "normal",
            "mustMoveBy": days(30),
            "anchors": [
                {
                    "kind": "work",
                    "label": "Bakkerij",
                    "lat": 52.08,
                    "lon": 5.11,
                    "municipalityCode": "GM0344",
                },
                {"kind": "school", "label": "Basisschool", "lat": 52.1, "lon": 5.13},
            ],
            "preferredMunicipalities": ["GM0344"],
            "maxDistanceKm": 25,
        } | overrides
        response = self.client.post(
            "/api/v1/relocation-requests", json=body, headers=self.as_role(role, side)
        )
        assert response.status_code == 201, response.text
        return response.json()

    def transition(
        self, request_id: str, status: str, note: str | None = None, role: Role = Role.DESK
    ) -> httpx.Response:
        body = {"status": status} | ({"note": note} if note else {})
        return self.client.post(
            f"/api/v1/relocation-requests/{request_id}/transitions",
            json=body,
            headers=self.as_role(role),
        )

    def to_matching(self, request_id: str) -> None:
        for status in ("triaged", "matching"):
            response = self.transition(request_id, status)
            assert response.status_code == 200, response.text

    def offer(
        self,
        request_id: str,
        place_type: str,
        place_id: Any,
        move_in: int = 10,
        role: Role = Role.DESK,
        **extra: Any,
    ) -> httpx.Response:
        body = {"placeType": place_type, "placeId": str(place_id), "moveOn": days(move_in)} | extra
        return self.client.post(
            f"/api/v1/relocation-requests/{request_id}/offers",
            json=body,
            headers=self.as_role(role),
        )

    def accepted(self, place_type: str, place_id: Any, move_in: int = 10, **household: Any) -> dict:
        """A household whose request accepted an offer at the place (beds held, not arrived):
        {"household", "request", "offer", "placementId"}."""
        created = self.household(**household)
        request = self.request(created["id"])
        self.to_matching(request["id"])
        offer = self.offer(request["id"], place_type, place_id, move_in=move_in)
        assert offer.status_code == 201, offer.text
        accepted = self.post(f"/offers/{offer.json()['id']}/accept", role=Role.PARTNER)
        assert accepted.status_code == 200, accepted.text
        return {
            "household": created,
            "request": request,
            "offer": accepted.json(),
            "placementId": accepted.json()["placementId"],
        }

    def move_date_comes(self, request_id: str, on: date = TODAY) -> None:
        """Time passes: the accepted offer's move date (and its placement's start) is ON."""
        offer = self.db.exec(
            select(Offer).where(Offer.request_id == uuid.UUID(request_id), Offer.status == "accepted")
        ).one()
        placement = self.db.get(Placement, offer.placement_id)
        assert placement is not None
        offer.move_on = offer.respond_by = placement.starts_on = on
        self.db.add_all([offer, placement])
        self.db.commit()

    def events(self, request_id: str, role: Role = Role.DESK) -> list[dict]:
        response = self.client.get(
            f"/api/v1/relocation-requests/{request_id}/events", headers=self.as_role(role)
        )
        assert response.status_code == 200, response.text
        return response.json()["items"]

    def get(self, path: str, role: Role = Role.DESK, side: str = "a") -> httpx.Response:
        return self.client.get("/api/v1" + path, headers=self.as_role(role, side))

    def post(self, path: str, body: Any = None, role: Role = Role.DESK, side: str = "a") -> httpx.Response:
        return self.client.post("/api/v1" + path, json=body, headers=self.as_role(role, side))


@pytest.fixture
def people(client: TestClient, as_role, world: World, db: Session) -> People:
    return People(client, as_role, world, db)


@dataclass
class Places:
    """Places written in the test's session and committed (to its savepoint), so that a refused
    request's rollback does not take them away; the test's outer transaction still ends it all."""

    db: Session
    world: World

    def unit(self, location_overrides: dict | None = None, **overrides: Any):  # type: ignore[no-untyped-def]
        location = make_location(self.db, **(location_overrides or {}))
        unit = make_unit(self.db, location, **overrides)
        self.db.commit()
        return unit

    def host(self, side: str = "a", **overrides: Any):  # type: ignore[no-untyped-def]
        host = make_host(self.db, self.world.organisation(OrganisationKind.PARTNER, side), **overrides)
        self.db.commit()
        return host

    def live_at(
        self, place: Any, household: dict, *, since: int = 100, planned_end_on: date | None = None
    ) -> Placement:
        """The household (made through HTTP) lives at the place since SINCE days (checked in)."""
        place_type = PlaceType.HOST_FAMILY if isinstance(place, HostFamily) else PlaceType.SHELTER_UNIT
        placement = hold_beds(
            self.db,
            household_id=uuid.UUID(household["id"]),
            place_type=place_type,
            place_id=place.id,
            beds=household["size"],
            starts_on=TODAY - timedelta(days=since),
            arrived_on=TODAY - timedelta(days=since),
            planned_end_on=planned_end_on,
        )
        self.db.commit()
        return placement


@pytest.fixture
def places(db: Session, world: World) -> Places:
    return Places(db, world)
