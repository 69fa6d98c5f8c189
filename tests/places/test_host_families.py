"""Host families: managing organisation, self-registration, window rule, vetting, contact visibility."""

import uuid
from datetime import date, timedelta

from fastapi.testclient import TestClient

from api.core.authorization import Role
from api.hosts.models import HostFamily
from api.identity.models import OrganisationKind
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from tests.people.factories import make_household


def test_partner_registers_a_host_pending_vetting(client: TestClient, as_role, world, new_host) -> None:
    host = new_host()
    assert host["organisationId"] == str(world.organisation(OrganisationKind.PARTNER))
    assert host["vetting"] == {
        "status": "pending",
        "vogCheckedOn": None,
        "homeVisitOn": None,
        "referencesCheckedOn": None,
        "idCheckedOn": None,
        "expiresOn": None,
        "isVetted": False,
        "renewalDueOn": None,
        "awaitingReview": None,
    }
    assert host["contact"]["name"] == "Joke Jansen"


def test_window_longer_than_six_months_is_refused_unless_an_admin_overrides(
    client: TestClient, as_role, world
) -> None:
    today = date.today()
    body = {
        "displayName": "Lang",
        "municipalityCode": "GM0344",
        "lat": 52.1,
        "lon": 5.1,
        "beds": 2,
        "availableFrom": today.isoformat(),
        "availableUntil": (today + timedelta(days=300)).isoformat(),
    }
    refused = client.post("/api/v1/host-families", json=body, headers=as_role(Role.PARTNER))
    assert refused.status_code == 422 and "6 months" in refused.json()["detail"]
    still_refused = client.post(
        "/api/v1/host-families", json=body | {"allowLongWindow": True}, headers=as_role(Role.PARTNER)
    )
    assert still_refused.status_code == 422
    partner_org = str(world.organisation(OrganisationKind.PARTNER))
    accepted = client.post(
        "/api/v1/host-families",
        json=body | {"allowLongWindow": True, "organisationId": partner_org},
        headers=as_role(Role.ADMIN),
    )
    assert accepted.status_code == 201, accepted.text


def test_refused_input(client: TestClient, as_role) -> None:
    today = date.today()
    base = {
        "displayName": "X",
        "municipalityCode": "GM0344",
        "lat": 52.1,
        "lon": 5.1,
        "beds": 2,
        "availableFrom": today.isoformat(),
        "availableUntil": (today + timedelta(days=30)).isoformat(),
    }
    headers = as_role(Role.PARTNER)
    for body in (
        base | {"beds": 0},
        base | {"availableUntil": (today - timedelta(days=1)).isoformat()},
        base | {"lon": 12},
    ):
        assert client.post("/api/v1/host-families", json=body, headers=headers).status_code == 400, body
    unknown = client.post(
        "/api/v1/host-families", json=base | {"municipalityCode": "GM9998"}, headers=headers
    )
    assert unknown.status_code == 422
    elsewhere = client.post(
        "/api/v1/host-families",
        json=base | {"organisationId": str(uuid.uuid4())},
        headers=headers,
    )
    assert elsewhere.status_code == 403


def test_vetting_needs_vog_and_home_visit_and_expires(client: TestClient, as_role, new_host, db) -> None:
    host = new_host()
    url = f"/api/v1/host-families/{host['id']}/vetting"
    headers = as_role(Role.PARTNER)
    incomplete = client.put(
        url, json={"status": "vetted", "vogCheckedOn": date.today().isoformat()}, headers=headers
    )
    assert incomplete.status_code == 422 and "homeVisitOn" in incomplete.json()["detail"]
    checked = date.today() - timedelta(days=10)
    vetted = client.put(
        url,
        json={"status": "vetted", "vogCheckedOn": checked.isoformat(), "homeVisitOn": checked.isoformat()},
        headers=headers,
    ).json()
    assert vetted["vetting"]["isVetted"] is True
    assert vetted["vetting"]["expiresOn"] == (checked + timedelta(days=365)).isoformat()
    yesterday = date.today() - timedelta(days=1)
    already_expired = client.put(
        url,
        json={
            "status": "vetted",
            "vogCheckedOn": checked.isoformat(),
            "homeVisitOn": checked.isoformat(),
            "expiresOn": yesterday.isoformat(),
        },
        headers=headers,
    )
    assert already_expired.status_code == 422 and already_expired.json()["type"].endswith("/vetting-expired")
    # Time passes: an expired vetting counts as not vetted.
    row = db.get(HostFamily, uuid.UUID(host["id"]))
    row.vetting_expires_on = yesterday
    db.add(row)
    db.commit()
    expired = client.get(f"/api/v1/host-families/{host['id']}", headers=headers).json()
    assert expired["vetting"]["isVetted"] is False
    listed = client.get("/api/v1/host-families?vetted=false", headers=headers).json()["items"]
    assert host["id"] in {h["id"] for h in listed}
    assert client.put(url, json={"status": "vetted"}, headers=as_role(Role.DESK)).status_code == 403


