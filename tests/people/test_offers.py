"""Offers: the notice period, what a place must offer, who may answer, and ending placements."""

import uuid
from datetime import timedelta

import pytest

from api.core.authorization import Role
from api.hosts.service import hosts_desk_works_with
from api.incidents.models import Incident
from api.placements.models import Placement, PlaceType
from api.placements.service import hold_beds
from tests.people.conftest import TODAY, days
from tests.people.factories import make_household


@pytest.fixture
def matching(people):
    """A request in matching, for a household with these fields."""

    def request(urgency: str = "normal", **household: object) -> str:
        created = people.household(**household)
        rid = people.request(created["id"], urgency=urgency)["id"]
        people.to_matching(rid)
        return rid

    return request


def test_the_notice_period_is_enforced(people, places, matching) -> None:
    unit = places.unit()
    rid = matching()
    too_soon = people.offer(rid, "shelter_unit", unit.id, move_in=6)
    assert too_soon.status_code == 422 and too_soon.json()["type"].endswith("notice-period")
    assert "7 days" in too_soon.json()["detail"]
    override = people.offer(rid, "shelter_unit", unit.id, move_in=2, noticeOverrideReason="Unsafe at host.")
    assert override.status_code == 422 and override.json()["type"].endswith("notice-override-not-allowed")
    past = people.offer(rid, "shelter_unit", unit.id, move_in=-1)
    assert past.status_code == 422
    on_time = people.offer(rid, "shelter_unit", unit.id, move_in=7)
    assert on_time.status_code == 201, on_time.text
    assert on_time.json()["respondBy"] == days(3)


def test_an_emergency_may_override_the_notice_period_with_a_recorded_reason(people, places, matching) -> None:
    unit = places.unit()
    rid = matching(urgency="emergency")
    without_reason = people.offer(rid, "shelter_unit", unit.id, move_in=1)
    assert without_reason.status_code == 422
    offer = people.offer(
        rid, "shelter_unit", unit.id, move_in=0, noticeOverrideReason="Domestic violence at host."
    )
    assert offer.status_code == 201, offer.text
    assert offer.json()["noticeOverrideReason"] == "Domestic violence at host."
    assert offer.json()["respondBy"] == TODAY.isoformat()
    assert people.get(f"/offers/{offer.json()['id']}", role=Role.MUNICIPALITY).status_code == 404
    audit = people.get(
        f"/audit-events?subjectType=offer&subjectId={offer.json()['id']}", role=Role.ADMIN
    ).json()
    assert audit["items"][0]["details"]["noticeOverridden"] is True


def test_the_notice_period_is_configurable(people, places, matching, monkeypatch) -> None:
    from api.core.config import get_settings

    monkeypatch.setattr(get_settings(), "min_notice_days", 2)
    response = people.offer(matching(), "shelter_unit", places.unit().id, move_in=2)
    assert response.status_code == 201, response.text


def test_a_place_must_fit_the_household(people, places, matching, db) -> None:
    rid = matching(needs={"wheelchair": True, "pets": True})
    stairs = places.unit(pets_allowed=True)
    assert people.offer(rid, "shelter_unit", stairs.id).json()["type"].endswith("place-unsuitable")
    no_pets = places.unit(wheelchair_accessible=True)
    assert people.offer(rid, "shelter_unit", no_pets.id).status_code == 422
    small = places.unit(beds=2, wheelchair_accessible=True, pets_allowed=True)
    no_room = people.offer(rid, "shelter_unit", small.id)
    assert no_room.status_code == 409 and no_room.json()["type"].endswith("no-room")
    blocked = places.unit(status="blocked", wheelchair_accessible=True, pets_allowed=True)
    assert people.offer(rid, "shelter_unit", blocked.id).status_code == 409
    closing = places.unit(
        {"closes_on": TODAY + timedelta(days=10)}, wheelchair_accessible=True, pets_allowed=True
    )
    closes = people.offer(rid, "shelter_unit", closing.id, move_in=10).json()
    assert closes["type"].endswith("outside-availability")
    assert people.offer(rid, "shelter_unit", uuid.uuid4()).status_code == 422
    assert people.offer(rid, "host_family", uuid.uuid4()).status_code == 422
    suspended = places.unit(wheelchair_accessible=True, pets_allowed=True)
    db.add(Incident(subject_type="shelter_unit", subject_id=suspended.id, severity="high", description="x"))
    db.commit()
    assert people.offer(rid, "shelter_unit", suspended.id).json()["type"].endswith("place-suspended")
    fits = places.unit(wheelchair_accessible=True, pets_allowed=True)
    assert people.offer(rid, "shelter_unit", fits.id).status_code == 201


def test_host_family_rules(people, places, matching) -> None:
    rid = matching(vulnerable=True)
    pending = places.host(vetting_status="pending")
    refused = people.offer(rid, "host_family", pending.id)
    assert refused.status_code == 422 and refused.json()["type"].endswith("safeguarding")
    assert "vulnerable" in refused.json()["detail"]
    short = places.host(available_until=TODAY + timedelta(days=5))
    assert people.offer(rid, "host_family", short.id).json()["type"].endswith("outside-availability")
    no_children = places.host(accepts_children=False)
    assert people.offer(rid, "host_family", no_children.id).status_code == 422
    rejected = places.host(vetting_status="rejected")
    assert people.offer(rid, "host_family", rejected.id).status_code == 409
    other = matching()  # not vulnerable: a host whose vetting is pending may take them
    assert people.offer(other, "host_family", places.host(vetting_status="pending").id).status_code == 201


