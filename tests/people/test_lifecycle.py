"""The full life of a relocation request through HTTP, and every illegal transition refused."""

import uuid
from datetime import timedelta

import pytest
from sqlmodel import select

from api.core.authorization import Role
from api.notifications.models import Notification
from api.placements.models import Placement, PlaceType
from api.placements.service import hold_beds
from api.places.models import ShelterLocation
from tests.people.conftest import TODAY, days


def staying_with(db, household: dict, host) -> Placement:  # type: ignore[no-untyped-def]
    """The household has lived with the host family for five months (three beds)."""
    return hold_beds(
        db,
        household_id=uuid.UUID(household["id"]),
        place_type=PlaceType.HOST_FAMILY,
        place_id=host.id,
        beds=3,
        starts_on=TODAY - timedelta(days=150),
        arrived_on=TODAY - timedelta(days=150),
        planned_end_on=host.available_until,
    )


def test_full_life_of_a_request(people, places, db) -> None:
    old_home = places.host(beds=4, available_until=TODAY + timedelta(days=30))
    unit = places.unit(beds=4, wheelchair_accessible=True)
    new_host = places.host(beds=3, display_name="Familie de Boer")
    household = people.household()
    current = staying_with(db, household, old_home)

    created = people.request(household["id"])
    request_id = created["id"]
    assert created["status"] == "submitted"
    assert created["currentPlacement"]["id"] == str(current.id)  # taken from the household's placement
    assert created["currentPlacement"]["placeName"] == old_home.display_name
    assert created["statusLink"]["token"].startswith("onds_")
    assert created["nextStep"] == "triage"
    assert [a["kind"] for a in created["anchors"]] == ["work", "school"]

    for status in ("triaged", "matching"):
        response = people.transition(request_id, status, note=f"to {status}")
        assert response.status_code == 200, response.text
        assert response.json()["status"] == status

    first = people.offer(request_id, "shelter_unit", unit.id, move_in=10)
    assert first.status_code == 201, first.text
    location = db.get(ShelterLocation, unit.location_id)
    assert first.json()["placeName"] == f"{location.name}, {unit.name}"
    assert first.json()["municipalityCode"] == location.municipality_code
    first_id = first.json()["id"]
    assert people.get(f"/relocation-requests/{request_id}").json()["status"] == "offered"

    declined = people.post(
        f"/offers/{first_id}/decline", {"reason": "Too far from the school."}, role=Role.PARTNER
    )
    assert declined.status_code == 200, declined.text
    assert declined.json()["status"] == "declined"
    assert declined.json()["declineReason"] == "Too far from the school."
    assert people.get(f"/relocation-requests/{request_id}").json()["status"] == "matching"

    second = people.offer(request_id, "host_family", new_host.id, move_in=12)
    assert second.status_code == 201, second.text
    accepted = people.post(f"/offers/{second.json()['id']}/accept", role=Role.PARTNER)
    assert accepted.status_code == 200, accepted.text
    placement_id = accepted.json()["placementId"]
    request = people.get(f"/relocation-requests/{request_id}").json()
    assert request["status"] == "accepted"
    assert request["newPlacement"]["id"] == placement_id
    assert request["newPlacement"]["startsOn"] == days(12)
    assert request["newPlacement"]["plannedEndOn"] == new_host.available_until.isoformat()
    assert request["nextStep"] == "move" and request["nextStepExpectedOn"] == days(12)
    db.refresh(new_host)
    assert new_host.occupied_beds == 3

    early = people.transition(request_id, "moved")
    assert early.status_code == 422 and early.json()["type"].endswith("/before-move-date")
    people.move_date_comes(request_id)
    moved = people.transition(request_id, "moved")
    assert moved.status_code == 200, moved.text
    db.refresh(current)
    db.refresh(old_home)
    assert current.status == "ended" and current.ended_on == TODAY  # moving out frees the old beds
    assert moved.json()["newPlacement"]["arrivedOn"] == TODAY.isoformat()
    assert moved.json()["newPlacement"]["resident"] is True
    assert old_home.occupied_beds == 0
    closed = people.transition(request_id, "closed", note="Settled in well.")
    assert closed.status_code == 200, closed.text
    assert closed.json()["closedAt"] is not None and closed.json()["nextStep"] is None

    events = people.events(request_id)
    assert [(e["kind"], e["fromStatus"], e["toStatus"]) for e in events] == [
        ("created", None, "submitted"),
        ("status_changed", "submitted", "triaged"),
        ("status_changed", "triaged", "matching"),
        ("offer_made", "matching", "offered"),
        ("offer_declined", "offered", "matching"),
        ("offer_made", "matching", "offered"),
        ("offer_accepted", "offered", "accepted"),
        ("status_changed", "accepted", "moved"),
        ("status_changed", "moved", "closed"),
    ]
    assert [e["nextStep"] for e in events] == [
        "triage",
        "start_search",
        "make_offer",
        "respond_to_offer",
        "make_offer",
        "respond_to_offer",
        "move",
        "close_request",
        None,
    ]
    assert all(e["occurredAt"] for e in events)
    assert events[0]["actor"]["type"] == "user"
    assert events[0]["actor"]["organisationId"] == str(people.world.actor(Role.PARTNER).organisation_id)
    assert events[1]["actor"]["organisationId"] == str(people.world.actor(Role.DESK).organisation_id)
    assert events[1]["note"] == "to triaged"
    assert events[3]["offerId"] == first_id
    assert events[3]["nextStepExpectedOn"] == first.json()["respondBy"]
    assert events[6]["nextStepExpectedOn"] == days(12)

    offers = people.get(f"/relocation-requests/{request_id}/offers").json()
    assert [o["status"] for o in offers["items"]] == ["declined", "accepted"]
    kinds = {
        n.kind
        for n in db.exec(select(Notification).where(Notification.request_id == uuid.UUID(request_id))).all()
    }
    assert kinds == {"offer_made", "move_date", "status_changed"}


