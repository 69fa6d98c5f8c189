"""Candidates and batch runs through HTTP, on places and requests built for each test."""

import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import Engine, event
from sqlmodel import select

from api.core.authorization import Role
from api.core.config import get_settings
from api.core.models import utcnow
from api.matching import runs
from api.matching.assignment import validate
from api.matching.models import MatchingProposal, MatchingRunPart
from api.matching.runs import RunsReport, execute_due_runs

AMSTERDAM = {"municipality_code": "GM0363", "lat": 52.37, "lon": 4.89}
GRONINGEN = {"municipality_code": "GM0014", "lat": 53.22, "lon": 6.57}


def candidates(people, request_id: str, role: Role = Role.DESK, **query) -> dict:
    response = people.get(
        f"/relocation-requests/{request_id}/candidates?" + "&".join(f"{k}={v}" for k, v in query.items()),
        role=role,
    )
    assert response.status_code == 200, response.text
    return response.json()


def searching(people, **overrides) -> str:
    """A household of 2 adults and a child, working and at school in Utrecht, in matching."""
    household = people.household()
    request = people.request(household["id"], **overrides)
    people.to_matching(request["id"])
    return request["id"]


def ids(items: list[dict]) -> list[str]:
    return [item["placeId"] for item in items]


def test_places_are_ranked_by_an_explained_score(people, places) -> None:
    near = places.unit({"name": "Dichtbij", "lat": 52.085, "lon": 5.115}, beds=4)
    further = places.unit({"name": "Verder", "lat": 52.2, "lon": 5.35, "municipality_code": "GM0307"}, beds=4)
    request_id = searching(people)
    result = candidates(people, request_id)
    assert ids(result["items"])[:2] == [str(near.id), str(further.id)]
    best = result["items"][0]
    terms = {t["name"]: t for t in best["explanation"]["terms"]}
    assert {"work", "school", "municipality", "language", "small_scale", "urgency"} <= set(terms)
    assert "km to Bakkerij" in terms["work"]["detail"]
    assert terms["work"]["facts"]["anchor"] == "Bakkerij" and terms["work"]["facts"]["km"] >= 0
    assert terms["municipality"]["value"] == 1.0
    assert terms["municipality"]["facts"]["inWantedMunicipality"] is True
    urgency = terms["urgency"]["facts"]
    assert urgency["daysUntilDeadline"] > 0 and urgency["emergency"] is False
    assert terms["small_scale"]["facts"]["km"] is None  # only the facts a term is about
    assert {"beds", "wheelchair", "pets", "safeguarding", "max_distance", "not_declined_before"} <= set(
        best["explanation"]["constraintsChecked"]
    )
    assert 0 < result["items"][1]["score"] < best["score"] <= 1
    separation = best["explanation"]["separation"]
    assert separation["versusPlaceId"] == str(further.id)
    difference = best["score"] - result["items"][1]["score"]
    assert separation["scoreDifference"] == pytest.approx(difference, abs=1e-6)
    assert separation["terms"][0]["name"] in {"work", "school", "municipality"}
    assert "ahead of Verder" in separation["detail"]
    assert result["items"][-1]["explanation"]["separation"] is None


def test_a_women_only_unit_comes_first_for_women_and_children(people, places) -> None:
    ordinary = [places.unit({"name": f"Gewoon {i}", "lat": 52.085, "lon": 5.115}, beds=4) for i in range(3)]
    women_only = places.unit({"name": "Vrouwenhuis", "lat": 52.09, "lon": 5.12}, beds=4, women_only=True)
    household = people.household(
        adults=1,
        children=2,
        members=[{"ageBand": "age_30_49"}, {"ageBand": "age_4_11"}, {"ageBand": "age_4_11"}],
        needs={"womenAndChildrenOnly": True},
    )
    request = people.request(household["id"])
    people.to_matching(request["id"])
    result = candidates(people, request["id"])
    assert ids(result["items"])[0] == str(women_only.id)
    assert set(ids(result["items"])[1:]) == {str(u.id) for u in ordinary}
    scores = [item["score"] for item in result["items"]]
    assert scores[0] - scores[1] > 0.1


def test_hard_constraints_exclude_and_say_which(people, places) -> None:
    too_small = places.unit({"name": "Klein"}, beds=2)
    women_only = places.unit({"name": "Vrouwenhuis"}, beds=6, women_only=True)
    far = places.unit({"name": "Amsterdam", **AMSTERDAM}, beds=6)
    fits = places.unit({"name": "Past"}, beds=3)
    request_id = searching(people)
    result = candidates(people, request_id, limit=10)
    assert ids(result["items"]) == [str(fits.id)]
    failed = {item["placeId"]: item["explanation"]["failedConstraints"] for item in result["excluded"]}
    assert failed[str(too_small.id)] == ["beds"]
    assert failed[str(women_only.id)] == ["women_only"]
    assert str(far.id) not in ids(result["items"])  # 35 km away, beyond maxDistanceKm 25


