"""A run's unassigned requests with their reasons, and offering a selection of its proposals."""

import uuid

from api.core.authorization import Role
from api.core.config import get_settings
from api.matching.runs import execute_due_runs
from tests.people.conftest import days

GRONINGEN = {"municipality_code": "GM0014", "lat": 53.22, "lon": 6.57}


def searching(people, **overrides) -> str:
    """A household of 2 adults and a child, working and at school in Utrecht, in matching."""
    household = people.household()
    request = people.request(household["id"], **overrides)
    people.to_matching(request["id"])
    return request["id"]


def finished_run(people, db, request_ids: list[str]) -> dict:
    queued = people.post("/matching/runs", {"requestIds": request_ids})
    assert queued.status_code == 202, queued.text
    assert execute_due_runs(db.connection(), get_settings(), limit=5).done == [uuid.UUID(queued.json()["id"])]
    return people.get(f"/matching/runs/{queued.json()['id']}").json()


def unassigned(people, run_id: str, role: Role = Role.DESK) -> dict:
    response = people.get(f"/matching/runs/{run_id}/unassigned", role=role)
    assert response.status_code == 200, response.text
    return {item["requestId"]: item for item in response.json()["items"]}


def test_two_requests_for_one_place_the_loser_is_outcompeted_by_the_winner(people, places, db) -> None:
    one_room = places.unit({"name": "Eén kamer"}, beds=3, max_households=1)
    urgent = searching(people, mustMoveBy=days(8))
    later = searching(people, mustMoveBy=days(80))
    run = finished_run(people, db, [urgent, later])
    assert [(p["requestId"], p["placeId"]) for p in run["proposals"]] == [(urgent, str(one_room.id))]
    reasons = unassigned(people, run["id"])
    assert list(reasons) == [later]
    reason = reasons[later]
    later_score = people.get(f"/relocation-requests/{later}/candidates").json()["items"][0]["score"]
    assert reason["reason"] == "outcompeted"
    assert (reason["placeId"], reason["placeType"]) == (str(one_room.id), "shelter_unit")
    assert reason["placeName"] == run["proposals"][0]["placeName"]
    assert reason["takenByRequestId"] == urgent
    assert reason["takenByScore"] == run["proposals"][0]["score"]
    assert abs(reason["score"] - later_score) < 1e-9
    assert reason["scoreDifference"] > 0  # the urgent request scores higher there
    assert abs(reason["scoreDifference"] - (run["proposals"][0]["score"] - later_score)) < 1e-6
    assert reason["constraint"] is None and reason["examinedCount"] is None


def test_a_request_with_no_place_in_range_says_which_constraint_excludes(people, places, db) -> None:
    far = [places.unit({**GRONINGEN, "name": f"Ver weg {i}"}, beds=6) for i in range(3)]
    too_small = places.unit({"name": "Te klein"}, beds=2)  # in Utrecht, but 3 people
    request_id = searching(people)  # at most 25 km from work in Utrecht
    run = finished_run(people, db, [request_id])
    assert run["proposals"] == [] and run["assignedCount"] == 0
    reason = unassigned(people, run["id"])[request_id]
    assert reason["reason"] == "no_feasible_place"
    assert reason["constraint"] == "max_distance"
    assert reason["examinedCount"] >= len(far) + 1
    assert reason["excludedCount"] >= len(far)  # the far ones; the small one only fails on beds
    assert reason["excludedCount"] < reason["examinedCount"]
    assert reason["takenByRequestId"] is None and reason["placeId"] is None
    assert too_small is not None


def test_a_request_that_left_matching_before_ranking_is_named(people, places, db) -> None:
    places.unit({"name": "Kamer"}, beds=6)
    request_id = searching(people)
    queued = people.post("/matching/runs", {"requestIds": [request_id]}).json()
    assert people.transition(request_id, "cancelled").status_code == 200
    execute_due_runs(db.connection(), get_settings(), limit=5)
    assert unassigned(people, queued["id"])[request_id]["reason"] == "no_longer_open"


def test_who_may_read_the_unassigned(people, places, db) -> None:
    run = finished_run(people, db, [searching(people)])
    for role in Role:
        response = people.get(f"/matching/runs/{run['id']}/unassigned", role=role)
        assert response.status_code == (200 if role in (Role.DESK, Role.ADMIN) else 403), role
    assert people.get(f"/matching/runs/{run['id']}/unassigned", side="b").status_code == 404
    assert people.get(f"/matching/runs/{uuid.uuid4()}/unassigned").status_code == 404
    queued = people.post("/matching/runs", {"requestIds": []}).json()
    assert people.get(f"/matching/runs/{queued['id']}/unassigned").json() == {"items": [], "total": 0}


def offer(people, run_id: str, request_ids: list[str], role: Role = Role.DESK, side: str = "a", **body):
    return people.post(
        f"/matching/runs/{run_id}/offers",
        {"requestIds": request_ids, "moveOn": days(10)} | body,
        role=role,
        side=side,
    )


def offers_of(people, request_id: str) -> list[dict]:
    return people.get(f"/relocation-requests/{request_id}/offers").json()["items"]


