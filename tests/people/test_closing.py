"""Closing a location or unit with households in it: nobody silently drops out."""

import uuid
from datetime import timedelta

from sqlmodel import select

from api.audit.models import AuditEvent
from api.core.authorization import Role
from api.core.config import get_settings
from api.placements.models import Placement
from api.places.models import ShelterLocation, ShelterUnit
from api.relocation.expiry import open_expiry_requests
from api.relocation.models import RelocationRequest
from tests.people.conftest import TODAY, days
from tests.people.factories import make_unit


def problem_code(response) -> str:  # type: ignore[no-untyped-def]
    return response.json()["type"].rsplit("/", 1)[1]


def requests_of(db, household: dict) -> list[RelocationRequest]:  # type: ignore[no-untyped-def]
    return list(
        db.exec(
            select(RelocationRequest).where(RelocationRequest.household_id == uuid.UUID(household["id"]))
        ).all()
    )


def test_closing_a_location_says_who_lives_there_and_opens_their_requests(people, places, db) -> None:
    first = places.unit(beds=4)
    location = db.get(ShelterLocation, first.location_id)
    second = make_unit(db, location, name="Kamer 2", beds=8, max_households=2)
    db.commit()
    settled = people.household()
    places.live_at(first, settled)
    searching = people.household()
    places.live_at(second, searching)
    own_request = people.request(searching["id"], reason="work", mustMoveBy=days(60))
    arriving = people.accepted("shelter_unit", second.id, move_in=10)
    path = f"/shelter-locations/{location.id}"

    # A plain PATCH no longer closes over people's heads.
    for change in ({"status": "closing"}, {"status": "closed"}, {"closesOn": days(30)}):
        refused = people.client.patch(
            f"/api/v1{path}", json=change, headers=people.as_role(Role.MUNICIPALITY)
        )
        assert refused.status_code == 409 and problem_code(refused) == "residents-present", change
        assert "/closing" in refused.json()["detail"]

    # Asking first changes nothing.
    preview = people.post(f"{path}/closing", {"closesOn": days(30), "dryRun": True}, role=Role.MUNICIPALITY)
    assert preview.status_code == 200, preview.text
    actions = {h["householdId"]: h["action"] for h in preview.json()["households"]}
    assert actions == {
        settled["id"]: "would_open",
        searching["id"]: "existing",
        arriving["household"]["id"]: "would_cancel_move",  # 10 days before closing: too short a stay
    }
    db.refresh(location)
    assert location.status == "open" and location.closes_on is None
    assert not requests_of(db, settled)

    closed = people.post(f"{path}/closing", {"closesOn": days(30)}, role=Role.MUNICIPALITY)
    assert closed.status_code == 200, closed.text
    report = closed.json()
    assert report["status"] == "closing" and report["closesOn"] == days(30) and report["dryRun"] is False
    by_household = {h["householdId"]: h for h in report["households"]}
    assert by_household[settled["id"]]["resident"] is True
    assert by_household[settled["id"]]["householdReference"] == settled["reference"]
    assert by_household[settled["id"]]["unitName"] == first.name

    [opened] = requests_of(db, settled)
    assert by_household[settled["id"]]["action"] == "opened"
    assert by_household[settled["id"]]["relocationRequestId"] == str(opened.id)
    assert opened.reason == "location_closing" and opened.must_move_by == TODAY + timedelta(days=30)
    assert str(opened.current_placement_id) == by_household[settled["id"]]["placementId"]
    partner_view = people.get(f"/relocation-requests/{opened.id}", role=Role.PARTNER).json()
    assert partner_view["status"] == "submitted" and partner_view["anchors"][0]["kind"] == "current_home"

    existing = by_household[searching["id"]]
    assert existing["action"] == "existing" and existing["relocationRequestId"] == own_request["id"]
    assert existing["mustMoveBy"] == days(30)
    brought_forward = people.get(f"/relocation-requests/{own_request['id']}").json()
    assert brought_forward["mustMoveBy"] == days(30)
    assert people.events(own_request["id"])[-1]["kind"] == "updated"

    cancelled = by_household[arriving["household"]["id"]]
    assert cancelled["action"] == "move_cancelled" and cancelled["resident"] is False
    assert people.get(f"/relocation-requests/{arriving['request']['id']}").json()["status"] == "matching"
    assert db.get(Placement, uuid.UUID(arriving["placementId"])).status == "cancelled"

    shown = people.get(path, role=Role.MUNICIPALITY).json()
    assert shown["status"] == "closing" and shown["closesOn"] == days(30)
    for unit in (first, second):
        placement = people.get(f"/placements?shelterUnitId={unit.id}&resident=true").json()["items"][0]
        assert placement["plannedEndOn"] == days(30)
    audit = db.exec(select(AuditEvent).where(AuditEvent.subject_id == str(location.id))).all()
    assert any(e.action == "close" and e.details["opened"] == 1 for e in audit)

    # The daily job and closing again open nothing twice.
    assert open_expiry_requests(db, get_settings(), TODAY)["opened"] == 0
    again = people.post(f"{path}/closing", {"closesOn": days(30)}, role=Role.MUNICIPALITY).json()
    assert {h["action"] for h in again["households"]} == {"existing"}
    assert len(requests_of(db, settled)) == 1


