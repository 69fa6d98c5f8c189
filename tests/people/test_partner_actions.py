"""What the partner's household page does, for every caller: change the household, make a new
status link, withdraw the request. The supporting partner may, so may a desk (whose working area,
national here, covers the household) and a platform admin; another partner does not find the
household (404 before 403); a municipality and a host may not (403). Every change is audited."""

import pytest

from api.core.authorization import Role

CALLERS = [
    (Role.PARTNER, "a", 200),
    (Role.DESK, "a", 200),
    (Role.ADMIN, "a", 200),
    (Role.PARTNER, "b", 404),
    (Role.MUNICIPALITY, "a", 403),
    (Role.HOST, "a", 403),
]


def _expected(status: int, success: int) -> int:
    return success if status == 200 else status


@pytest.mark.parametrize(("role", "side", "status"), CALLERS)
def test_who_changes_a_partners_household(people, role: Role, side: str, status: int) -> None:
    household = people.household()
    response = people.client.patch(
        f"/api/v1/households/{household['id']}",
        json={"adults": 3, "members": [], "languages": ["uk"], "needs": {"wheelchair": True}},
        headers=people.as_role(role, side),
    )
    assert response.status_code == status, response.text
    after = people.get(f"/households/{household['id']}", role=Role.PARTNER).json()
    if status == 200:
        assert after["adults"] == 3 and after["members"] == [] and after["needs"]["wheelchair"] is True
        audit = people.get(
            f"/audit-events?subjectType=household&subjectId={household['id']}&action=update", role=Role.ADMIN
        ).json()["items"]
        assert audit[0]["details"]["fields"] == ["adults", "languages", "members", "needs"]
    else:
        assert after["adults"] == 2 and after["needs"]["wheelchair"] is False


@pytest.mark.parametrize(("role", "side", "status"), CALLERS)
def test_who_makes_a_new_status_link(people, role: Role, side: str, status: int) -> None:
    request = people.request(people.household()["id"])
    old = request["statusLink"]["token"]
    response = people.post(f"/relocation-requests/{request['id']}/status-link", role=role, side=side)
    assert response.status_code == _expected(status, 201), response.text
    old_works = people.client.get(f"/api/v1/status/{old}").status_code == 200
    assert old_works is (status != 200)  # a new link ends the old one; a refusal leaves it working


@pytest.mark.parametrize(("role", "side", "status"), CALLERS)
def test_who_withdraws_a_request(people, role: Role, side: str, status: int) -> None:
    request = people.request(people.household()["id"])
    response = people.post(
        f"/relocation-requests/{request['id']}/cancel", {"reason": "Found a flat."}, role=role, side=side
    )
    assert response.status_code == status, response.text
    now = people.get(f"/relocation-requests/{request['id']}", role=Role.PARTNER).json()["status"]
    assert now == ("cancelled" if status == 200 else "submitted")