def test_the_nearest_places_are_found_however_far_away(people, places) -> None:
    groningen = places.unit({"name": "Groningen", **GRONINGEN}, beds=4)
    host = places.host(lat=53.2, lon=6.55, municipality_code="GM0014")
    request_id = searching(people, maxDistanceKm=None)
    result = candidates(people, request_id)
    assert set(ids(result["items"])) == {str(groningen.id), str(host.id)}
    assert all(item["explanation"]["distanceKm"] > 150 for item in result["items"])
    assert result["excluded"] == []  # nothing failing a constraint nearby


def test_the_maximum_distance_excludes_farther_places(people, places) -> None:
    near = places.unit({"name": "Dichtbij"}, beds=4)
    amsterdam = places.unit({"name": "Amsterdam", **AMSTERDAM}, beds=4)  # 35 km from the anchors
    amsterdam_too_small = places.unit({"name": "Amsterdam klein", **AMSTERDAM}, beds=1)
    within_25 = candidates(people, searching(people, maxDistanceKm=25))
    assert ids(within_25["items"]) == [str(near.id)]
    assert str(amsterdam_too_small.id) not in ids(within_25["excluded"])  # not nearby either
    within_50 = candidates(people, searching(people, maxDistanceKm=50))
    assert ids(within_50["items"]) == [str(near.id), str(amsterdam.id)]


def test_places_near_any_anchor_are_found(people, places) -> None:
    """Each anchor and preferred municipality is a centre to search around, not only the first."""
    crowd = {str(places.unit({"name": f"Utrecht {n}"}, beds=4).id) for n in range(22)}  # 1.3 km from work
    school = {"name": "Bij school", "municipality_code": "GM0363", "lat": 52.373, "lon": 4.893}
    near_school = places.unit(school, beds=4)
    request_id = searching(
        people,
        anchors=[
            {"kind": "work", "label": "Bakkerij", "lat": 52.08, "lon": 5.11},
            {"kind": "school", "label": "Basisschool", "lat": 52.37, "lon": 4.89},
        ],
        preferredMunicipalities=["GM0363"],
        maxDistanceKm=None,
    )
    # Limit 1 looks at the 20 places nearest to any centre: the place 0.4 km from school is one of
    # them, and its preferred municipality puts it first.
    result = candidates(people, request_id, limit=1)
    assert ids(result["items"]) == [str(near_school.id)]
    assert set(ids(candidates(people, request_id, limit=30)["items"])) == crowd | {str(near_school.id)}


def test_vulnerable_households_only_go_to_vetted_hosts_or_staffed_places(people, places) -> None:
    unvetted = places.host(vetting_status="pending")
    unstaffed = places.unit({"name": "Zonder staf", "has_staff": False}, beds=4)
    staffed = places.unit({"name": "Met staf"}, beds=4)
    household = people.household(vulnerable=True)
    request = people.request(household["id"])
    people.to_matching(request["id"])
    result = candidates(people, request["id"], limit=10)
    assert ids(result["items"]) == [str(staffed.id)]
    failed = {item["placeId"]: item["explanation"]["failedConstraints"] for item in result["excluded"]}
    assert failed[str(unvetted.id)] == ["safeguarding"]
    assert failed[str(unstaffed.id)] == ["safeguarding"]


def test_a_declined_place_is_not_proposed_again(people, places) -> None:
    unit = places.unit({"name": "Afgewezen"}, beds=4)
    request_id = searching(people)
    offer = people.offer(request_id, "shelter_unit", unit.id).json()
    declined = people.post(
        f"/offers/{offer['id']}/decline", {"reason": "Te ver van school"}, role=Role.PARTNER
    )
    assert declined.status_code == 200, declined.text
    result = candidates(people, request_id)
    assert str(unit.id) not in ids(result["items"])
    failed = {item["placeId"]: item["explanation"]["failedConstraints"] for item in result["excluded"]}
    assert failed[str(unit.id)] == ["not_declined_before"]


def test_suspended_places_are_excluded(people, places) -> None:
    unit = places.unit({"name": "Gemeld"}, beds=4)
    request_id = searching(people)
    report = people.post(
        "/incidents",
        {
            "subjectType": "shelter_unit",
            "subjectId": str(unit.id),
            "severity": "high",
            "description": "Onveilig",
        },
        role=Role.MUNICIPALITY,  # the location lies in its territory
    )
    assert report.status_code == 201
    result = candidates(people, request_id)
    failed = {item["placeId"]: item["explanation"]["failedConstraints"] for item in result["excluded"]}
    assert "not_suspended" in failed[str(unit.id)]


