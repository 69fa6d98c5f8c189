"""The daily expiry job: a request opened once, a lead time before a host stay or location ends."""

import uuid
from datetime import timedelta

import pytest
from sqlmodel import select

from api.core.authorization import Role
from api.core.config import get_settings
from api.notifications.models import Notification
from api.relocation.expiry import open_expiry_requests
from api.relocation.models import RelocationRequest
from tests.people.conftest import TODAY
from tests.people.factories import make_location, make_unit


@pytest.fixture
def placed(people, places):
    """A household (via HTTP) living at a host family or in a unit for 100 days."""

    def make(place, **household: object) -> tuple[dict, object]:
        created = people.household(**household)
        return created, places.live_at(place, created)

    return make


def opened_for(db, household_id: str) -> list[RelocationRequest]:
    return list(
        db.exec(
            select(RelocationRequest).where(RelocationRequest.household_id == uuid.UUID(household_id))
        ).all()
    )


def test_host_stay_expiry_opens_a_request_exactly_once(people, places, placed, db) -> None:
    settings = get_settings()
    ending = places.host(
        beds=3, available_from=TODAY - timedelta(days=100), available_until=TODAY + timedelta(days=30)
    )
    later = places.host(beds=3, available_until=TODAY + timedelta(days=60))
    ends_on = ending.available_until
    household, placement = placed(ending)
    untouched, _ = placed(later)

    result = open_expiry_requests(db, settings, TODAY)
    db.commit()
    assert result["opened"] == 1
    [request] = opened_for(db, household["id"])
    assert not opened_for(db, untouched["id"])  # 60 days away: beyond the 6-week lead time
    assert request.reason == "host_stay_ending" and request.status == "submitted"
    assert request.must_move_by == ends_on and request.urgency == "normal"
    assert request.current_placement_id == placement.id

    # Again today, tomorrow, or after it was cancelled: never a second request for this stay's end.
    assert open_expiry_requests(db, settings, TODAY)["opened"] == 0
    assert open_expiry_requests(db, settings, TODAY + timedelta(days=1))["opened"] == 0
    assert people.transition(str(request.id), "cancelled", note="Host extends the stay").status_code == 200
    assert open_expiry_requests(db, settings, TODAY + timedelta(days=2))["opened"] == 0
    # The host offers ten days more and a desk extends the stay; a new end date is a new reason to move.
    longer = {"availableUntil": (TODAY + timedelta(days=40)).isoformat()}
    assert (
        people.client.patch(
            f"/api/v1/host-families/{ending.id}", json=longer, headers=people.as_role(Role.PARTNER)
        ).status_code
        == 200
    )
    extended = people.post(
        f"/placements/{placement.id}/stay-extensions",
        {"plannedEndOn": longer["availableUntil"], "reason": "The school year ends then."},
    )
    assert extended.status_code == 200, extended.text
    assert open_expiry_requests(db, settings, TODAY + timedelta(days=3))["opened"] == 1
    assert len(opened_for(db, household["id"])) == 2

    # The partner sees it through the API, with its timeline and the current home as an anchor.
    api = people.get(f"/relocation-requests/{request.id}", role=Role.PARTNER).json()
    assert api["anchors"][0]["kind"] == "current_home" and api["currentPlacement"]["id"] == str(placement.id)
    first_event = people.events(str(request.id), role=Role.PARTNER)[0]
    assert first_event["kind"] == "created" and first_event["actor"]["type"] == "system"
    assert first_event["nextStep"] == "triage"
    warnings = db.exec(
        select(Notification).where(
            Notification.request_id == request.id, Notification.kind == "expiry_warning"
        )
    ).all()
    recipients = {(n.recipient_type, n.language) for n in warnings}
    assert recipients == {("household", "uk"), ("organisation_user", "nl")}
    assert any(n.recipient == "olena@example.org" and ends_on.isoformat() in n.body for n in warnings)
    # The partner gets the household a status link for it.
    link = people.post(f"/relocation-requests/{request.id}/status-link", role=Role.PARTNER)
    assert link.status_code == 201


def test_a_household_with_an_open_request_gets_no_second_one(people, places, placed, db) -> None:
    host = places.host(available_until=TODAY + timedelta(days=20))
    household, _ = placed(host)
    people.request(household["id"], reason="safety")
    assert open_expiry_requests(db, get_settings(), TODAY)["opened"] == 0
    assert len(opened_for(db, household["id"])) == 1


def test_closing_locations_and_urgency(people, places, placed, db) -> None:
    location = make_location(db, closes_on=TODAY + timedelta(days=20))
    unit = make_unit(db, location, beds=6, max_households=3)
    soon = places.host(available_until=TODAY + timedelta(days=5))
    db.commit()
    in_unit, _ = placed(unit)
    at_host, _ = placed(soon)
    assert open_expiry_requests(db, get_settings(), TODAY)["opened"] == 2
    [closing] = opened_for(db, in_unit["id"])
    assert closing.reason == "location_closing" and closing.urgency == "normal"
    assert closing.must_move_by == location.closes_on
    [urgent] = opened_for(db, at_host["id"])
    assert urgent.urgency == "emergency"  # 5 days: less than the notice period


def test_the_lead_time_is_configurable(places, placed, db, monkeypatch) -> None:
    monkeypatch.setattr(get_settings(), "host_stay_lead_days", 10)
    host = places.host(available_until=TODAY + timedelta(days=30))
    placed(host)
    assert open_expiry_requests(db, get_settings(), TODAY)["opened"] == 0
    assert open_expiry_requests(db, get_settings(), TODAY + timedelta(days=20))["opened"] == 1
