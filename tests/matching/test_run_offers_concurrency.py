"""Two desks offering the same run's proposals at once, with real commits: each offer is made once."""

import uuid

from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlmodel import col, select

from api.core.authorization import Role
from api.core.config import get_settings
from api.matching.models import MatchingProposal, MatchingRun, MatchingUnassigned
from api.matching.runs import execute_due_runs
from api.offers.models import Offer
from tests.conftest import APP, bearer
from tests.people.committed import Committed, at_once
from tests.people.conftest import days
from tests.people.factories import make_location, make_unit


def _searching(client: TestClient, world) -> str:
    partner, desk = bearer(world.actor(Role.PARTNER).user_id), bearer(world.actor(Role.DESK).user_id)
    household = client.post(
        "/api/v1/households",
        json={"adults": 1, "preferredLanguage": "uk", "legalStatus": "ukrainian_tpd"},
        headers=partner,
    ).json()
    request = client.post(
        "/api/v1/relocation-requests",
        json={"householdId": household["id"], "reason": "conflict", "mustMoveBy": days(20)},
        headers=partner,
    ).json()
    for status in ("triaged", "matching"):
        moved = client.post(
            f"/api/v1/relocation-requests/{request['id']}/transitions", json={"status": status}, headers=desk
        )
        assert moved.status_code == 200, moved.text
    return request["id"]


def _forget_runs(committed: Committed) -> None:
    with committed.session() as session:
        runs = list(
            session.exec(select(MatchingRun.id).where(col(MatchingRun.created_at) >= committed.started))
        )
        session.exec(delete(MatchingUnassigned).where(col(MatchingUnassigned.run_id).in_(runs)))
        session.exec(delete(MatchingProposal).where(col(MatchingProposal.run_id).in_(runs)))
        session.exec(delete(MatchingRun).where(col(MatchingRun.id).in_(runs)))
        session.commit()


def test_two_desks_offering_the_same_proposals_at_once_make_each_offer_once(committed, world, engine) -> None:
    with committed.session() as session:
        for i in range(3):
            location = make_location(session, name=f"Race Hall {i}")
            unit = make_unit(session, location, beds=2, max_households=1)
            committed.locations.append(location.id)
            committed.units.append(unit.id)
        session.commit()
    client = TestClient(APP, raise_server_exceptions=False)
    desk = bearer(world.actor(Role.DESK).user_id)
    try:
        requests = [_searching(client, world) for _ in range(3)]
        run = client.post("/api/v1/matching/runs", json={"requestIds": requests}, headers=desk).json()
        assert execute_due_runs(engine, get_settings()).done == [uuid.UUID(run["id"])]
        body = {"requestIds": requests, "moveOn": days(10)}

        def offer(selection: list[str]):  # type: ignore[no-untyped-def]
            return lambda: TestClient(APP, raise_server_exceptions=False).post(
                f"/api/v1/matching/runs/{run['id']}/offers",
                json=body | {"requestIds": selection},
                headers=desk,
            )

        # Overlapping selections in opposite orders: locked in id order, so no deadlock either.
        responses = at_once(offer(requests), offer(list(reversed(requests))))
        assert [r.status_code for r in responses] == [200, 200], [r.text for r in responses]
        results = [r.json() for r in responses]
        assert sorted(r["created"] for r in results) in ([0, 3], [1, 2])
        assert sum(r["created"] for r in results) == 3
        assert sum(r["alreadyOffered"] for r in results) == 3
        made = {i["requestId"]: i["offerId"] for r in results for i in r["items"]}
        with committed.session() as session:
            offers = session.exec(
                select(Offer).where(col(Offer.request_id).in_([uuid.UUID(r) for r in requests]))
            ).all()
        assert len(offers) == 3
        assert {str(o.request_id): str(o.id) for o in offers} == made
    finally:
        _forget_runs(committed)
