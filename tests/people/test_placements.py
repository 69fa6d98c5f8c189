"""Placements after acceptance: check-in, no-show, check-out, the lists, six-month host stays."""

import uuid
from datetime import timedelta

from sqlmodel import select

from api.core.authorization import Role
from api.core.config import get_settings
from api.identity.models import OrganisationKind
from api.placements.models import PlacementEvent
from api.relocation.expiry import open_expiry_requests
from api.relocation.models import RelocationRequest
from tests.people.conftest import TODAY, days


def problem_code(response) -> str:  # type: ignore[no-untyped-def]
    return response.json()["type"].rsplit("/", 1)[1]


def test_check_in_on_or_after_the_move_date_is_the_move(people, places) -> None:
    unit = places.unit(beds=4)
    moving = people.accepted("shelter_unit", unit.id, move_in=10)
    request_id = moving["request"]["id"]
    placement_id = moving["placementId"]

    held = people.get(f"/placements/{placement_id}").json()
    assert held["status"] == "active" and held["resident"] is False and held["arrivedOn"] is None
    assert held["startsOn"] == days(10) and held["relocationRequestId"] == request_id
    assert held["householdReference"] == moving["household"]["reference"]
    assert held["locationId"] == str(unit.location_id)

    path = f"/placements/{placement_id}/check-in"
    early = people.post(path, {"arrivedOn": TODAY.isoformat()})
    assert early.status_code == 422 and problem_code(early) == "before-move-date"
    future = people.post(path, {"arrivedOn": days(11)})
    assert future.status_code == 422 and problem_code(future) == "date-in-future"
    assert people.get(f"/relocation-requests/{request_id}").json()["status"] == "accepted"

    people.move_date_comes(request_id, on=TODAY - timedelta(days=2))
    arrived = people.post(
        path, {"arrivedOn": (TODAY - timedelta(days=1)).isoformat()}, role=Role.MUNICIPALITY
    )
    assert arrived.status_code == 200, arrived.text
    assert (
        arrived.json()["resident"] is True
        and arrived.json()["arrivedOn"] == (TODAY - timedelta(days=1)).isoformat()
    )
    request = people.get(f"/relocation-requests/{request_id}").json()
    assert request["status"] == "moved" and request["newPlacement"]["resident"] is True
    last = people.events(request_id)[-1]
    assert (last["fromStatus"], last["toStatus"]) == ("accepted", "moved")
    assert last["actor"]["organisationId"] == str(people.world.actor(Role.MUNICIPALITY).organisation_id)
    again = people.post(path, {})
    assert again.status_code == 409 and problem_code(again) == "already-arrived"
    kinds = [e["kind"] for e in people.get(f"/placements/{placement_id}/events").json()["items"]]
    assert kinds == ["checked_in"]


def test_moving_leaves_the_old_home_on_the_day_of_arrival(people, places, db) -> None:
    old_home = places.host(beds=3, available_from=TODAY - timedelta(days=150))
    new_host = places.host(beds=3, display_name="Familie de Boer")
    household = people.household()
    old = places.live_at(old_home, household, since=150)
    request = people.request(household["id"])
    people.to_matching(request["id"])
    offer = people.offer(request["id"], "host_family", new_host.id, move_in=12).json()
    new_id = people.post(f"/offers/{offer['id']}/accept", role=Role.PARTNER).json()["placementId"]
    people.move_date_comes(request["id"], on=TODAY - timedelta(days=3))

    arrived = people.post(
        f"/placements/{new_id}/check-in", {"arrivedOn": (TODAY - timedelta(days=2)).isoformat()}
    )
    assert arrived.status_code == 200, arrived.text
    db.refresh(old)
    db.refresh(old_home)
    assert old.status == "ended" and old.ended_on == TODAY - timedelta(days=2)
    assert old_home.occupied_beds == 0
    listed = people.get(f"/placements?householdId={household['id']}").json()
    assert [(p["id"], p["status"], p["resident"]) for p in listed["items"]] == [
        (new_id, "active", True),
        (str(old.id), "ended", False),
    ]
    assert [e["kind"] for e in people.get(f"/placements/{old.id}/events").json()["items"]] == ["checked_out"]


