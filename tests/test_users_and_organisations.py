"""Organisation scoping (404 before 403), user management rules, organisations."""

import uuid

from fastapi.testclient import TestClient

from api.core.authorization import Role
from api.identity.models import OrganisationKind

NEW_PASSWORD = "a long enough password"


def new_user(organisation_id, role="desk", email=None, **extra) -> dict:
    return {
        "email": email or f"{uuid.uuid4().hex[:8]}@example.org",
        "fullName": "Nieuwe Collega",
        "role": role,
        "organisationId": str(organisation_id),
        "password": NEW_PASSWORD,
        **extra,
    }


def test_users_of_another_organisation_are_404_not_403(client: TestClient, world, as_role) -> None:
    other = world.actor(Role.DESK, "b")
    for role in (Role.DESK, Role.PARTNER, Role.MUNICIPALITY):
        assert client.get(f"/api/v1/users/{other.user_id}", headers=as_role(role)).status_code == 404
        patched = client.patch(
            f"/api/v1/users/{other.user_id}", json={"fullName": "X"}, headers=as_role(role)
        )
        assert patched.status_code == 404
    assert client.get(f"/api/v1/users/{other.user_id}", headers=as_role(Role.ADMIN)).status_code == 200


def test_user_list_is_scoped_to_the_callers_organisation(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    items = client.get("/api/v1/users?limit=200", headers=as_role(Role.DESK)).json()["items"]
    assert items and {u["organisationId"] for u in items} == {str(desk.organisation_id)}
    everyone = client.get("/api/v1/users?limit=200", headers=as_role(Role.ADMIN)).json()
    assert everyone["total"] >= 10


def test_org_admin_adds_a_colleague(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    response = client.post("/api/v1/users", json=new_user(desk.organisation_id), headers=as_role(Role.DESK))
    assert response.status_code == 201, response.text
    assert response.json()["organisationId"] == str(desk.organisation_id)
    assert "password" not in response.text and "passwordHash" not in response.text


def test_org_admin_cannot_add_users_elsewhere_or_grant_admin(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    elsewhere = world.organisation(OrganisationKind.RELOCATION_DESK, "b")
    assert (
        client.post("/api/v1/users", json=new_user(elsewhere), headers=as_role(Role.DESK)).status_code == 403
    )
    grant = client.post(
        "/api/v1/users", json=new_user(desk.organisation_id, role="admin"), headers=as_role(Role.DESK)
    )
    assert grant.status_code == 403


def test_role_must_fit_the_organisation(client: TestClient, world, as_role) -> None:
    municipality = world.organisation(OrganisationKind.MUNICIPALITY)
    response = client.post(
        "/api/v1/users", json=new_user(municipality, role="desk"), headers=as_role(Role.ADMIN)
    )
    assert response.status_code == 422
    assert "role" in response.json()["detail"]


def test_duplicate_email_is_409(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    body = new_user(desk.organisation_id, email=world.actor(Role.PARTNER).email.upper())
    assert client.post("/api/v1/users", json=body, headers=as_role(Role.ADMIN)).status_code == 409


def test_short_password_and_bad_email_are_400(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    body = new_user(desk.organisation_id) | {"password": "short"}
    assert client.post("/api/v1/users", json=body, headers=as_role(Role.ADMIN)).status_code == 400
    body = new_user(desk.organisation_id) | {"email": "not-an-email"}
    assert client.post("/api/v1/users", json=body, headers=as_role(Role.ADMIN)).status_code == 400


def test_non_admin_cannot_touch_an_administrator(client: TestClient, world, as_role) -> None:
    admin = world.actor(Role.ADMIN)
    # The admin's organisation is an operator; make an operator-side org admin try.
    response = client.patch(
        f"/api/v1/users/{admin.user_id}", json={"isActive": False}, headers=as_role(Role.DESK)
    )
    assert response.status_code == 404


def test_null_for_a_required_field_is_422(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    response = client.patch(f"/api/v1/users/{desk.user_id}", json={"role": None}, headers=as_role(Role.ADMIN))
    assert response.status_code == 422


def test_admin_registers_organisations(client: TestClient, as_role) -> None:
    created = client.post(
        "/api/v1/organisations",
        json={"name": "Gemeente Tilburg", "kind": "municipality", "municipalityCode": "GM0855"},
        headers=as_role(Role.ADMIN),
    )
    assert created.status_code == 201, created.text
    assert created.json()["municipalityCode"] == "GM0855"
    duplicate = client.post(
        "/api/v1/organisations",
        json={"name": "Gemeente Tilburg", "kind": "municipality", "municipalityCode": "GM0855"},
        headers=as_role(Role.ADMIN),
    )
    assert duplicate.status_code == 409


def test_municipality_organisation_needs_a_known_code(client: TestClient, as_role) -> None:
    headers = as_role(Role.ADMIN)
    missing = client.post(
        "/api/v1/organisations", json={"name": "G", "kind": "municipality"}, headers=headers
    )
    assert missing.status_code == 422
    unknown = client.post(
        "/api/v1/organisations",
        json={"name": "G", "kind": "municipality", "municipalityCode": "GM9999"},
        headers=headers,
    )
    assert unknown.status_code == 422
    assert "GM9999" in unknown.json()["detail"]


def test_organisations_are_listed_and_filtered(client: TestClient, as_role) -> None:
    listed = client.get("/api/v1/organisations?kind=partner", headers=as_role(Role.DESK)).json()
    assert listed["total"] >= 2
    assert {o["kind"] for o in listed["items"]} == {"partner"}


def test_update_organisation(client: TestClient, world, as_role) -> None:
    organisation_id = world.organisation(OrganisationKind.PARTNER)
    response = client.patch(
        f"/api/v1/organisations/{organisation_id}", json={"name": "Hernoemd"}, headers=as_role(Role.ADMIN)
    )
    assert response.status_code == 200
    assert response.json()["name"] == "Hernoemd"
    assert client.get(f"/api/v1/organisations/{uuid.uuid4()}", headers=as_role(Role.DESK)).status_code == 404
