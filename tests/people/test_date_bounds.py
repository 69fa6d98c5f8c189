"""Every date a client sends lies in a window that makes sense for it, written as YYYY-MM-DD: moves
within 2 years, a vetting valid at most 3 years, checks and arrivals that have happened, a host's
window near today. Out of it is a 400 problem naming the field (a year-9999 move date was a 500)."""

import uuid
from datetime import timedelta

import pytest

from api.core.authorization import Role
from tests.people.conftest import TODAY, days
from tests.places.conftest import new_host  # noqa: F401 - the fixture

SOME_ID = str(uuid.uuid4())
FAR = "9999-12-31"


def assert_refused(response, field: str) -> None:
    assert response.status_code == 400, response.text
    problem = response.json()
    assert problem["type"].endswith("invalid-input")
    assert field in [e["field"] for e in problem["errors"]], problem


def years(n: int, extra_days: int = 0) -> str:
    return (TODAY.replace(year=TODAY.year + n) + timedelta(days=extra_days)).isoformat()


@pytest.mark.parametrize("move_on", ["9999-12-02", FAR, "2100-01-01"])
def test_a_move_date_far_ahead_is_a_400_naming_it_not_a_500(people, places, move_on) -> None:
    unit = places.unit()
    created = people.household()
    request_id = people.request(created["id"])["id"]
    people.to_matching(request_id)
    refused = people.post(
        f"/relocation-requests/{request_id}/offers",
        {"placeType": "shelter_unit", "placeId": str(unit.id), "moveOn": move_on},
    )
    assert_refused(refused, "moveOn")
    # The matching engine does not get to see such a date either.
    assert people.offer(request_id, "shelter_unit", unit.id, move_in=20).status_code == 201


def test_a_move_is_within_two_years_and_not_long_past(people, places) -> None:
    unit = places.unit()
    created = people.household()
    request_id = people.request(created["id"])["id"]
    people.to_matching(request_id)
    path = f"/relocation-requests/{request_id}/offers"
    body = {"placeType": "shelter_unit", "placeId": str(unit.id)}
    assert_refused(people.post(path, body | {"moveOn": years(2, 1)}), "moveOn")
    assert_refused(people.post(path, body | {"moveOn": days(20), "respondBy": FAR}), "respondBy")
    assert_refused(people.post(path, body | {"moveOn": "1970-01-01"}), "moveOn")


def test_a_request_deadline_is_within_two_years(people) -> None:
    household = people.household()
    for must_move_by in (FAR, years(2, 1), "1970-01-01", "2001-01-01"):
        response = people.client.post(
            "/api/v1/relocation-requests",
            json={
                "householdId": household["id"],
                "reason": "host_stay_ending",
                "urgency": "normal",
                "mustMoveBy": must_move_by,
            },
            headers=people.as_role(Role.PARTNER),
        )
        assert_refused(response, "mustMoveBy")
    request = people.request(household["id"], mustMoveBy=years(2))
    assert request["mustMoveBy"] == years(2)
    changed = people.client.patch(
        f"/api/v1/relocation-requests/{request['id']}",
        json={"mustMoveBy": FAR},
        headers=people.as_role(Role.PARTNER),
    )
    assert_refused(changed, "mustMoveBy")


def test_a_vetting_is_valid_at_most_three_years(client, as_role, new_host) -> None:  # noqa: F811
    host = new_host()
    url = f"/api/v1/host-families/{host['id']}/vetting"
    checked = {"status": "vetted", "vogCheckedOn": days(-10), "homeVisitOn": days(-10)}
    for expires_on in (FAR, years(3, 1)):
        assert_refused(
            client.put(url, json=checked | {"expiresOn": expires_on}, headers=as_role(Role.PARTNER)),
            "expiresOn",
        )
    # Year 9999 plus the validity overflowed.
    for field in ("vogCheckedOn", "homeVisitOn", "referencesCheckedOn", "idCheckedOn"):
        assert_refused(client.put(url, json=checked | {field: FAR}, headers=as_role(Role.PARTNER)), field)
    vetted = client.put(url, json=checked | {"expiresOn": years(3)}, headers=as_role(Role.PARTNER))
    assert vetted.status_code == 200, vetted.text
    assert vetted.json()["vetting"]["expiresOn"] == years(3)


