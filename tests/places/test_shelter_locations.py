"""Shelter locations and units: scope, refused input, derived capacity, filters."""

import uuid
from datetime import date

from fastapi.testclient import TestClient

from api.core.authorization import Role
from api.identity.models import OrganisationKind
from api.placements.models import Placement, PlaceType
from api.placements.service import hold_beds, release_beds
from tests.people.factories import make_household


def get_location(client, location_id, headers):
    return client.get(f"/api/v1/shelter-locations/{location_id}", headers=headers)


def test_municipality_registers_in_its_own_territory_only(client: TestClient, as_role, new_location) -> None:
    created = new_location()
    assert created["municipalityCode"] == "GM0344"
    assert created["capacity"] == 0 and created["smallScale"] is True
    elsewhere = client.post(
        "/api/v1/shelter-locations",
        json={
            "name": "X",
            "kind": "hotel",
            "municipalityCode": "GM0363",
            "address": "A",
            "lat": 52.3,
            "lon": 4.9,
        },
        headers=as_role(Role.MUNICIPALITY),
    )
    assert elsewhere.status_code == 403
    unknown = client.post(
        "/api/v1/shelter-locations",
        json={
            "name": "X",
            "kind": "hotel",
            "municipalityCode": "GM9999",
            "address": "A",
            "lat": 52.3,
            "lon": 4.9,
        },
        headers=as_role(Role.ADMIN),
    )
    assert unknown.status_code == 422 and "GM9999" in unknown.json()["detail"]


def test_partners_do_not_register_locations(client: TestClient, as_role) -> None:
    body = {
        "name": "X",
        "kind": "hotel",
        "municipalityCode": "GM0344",
        "address": "A",
        "lat": 52.1,
        "lon": 5.1,
    }
    assert (
        client.post("/api/v1/shelter-locations", json=body, headers=as_role(Role.PARTNER)).status_code == 403
    )


def test_refused_input(client: TestClient, as_role, new_location) -> None:
    headers = as_role(Role.MUNICIPALITY)
    base = {
        "name": "X",
        "kind": "hotel",
        "municipalityCode": "GM0344",
        "address": "A",
        "lat": 52.1,
        "lon": 5.1,
    }
    cases = [
        base | {"kind": "castle"},
        base | {"lat": 40.0},
        base | {"opensOn": "2026-05-01", "closesOn": "2026-04-01"},
        base | {"languagesSpoken": ["Ukrainian"]},
        base | {"municipality_code": "GM0344"},
    ]
    for body in cases:
        assert client.post("/api/v1/shelter-locations", json=body, headers=headers).status_code == 400, body
    location = new_location()
    units = f"/api/v1/shelter-locations/{location['id']}/units"
    assert client.post(units, json={"name": "K", "beds": 0}, headers=headers).status_code == 400
    assert (
        client.post(units, json={"name": "K", "beds": 2, "maxHouseholds": 0}, headers=headers).status_code
        == 400
    )


def test_another_municipalitys_location_is_404(client: TestClient, as_role, new_location) -> None:
    location = new_location()
    other = as_role(Role.MUNICIPALITY, "b")
    assert get_location(client, location["id"], other).status_code == 404
    patch = client.patch(f"/api/v1/shelter-locations/{location['id']}", json={"name": "Mine"}, headers=other)
    assert patch.status_code == 404
    unit = client.post(
        f"/api/v1/shelter-locations/{location['id']}/units", json={"name": "K", "beds": 2}, headers=other
    )
    assert unit.status_code == 404
    listed = client.get("/api/v1/shelter-locations", headers=other).json()
    assert location["id"] not in {item["id"] for item in listed["items"]}


def test_desks_read_every_location_but_do_not_edit(client: TestClient, as_role, new_location) -> None:
    location = new_location()
    assert get_location(client, location["id"], as_role(Role.DESK, "b")).status_code == 200
    patch = client.patch(
        f"/api/v1/shelter-locations/{location['id']}", json={"name": "X"}, headers=as_role(Role.DESK)
    )
    assert patch.status_code == 403


def test_operator_edits_its_own_location_only(client: TestClient, as_role, world, new_location) -> None:
    operator = world.organisation(OrganisationKind.PARTNER)
    mine = new_location(operatorOrganisationId=str(operator))
    theirs = new_location(name="Other")
    partner = as_role(Role.PARTNER)
    renamed = client.patch(
        f"/api/v1/shelter-locations/{mine['id']}", json={"selfCatering": True}, headers=partner
    )
    assert renamed.status_code == 200 and renamed.json()["selfCatering"] is True
    assert (
        client.patch(
            f"/api/v1/shelter-locations/{theirs['id']}", json={"name": "X"}, headers=partner
        ).status_code
        == 404
    )
    handover = client.patch(
        f"/api/v1/shelter-locations/{mine['id']}",
        json={"operatorOrganisationId": str(uuid.uuid4())},
        headers=partner,
    )
    assert handover.status_code == 403