def test_offers_are_made_by_desks_and_answered_by_desks_or_the_households_partner(
    people, places, matching
) -> None:
    rid = matching()
    unit = places.unit()
    assert people.offer(rid, "shelter_unit", unit.id, role=Role.PARTNER).status_code == 403
    assert people.offer(rid, "shelter_unit", unit.id, role=Role.MUNICIPALITY).status_code == 403
    offer = people.offer(rid, "shelter_unit", unit.id)
    assert offer.status_code == 201, offer.text
    oid = offer.json()["id"]
    assert people.post(f"/offers/{oid}/accept", role=Role.MUNICIPALITY).status_code == 403
    assert people.post(f"/offers/{oid}/accept", role=Role.HOST).status_code == 403
    assert people.post(f"/offers/{oid}/accept", role=Role.PARTNER, side="b").status_code == 404
    assert (
        people.post(f"/offers/{oid}/decline", {"reason": "no"}, role=Role.PARTNER, side="b").status_code
        == 404
    )
    assert (
        people.post(f"/offers/{oid}/decline", {}, role=Role.PARTNER).status_code == 400
    )  # a reason is required
    assert people.post(f"/offers/{oid}/withdraw", {"reason": "x"}, role=Role.PARTNER).status_code == 403
    assert people.get(f"/offers/{oid}", role=Role.PARTNER, side="b").status_code == 404
    accepted = people.post(f"/offers/{oid}/accept", role=Role.DESK, side="b")  # any desk
    assert accepted.status_code == 200 and accepted.json()["respondedVia"] == "desk"


def test_a_desk_places_with_a_host_while_its_offer_is_open_or_its_placement_active(
    people, places, matching, db
) -> None:
    host = places.host()
    desk_a = people.world.actor(Role.DESK).organisation_id
    desk_b = people.world.actor(Role.DESK, "b").organisation_id

    def desk_works_with_host(db, desk, host_id):
        return host_id in hosts_desk_works_with(db, desk, [host_id])

    assert not desk_works_with_host(db, desk_a, host.id)
    rid = matching()
    offer = people.offer(rid, "host_family", host.id).json()
    assert desk_works_with_host(db, desk_a, host.id) and not desk_works_with_host(db, desk_b, host.id)
    contact = {
        side: people.client.get(
            f"/api/v1/host-families/{host.id}", headers=people.as_role(Role.DESK, side)
        ).json()["contact"]
        for side in ("a", "b")
    }
    assert contact["a"] is not None and contact["b"] is None
    people.post(f"/offers/{offer['id']}/accept", role=Role.PARTNER)
    assert desk_works_with_host(db, desk_a, host.id)
    people.transition(rid, "cancelled")
    assert not desk_works_with_host(db, desk_a, host.id)


def test_ending_a_placement_frees_its_beds(people, places, db) -> None:
    unit = places.unit(beds=4)
    household = make_household(db, adults=2)
    placement = hold_beds(
        db,
        household_id=household.id,
        place_type=PlaceType.SHELTER_UNIT,
        place_id=unit.id,
        beds=2,
        starts_on=TODAY - timedelta(days=20),
        arrived_on=TODAY - timedelta(days=20),
    )
    db.commit()
    path = f"/placements/{placement.id}/end"
    assert people.post(path, {}, role=Role.PARTNER).status_code == 403
    assert people.post(path, {"endedOn": days(1)}).status_code == 422
    assert people.post(f"/placements/{uuid.uuid4()}/end", {}).status_code == 404
    ended = people.post(path, {"endedOn": days(-1)})
    assert ended.status_code == 200, ended.text
    assert ended.json()["status"] == "ended" and ended.json()["endedOn"] == days(-1)
    db.refresh(unit)
    assert unit.occupied_beds == 0
    assert people.post(path, {}).status_code == 409


def test_the_placement_of_an_accepted_request_is_ended_through_the_request(
    people, places, matching, db
) -> None:
    rid = matching()
    offer = people.offer(rid, "shelter_unit", places.unit().id).json()
    placement_id = people.post(f"/offers/{offer['id']}/accept").json()["placementId"]
    refused = people.post(f"/placements/{placement_id}/end", {})
    assert refused.status_code == 409
    assert db.get(Placement, uuid.UUID(placement_id)).status == "active"


def test_acceptance_checks_the_place_again(people, places, matching, db) -> None:
    host = places.host()
    rid = matching()
    offer = people.offer(rid, "host_family", host.id).json()
    db.add(Incident(subject_type="host_family", subject_id=host.id, severity="high", description="x"))
    db.commit()
    refused = people.post(f"/offers/{offer['id']}/accept", role=Role.PARTNER)
    assert refused.status_code == 409 and refused.json()["type"].endswith("place-suspended")
    assert people.get(f"/offers/{offer['id']}").json()["status"] == "open"
    assert people.post(f"/offers/{offer['id']}/withdraw", {"reason": "Host suspended."}).status_code == 200