def test_a_no_show_frees_the_beds_and_sends_the_request_back_to_matching(people, places, db) -> None:
    host = places.host(beds=3)
    moving = people.accepted("host_family", host.id, move_in=10)
    path = f"/placements/{moving['placementId']}/no-show"
    body = {"reason": "The family found a flat and did not come."}
    early = people.post(path, body)
    assert early.status_code == 422 and problem_code(early) == "before-move-date"
    assert people.post(path, {}).status_code == 400  # a reason is required

    people.move_date_comes(moving["request"]["id"], on=TODAY - timedelta(days=1))
    db.refresh(host)
    assert host.occupied_beds == 3
    missed = people.post(path, body)
    assert missed.status_code == 200, missed.text
    assert missed.json()["status"] == "no_show" and missed.json()["endedOn"] == TODAY.isoformat()
    db.refresh(host)
    assert host.occupied_beds == 0
    request = people.get(f"/relocation-requests/{moving['request']['id']}").json()
    assert request["status"] == "matching"
    last = people.events(moving["request"]["id"])[-1]
    assert (last["fromStatus"], last["toStatus"]) == ("accepted", "matching")
    assert last["note"] == body["reason"]
    events = people.get(f"/placements/{moving['placementId']}/events").json()["items"]
    assert [(e["kind"], e["reason"]) for e in events] == [("no_show", body["reason"])]
    # Restricted: a municipality sees that it happened, not why.
    municipal = people.get(f"/placements/{moving['placementId']}/events", role=Role.MUNICIPALITY).json()
    assert municipal["items"][0]["reason"] is None
    late = people.post(f"/placements/{moving['placementId']}/check-in", {})
    assert late.status_code == 409 and problem_code(late) == "placement-ended"


def test_check_out_needs_a_check_in_and_a_date_after_it(people, places, db) -> None:
    unit = places.unit(beds=4)
    household = people.household()
    living = places.live_at(unit, household, since=20)
    path = f"/placements/{living.id}/end"
    before = people.post(path, {"endedOn": (TODAY - timedelta(days=30)).isoformat()})
    assert before.status_code == 422 and problem_code(before) == "ends-before-arrival"
    future = people.post(path, {"endedOn": days(1)})
    assert future.status_code == 422 and problem_code(future) == "date-in-future"
    left = people.post(path, {"endedOn": (TODAY - timedelta(days=5)).isoformat()})
    assert left.status_code == 200, left.text
    assert left.json()["status"] == "ended" and left.json()["resident"] is False
    assert people.post(path, {}).status_code == 409
    db.refresh(unit)
    assert unit.occupied_beds == 0

    moving = people.accepted("shelter_unit", places.unit(beds=4).id)
    refused = people.post(f"/placements/{moving['placementId']}/end", {})
    assert refused.status_code == 409 and problem_code(refused) == "placement-of-accepted-request"