def test_host_self_registers_edits_own_offer_and_cannot_vet_itself(
    client: TestClient, as_role, new_host
) -> None:
    own = new_host(headers=as_role(Role.HOST))
    assert own["hostUserId"] is not None and own["vetting"]["status"] == "pending"
    second = client.post(
        "/api/v1/host-families",
        json={
            "displayName": "Twee",
            "municipalityCode": "GM0344",
            "lat": 52.1,
            "lon": 5.1,
            "beds": 1,
            "availableFrom": date.today().isoformat(),
            "availableUntil": date.today().isoformat(),
        },
        headers=as_role(Role.HOST),
    )
    assert second.status_code == 409
    edited = client.patch(
        f"/api/v1/host-families/{own['id']}", json={"petsAllowed": True}, headers=as_role(Role.HOST)
    )
    assert edited.status_code == 200 and edited.json()["petsAllowed"] is True
    vet = client.put(
        f"/api/v1/host-families/{own['id']}/vetting", json={"status": "vetted"}, headers=as_role(Role.HOST)
    )
    assert vet.status_code == 403
    other_host = new_host(displayName="Familie Bakker")
    assert (
        client.get(f"/api/v1/host-families/{other_host['id']}", headers=as_role(Role.HOST)).status_code == 404
    )
    mine = client.get("/api/v1/host-families", headers=as_role(Role.HOST)).json()
    assert [h["id"] for h in mine["items"]] == [own["id"]]


def test_other_partners_hosts_are_404(client: TestClient, as_role, new_host) -> None:
    host = new_host()
    other = as_role(Role.PARTNER, "b")
    assert client.get(f"/api/v1/host-families/{host['id']}", headers=other).status_code == 404
    assert (
        client.patch(f"/api/v1/host-families/{host['id']}", json={"beds": 9}, headers=other).status_code
        == 404
    )
    assert (
        client.put(
            f"/api/v1/host-families/{host['id']}/vetting", json={"status": "rejected"}, headers=other
        ).status_code
        == 404
    )


def test_contact_details_only_for_those_who_need_them(client: TestClient, as_role, new_host, db) -> None:
    host = new_host()
    url = f"/api/v1/host-families/{host['id']}"
    assert client.get(url, headers=as_role(Role.PARTNER)).json()["contact"] is not None
    assert client.get(url, headers=as_role(Role.ADMIN)).json()["contact"] is not None
    assert client.get(url, headers=as_role(Role.DESK)).json()["contact"] is None  # until it places here
    assert client.get(url, headers=as_role(Role.MUNICIPALITY)).json()["contact"] is None
    reads = client.get(
        f"/api/v1/audit-events?action=read_contact&subjectId={host['id']}", headers=as_role(Role.ADMIN)
    ).json()
    assert reads["total"] >= 2


def test_a_placement_takes_the_host_off_the_free_list(client: TestClient, as_role, new_host, db) -> None:
    host = new_host()
    hold_beds(
        db,
        household_id=make_household(db, adults=2).id,
        place_type=PlaceType.HOST_FAMILY,
        place_id=uuid.UUID(host["id"]),
        beds=2,
        starts_on=date.today(),
        arrived_on=date.today(),
    )
    db.flush()
    placed = client.get(f"/api/v1/host-families/{host['id']}", headers=as_role(Role.PARTNER)).json()
    assert (placed["occupied"], placed["available"]) == (2, 0)  # one household per host by default


def test_list_filters(client: TestClient, as_role, new_host) -> None:
    a = new_host(displayName="A", petsAllowed=True, beds=4)
    b = new_host(displayName="B", wheelchairAccessible=True, acceptsChildren=False, beds=1)
    headers = as_role(Role.DESK)

    def ids(query: str) -> list[str]:
        return [
            h["id"] for h in client.get(f"/api/v1/host-families?{query}", headers=headers).json()["items"]
        ]

    assert ids("pets=true") == [a["id"]]
    assert ids("wheelchair=true") == [b["id"]]
    assert ids("acceptsChildren=false") == [b["id"]]
    assert ids("minFreeBeds=2") == [a["id"]]
    far = (date.today() + timedelta(days=400)).isoformat()
    assert ids(f"availableOn={far}") == []
    assert set(ids(f"availableOn={date.today().isoformat()}")) == {a["id"], b["id"]}