def test_who_may_ask_for_candidates(people, places) -> None:
    request_id = searching(people)
    for role in (Role.PARTNER, Role.MUNICIPALITY, Role.HOST):
        assert people.get(f"/relocation-requests/{request_id}/candidates", role=role).status_code == 403
    assert people.get(f"/relocation-requests/{request_id}/candidates", role=Role.ADMIN).status_code == 200
    assert people.get(f"/relocation-requests/{uuid.uuid4()}/candidates").status_code == 404
    assert people.get(f"/relocation-requests/{request_id}/candidates?limit=0").status_code == 400


def test_a_closed_request_has_no_candidates(people, places) -> None:
    request_id = searching(people)
    assert people.transition(request_id, "cancelled").status_code == 200
    assert people.get(f"/relocation-requests/{request_id}/candidates").status_code == 409


def execute(db) -> RunsReport:  # type: ignore[no-untyped-def]
    """What a worker does, on the test's connection (it sees the test's rows)."""
    return execute_due_runs(db.connection(), get_settings(), limit=5)


def test_a_run_is_queued_then_executed_and_assigns_jointly(people, places, db) -> None:
    one_room = places.unit({"name": "Eén kamer"}, beds=6, max_households=1)
    host = places.host(beds=3, vetting_status="vetted")
    first, second = searching(people), searching(people)
    response = people.post("/matching/runs", {"requestIds": [first, second]})
    assert response.status_code == 202, response.text
    queued = response.json()
    assert response.headers["Location"] == f"/api/v1/matching/runs/{queued['id']}"
    assert (queued["status"], queued["progress"], queued["requestCount"]) == ("queued", 0, 2)
    assert queued["assignedCount"] is None and queued["proposals"] is None
    assert people.get(f"/matching/runs/{queued['id']}").json()["status"] == "queued"
    report = execute(db)
    assert report.done == [uuid.UUID(queued["id"])]
    again = people.get(f"/matching/runs/{queued['id']}")
    assert again.status_code == 200
    run = again.json()
    assert (run["status"], run["progress"]) == ("done", 2)
    assert (run["requestCount"], run["assignedCount"]) == (2, 2)
    assert run["rankingSeconds"] >= 0 and run["solvingSeconds"] >= 0 and run["finishedAt"]
    assert run["objective"] <= run["upperBound"] + 1e-9 and run["gap"] >= 0
    assigned = {p["requestId"]: p["placeId"] for p in run["proposals"]}
    assert set(assigned) == {first, second}
    assert sorted(assigned.values()) == sorted([str(one_room.id), str(host.id)])
    assert all(p["explanation"]["terms"] for p in run["proposals"])
    assert all(p["explanation"]["separation"]["versusPlaceName"] for p in run["proposals"])
    # Proposals are not offers: nothing was offered yet.
    assert people.get(f"/relocation-requests/{first}/offers").json()["items"] == []
    listed = people.get("/matching/runs").json()
    assert listed["total"] >= 1 and listed["items"][0]["proposals"] is None
    assert people.get(f"/matching/runs/{run['id']}", role=Role.DESK, side="b").status_code == 404
    assert execute(db).executed == 0  # nothing left to do
    instance = {
        "households": [{"id": first, "size": 3}, {"id": second, "size": 3}],
        "places": [
            {"id": str(one_room.id), "beds": 6, "maxHouseholds": 1},
            {"id": str(host.id), "beds": 3, "maxHouseholds": 1},
        ],
        "candidates": [
            {"household": p["requestId"], "place": p["placeId"], "score": p["score"]}
            for p in run["proposals"]
        ],
    }
    validate(
        instance,
        {
            "assignments": [
                {"household": p["requestId"], "place": p["placeId"], "score": p["score"]}
                for p in run["proposals"]
            ],
            "objective": run["objective"],
            "upperBound": run["upperBound"],
            "gap": run["gap"],
        },
    )


def test_a_cancelled_run_is_not_executed(people, places, db) -> None:
    places.unit({"name": "Kamer"}, beds=6)
    run = people.post("/matching/runs", {"requestIds": [searching(people)]}).json()
    cancelled = people.post(f"/matching/runs/{run['id']}/cancel")
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    assert execute(db).executed == 0
    again = people.post(f"/matching/runs/{run['id']}/cancel")
    assert again.status_code == 409 and again.json()["type"].endswith("/run-finished")
    assert people.get(f"/matching/runs/{run['id']}").json()["proposals"] is None
    assert people.post(f"/matching/runs/{uuid.uuid4()}/cancel").status_code == 404


def test_a_run_cancelled_while_ranking_stops(people, places, db, monkeypatch) -> None:
    places.unit({"name": "Kamer"}, beds=6)
    run = people.post("/matching/runs", {"requestIds": [searching(people)]}).json()
    real_heartbeat = runs._heartbeat

    def cancel_first(bind, claim, **values):  # type: ignore[no-untyped-def]
        assert people.post(f"/matching/runs/{run['id']}/cancel").status_code == 200
        real_heartbeat(bind, claim, **values)

    monkeypatch.setattr(runs, "_heartbeat", cancel_first)
    report = execute(db)
    assert report.stopped == [uuid.UUID(run["id"])] and report.done == []
    shown = people.get(f"/matching/runs/{run['id']}").json()
    assert shown["status"] == "cancelled" and shown["proposals"] is None