def test_placement_lists_per_place_and_household_are_scoped_per_role(people, places, db) -> None:
    partner_b = people.world.organisation(OrganisationKind.PARTNER, "b")
    operated = places.unit({"operator_organisation_id": partner_b}, beds=4)  # in Utrecht (side a)
    in_amsterdam = places.host(side="b", municipality_code="GM0363", beds=3)
    ours = people.household()  # supported by partner a
    theirs = people.household(role=Role.PARTNER, side="b")
    at_unit = places.live_at(operated, ours)
    at_host = places.live_at(in_amsterdam, theirs)

    def ids(query: str, role: Role, side: str = "a") -> set[str]:
        response = people.get(f"/placements{query}", role=role, side=side)
        assert response.status_code == 200, response.text
        return {p["id"] for p in response.json()["items"]}

    both = {str(at_unit.id), str(at_host.id)}
    assert ids(f"?shelterLocationId={operated.location_id}", Role.DESK) == {str(at_unit.id)}
    assert ids(f"?shelterUnitId={operated.id}", Role.ADMIN) == {str(at_unit.id)}
    assert ids(f"?hostFamilyId={in_amsterdam.id}", Role.DESK) == {str(at_host.id)}
    assert ids(f"?householdId={ours['id']}", Role.DESK) == {str(at_unit.id)}
    assert ids("?resident=true", Role.DESK) >= both
    assert not ids("?resident=false", Role.DESK) & both
    # A municipality: places in its territory. A partner: its households, and places it runs.
    assert ids("", Role.MUNICIPALITY) & both == {str(at_unit.id)}
    assert ids("", Role.MUNICIPALITY, "b") & both == {str(at_host.id)}
    assert ids("", Role.PARTNER) & both == {str(at_unit.id)}
    assert ids("", Role.PARTNER, "b") & both == both  # supports one, operates the other's location
    assert people.get(f"/placements/{at_host.id}", role=Role.PARTNER).status_code == 404
    assert people.get(f"/placements/{at_host.id}", role=Role.MUNICIPALITY).status_code == 404
    assert people.get("/placements", role=Role.HOST).status_code == 403
    # Writing follows the same scope: 404 outside it, 403 for a role that may not.
    outside = people.post(f"/placements/{at_host.id}/check-in", {}, role=Role.PARTNER)
    assert outside.status_code == 404
    assert people.post(f"/placements/{at_host.id}/check-in", {}, role=Role.HOST).status_code == 403


def test_a_host_stay_lasts_six_months_unless_a_desk_extends_it(people, places, db) -> None:
    # An administrator accepted a long window: the host is available for almost a year.
    host = places.host(beds=3, available_from=TODAY, available_until=TODAY + timedelta(days=330))
    moving = people.accepted("host_family", host.id, move_in=10)
    placement = people.get(f"/placements/{moving['placementId']}").json()
    six_months = TODAY + timedelta(days=10 + get_settings().host_stay_max_days)
    assert placement["plannedEndOn"] == six_months.isoformat()

    path = f"/placements/{moving['placementId']}/stay-extensions"
    body = {
        "plannedEndOn": (six_months + timedelta(days=60)).isoformat(),
        "reason": "Until the school year ends.",
    }
    assert people.post(path, body, role=Role.PARTNER).status_code == 403
    assert people.post(path, body, role=Role.MUNICIPALITY).status_code == 403
    assert people.post(path, {"plannedEndOn": body["plannedEndOn"]}).status_code == 400  # no reason
    shorter = people.post(path, {**body, "plannedEndOn": six_months.isoformat()})
    assert shorter.status_code == 422 and problem_code(shorter) == "not-an-extension"
    too_long = people.post(path, {**body, "plannedEndOn": (TODAY + timedelta(days=331)).isoformat()})
    assert too_long.status_code == 409 and problem_code(too_long) == "beyond-host-availability"

    extended = people.post(path, body)
    assert extended.status_code == 200, extended.text
    assert extended.json()["plannedEndOn"] == body["plannedEndOn"]
    [event] = people.get(f"/placements/{moving['placementId']}/events").json()["items"]
    assert event["kind"] == "stay_extended" and event["reason"] == body["reason"]
    assert event["previousPlannedEndOn"] == six_months.isoformat()
    assert event["plannedEndOn"] == body["plannedEndOn"]
    assert event["actor"]["userId"] == str(people.world.actor(Role.DESK).user_id)
    audit = people.get(
        f"/audit-events?subjectType=placement&subjectId={moving['placementId']}", role=Role.ADMIN
    )
    assert "extend_stay" in {e["action"] for e in audit.json()["items"]}

    unit_stay = people.accepted("shelter_unit", places.unit().id)
    refused = people.post(f"/placements/{unit_stay['placementId']}/stay-extensions", body)
    assert refused.status_code == 409 and problem_code(refused) == "not-a-host-stay"