def test_capacity_is_derived_from_units_and_placements(
    client: TestClient, as_role, new_location, new_unit, db
) -> None:
    headers = as_role(Role.MUNICIPALITY)
    location = new_location()
    big = new_unit(location["id"], name="Zaal", beds=6, maxHouseholds=3, wheelchairAccessible=True)
    small = new_unit(location["id"], name="Kamer", beds=2)
    current = get_location(client, location["id"], headers).json()
    assert (current["capacity"], current["occupied"], current["available"]) == (8, 0, 8)

    placement = hold_beds(
        db,
        household_id=make_household(db).id,
        place_type=PlaceType.SHELTER_UNIT,
        place_id=uuid.UUID(big["id"]),
        beds=4,
        starts_on=date.today(),
        arrived_on=date.today(),
    )
    db.flush()
    current = get_location(client, location["id"], headers).json()
    assert (current["capacity"], current["occupied"], current["available"]) == (8, 4, 4)
    unit = client.get(f"/api/v1/shelter-locations/{location['id']}/units/{big['id']}", headers=headers).json()
    assert (unit["occupied"], unit["available"]) == (4, 2)

    client.patch(
        f"/api/v1/shelter-locations/{location['id']}/units/{small['id']}",
        json={"status": "blocked"},
        headers=headers,
    )
    current = get_location(client, location["id"], headers).json()
    assert (current["capacity"], current["available"]) == (8, 2)
    client.patch(
        f"/api/v1/shelter-locations/{location['id']}/units/{small['id']}",
        json={"status": "closed"},
        headers=headers,
    )
    assert get_location(client, location["id"], headers).json()["capacity"] == 6

    shrink = client.patch(
        f"/api/v1/shelter-locations/{location['id']}/units/{big['id']}", json={"beds": 3}, headers=headers
    )
    assert shrink.status_code == 422

    release_beds(db, db.get(Placement, placement.id), ended_on=date.today())
    db.flush()
    current = get_location(client, location["id"], headers).json()
    assert (current["occupied"], current["available"]) == (0, 6)


def test_small_scale_follows_the_threshold(client: TestClient, as_role, new_location, new_unit) -> None:
    small = new_location(name="Klein")
    new_unit(small["id"], beds=20)
    large = new_location(name="Groot", kind="municipal")
    new_unit(large["id"], beds=60, maxHouseholds=20)
    headers = as_role(Role.MUNICIPALITY)
    only_small = client.get("/api/v1/shelter-locations?smallScale=true&limit=200", headers=headers).json()[
        "items"
    ]
    only_large = client.get("/api/v1/shelter-locations?smallScale=false&limit=200", headers=headers).json()[
        "items"
    ]
    assert small["id"] in {i["id"] for i in only_small} and large["id"] not in {i["id"] for i in only_small}
    assert [i["id"] for i in only_large] == [large["id"]]


def test_filters_and_sorting(client: TestClient, as_role, new_location, new_unit) -> None:
    a = new_location(name="A-huis", kind="hotel")
    new_unit(a["id"], beds=5, petsAllowed=True)
    b = new_location(name="B-huis")
    new_unit(b["id"], beds=2, wheelchairAccessible=True)
    headers = as_role(Role.DESK)

    def ids(query: str) -> list[str]:
        response = client.get(f"/api/v1/shelter-locations?{query}", headers=headers)
        assert response.status_code == 200, response.text
        return [i["id"] for i in response.json()["items"]]

    assert ids("minFreeBeds=3") == [a["id"]]
    assert ids("pets=true") == [a["id"]]
    assert ids("wheelchair=true") == [b["id"]]
    assert ids("kind=hotel") == [a["id"]]
    assert ids("municipalityCode=GM0344&sort=-freeBeds") == [a["id"], b["id"]]
    assert ids("sort=freeBeds") == [b["id"], a["id"]]
    assert ids("q=b-hu") == [b["id"]]
    # LIKE's wildcards are plain characters: % and _ match only themselves.
    percent = new_location(name="100% zelfstandig")
    assert ids("q=%25") == [percent["id"]]
    assert ids("q=_") == []
    assert ids("status=closed") == []
    assert client.get("/api/v1/shelter-locations?sort=bogus", headers=headers).status_code == 400
    assert client.get("/api/v1/shelter-locations?minFreeBeds=-1", headers=headers).status_code == 400


def test_open_incident_suspends_a_unit_until_closed(
    client: TestClient, as_role, new_location, new_unit
) -> None:
    location = new_location()
    unit = new_unit(location["id"], beds=3)
    report = client.post(
        "/api/v1/incidents",
        json={
            "subjectType": "shelter_unit",
            "subjectId": unit["id"],
            "severity": "high",
            "description": "Onveilige situatie",
        },
        headers=as_role(Role.MUNICIPALITY),  # the location lies in its territory
    )
    assert report.status_code == 201, report.text
    headers = as_role(Role.MUNICIPALITY)
    suspended = client.get(
        f"/api/v1/shelter-locations/{location['id']}/units/{unit['id']}", headers=headers
    ).json()
    assert suspended["suspended"] is True
    assert get_location(client, location["id"], headers).json()["available"] == 0
    closed = client.post(
        f"/api/v1/incidents/{report.json()['id']}/close",
        json={"outcome": "unfounded", "note": "Gesprek gevoerd, geen risico."},
        headers=as_role(Role.DESK),
    )
    assert closed.status_code == 200
    assert get_location(client, location["id"], headers).json()["available"] == 3