def test_offering_a_selection_makes_each_offer_once(people, places, db) -> None:
    unit = places.unit({"name": "Kamer"}, beds=3)
    host = places.host(beds=3)
    first, second = searching(people), searching(people)
    run = finished_run(people, db, [first, second])
    proposed = {p["requestId"]: p for p in run["proposals"]}
    assert set(proposed) == {first, second}
    stranger = str(uuid.uuid4())
    response = offer(people, run["id"], [second, first, stranger])
    assert response.status_code == 200, response.text
    result = response.json()
    assert [i["requestId"] for i in result["items"]] == [second, first, stranger]
    assert (result["created"], result["alreadyOffered"], result["refused"]) == (2, 0, 1)
    made = {}
    for request_id in (first, second):
        item = next(i for i in result["items"] if i["requestId"] == request_id)
        assert item["outcome"] == "created" and item["code"] is None
        [made_offer] = offers_of(people, request_id)
        assert made_offer["id"] == item["offerId"]
        assert (made_offer["placeId"], made_offer["moveOn"]) == (proposed[request_id]["placeId"], days(10))
        assert people.get(f"/relocation-requests/{request_id}").json()["status"] == "offered"
        made[request_id] = item["offerId"]
    assert {p["placeId"] for p in run["proposals"]} == {str(unit.id), str(host.id)}
    refused = result["items"][2]
    assert (refused["outcome"], refused["status"], refused["code"]) == ("refused", 422, "not-a-proposal")
    assert refused["offerId"] is None

    again = offer(people, run["id"], [first, second]).json()
    assert [(i["outcome"], i["offerId"]) for i in again["items"]] == [
        ("already_offered", made[first]),
        ("already_offered", made[second]),
    ]
    assert all(len(offers_of(people, r)) == 1 for r in (first, second))


def test_a_proposal_whose_place_filled_up_is_refused_and_the_others_go_ahead(people, places, db) -> None:
    small = places.unit({"name": "Klein"}, beds=3)
    other = places.unit({"name": "Ander"}, beds=3, max_households=1)
    first, second = searching(people), searching(people)
    run = finished_run(people, db, [first, second])
    at = {p["requestId"]: p["placeId"] for p in run["proposals"]}
    full_request = next(r for r, place in at.items() if place == str(small.id))
    free_request = next(r for r, place in at.items() if place == str(other.id))
    # Meanwhile another household moved into the small unit.
    places.live_at(small, people.household(), since=1)
    events_before = people.events(full_request)
    result = offer(people, run["id"], [full_request, free_request]).json()
    refused, created = result["items"]
    assert (refused["outcome"], refused["status"], refused["code"]) == ("refused", 409, "no-room")
    assert refused["detail"] and refused["offerId"] is None
    assert created["outcome"] == "created"
    # Nothing of the refused offer was written: no offer, no event, still matching.
    assert offers_of(people, full_request) == []
    assert people.events(full_request) == events_before
    assert people.get(f"/relocation-requests/{full_request}").json()["status"] == "matching"
    assert len(offers_of(people, free_request)) == 1


def test_an_offer_made_by_hand_in_between_is_refused_as_a_single_offer_would_be(people, places, db) -> None:
    unit = places.unit({"name": "Kamer"}, beds=3)
    host = places.host(beds=3)
    request_id = searching(people)
    run = finished_run(people, db, [request_id])
    proposed = run["proposals"][0]["placeId"]
    elsewhere = host if proposed == str(unit.id) else unit
    kind = "host_family" if elsewhere is host else "shelter_unit"
    assert people.offer(request_id, kind, elsewhere.id).status_code == 201
    [item] = offer(people, run["id"], [request_id]).json()["items"]
    assert (item["outcome"], item["status"], item["code"]) == ("refused", 409, "illegal-transition")
    assert len(offers_of(people, request_id)) == 1


def test_offers_follow_the_single_offer_rules_and_the_run_must_be_done(people, places, db) -> None:
    places.unit({"name": "Kamer"}, beds=3)
    request_id = searching(people)
    run = finished_run(people, db, [request_id])
    [item] = offer(people, run["id"], [request_id], moveOn=days(2)).json()["items"]
    assert (item["outcome"], item["code"]) == ("refused", "notice-period")
    assert offers_of(people, request_id) == []
    assert offer(people, run["id"], []).status_code == 400
    queued = people.post("/matching/runs", {"requestIds": []}).json()
    not_done = offer(people, queued["id"], [request_id])
    assert not_done.status_code == 409 and not_done.json()["type"].endswith("/run-not-done")


def test_who_may_offer_a_runs_proposals(people, places, db) -> None:
    places.unit({"name": "Kamer"}, beds=3)
    request_id = searching(people)
    run = finished_run(people, db, [request_id])
    for role in (Role.MUNICIPALITY, Role.PARTNER, Role.HOST):
        assert offer(people, run["id"], [request_id], role=role).status_code == 403, role
    assert offer(people, run["id"], [request_id], side="b").status_code == 404
    assert offer(people, str(uuid.uuid4()), [request_id]).status_code == 404
    assert offers_of(people, request_id) == []
    allowed = offer(people, run["id"], [request_id])
    assert allowed.status_code == 200 and allowed.json()["created"] == 1