@pytest.fixture
def request_in(people, places):
    """A request brought to STATUS through legal steps."""

    def make(status: str) -> dict:
        household = people.household()
        request = people.request(household["id"])
        rid = request["id"]
        path = {
            "submitted": [],
            "triaged": ["triaged"],
            "matching": ["triaged", "matching"],
            "offered": ["triaged", "matching", "offer"],
            "accepted": ["triaged", "matching", "offer", "accept"],
            "moved": ["triaged", "matching", "offer", "accept", "moved"],
            "closed": ["triaged", "matching", "offer", "accept", "moved", "closed"],
            "cancelled": ["cancelled"],
        }[status]
        offer_id = None
        for step in path:
            if step == "offer":
                response = people.offer(rid, "shelter_unit", places.unit(beds=3).id)
                offer_id = response.json()["id"]
            elif step == "accept":
                response = people.post(f"/offers/{offer_id}/accept")
            elif step == "moved":
                people.move_date_comes(rid)
                response = people.transition(rid, step)
            else:
                response = people.transition(rid, step)
            assert response.status_code in (200, 201), response.text
        return {"id": rid, "offerId": offer_id}

    return make


LEGAL = {
    "submitted": {"triaged", "cancelled"},
    "triaged": {"matching", "cancelled"},
    "matching": {"cancelled"},
    "offered": {"cancelled"},
    "accepted": {"moved", "matching", "cancelled"},
    "moved": {"closed"},
    "closed": set(),
    "cancelled": set(),
}
ALL = ["submitted", "triaged", "matching", "offered", "accepted", "moved", "closed", "cancelled"]


