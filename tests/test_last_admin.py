"""The last active administrator of the platform, or of an organisation, stays: deactivating or
demoting them is 409 (recovery would need the command line), whoever asks, even two at once."""

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlmodel import Session, col, select

from api.audit.models import AuditEvent
from api.core.authorization import Role
from api.identity.models import Organisation, User
from tests.conftest import APP, bearer
from tests.people.committed import at_once


def patch_user(client: TestClient, headers, user_id, **body):
    return client.patch(f"/api/v1/users/{user_id}", json=body, headers=headers)


def add_organisation_admin(client: TestClient, headers, organisation_id, role: str) -> dict:
    response = client.post(
        "/api/v1/users",
        json={
            "email": f"admin-{uuid.uuid4().hex[:8]}@example.org",
            "fullName": "Tweede beheerder",
            "role": role,
            "organisationId": str(organisation_id),
            "isOrganisationAdmin": True,
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return response.json()


def assert_last_admin(response, code: str) -> None:
    assert response.status_code == 409, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith(code)


def test_the_last_active_platform_admin_can_neither_leave_nor_be_demoted(
    client: TestClient, world, as_role, another_organisation_admin
) -> None:
    first, second = world.actor(Role.ADMIN, "a"), world.actor(Role.ADMIN, "b")
    # Two platform admins: one may go (and is then 'inactive', no longer counted), once their
    # organisation has another admin.
    another_organisation_admin(second)
    assert patch_user(client, as_role(Role.ADMIN), second.user_id, isActive=False).status_code == 200
    assert_last_admin(
        patch_user(client, as_role(Role.ADMIN), first.user_id, isActive=False), "last-platform-admin"
    )
    assert_last_admin(
        patch_user(client, as_role(Role.ADMIN), first.user_id, role="partner"), "last-platform-admin"
    )
    # Changes that keep them an active admin still work.
    renamed = patch_user(client, as_role(Role.ADMIN), first.user_id, fullName="Beheerder", isActive=True)
    assert renamed.status_code == 200
    assert client.get("/api/v1/users/me", headers=as_role(Role.ADMIN)).json()["role"] == "admin"


def test_a_platform_admin_may_demote_another_while_one_stays(client: TestClient, world, as_role) -> None:
    second = world.actor(Role.ADMIN, "b")
    demoted = patch_user(client, as_role(Role.ADMIN), second.user_id, role="partner")
    assert demoted.status_code == 200, demoted.text
    assert demoted.json()["role"] == "partner"
    first = world.actor(Role.ADMIN, "a")
    assert_last_admin(
        patch_user(client, bearer(first.user_id), first.user_id, role="partner"), "last-platform-admin"
    )


@pytest.mark.parametrize("role", [Role.DESK, Role.MUNICIPALITY, Role.PARTNER])
def test_the_last_active_admin_of_an_organisation_stays_whoever_asks(
    client: TestClient, world, as_role, role
) -> None:
    member = world.actor(role)
    for caller in (as_role(role), as_role(Role.ADMIN)):  # themselves, and a platform admin
        assert_last_admin(
            patch_user(client, caller, member.user_id, isActive=False), "last-organisation-admin"
        )
        assert_last_admin(
            patch_user(client, caller, member.user_id, isOrganisationAdmin=False), "last-organisation-admin"
        )
    assert client.get("/api/v1/users/me", headers=as_role(role)).json()["isOrganisationAdmin"] is True


def test_with_a_second_admin_one_may_step_down_and_then_the_other_stays(
    client: TestClient, world, as_role, another_organisation_admin
) -> None:
    desk = world.actor(Role.DESK)
    colleague = another_organisation_admin(desk)
    stepped_down = patch_user(client, as_role(Role.DESK), desk.user_id, isOrganisationAdmin=False)
    assert stepped_down.status_code == 200, stepped_down.text
    colleague_headers = bearer(uuid.UUID(colleague["id"]))
    assert_last_admin(
        patch_user(client, colleague_headers, colleague["id"], isActive=False), "last-organisation-admin"
    )
    # A deactivated admin does not count either.
    patch_user(client, colleague_headers, desk.user_id, isOrganisationAdmin=True)
    assert patch_user(client, colleague_headers, desk.user_id, isActive=False).status_code == 200
    assert_last_admin(
        patch_user(client, colleague_headers, colleague["id"], isOrganisationAdmin=False),
        "last-organisation-admin",
    )
    # Members who are not admins come and go freely.
    host = world.actor(Role.HOST)
    assert patch_user(client, as_role(Role.PARTNER), host.user_id, isActive=False).status_code == 200


# --- with real commits: two admins demoting each other at the same moment --------------------


@pytest.fixture
def organisation_with_two_admins(engine, world, app):
    assert not app.state.api.dependency_overrides, "this test needs the app's real sessions"
    client = TestClient(APP, raise_server_exceptions=False)
    admin = bearer(world.actor(Role.ADMIN).user_id)
    created = client.post(
        "/api/v1/organisations",
        json={"name": f"Stichting {uuid.uuid4().hex[:8]}", "kind": "partner"},
        headers=admin,
    )
    assert created.status_code == 201, created.text
    organisation_id = uuid.UUID(created.json()["id"])
    admins = [add_organisation_admin(client, admin, organisation_id, "partner") for _ in range(2)]
    yield organisation_id, [uuid.UUID(a["id"]) for a in admins]
    with Session(engine) as session:
        users = [str(u) for u in session.exec(select(User.id).where(User.organisation_id == organisation_id))]
        session.exec(delete(AuditEvent).where(col(AuditEvent.subject_id).in_([*users, str(organisation_id)])))
        session.exec(delete(User).where(col(User.organisation_id) == organisation_id))
        session.exec(delete(Organisation).where(col(Organisation.id) == organisation_id))
        session.commit()


@pytest.mark.parametrize("change", [{"isActive": False}, {"isOrganisationAdmin": False}])
@pytest.mark.parametrize("attempt", range(2))
def test_two_admins_removing_each_other_at_once_leave_one(
    organisation_with_two_admins, engine, change, attempt
) -> None:
    organisation_id, (first, second) = organisation_with_two_admins

    def remove(caller: uuid.UUID, target: uuid.UUID):
        return lambda: TestClient(APP, raise_server_exceptions=False).patch(
            f"/api/v1/users/{target}", json=change, headers=bearer(caller)
        )

    responses = at_once(remove(first, second), remove(second, first))
    # The one that comes second is refused: 409, or, when the first had committed before it was
    # even authenticated, 401 (deactivated) or 403 (no longer an admin).
    statuses = sorted(r.status_code for r in responses)
    assert statuses[0] == 200 and statuses[1] in {401, 403, 409}, [r.text for r in responses]
    with Session(engine) as session:
        remaining = session.exec(
            select(User.id).where(
                User.organisation_id == organisation_id,
                User.is_active == True,  # noqa: E712
                User.is_organisation_admin == True,  # noqa: E712
            )
        ).all()
    assert len(remaining) == 1