def test_a_crashed_workers_run_is_taken_over_after_its_lease(people, places, db) -> None:
    places.unit({"name": "Kamer"}, beds=6)
    run = people.post("/matching/runs", {"requestIds": [searching(people)]}).json()
    claim = runs.claim_run(db.connection(), utcnow())  # a worker that then dies
    assert claim is not None and claim.run_id == uuid.UUID(run["id"])
    assert people.get(f"/matching/runs/{run['id']}").json()["status"] == "ranking"
    assert execute(db).executed == 0  # its lease still holds
    later = utcnow() + runs.LEASE + timedelta(seconds=1)
    taken_over = runs.claim_run(db.connection(), later)
    assert taken_over is not None and taken_over.run_id == claim.run_id and taken_over.token != claim.token
    runs._execute(db.connection(), get_settings(), taken_over)
    assert people.get(f"/matching/runs/{run['id']}").json()["status"] == "done"
    with pytest.raises(runs._LeaseLost):  # the first worker, had it come back, writes nothing
        runs._heartbeat(db.connection(), claim, progress=1)


def test_a_run_that_fails_says_why(people, places, db, monkeypatch) -> None:
    run = people.post("/matching/runs", {"requestIds": [searching(people)]}).json()

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("solver exploded")

    monkeypatch.setattr(runs, "solve", broken)
    assert execute(db).failed == [uuid.UUID(run["id"])]
    shown = people.get(f"/matching/runs/{run['id']}").json()
    assert shown["status"] == "failed" and "solver exploded" in shown["error"]


def test_runs_are_listed_and_read_without_their_request_ids(people, places) -> None:
    """The list (polled while runs execute) and a run's status leave the run's request ids unread:
    no answer shows them, and a large run has ten thousand."""
    places.unit({"name": "Kamer"}, beds=6)
    run = _run_over(people, [searching(people)])
    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        assert people.get("/matching/runs").json()["items"][0]["id"] == run["id"]
        assert people.get(f"/matching/runs/{run['id']}").json()["status"] == "queued"
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    read = [s for s in statements if "FROM matching_run" in s]
    assert len(read) >= 2 and not [s for s in read if "request_ids" in s]


def test_who_may_queue_see_and_cancel_runs(people, places) -> None:
    for role in Role:
        queued = people.post("/matching/runs", {"requestIds": []}, role=role)
        allowed = role in (Role.DESK, Role.ADMIN)
        assert queued.status_code == (202 if allowed else 403), (role, queued.text)
    run = people.post("/matching/runs", {"requestIds": []}).json()
    for role in Role:
        shown = people.get(f"/matching/runs/{run['id']}", role=role)
        assert shown.status_code == (200 if role in (Role.DESK, Role.ADMIN) else 403), role
        listed = people.get("/matching/runs", role=role)
        assert listed.status_code == (200 if role in (Role.DESK, Role.ADMIN) else 403), role
    for role in (Role.PARTNER, Role.MUNICIPALITY, Role.HOST):
        assert people.post(f"/matching/runs/{run['id']}/cancel", role=role).status_code == 403
    assert people.post(f"/matching/runs/{run['id']}/cancel", role=Role.DESK, side="b").status_code == 404
    assert people.post(f"/matching/runs/{run['id']}/cancel", role=Role.ADMIN).status_code == 200


def test_runs_refuse_requests_outside_scope_or_not_matching(people, places, db) -> None:
    household = people.household()
    submitted = people.request(household["id"])
    response = people.post("/matching/runs", {"requestIds": [submitted["id"]]})
    assert response.status_code == 404
    assert people.post("/matching/runs", {}, role=Role.PARTNER).status_code == 403
    empty = people.post("/matching/runs", {"requestIds": []})
    assert empty.status_code == 202 and empty.json()["requestCount"] == 0
    execute(db)
    done = people.get(f"/matching/runs/{empty.json()['id']}").json()
    assert done["status"] == "done" and done["assignedCount"] == 0 and done["proposals"] == []


def test_judging_only_the_contenders_gives_the_same_page(people, places, monkeypatch) -> None:
    """rank() explains only the places whose array score can reach the page; judging every place
    found one by one (as before) gives the same items, scores and explanations."""
    import random

    from api.matching import candidates as candidates_module

    rng = random.Random(5)
    for i in range(30):
        spot = {"name": f"Plek {i}", "lat": 52.0 + rng.uniform(0, 0.3), "lon": 5.0 + rng.uniform(0, 0.3)}
        places.unit(spot, beds=rng.randint(2, 6), pets_allowed=rng.random() < 0.5)
    for _ in range(10):
        places.host(beds=rng.randint(2, 5), vetting_status="vetted")
    request_id = searching(people)
    fast = candidates(people, request_id, limit=5)
    monkeypatch.setattr(candidates_module, "_contenders", lambda need, found, *args: list(range(len(found))))
    every = candidates(people, request_id, limit=5)
    assert len(fast["items"]) == 5
    assert fast == every