def test_the_hosts_window_cannot_slide_away_from_a_placed_household(people, places, db) -> None:
    host = places.host(
        beds=3, available_from=TODAY - timedelta(days=10), available_until=TODAY + timedelta(days=150)
    )
    moving = people.accepted("host_family", host.id, move_in=10)
    planned_end = people.get(f"/placements/{moving['placementId']}").json()["plannedEndOn"]
    assert planned_end == host.available_until.isoformat()
    path = f"/api/v1/host-families/{host.id}"
    headers = people.as_role(Role.PARTNER)

    def window(start: int, end: int):  # type: ignore[no-untyped-def]
        body = {"availableFrom": days(start), "availableUntil": days(end)}
        return people.client.patch(path, json=body, headers=headers)

    slid = window(100, 280)  # the move the audit found: the whole window 100 days later
    assert slid.status_code == 409 and problem_code(slid) == "window-after-stay-start"
    assert slid.json()["errors"][0]["field"] == "availableFrom"
    shorter = people.client.patch(path, json={"availableUntil": days(100)}, headers=headers)
    assert shorter.status_code == 409 and problem_code(shorter) == "window-before-planned-end"
    assert shorter.json()["errors"][0]["field"] == "availableUntil"
    longer = people.client.patch(path, json={"availableUntil": days(170)}, headers=headers)
    assert longer.status_code == 200, longer.text
    # The stay is what was agreed: a longer window offers more, a desk extends the stay.
    assert people.get(f"/placements/{moving['placementId']}").json()["plannedEndOn"] == planned_end


def test_expiry_follows_the_planned_end_and_counts_only_households_living_there(people, places, db) -> None:
    settings = get_settings()
    host = places.host(
        beds=3, available_from=TODAY - timedelta(days=100), available_until=TODAY + timedelta(days=150)
    )
    household = people.household()
    places.live_at(host, household, planned_end_on=TODAY + timedelta(days=20))
    # Held, but nobody lives there yet: not a stay that ends.
    not_arrived = people.household()
    waiting = places.live_at(
        places.host(beds=3, available_until=TODAY + timedelta(days=20)), not_arrived, since=0
    )
    waiting.arrived_on = None
    db.add(waiting)
    db.commit()

    assert open_expiry_requests(db, settings, TODAY)["opened"] >= 1
    [opened] = db.exec(
        select(RelocationRequest).where(RelocationRequest.household_id == uuid.UUID(household["id"]))
    ).all()
    assert opened.must_move_by == TODAY + timedelta(days=20)  # the stay's end, not the host's window
    assert not db.exec(
        select(RelocationRequest).where(RelocationRequest.household_id == uuid.UUID(not_arrived["id"]))
    ).all()


def test_the_export_holds_the_placement_timeline_and_erasure_empties_its_reasons(people, places, db) -> None:
    moving = people.accepted("host_family", places.host(beds=3).id, move_in=10)
    people.move_date_comes(moving["request"]["id"])
    reason = "Moved in with her sister instead."
    assert people.post(f"/placements/{moving['placementId']}/no-show", {"reason": reason}).status_code == 200
    path = f"/households/{moving['household']['id']}"
    exported = people.get(f"{path}/export", role=Role.ADMIN).json()
    assert [(e["kind"], e["reason"]) for e in exported["placementEvents"]] == [("no_show", reason)]
    assert people.client.delete(f"/api/v1{path}", headers=people.as_role(Role.ADMIN)).status_code == 204
    [event] = db.exec(
        select(PlacementEvent).where(PlacementEvent.placement_id == uuid.UUID(moving["placementId"]))
    ).all()
    db.refresh(event)
    assert event.kind == "no_show" and event.reason is None