def test_closing_one_unit_blocks_it_until_it_is_empty(people, places, db) -> None:
    unit = places.unit(beds=4)
    resident = people.household()
    placement = places.live_at(unit, resident)
    path = f"/shelter-locations/{unit.location_id}/units/{unit.id}"
    refused = people.client.patch(
        f"/api/v1{path}", json={"status": "closed"}, headers=people.as_role(Role.MUNICIPALITY)
    )
    assert refused.status_code == 409 and problem_code(refused) == "residents-present"

    closed = people.post(f"{path}/closing", {"closesOn": TODAY.isoformat()}, role=Role.MUNICIPALITY)
    assert closed.status_code == 200, closed.text
    assert closed.json()["unitId"] == str(unit.id) and closed.json()["status"] == "blocked"
    [household] = closed.json()["households"]
    assert household["action"] == "opened" and household["mustMoveBy"] == TODAY.isoformat()
    [request] = requests_of(db, resident)
    assert request.urgency == "emergency" and request.reason == "location_closing"
    db.refresh(unit)
    assert unit.status == "blocked" and unit.closes_on == TODAY
    assert people.get(path, role=Role.MUNICIPALITY).json()["closesOn"] == TODAY.isoformat()
    db.refresh(placement)
    assert placement.planned_end_on == TODAY

    # Once nobody is left, closing it on the day closes it.
    assert people.post(f"/placements/{placement.id}/end", {}).status_code == 200
    empty = people.post(f"{path}/closing", {"closesOn": TODAY.isoformat()}, role=Role.MUNICIPALITY).json()
    assert empty["status"] == "closed" and empty["households"] == []


def test_a_move_long_enough_before_the_closing_goes_ahead(people, places, db) -> None:
    unit = places.unit(beds=4)
    arriving = people.accepted("shelter_unit", unit.id, move_in=10)
    closes_on = TODAY + timedelta(days=10 + get_settings().matching_min_stay_days + 1)
    report = people.post(
        f"/shelter-locations/{unit.location_id}/closing",
        {"closesOn": closes_on.isoformat()},
        role=Role.MUNICIPALITY,
    ).json()
    [kept] = report["households"]
    assert kept["action"] == "move_kept" and kept["mustMoveBy"] == closes_on.isoformat()
    assert people.get(f"/relocation-requests/{arriving['request']['id']}").json()["status"] == "accepted"
    placement = people.get(f"/placements/{arriving['placementId']}").json()
    assert placement["plannedEndOn"] == closes_on.isoformat()

    # Once the household lives there, the daily job opens its next request in time.
    people.move_date_comes(arriving["request"]["id"])
    assert people.post(f"/placements/{arriving['placementId']}/check-in", {}).status_code == 200
    assert open_expiry_requests(db, get_settings(), TODAY)["opened"] == 1
    reasons = {r.reason for r in requests_of(db, arriving["household"])}
    assert reasons == {"host_stay_ending", "location_closing"}


def test_who_may_close_and_when(people, places, db) -> None:
    unit = places.unit(beds=4)
    path = f"/shelter-locations/{unit.location_id}/closing"
    assert people.post(path, {"closesOn": days(10)}, role=Role.DESK).status_code == 403
    assert people.post(path, {"closesOn": days(10)}, role=Role.HOST).status_code == 403
    assert people.post(path, {"closesOn": days(10)}, role=Role.MUNICIPALITY, side="b").status_code == 404
    assert people.post(path, {"closesOn": days(10)}, role=Role.PARTNER).status_code == 404  # not its operator
    past = people.post(path, {"closesOn": days(-1)}, role=Role.MUNICIPALITY)
    assert past.status_code == 422 and problem_code(past) == "date-in-past"
    other_unit = f"/shelter-locations/{places.unit().location_id}/units/{unit.id}/closing"
    assert people.post(other_unit, {"closesOn": days(10)}, role=Role.MUNICIPALITY).status_code == 404

    # An empty location closes on the day; a PATCH to closed sets its closing date.
    empty = people.post(path, {"closesOn": TODAY.isoformat()}, role=Role.MUNICIPALITY).json()
    assert empty["status"] == "closed" and empty["households"] == []
    another = places.unit()
    patched = people.client.patch(
        f"/api/v1/shelter-locations/{another.location_id}",
        json={"status": "closed"},
        headers=people.as_role(Role.MUNICIPALITY),
    )
    assert patched.status_code == 200 and patched.json()["closesOn"] == TODAY.isoformat()


def test_postponing_a_closing_moves_the_planned_end_along(people, places, db) -> None:
    unit = places.unit(beds=4)
    placement = places.live_at(unit, people.household())
    path = f"/shelter-locations/{unit.location_id}"
    assert people.post(f"{path}/closing", {"closesOn": days(20)}, role=Role.MUNICIPALITY).status_code == 200
    later = people.client.patch(
        f"/api/v1{path}", json={"closesOn": days(90)}, headers=people.as_role(Role.MUNICIPALITY)
    )
    assert later.status_code == 200, later.text
    db.refresh(placement)
    assert placement.planned_end_on == TODAY + timedelta(days=90)
    kinds = [e["kind"] for e in people.get(f"/placements/{placement.id}/events").json()["items"]]
    assert kinds == ["planned_end_changed", "planned_end_changed"]
    assert db.get(ShelterUnit, unit.id).closes_on is None