def test_a_hosts_window_lies_near_today(client, as_role, new_host) -> None:  # noqa: F811
    body = {
        "displayName": "Familie Jansen",
        "municipalityCode": "GM0344",
        "lat": 52.1,
        "lon": 5.1,
        "beds": 3,
        "rooms": 1,
        "languages": ["nl"],
        "availableFrom": TODAY.isoformat(),
        "availableUntil": days(150),
        "contact": {"name": "Joke Jansen", "phone": "+31 6 1234 5678"},
    }
    partner = as_role(Role.PARTNER)
    assert_refused(
        client.post("/api/v1/host-families", json=body | {"availableUntil": FAR}, headers=partner),
        "availableUntil",
    )
    assert_refused(
        client.post("/api/v1/host-families", json=body | {"availableFrom": "1900-01-01"}, headers=partner),
        "availableFrom",
    )
    host = new_host()
    changed = client.patch(
        f"/api/v1/host-families/{host['id']}", json={"availableUntil": years(2, 1)}, headers=partner
    )
    assert_refused(changed, "availableUntil")


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/relocation-requests?mustMoveBefore={}", "mustMoveBefore"),
        ("/host-families?availableOn={}", "availableOn"),
        ("/reports/occupancy?date={}", "date"),
    ],
)
def test_a_date_filter_is_a_calendar_date_not_a_timestamp(people, path, parameter) -> None:
    role = Role.DESK
    for value in ("0", "86400", FAR, "1970-01-01", "2026-1-1"):
        assert_refused(people.get(path.format(value), role=role), parameter)
    assert people.get(path.format(TODAY.isoformat()), role=role).status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "body", "field", "role"),
    [
        ("post", f"/placements/{SOME_ID}/check-in", {"arrivedOn": FAR}, "arrivedOn", Role.DESK),
        ("post", f"/placements/{SOME_ID}/no-show", {"on": FAR}, "on", Role.DESK),
        ("post", f"/placements/{SOME_ID}/end", {"endedOn": FAR}, "endedOn", Role.DESK),
        ("post", f"/placements/{SOME_ID}/stay-extensions", {"plannedEndOn": FAR}, "plannedEndOn", Role.DESK),
        ("post", f"/shelter-locations/{SOME_ID}/closing", {"closesOn": FAR}, "closesOn", Role.MUNICIPALITY),
        (
            "post",
            f"/shelter-locations/{SOME_ID}/units/{SOME_ID}/closing",
            {"closesOn": FAR},
            "closesOn",
            Role.MUNICIPALITY,
        ),
        ("patch", f"/shelter-locations/{SOME_ID}", {"opensOn": FAR}, "opensOn", Role.MUNICIPALITY),
        ("patch", f"/shelter-locations/{SOME_ID}", {"closesOn": "0"}, "closesOn", Role.MUNICIPALITY),
        ("patch", f"/citizen-initiatives/{SOME_ID}", {"endsOn": FAR}, "endsOn", Role.MUNICIPALITY),
        ("patch", f"/citizen-initiatives/{SOME_ID}", {"startsOn": 0}, "startsOn", Role.MUNICIPALITY),
        (
            "patch",
            f"/citizen-initiatives/{SOME_ID}",
            {"permits": [{"kind": "omgevingsvergunning", "decidedOn": FAR}]},
            "permits.0.decidedOn",
            Role.MUNICIPALITY,
        ),
    ],
)
def test_every_other_date_is_bounded_too(people, method, path, body, field, role) -> None:
    response = people.client.request(method, "/api/v1" + path, json=body, headers=people.as_role(role))
    assert_refused(response, field)