@pytest.mark.parametrize("current", ALL)
def test_every_illegal_transition_is_refused_with_a_problem(people, request_in, current) -> None:
    request = request_in(current)
    for target in ALL:
        if target in LEGAL[current]:
            continue
        response = people.transition(request["id"], target)
        assert response.status_code == 409, (current, target, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["status"] == 409 and problem["title"] == "Conflict" and problem["detail"]
        assert problem["type"].rsplit("/", 1)[1] in {
            "illegal-transition",
            "offer-driven-transition",
            "offer-open",
        }
        assert people.get(f"/relocation-requests/{request['id']}").json()["status"] == current
    # Every legal manual step still works from here.
    for target in sorted(LEGAL[current]):
        assert target not in ("offered", "accepted")


@pytest.mark.parametrize(("current", "target"), [(c, t) for c in ALL for t in sorted(LEGAL[c])])
def test_every_legal_transition_is_allowed(people, request_in, current, target) -> None:
    request = request_in(current)
    if target == "moved":
        people.move_date_comes(request["id"])  # a household moves on (or after) its move date
    response = people.transition(request["id"], target)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == target


def test_offers_only_for_requests_in_matching_and_answers_only_to_open_offers(
    people, request_in, places
) -> None:
    unit = places.unit()
    for status in ("submitted", "triaged", "offered", "accepted", "closed", "cancelled"):
        request = request_in(status)
        response = people.offer(request["id"], "shelter_unit", unit.id)
        assert response.status_code == 409, (status, response.text)
    accepted = request_in("accepted")
    again = people.post(f"/offers/{accepted['offerId']}/accept")
    assert again.status_code == 409 and again.json()["type"].endswith("offer-not-open")
    decline = people.post(f"/offers/{accepted['offerId']}/decline", {"reason": "changed my mind"})
    assert decline.status_code == 409


def test_moving_back_to_matching_or_cancelling_an_accepted_request_frees_the_held_beds(
    people, request_in, db
) -> None:
    for target in ("matching", "cancelled"):
        request = request_in("accepted")
        placement_id = people.get(f"/relocation-requests/{request['id']}").json()["newPlacement"]["id"]
        assert people.transition(request["id"], target).status_code == 200
        placement = db.get(Placement, uuid.UUID(placement_id))
        db.refresh(placement)
        assert placement.status == "cancelled"  # the household never lived there
    timeline = people.events(request["id"])
    assert timeline[-1]["toStatus"] == "cancelled"


def test_cancelling_an_offered_request_withdraws_its_offer(people, request_in) -> None:
    request = request_in("offered")
    assert people.transition(request["id"], "cancelled", note="Found a flat").status_code == 200
    offer = people.get(f"/offers/{request['offerId']}").json()
    assert offer["status"] == "withdrawn"


def test_a_partner_may_cancel_its_own_request_but_not_triage(people, request_in) -> None:
    request = request_in("triaged")
    assert people.transition(request["id"], "matching", role=Role.PARTNER).status_code == 403
    other = people.post(
        f"/relocation-requests/{request['id']}/cancel", {"reason": "x"}, role=Role.PARTNER, side="b"
    )
    assert other.status_code == 404
    own = people.post(
        f"/relocation-requests/{request['id']}/cancel",
        {"reason": "Found a flat."},
        role=Role.PARTNER,
    )
    assert own.status_code == 200 and own.json()["status"] == "cancelled"
    again = people.post(
        f"/relocation-requests/{request['id']}/cancel", {"reason": "again"}, role=Role.PARTNER
    )
    assert again.status_code == 409


def test_withdrawing_an_offer_returns_the_request_to_matching(people, request_in) -> None:
    request = request_in("offered")
    assert (
        people.post(f"/offers/{request['offerId']}/withdraw", {"reason": "Unit flooded."}).status_code == 200
    )
    assert people.get(f"/relocation-requests/{request['id']}").json()["status"] == "matching"
    assert people.post(f"/offers/{request['offerId']}/withdraw", {"reason": "again"}).status_code == 409
    assert people.events(request["id"])[-1]["kind"] == "offer_withdrawn"


def test_requests_say_which_transitions_are_allowed_now(people) -> None:
    household = people.household()
    request = people.request(household["id"])
    assert request["allowedTransitions"] == ["triaged", "cancelled"]
    people.to_matching(request["id"])
    current = people.get(f"/relocation-requests/{request['id']}").json()
    assert current["allowedTransitions"] == ["cancelled"]  # offered comes from making an offer


def test_the_queue_filters_by_deadline(people) -> None:
    soon = people.request(people.household()["id"], mustMoveBy=days(10))
    later = people.request(people.household()["id"], mustMoveBy=days(40))
    due = people.get(f"/relocation-requests?mustMoveBefore={days(20)}&limit=200").json()["items"]
    ids = {r["id"] for r in due}
    assert soon["id"] in ids and later["id"] not in ids


def test_the_queue_filters_by_municipality(people, places, db) -> None:
    """A request concerns the municipalities of its anchors, its wishes and where it lives now."""
    by_anchor = people.request(people.household()["id"])  # work anchor and wish: GM0344
    no_anchor_place = [{"kind": "work", "label": "Haven", "lat": 51.92, "lon": 4.48}]
    by_wish = people.request(
        people.household()["id"], anchors=no_anchor_place, preferredMunicipalities=["GM0363", "GM0518"]
    )
    household = people.household()
    host = places.host(municipality_code="GM0599", lat=51.92, lon=4.48)
    staying_with(db, household, host)
    db.commit()
    by_placement = people.request(household["id"], anchors=no_anchor_place, preferredMunicipalities=[])

    def queue(code: str) -> set[str]:
        response = people.get(f"/relocation-requests?municipalityCode={code}&limit=200")
        assert response.status_code == 200, response.text
        return {r["id"] for r in response.json()["items"]} & {
            by_anchor["id"],
            by_wish["id"],
            by_placement["id"],
        }

    assert queue("GM0344") == {by_anchor["id"]}
    assert queue("gm0518") == {by_wish["id"]}
    assert queue("GM0599") == {by_placement["id"]}
    assert queue("GM0363") == {by_wish["id"]}  # the first of two wishes
    assert queue("GM0014") == set()
    assert people.get("/relocation-requests?municipalityCode=Utrecht").status_code == 400