def _run_over(people, request_ids: list[str]) -> dict:  # type: ignore[no-untyped-def]
    response = people.post("/matching/runs", {"requestIds": request_ids, "candidatesPerRequest": 3})
    assert response.status_code == 202, response.text
    return response.json()


def _far_away(lat: float, lon: float) -> dict:
    return {
        "anchors": [{"kind": "work", "label": "Werk", "lat": lat, "lon": lon}],
        "preferredMunicipalities": [],
        "maxDistanceKm": None,
    }


def test_a_split_run_ranks_its_parts_apart_and_solves_them_as_one(people, places, db, monkeypatch) -> None:
    """A large run is cut into regional parts, each ranked against the places of its box; the one
    solve over all parts gives the proposals (and the unassigned reasons) an unsplit run gives."""
    import random

    rng = random.Random(3)
    for i in range(36):  # more than a part's nearest 20 (3 candidates), around Utrecht and Groningen
        lat, lon = (52.09, 5.12) if i % 2 else (53.22, 6.57)
        spot = {
            "name": f"Plek {i}",
            "lat": lat + rng.uniform(-0.05, 0.05),
            "lon": lon + rng.uniform(-0.05, 0.05),
        }
        places.unit(spot, beds=rng.randint(3, 6), max_households=1)
    requests = [searching(people) for _ in range(3)]
    requests += [searching(people, **_far_away(53.21, 6.56)) for _ in range(3)]
    nowhere = searching(people, **(_far_away(53.2, 6.5) | {"maxDistanceKm": 1}))  # no place within 1 km
    requests.append(nowhere)
    whole = _run_over(people, requests)
    assert execute(db).done == [uuid.UUID(whole["id"])]
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 3)  # seven requests: two parts
    split = _run_over(people, requests)
    report = execute(db)
    assert report.done == [uuid.UUID(split["id"])] and len(report.parts) == 2 and len(report.worded) == 2
    parts = db.exec(
        select(MatchingRunPart)
        .where(MatchingRunPart.run_id == uuid.UUID(split["id"]))
        .order_by(MatchingRunPart.number)
    ).all()
    assert [p.status for p in parts] == ["worded", "worded"] and all(p.ranked for p in parts)
    south, north = ({uuid.UUID(r) for r in p.request_ids} for p in parts)
    assert south == {uuid.UUID(r) for r in requests[:3]} and north == {uuid.UUID(r) for r in requests[3:]}
    one, other = (people.get(f"/matching/runs/{run['id']}").json() for run in (whole, split))
    assert other["status"] == "done" and other["progress"] == 7
    for name in ("pairCount", "assignedCount", "objective", "upperBound"):
        assert one[name] == other[name], name

    def shown(run: dict) -> list:
        return sorted(
            (p["requestId"], p["placeId"], p["placeName"], p["score"], json.dumps(p["explanation"]))
            for p in run["proposals"]
        )

    assert shown(one) == shown(other) and len(one["proposals"]) == 6
    reasons = [people.get(f"/matching/runs/{run['id']}/unassigned").json()["items"] for run in (whole, split)]
    assert reasons[0] == reasons[1] and [r["requestId"] for r in reasons[0]] == [nowhere]
    assert reasons[0][0]["reason"] == "no_feasible_place" and reasons[0][0]["constraint"] == "max_distance"


