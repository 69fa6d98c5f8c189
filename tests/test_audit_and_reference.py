"""Audit events for writes (admin-only reading) and the municipality reference data."""

from fastapi.testclient import TestClient

from api.core.authorization import Role
from api.identity.models import OrganisationKind


def test_writes_are_audited_with_actor_and_organisation(client: TestClient, world, as_role) -> None:
    organisation_id = world.organisation(OrganisationKind.PARTNER)
    client.patch(
        f"/api/v1/organisations/{organisation_id}", json={"name": "Nieuwe naam"}, headers=as_role(Role.ADMIN)
    )
    events = client.get(
        f"/api/v1/audit-events?subjectType=organisation&subjectId={organisation_id}&action=update",
        headers=as_role(Role.ADMIN),
    ).json()
    assert events["total"] == 1
    event = events["items"][0]
    admin = world.actor(Role.ADMIN)
    assert event["action"] == "update"
    assert event["actorUserId"] == str(admin.user_id)
    assert event["organisationId"] == str(admin.organisation_id)
    assert event["details"] == {"fields": ["name"]}
    assert event["requestId"]


def test_logins_are_audited(client: TestClient, world, as_role) -> None:
    from tests.conftest import PASSWORD

    actor = world.actor(Role.HOST)
    client.post("/api/v1/auth/token", data={"username": actor.email, "password": PASSWORD})
    events = client.get(
        f"/api/v1/audit-events?action=login&subjectId={actor.user_id}", headers=as_role(Role.ADMIN)
    ).json()
    assert events["total"] == 1


def test_a_refused_write_leaves_no_audit_event(client: TestClient, world, as_role) -> None:
    before = client.get("/api/v1/audit-events?subjectType=organisation", headers=as_role(Role.ADMIN)).json()
    client.post(
        "/api/v1/organisations", json={"name": "G", "kind": "municipality"}, headers=as_role(Role.ADMIN)
    )
    after = client.get("/api/v1/audit-events?subjectType=organisation", headers=as_role(Role.ADMIN)).json()
    assert after["total"] == before["total"]


def test_municipalities_list_search_and_one(client: TestClient, as_role) -> None:
    headers = as_role(Role.HOST)
    listed = client.get("/api/v1/municipalities?limit=5", headers=headers).json()
    assert listed["total"] >= 10 and len(listed["items"]) == 5
    found = client.get("/api/v1/municipalities?q=amst", headers=headers).json()["items"]
    assert {m["code"] for m in found} == {"GM0363", "GM0362", "GM0437"}  # Amsterdam, Amstelveen, Ouder-Amstel
    assert client.get("/api/v1/municipalities?q=%25", headers=headers).json()["total"] == 0  # no wildcard
    one = client.get("/api/v1/municipalities/gm0363", headers=headers).json()
    assert one == {
        "code": "GM0363",
        "name": "Amsterdam",
        "province": "Noord-Holland",
        "safetyRegionCode": "VR13",
        "lat": 52.3651,
        "lon": 4.9089,
    }
    assert client.get("/api/v1/municipalities/GM9999", headers=headers).status_code == 404
    assert client.get("/api/v1/municipalities/Amsterdam", headers=headers).status_code == 400
    by_province = client.get("/api/v1/municipalities?province=limburg", headers=headers).json()
    assert by_province["total"] >= 3


def test_totals_are_right_on_full_short_and_past_the_end_pages(client: TestClient, as_role) -> None:
    headers = as_role(Role.DESK)
    first = client.get("/api/v1/municipalities?limit=200", headers=headers).json()
    rest = client.get("/api/v1/municipalities?limit=200&offset=200", headers=headers).json()
    total = first["total"]
    assert total == rest["total"] == len(first["items"]) + len(rest["items"])
    assert client.get("/api/v1/municipalities?limit=5", headers=headers).json()["total"] == total
    last = client.get(f"/api/v1/municipalities?limit=5&offset={total - 2}", headers=headers).json()
    assert (len(last["items"]), last["total"]) == (2, total)
    beyond = client.get(f"/api/v1/municipalities?limit=5&offset={total + 10}", headers=headers).json()
    assert (beyond["items"], beyond["total"]) == ([], total)
