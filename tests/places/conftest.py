"""Helpers to build places through the API."""

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from api.core.authorization import Role
from tests.people.committed import committed  # noqa: F401 - the fixture for tests that commit


@pytest.fixture
def new_location(client: TestClient, as_role):
    """Create a location (as the side-a municipality unless told) and return its JSON."""

    def create(headers=None, **overrides) -> dict:
        body = {
            "name": "Opvang De Linde",
            "kind": "small_scale",
            "municipalityCode": "GM0344",
            "address": "Lindelaan 1, Utrecht",
            "lat": 52.09,
            "lon": 5.12,
            "status": "open",
            "languagesSpoken": ["nl", "uk"],
            "contact": {"name": "Els de Vries", "phone": "+31 30 123 4567", "email": "els@example.org"},
        } | overrides
        response = client.post(
            "/api/v1/shelter-locations", json=body, headers=headers or as_role(Role.MUNICIPALITY)
        )
        assert response.status_code == 201, response.text
        return response.json()

    return create


@pytest.fixture
def new_unit(client: TestClient, as_role):
    def create(location_id: str, headers=None, **overrides) -> dict:
        body = {"name": "Kamer 1", "beds": 4, "maxHouseholds": 1} | overrides
        response = client.post(
            f"/api/v1/shelter-locations/{location_id}/units",
            json=body,
            headers=headers or as_role(Role.MUNICIPALITY),
        )
        assert response.status_code == 201, response.text
        return response.json()

    return create


@pytest.fixture
def new_host(client: TestClient, as_role):
    def create(headers=None, **overrides) -> dict:
        today = date.today()
        body = {
            "displayName": "Familie Jansen",
            "municipalityCode": "GM0344",
            "lat": 52.1,
            "lon": 5.1,
            "beds": 3,
            "rooms": 1,
            "languages": ["nl", "en"],
            "availableFrom": today.isoformat(),
            "availableUntil": (today + timedelta(days=150)).isoformat(),
            "contact": {"name": "Joke Jansen", "phone": "+31 6 1234 5678"},
        } | overrides
        response = client.post("/api/v1/host-families", json=body, headers=headers or as_role(Role.PARTNER))
        assert response.status_code == 201, response.text
        return response.json()

    return create