def test_parts_are_leased_to_one_worker_each_and_taken_over_after_the_lease(
    people, places, db, monkeypatch
) -> None:
    places.unit({"name": "Kamer"}, beds=6)
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 1)
    run = _run_over(people, [searching(people), searching(people)])
    claim = runs.claim_run(db.connection(), utcnow())
    assert claim is not None
    runs._split(db.connection(), claim)
    report = runs.RunsReport()
    first = runs.claim_part(db.connection(), utcnow(), report)
    second = runs.claim_part(db.connection(), utcnow(), report)
    assert first is not None and second is not None and first.part_id != second.part_id
    assert runs.claim_part(db.connection(), utcnow(), report) is None  # both are leased
    assert runs.claim_run(db.connection(), utcnow() + runs.LEASE * 2) is None  # the run has no lease to lose
    later = utcnow() + runs.LEASE + timedelta(seconds=1)
    taken_over = runs.claim_part(db.connection(), later, report)
    assert taken_over is not None and taken_over.part_id == first.part_id and taken_over.token != first.token
    with pytest.raises(runs._LeaseLost):  # the first worker, had it come back, writes nothing
        runs._part_heartbeat(db.connection(), first, 1)
    runs._execute_claimed_part(db.connection(), get_settings(), second, report)
    assert report.parts == [second.part_id] and report.done == []  # one part still being ranked
    runs._execute_claimed_part(db.connection(), get_settings(), taken_over, report)
    assert report.done == []  # the last part's worker solved the run: its parts are to be worded
    shown = people.get(f"/matching/runs/{run['id']}").json()
    assert shown["status"] == "solving" and shown["assignedCount"] == 1 and not shown["proposals"]
    assert people.get(f"/matching/runs/{run['id']}/unassigned").json()["items"] == []
    first = runs.claim_part(db.connection(), utcnow(), report)
    second = runs.claim_part(db.connection(), utcnow(), report)
    assert first is not None and second is not None and first.wording and second.wording
    assert runs.claim_part(db.connection(), utcnow(), report) is None  # both are leased to word
    runs._execute_claimed_part(db.connection(), get_settings(), second, report)
    assert report.worded == [second.part_id] and report.done == []
    assert people.get(f"/matching/runs/{run['id']}").json()["status"] == "solving"
    taken_over = runs.claim_part(db.connection(), utcnow() + runs.LEASE + timedelta(seconds=1), report)
    assert taken_over is not None and taken_over.part_id == first.part_id and taken_over.wording
    with pytest.raises(runs._LeaseLost):  # the first worker, had it come back, writes nothing
        runs._word_part(db.connection(), get_settings(), first, runs._Phases(), runs._RunTable())
    runs._execute_claimed_part(db.connection(), get_settings(), taken_over, report)
    assert report.done == [uuid.UUID(run["id"])]  # the last part's worker marked the run done
    shown = people.get(f"/matching/runs/{run['id']}").json()
    assert shown["status"] == "done" and shown["assignedCount"] == 1 and len(shown["proposals"]) == 1
    reasons = people.get(f"/matching/runs/{run['id']}/unassigned").json()["items"]
    assert [r["reason"] for r in reasons] == ["outcompeted"] and reasons[0]["placeName"]
    stored = db.exec(select(MatchingProposal).where(MatchingProposal.run_id == uuid.UUID(run["id"]))).all()
    assert len(stored) == 1


def _a_run_and_its_split(people, places, db, monkeypatch) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    """Six requests in two cities with eight places: run once unsplit (executed), then again
    split in two parts of three, split but not yet ranked; returns both runs."""
    for i in range(8):
        lat, lon = (52.09, 5.12) if i % 2 else (53.22, 6.57)
        places.unit({"name": f"Plek {i}", "lat": lat + i / 1000, "lon": lon}, beds=4, max_households=1)
    requests = [searching(people) for _ in range(3)]
    requests += [searching(people, **_far_away(53.21, 6.56)) for _ in range(3)]
    whole = _run_over(people, requests)
    assert execute(db).done == [uuid.UUID(whole["id"])]
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 3)
    split = _run_over(people, requests)
    claim = runs.claim_run(db.connection(), utcnow())
    assert claim is not None and claim.run_id == uuid.UUID(split["id"])
    runs._split(db.connection(), claim)
    return whole, split


def test_a_worker_that_dies_after_the_solve_leaves_its_parts_to_another(
    people, places, db, monkeypatch
) -> None:
    """The worker that ranked every part and solved the run dies holding the parts' leases to word
    them: once the leases run out another worker words them (reading the needs again) and the run
    ends with the proposals and reasons of an unsplit run."""
    whole, split = _a_run_and_its_split(people, places, db, monkeypatch)
    dead, tables = runs.RunsReport(), runs._RunTable()
    for _ in range(2):
        part = runs.claim_part(db.connection(), utcnow(), dead)
        assert part is not None and not part.wording
        runs._execute_claimed_part(db.connection(), get_settings(), part, dead, tables)
    assert people.get(f"/matching/runs/{split['id']}").json()["status"] == "solving"
    leased = [runs.claim_part(db.connection(), utcnow(), dead) for _ in range(2)]  # then it dies
    assert all(p is not None and p.wording for p in leased)
    assert execute(db).executed == 0  # their leases still hold
    later = utcnow() + runs.LEASE + timedelta(seconds=1)
    monkeypatch.setattr(runs, "utcnow", lambda: later)
    report = execute(db)
    assert report.done == [uuid.UUID(split["id"])] and len(report.worded) == 2 and report.parts == []
    one, other = (people.get(f"/matching/runs/{run['id']}").json() for run in (whole, split))
    assert other["status"] == "done" and len(one["proposals"]) == 6
    for name in ("pairCount", "assignedCount", "objective", "upperBound"):
        assert one[name] == other[name], name
    assert sorted(
        (p["requestId"], p["placeId"], p["placeName"], p["score"], json.dumps(p["explanation"]))
        for p in one["proposals"]
    ) == sorted(
        (p["requestId"], p["placeId"], p["placeName"], p["score"], json.dumps(p["explanation"]))
        for p in other["proposals"]
    )
    reasons = [people.get(f"/matching/runs/{run['id']}/unassigned").json()["items"] for run in (whole, split)]
    assert reasons[0] == reasons[1]


