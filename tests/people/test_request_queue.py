"""Finding requests in the queue (#10): named by household reference, searched, sorted, overdue
highlighted, and followed by an assignee ("mine")."""

import uuid
from datetime import timedelta

from api.core.authorization import Role
from api.relocation.models import RelocationRequest
from tests.people.conftest import TODAY, days


def queue(people, query: str = "", role: Role = Role.DESK, side: str = "a") -> list[dict]:
    response = people.get(f"/relocation-requests?limit=200{query}", role=role, side=side)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_requests_carry_the_household_reference_and_are_found_by_part_of_it(people) -> None:
    household = people.household()
    request = people.request(household["id"])
    other = people.request(people.household()["id"])
    assert request["householdReference"] == household["reference"]
    part = household["reference"][3:8].lower()
    found = queue(people, f"&q={part}")
    assert request["id"] in {r["id"] for r in found} and other["id"] not in {r["id"] for r in found}
    assert queue(people, "&q=%25") == [] or all(
        "%" in r["householdReference"] for r in queue(people, "&q=%25")
    )


def test_the_queue_sorts_by_any_column(people) -> None:
    normal = people.request(people.household()["id"], urgency="normal", mustMoveBy=days(10))
    emergency = people.request(people.household()["id"], urgency="emergency", mustMoveBy=days(40))
    high = people.request(people.household()["id"], urgency="high", mustMoveBy=days(20))
    ours = {normal["id"], emergency["id"], high["id"]}

    def order(sort: str) -> list[str]:
        return [r["id"] for r in queue(people, f"&sort={sort}") if r["id"] in ours]

    assert order("urgency") == [emergency["id"], high["id"], normal["id"]]
    assert order("-urgency") == [normal["id"], high["id"], emergency["id"]]
    assert order("mustMoveBy") == [normal["id"], high["id"], emergency["id"]]
    assert order("-mustMoveBy") == [emergency["id"], high["id"], normal["id"]]
    assert order("-createdAt") == [high["id"], emergency["id"], normal["id"]]
    assert people.get("/relocation-requests?sort=name").status_code == 400


def test_overdue_requests_are_marked_and_filtered(people) -> None:
    late = people.request(people.household()["id"])
    on_time = people.request(people.household()["id"])
    stored = people.db.get(RelocationRequest, uuid.UUID(late["id"]))
    stored.must_move_by = TODAY - timedelta(days=2)
    people.db.add(stored)
    people.db.commit()
    shown = {r["id"]: r for r in queue(people)}
    assert shown[late["id"]]["overdue"] is True and shown[on_time["id"]]["overdue"] is False
    assert [r["id"] for r in queue(people, "&overdue=true")] == [late["id"]]


def test_a_desk_assigns_a_request_and_finds_its_own(people) -> None:
    request = people.request(people.household()["id"])
    desk = people.world.actor(Role.DESK)
    path = f"/api/v1/relocation-requests/{request['id']}/assignee"
    assigned = people.client.put(path, json={"userId": str(desk.user_id)}, headers=people.as_role(Role.DESK))
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["assignee"]["userId"] == str(desk.user_id)
    assert [r["id"] for r in queue(people, "&assignee=me")] == [request["id"]]
    assert queue(people, "&assignee=me", role=Role.PARTNER) == []

    cleared = people.client.put(path, json={"userId": None}, headers=people.as_role(Role.DESK))
    assert cleared.json()["assignee"] is None
    assert queue(people, "&assignee=me") == []


def test_only_a_working_colleague_can_be_assigned_and_only_by_those_who_may(people) -> None:
    request = people.request(people.household()["id"])
    path = f"/api/v1/relocation-requests/{request['id']}/assignee"

    def assign(user_role: Role, user_side: str, by: Role, by_side: str = "a"):
        user = people.world.actor(user_role, user_side).user_id
        return people.client.put(path, json={"userId": str(user)}, headers=people.as_role(by, by_side))

    other_desk = assign(Role.DESK, "b", Role.DESK)
    assert other_desk.status_code == 422 and other_desk.json()["type"].endswith(
        "/assignee-not-in-organisation"
    )
    assert assign(Role.PARTNER, "a", Role.PARTNER).status_code == 200  # the partner's own colleague
    assert assign(Role.PARTNER, "b", Role.PARTNER, "b").status_code == 404  # not its request
    assert assign(Role.MUNICIPALITY, "a", Role.MUNICIPALITY).status_code == 403
    assert assign(Role.HOST, "a", Role.HOST).status_code == 403
    unknown = people.client.put(path, json={"userId": str(uuid.uuid4())}, headers=people.as_role(Role.DESK))
    assert unknown.status_code == 422
    assert people.client.put(path, json={"userId": None}).status_code == 401
