"""What the admin screens need of organisations, users and API keys: finding them by name, changing
an organisation's kind only while its members and keys fit it, and the scopes a key may hold."""

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlmodel import Session, col, select

from api.audit.models import AuditEvent
from api.core.authorization import USER_ONLY_PERMISSIONS, Role
from api.identity.models import ApiKey, Organisation, OrganisationKind, User
from tests.conftest import APP, bearer
from tests.people.committed import at_once


def register(client: TestClient, headers, kind="partner", **extra) -> dict:
    response = client.post(
        "/api/v1/organisations",
        json={"name": f"Stichting {uuid.uuid4().hex[:8]}", "kind": kind, **extra},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return response.json()


def change(client: TestClient, headers, organisation_id, **body):
    return client.patch(f"/api/v1/organisations/{organisation_id}", json=body, headers=headers)


def test_organisations_are_found_by_part_of_their_name(client: TestClient, as_role) -> None:
    admin = as_role(Role.ADMIN)
    made = register(client, admin, name="Stichting Vluchtelingen_Hulp 100%")
    found = client.get("/api/v1/organisations?q=hulp 100%", headers=admin).json()["items"]
    assert [o["id"] for o in found] == [made["id"]]
    assert client.get("/api/v1/organisations?q=%25", headers=admin).json()["total"] == 1  # no wildcard


def test_users_are_found_by_name_or_email_within_the_callers_scope(
    client: TestClient, world, as_role
) -> None:
    desk_b = world.actor(Role.DESK, "b")
    by_email = client.get("/api/v1/users?q=DESK-B@", headers=as_role(Role.ADMIN)).json()["items"]
    assert [u["id"] for u in by_email] == [str(desk_b.user_id)]
    assert client.get("/api/v1/users?q=desk-b@", headers=as_role(Role.DESK)).json()["total"] == 0
    by_name = client.get("/api/v1/users?q=desk a", headers=as_role(Role.DESK)).json()["items"]
    assert [u["id"] for u in by_name] == [str(world.actor(Role.DESK).user_id)]


def test_a_name_taken_by_another_organisation_is_409(client: TestClient, world, as_role) -> None:
    admin = as_role(Role.ADMIN)
    made = register(client, admin)
    taken = change(client, admin, made["id"], name="Test partner b")
    assert taken.status_code == 409
    assert "name" in taken.json()["detail"]
    assert change(client, admin, made["id"], name=made["name"]).status_code == 200  # its own name


def test_an_organisation_without_members_changes_kind(client: TestClient, as_role) -> None:
    admin = as_role(Role.ADMIN)
    made = register(client, admin)
    changed = change(client, admin, made["id"], kind="relocation_desk")
    assert changed.status_code == 200, changed.text
    assert changed.json()["kind"] == "relocation_desk"
    needs_code = change(client, admin, made["id"], kind="municipality")
    assert needs_code.status_code == 422
    municipality = change(client, admin, made["id"], kind="municipality", municipalityCode="GM0344")
    assert municipality.json() | {"id": None} == {
        "id": None,
        "name": made["name"],
        "kind": "municipality",
        "municipalityCode": "GM0344",
        "contact": None,
        "twoFactorRequired": False,
        "safetyRegionCodes": None,
    }
    assert change(client, admin, made["id"], municipalityCode=None).status_code == 422


def test_the_kind_does_not_change_under_members_whose_role_it_would_not_fit(
    client: TestClient, world, as_role
) -> None:
    admin = as_role(Role.ADMIN)
    partner_org = world.organisation(OrganisationKind.PARTNER)
    refused = change(client, admin, partner_org, kind="relocation_desk")
    assert refused.status_code == 409
    body = refused.json()
    assert body["type"].endswith("kind-misfits-members")
    assert "host" in body["detail"] and "partner" in body["detail"]
    # Partners and hosts both fit a partner organisation; partners alone fit an operator.
    operator = change(client, admin, partner_org, kind="operator")
    assert operator.status_code == 409 and "host" in operator.json()["detail"]
    assert client.get(f"/api/v1/organisations/{partner_org}", headers=admin).json()["kind"] == "partner"


def test_the_kind_does_not_change_under_api_keys_that_act_with_its_role(client: TestClient, as_role) -> None:
    admin = as_role(Role.ADMIN)
    made = register(client, admin)
    key = client.post(
        f"/api/v1/organisations/{made['id']}/api-keys",
        json={"name": "CRM", "scopes": ["reference:read"]},
        headers=admin,
    ).json()
    assert key["role"] == "partner"
    # An operator's integrations act as partners too, so that change keeps the key as it is.
    assert change(client, admin, made["id"], kind="operator").status_code == 200
    refused = change(client, admin, made["id"], kind="relocation_desk")
    assert refused.status_code == 409
    assert refused.json()["type"].endswith("kind-misfits-api-keys")
    client.delete(f"/api/v1/organisations/{made['id']}/api-keys/{key['id']}", headers=admin)
    assert change(client, admin, made["id"], kind="relocation_desk").status_code == 200


def test_only_a_platform_admin_changes_organisations(client: TestClient, world, as_role) -> None:
    for role in (Role.DESK, Role.MUNICIPALITY, Role.PARTNER, Role.HOST):
        own = world.actor(role).organisation_id
        assert change(client, as_role(role), own, name="Eigen naam").status_code == 403
        assert change(client, as_role(role), own, kind="operator").status_code == 403


def test_the_scopes_a_key_may_hold_are_its_organisations_roles(client: TestClient, world, as_role) -> None:
    partner_org = world.organisation(OrganisationKind.PARTNER)
    listed = client.get(f"/api/v1/organisations/{partner_org}/api-key-scopes", headers=as_role(Role.PARTNER))
    assert listed.status_code == 200, listed.text
    body = listed.json()
    assert body["role"] == "partner"
    assert {"households:read", "households:write", "host-families:write"} <= set(body["scopes"])
    assert not set(body["scopes"]) & {p.value for p in USER_ONLY_PERMISSIONS}
    assert not set(body["scopes"]) & {"audit:read", "users:write", "organisations:write", "matching:write"}
    assert body["scopes"] == sorted(body["scopes"])
    desk_org = world.organisation(OrganisationKind.RELOCATION_DESK, "b")
    desk = client.get(f"/api/v1/organisations/{desk_org}/api-key-scopes", headers=as_role(Role.ADMIN)).json()
    assert desk["role"] == "desk" and "matching:write" in desk["scopes"]


def test_every_read_scope_listed_is_one_a_key_can_be_given(client: TestClient, world, as_role) -> None:
    for kind, role in (
        (OrganisationKind.PARTNER, Role.PARTNER),
        (OrganisationKind.MUNICIPALITY, Role.MUNICIPALITY),
    ):
        organisation_id = world.organisation(kind)
        scopes = client.get(
            f"/api/v1/organisations/{organisation_id}/api-key-scopes", headers=as_role(role)
        ).json()
        reads = [s for s in scopes["scopes"] if s.endswith(":read")]
        created = client.post(
            f"/api/v1/organisations/{organisation_id}/api-keys",
            json={"name": "Alles lezen", "scopes": reads},
            headers=as_role(role),
        )
        assert created.status_code == 201, created.text
        assert created.json()["scopes"] == reads


def test_every_scope_listed_is_one_a_key_can_be_given(client: TestClient, world, as_role) -> None:
    organisation_id = world.organisation(OrganisationKind.PARTNER)
    scopes = client.get(
        f"/api/v1/organisations/{organisation_id}/api-key-scopes", headers=as_role(Role.PARTNER)
    )
    created = client.post(
        f"/api/v1/organisations/{organisation_id}/api-keys",
        json={"name": "Alles", "scopes": scopes.json()["scopes"]},
        headers=as_role(Role.PARTNER),
    )
    assert created.status_code == 201, created.text


def test_another_organisations_key_scopes_are_404_and_members_need_to_be_its_admin(
    client: TestClient, world, as_role, another_organisation_admin
) -> None:
    other = world.organisation(OrganisationKind.PARTNER, "b")
    assert (
        client.get(f"/api/v1/organisations/{other}/api-key-scopes", headers=as_role(Role.PARTNER)).status_code
        == 404
    )
    desk = world.actor(Role.DESK)
    another_organisation_admin(desk)
    client.patch(
        f"/api/v1/users/{desk.user_id}", json={"isOrganisationAdmin": False}, headers=as_role(Role.ADMIN)
    )
    own = client.get(
        f"/api/v1/organisations/{desk.organisation_id}/api-key-scopes", headers=bearer(desk.user_id)
    )
    assert own.status_code == 403


# --- with real commits: a kind change and a new member at the same moment ------------------


@pytest.fixture
def committed_organisation(engine, world, app):
    assert not app.state.api.dependency_overrides, "this test needs the app's real sessions"
    client = TestClient(APP, raise_server_exceptions=False)
    admin = bearer(world.actor(Role.ADMIN).user_id)
    organisation = register(client, admin)
    yield client, admin, organisation
    organisation_id = uuid.UUID(organisation["id"])
    with Session(engine) as session:
        users = [str(u) for u in session.exec(select(User.id).where(User.organisation_id == organisation_id))]
        session.exec(delete(AuditEvent).where(col(AuditEvent.subject_id).in_([*users, organisation["id"]])))
        session.exec(delete(ApiKey).where(col(ApiKey.organisation_id) == organisation_id))
        session.exec(delete(User).where(col(User.organisation_id) == organisation_id))
        session.exec(delete(Organisation).where(col(Organisation.id) == organisation_id))
        session.commit()


@pytest.mark.parametrize("attempt", range(3))
def test_a_kind_change_and_a_new_member_of_the_old_kind_never_both_succeed(
    committed_organisation, engine, attempt
) -> None:
    client, admin, organisation = committed_organisation

    def fresh() -> TestClient:
        return TestClient(APP, raise_server_exceptions=False)

    responses = at_once(
        lambda: fresh().patch(
            f"/api/v1/organisations/{organisation['id']}", json={"kind": "relocation_desk"}, headers=admin
        ),
        lambda: fresh().post(
            "/api/v1/users",
            json={
                "email": f"race-{uuid.uuid4().hex[:8]}@example.org",
                "fullName": "Gastgezin",
                "role": "host",
                "organisationId": organisation["id"],
            },
            headers=admin,
        ),
    )
    kind_change, new_member = (r.status_code for r in responses)
    assert (kind_change, new_member) in {(200, 422), (409, 201)}, [r.text for r in responses]
    with Session(engine) as session:
        kind = session.exec(
            select(Organisation.kind).where(Organisation.id == uuid.UUID(organisation["id"]))
        ).one()
        roles = session.exec(
            select(User.role).where(User.organisation_id == uuid.UUID(organisation["id"]))
        ).all()
        assert (kind, list(roles)) in [("relocation_desk", []), ("partner", ["host"])]