def test_a_waiting_worker_words_first_choices_ahead_as_after_the_solve(
    people, places, db, monkeypatch
) -> None:
    """While a split run is ranked and solved by another worker, a worker that ranked a part
    words its requests' first choices ahead, then those of the part the other worker ranked; after
    the solve only the other picks are worded, and the run ends with the proposals and reasons of
    an unsplit run."""
    whole, split = _a_run_and_its_split(people, places, db, monkeypatch)
    settings = get_settings()
    waiting, solving = (runs.RunsReport(), runs._RunTable()), (runs.RunsReport(), runs._RunTable())
    part = runs.claim_part(db.connection(), utcnow(), waiting[0])
    assert part is not None
    runs._execute_claimed_part(db.connection(), settings, part, *waiting)
    assert people.get(f"/matching/runs/{split['id']}").json()["status"] == "ranking"
    while waiting[1].word_ahead(db.connection(), settings):
        pass
    assert len(waiting[1].worded) == 3  # the other part is not ranked yet
    part = runs.claim_part(db.connection(), utcnow(), solving[0])
    assert part is not None
    runs._execute_part(db.connection(), settings, part, runs._Phases(), solving[1])
    while waiting[1].word_ahead(db.connection(), settings):
        pass
    ahead = dict(waiting[1].worded)
    assert len(ahead) == 6
    worded_after: list = []
    proposals_of = runs.proposals_of
    monkeypatch.setattr(
        runs,
        "proposals_of",
        lambda session, s, pairs: worded_after.extend(pairs) or proposals_of(session, s, pairs),
    )
    solved = runs._solve_claim(db.connection(), uuid.UUID(split["id"]))
    assert solved is not None
    runs._solve_parts(db.connection(), solved, runs._Phases())
    for _ in range(2):  # the waiting worker words both parts
        part = runs.claim_part(db.connection(), utcnow(), waiting[0])
        assert part is not None and part.wording
        runs._execute_claimed_part(db.connection(), settings, part, *waiting)
    assert waiting[0].done == [uuid.UUID(split["id"])]
    assert worded_after and not {(r.request_id, c.place_id) for r, c in worded_after} & set(ahead)
    one, other = (people.get(f"/matching/runs/{run['id']}").json() for run in (whole, split))
    for name in ("pairCount", "assignedCount", "objective", "upperBound"):
        assert one[name] == other[name], name
    shown = [
        sorted(
            (p["requestId"], p["placeId"], p["placeName"], p["score"], json.dumps(p["explanation"]))
            for p in run["proposals"]
        )
        for run in (one, other)
    ]
    assert shown[0] == shown[1] and len(shown[0]) == 6 and len(worded_after) < 6
    reasons = [people.get(f"/matching/runs/{run['id']}/unassigned").json()["items"] for run in (whole, split)]
    assert reasons[0] == reasons[1]


def test_a_worker_words_the_parts_it_ranked_first(people, places, db, monkeypatch) -> None:
    """After the solve each worker takes the parts it ranked to word (it knows their needs), then
    the others'."""
    places.unit({"name": "Kamer"}, beds=6)
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 1)
    _run_over(people, [searching(people), searching(people)])
    claim = runs.claim_run(db.connection(), utcnow())
    assert claim is not None
    runs._split(db.connection(), claim)
    first, second = runs.RunsReport(), runs.RunsReport()  # two workers
    for report in (first, second):
        part = runs.claim_part(db.connection(), utcnow(), report)
        assert part is not None
        runs._execute_claimed_part(db.connection(), get_settings(), part, report)
    to_word = runs.claim_part(db.connection(), utcnow(), second)
    assert to_word is not None and to_word.wording and [to_word.part_id] == second.parts != first.parts
    last = runs.claim_part(db.connection(), utcnow(), second)
    assert last is not None and last.wording and last.part_id == first.parts[0]


def test_a_worker_words_the_others_parts_from_the_highest_down(people, places, db, monkeypatch) -> None:
    """Its own parts worded, a worker takes the other workers' parts from the highest number down
    (the order it words them ahead in), while they word theirs from the lowest up."""
    places.unit({"name": "Kamer"}, beds=6)
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 1)
    _run_over(people, [searching(people) for _ in range(4)])
    claim = runs.claim_run(db.connection(), utcnow())
    assert claim is not None
    runs._split(db.connection(), claim)
    first, second = runs.RunsReport(), runs.RunsReport()  # two workers, two parts each
    for report in (first, second, first, second):
        part = runs.claim_part(db.connection(), utcnow(), report)
        assert part is not None and not part.wording
        runs._execute_claimed_part(db.connection(), get_settings(), part, report)
    numbers = {
        p.id: p.number
        for p in db.exec(select(MatchingRunPart).where(MatchingRunPart.run_id == claim.run_id)).all()
    }
    assert [numbers[p] for p in first.parts] == [0, 2] and [numbers[p] for p in second.parts] == [1, 3]
    taken = []
    for report in (first, first, first, second):
        part = runs.claim_part(db.connection(), utcnow(), report)
        assert part is not None and part.wording
        taken.append(numbers[part.part_id])
    assert taken == [0, 2, 3, 1]


