"""Organisation API keys: shown once, stored hashed, scoped, revocable, last use recorded."""

import uuid

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.core.authorization import Role
from api.core.security import hash_opaque_token
from api.identity.models import ApiKey, OrganisationKind


def create_key(client: TestClient, headers, organisation_id, scopes, name="CRM koppeling"):
    return client.post(
        f"/api/v1/organisations/{organisation_id}/api-keys",
        json={"name": name, "scopes": scopes},
        headers=headers,
    )


def test_org_admin_creates_a_key_shown_once_and_stored_hashed(
    client: TestClient, world, as_role, db: Session
) -> None:
    partner = world.actor(Role.PARTNER)
    response = create_key(client, as_role(Role.PARTNER), partner.organisation_id, ["reference:read"])
    assert response.status_code == 201, response.text
    created = response.json()
    secret = created["key"]
    assert secret.startswith("ondk_")
    assert created["role"] == "partner"
    row = db.exec(select(ApiKey).where(ApiKey.id == uuid.UUID(created["id"]))).one()
    assert row.key_hash == hash_opaque_token(secret)
    assert secret not in str(row.model_dump())
    listed = client.get(
        f"/api/v1/organisations/{partner.organisation_id}/api-keys", headers=as_role(Role.PARTNER)
    ).json()
    assert listed["total"] == 1
    assert "key" not in listed["items"][0]


def test_scope_is_enforced(client: TestClient, world, as_role) -> None:
    partner = world.actor(Role.PARTNER)
    secret = create_key(client, as_role(Role.PARTNER), partner.organisation_id, ["reference:read"]).json()[
        "key"
    ]
    key_header = {"X-Api-Key": secret}
    assert client.get("/api/v1/municipalities", headers=key_header).status_code == 200
    assert client.get("/api/v1/organisations", headers=key_header).status_code == 403
    # A key never acts as a user: no profile, no user management.
    assert client.get("/api/v1/users/me", headers=key_header).status_code == 403


def test_write_scope_includes_read(client: TestClient, world, as_role) -> None:
    partner = world.actor(Role.PARTNER)
    created = create_key(client, as_role(Role.PARTNER), partner.organisation_id, ["users:read"]).json()
    assert created["scopes"] == ["users:read"]
    assert client.get("/api/v1/users", headers={"X-Api-Key": created["key"]}).status_code == 200


def test_scopes_beyond_the_role_are_refused(client: TestClient, world, as_role) -> None:
    partner = world.actor(Role.PARTNER)
    for scope in ("audit:read", "organisations:write", "users:write"):
        response = create_key(client, as_role(Role.PARTNER), partner.organisation_id, [scope])
        assert response.status_code == 422, (scope, response.text)
    assert create_key(client, as_role(Role.PARTNER), partner.organisation_id, ["nonsense"]).status_code == 400


def test_revoked_key_is_refused(client: TestClient, world, as_role) -> None:
    partner = world.actor(Role.PARTNER)
    created = create_key(client, as_role(Role.PARTNER), partner.organisation_id, ["reference:read"]).json()
    revoke = client.delete(
        f"/api/v1/organisations/{partner.organisation_id}/api-keys/{created['id']}",
        headers=as_role(Role.PARTNER),
    )
    assert revoke.status_code == 204
    assert client.get("/api/v1/municipalities", headers={"X-Api-Key": created["key"]}).status_code == 401


def test_unknown_key_is_401(client: TestClient) -> None:
    assert client.get("/api/v1/municipalities", headers={"X-Api-Key": "ondk_made_up"}).status_code == 401


def test_last_use_is_recorded(client: TestClient, world, as_role, db: Session) -> None:
    partner = world.actor(Role.PARTNER)
    created = create_key(client, as_role(Role.PARTNER), partner.organisation_id, ["reference:read"]).json()
    assert created["lastUsedAt"] is None
    client.get("/api/v1/municipalities", headers={"X-Api-Key": created["key"]})
    listed = client.get(
        f"/api/v1/organisations/{partner.organisation_id}/api-keys", headers=as_role(Role.PARTNER)
    ).json()
    assert listed["items"][0]["lastUsedAt"] is not None


def test_other_organisations_keys_are_invisible(client: TestClient, world, as_role) -> None:
    other = world.organisation(OrganisationKind.PARTNER, "b")
    assert (
        client.get(f"/api/v1/organisations/{other}/api-keys", headers=as_role(Role.PARTNER)).status_code
        == 404
    )
    assert create_key(client, as_role(Role.PARTNER), other, ["reference:read"]).status_code == 404


def test_admin_manages_any_organisations_keys(client: TestClient, world, as_role) -> None:
    other = world.organisation(OrganisationKind.RELOCATION_DESK, "b")
    created = create_key(client, as_role(Role.ADMIN), other, ["reference:read"])
    assert created.status_code == 201
    assert created.json()["role"] == "desk"


def test_a_member_who_is_not_an_org_admin_may_not_create_keys(
    client: TestClient, world, as_role, db: Session, another_organisation_admin
) -> None:
    desk = world.actor(Role.DESK)
    another_organisation_admin(desk)
    client.patch(
        f"/api/v1/users/{desk.user_id}", json={"isOrganisationAdmin": False}, headers=as_role(Role.ADMIN)
    )
    response = create_key(client, as_role(Role.DESK), desk.organisation_id, ["reference:read"])
    assert response.status_code == 403


def test_a_write_scope_without_a_read_counterpart_is_given_as_it_is(
    client: TestClient, world, as_role
) -> None:
    """offers:write, offer-responses:write, relocation-triage:write and incident-reviews:write have no
    `:read` permission; the key holds the write scope alone (it answered 500)."""
    desk = world.actor(Role.DESK)
    scopes = ["offers:write", "offer-responses:write", "relocation-triage:write", "incident-reviews:write"]
    created = create_key(client, as_role(Role.DESK), desk.organisation_id, scopes)
    assert created.status_code == 201, created.text
    assert created.json()["scopes"] == sorted(scopes)
    # A write scope whose read counterpart exists still brings it along.
    with_read = create_key(client, as_role(Role.DESK), desk.organisation_id, ["households:write"])
    assert with_read.json()["scopes"] == ["households:read", "households:write"]
    partner = world.actor(Role.PARTNER)
    vetting = create_key(client, as_role(Role.PARTNER), partner.organisation_id, ["host-vetting:write"])
    assert vetting.status_code == 201, vetting.text
    assert vetting.json()["scopes"] == ["host-vetting:write"]