def test_a_part_is_leased_without_reading_its_candidates(people, places, db, monkeypatch) -> None:
    """Leasing a part to word reads neither its ranked candidates nor its picks (wording reads them
    itself) nor its run's request ids."""
    places.unit({"name": "Kamer"}, beds=6)
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 1)
    _run_over(people, [searching(people), searching(people)])
    report = runs.RunsReport()
    claim = runs.claim_run(db.connection(), utcnow())
    assert claim is not None
    runs._split(db.connection(), claim)
    for _ in range(2):
        part = runs.claim_part(db.connection(), utcnow(), report)
        assert part is not None
        runs._execute_claimed_part(db.connection(), get_settings(), part, report)
    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        part = runs.claim_part(db.connection(), utcnow(), report)
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert part is not None and part.wording and len(part.request_ids) == 1
    unread = ("matching_run_part.ranked", "matching_run_part.picks", "matching_run.request_ids")
    assert statements and not [s for s in statements if any(column in s for column in unread)]


def test_outcompeted_across_parts_is_reasoned_as_unsplit(people, places, db, monkeypatch) -> None:
    """Two requests in different parts want the one place: the loser's reason names the winner
    (of the other part) and the place, as in the unsplit run."""
    places.unit({"name": "Enige kamer"}, beds=6, max_households=1)
    requests = [searching(people), searching(people, **_far_away(53.21, 6.56))]
    whole = _run_over(people, requests)
    assert execute(db).done == [uuid.UUID(whole["id"])]
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 1)
    split = _run_over(people, requests)
    report = execute(db)
    assert report.done == [uuid.UUID(split["id"])] and len(report.worded) == 2
    shown = [people.get(f"/matching/runs/{run['id']}").json() for run in (whole, split)]
    for name in ("pairCount", "assignedCount", "objective", "upperBound"):
        assert shown[0][name] == shown[1][name], name
    assert [
        (p["requestId"], p["placeName"], p["score"], p["explanation"]) for p in shown[0]["proposals"]
    ] == [(p["requestId"], p["placeName"], p["score"], p["explanation"]) for p in shown[1]["proposals"]]
    reasons = [people.get(f"/matching/runs/{run['id']}/unassigned").json()["items"] for run in (whole, split)]
    assert reasons[0] == reasons[1] and [r["reason"] for r in reasons[0]] == ["outcompeted"]
    assert (
        reasons[0][0]["placeName"]
        and reasons[0][0]["takenByRequestId"] == shown[0]["proposals"][0]["requestId"]
    )


def test_a_split_run_cancelled_while_its_parts_are_worded_stops(people, places, db, monkeypatch) -> None:
    places.unit({"name": "Kamer"}, beds=6)
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 1)
    run = _run_over(people, [searching(people), searching(people)])
    real_word = runs._word_part

    def cancel_first(bind, settings, claim, phases, tables):  # type: ignore[no-untyped-def]
        assert people.post(f"/matching/runs/{run['id']}/cancel").status_code == 200
        real_word(bind, settings, claim, phases, tables)

    monkeypatch.setattr(runs, "_word_part", cancel_first)
    report = execute(db)
    assert report.stopped == [uuid.UUID(run["id"])] and report.done == [] and report.worded == []
    assert people.get(f"/matching/runs/{run['id']}").json()["status"] == "cancelled"
    assert (
        db.exec(select(MatchingProposal).where(MatchingProposal.run_id == uuid.UUID(run["id"]))).all() == []
    )


def test_a_split_run_cancelled_while_its_parts_rank_stops(people, places, db, monkeypatch) -> None:
    places.unit({"name": "Kamer"}, beds=6)
    monkeypatch.setattr(runs, "SPLIT_REQUESTS", 1)
    run = _run_over(people, [searching(people), searching(people)])
    real_heartbeat = runs._part_heartbeat

    def cancel_first(bind, claim, ranked):  # type: ignore[no-untyped-def]
        assert people.post(f"/matching/runs/{run['id']}/cancel").status_code == 200
        real_heartbeat(bind, claim, ranked)

    monkeypatch.setattr(runs, "_part_heartbeat", cancel_first)
    report = execute(db)
    assert report.stopped == [uuid.UUID(run["id"])] and report.done == []
    assert people.get(f"/matching/runs/{run['id']}").json()["status"] == "cancelled"
