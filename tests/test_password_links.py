"""Invitations and password resets through one-time links: the user chooses their own password, so
no administrator ever knows it; an organisation admin acts only on their own organisation's users
and never on a platform admin."""

import uuid
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from api.audit.models import AuditEvent
from api.core.authorization import Role
from api.core.models import utcnow
from api.identity.models import OrganisationKind, PasswordLink, RefreshToken, User
from tests.conftest import APP, IS_POSTGRES, PASSWORD, bearer
from tests.people.committed import at_once

CHOSEN = "my own long password"


def invite(client: TestClient, headers, organisation_id, role="desk", **extra) -> dict:
    response = client.post(
        "/api/v1/users",
        json={
            "email": f"{uuid.uuid4().hex[:8]}@example.org",
            "fullName": "Nieuwe Collega",
            "role": role,
            "organisationId": str(organisation_id),
            **extra,
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return response.json()


def issue_link(client: TestClient, headers, user_id):
    return client.post(f"/api/v1/users/{user_id}/password-links", headers=headers)


def log_in(client: TestClient, email: str, password: str):
    return client.post("/api/v1/auth/token", data={"username": email, "password": password})


def set_password(client: TestClient, token: str, password: str = CHOSEN):
    return client.post("/api/v1/auth/set-password", json={"token": token, "password": password})


def test_an_invited_user_chooses_their_password_through_the_link(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    user = invite(client, as_role(Role.DESK), desk.organisation_id)
    assert log_in(client, user["email"], PASSWORD).status_code == 401  # no password works yet
    issued = issue_link(client, as_role(Role.DESK), user["id"])
    assert issued.status_code == 201, issued.text
    link = issued.json()
    assert link["token"].startswith("ondp_")
    assert link["path"] == f"/set-password#{link['token']}"
    assert link["expiresAt"] > utcnow().isoformat()
    chosen = set_password(client, link["token"])
    assert chosen.status_code == 200, chosen.text
    assert chosen.json() == {"email": user["email"]}
    assert log_in(client, user["email"], CHOSEN).status_code == 200
    again = set_password(client, link["token"], "another long password")
    assert again.status_code == 400
    assert again.json()["type"].endswith("invalid-password-link")


def test_a_reset_stops_the_old_password_and_logins_at_once(
    client: TestClient, world, as_role, db: Session
) -> None:
    partner = world.actor(Role.PARTNER)
    host = world.actor(Role.HOST)
    refresh = log_in(client, host.email, PASSWORD).json()["refresh_token"]
    link = issue_link(client, as_role(Role.PARTNER), host.user_id).json()
    assert log_in(client, host.email, PASSWORD).status_code == 401
    assert client.post("/api/v1/auth/refresh", json={"refreshToken": refresh}).status_code == 401
    assert set_password(client, link["token"]).status_code == 200
    assert log_in(client, host.email, CHOSEN).status_code == 200
    events = client.get(
        f"/api/v1/audit-events?subjectType=user&subjectId={host.user_id}", headers=as_role(Role.PARTNER)
    ).json()["items"]
    actions = {(e["action"], e["actorUserId"]) for e in events}
    assert ("issue_password_link", str(partner.user_id)) in actions
    assert ("set_password", None) in actions


def test_a_new_link_replaces_the_earlier_one(client: TestClient, world, as_role) -> None:
    user = invite(
        client, as_role(Role.ADMIN), world.organisation(OrganisationKind.MUNICIPALITY), role="municipality"
    )
    first = issue_link(client, as_role(Role.ADMIN), user["id"]).json()["token"]
    second = issue_link(client, as_role(Role.ADMIN), user["id"]).json()["token"]
    assert set_password(client, first).status_code == 400
    assert set_password(client, second).status_code == 200


def test_an_expired_link_does_not_work(client: TestClient, world, as_role, db: Session) -> None:
    user = invite(client, as_role(Role.DESK), world.actor(Role.DESK).organisation_id)
    token = issue_link(client, as_role(Role.DESK), user["id"]).json()["token"]
    db.exec(
        update(PasswordLink)
        .where(col(PasswordLink.user_id) == uuid.UUID(user["id"]))
        .values(expires_at=utcnow() - timedelta(seconds=1))
    )
    assert set_password(client, token).status_code == 400
    assert set_password(client, "ondp_made_up").status_code == 400


def test_a_deactivated_user_gets_no_link_and_an_earlier_link_stops_working(
    client: TestClient, world, as_role
) -> None:
    headers = as_role(Role.DESK)
    user = invite(client, headers, world.actor(Role.DESK).organisation_id)
    token = issue_link(client, headers, user["id"]).json()["token"]
    client.patch(f"/api/v1/users/{user['id']}", json={"isActive": False}, headers=headers)
    refused = issue_link(client, headers, user["id"])
    assert refused.status_code == 409
    assert refused.json()["type"].endswith("user-inactive")
    assert set_password(client, token).status_code == 400


def test_the_chosen_password_follows_the_password_rules(client: TestClient, world, as_role) -> None:
    user = invite(client, as_role(Role.DESK), world.actor(Role.DESK).organisation_id)
    token = issue_link(client, as_role(Role.DESK), user["id"]).json()["token"]
    assert set_password(client, token, "short").status_code == 400
    assert set_password(client, token).status_code == 200  # the refused attempt did not spend it


def test_an_organisation_admin_never_issues_links_for_another_organisation(
    client: TestClient, world, as_role
) -> None:
    for role in (Role.DESK, Role.MUNICIPALITY, Role.PARTNER):
        for other in (world.actor(role, "b"), world.actor(Role.ADMIN)):
            response = issue_link(client, as_role(role), other.user_id)
            assert response.status_code == 404, (role, other.role, response.text)
    assert log_in(client, world.actor(Role.DESK, "b").email, PASSWORD).status_code == 200  # untouched


def test_an_organisation_admin_never_resets_a_platform_admin(client: TestClient, world, as_role) -> None:
    """A partner-role administrator of the platform's own (operator) organisation is still no
    platform admin: the platform admins beside them are out of their reach."""
    admin = world.actor(Role.ADMIN)
    operator_admin = invite(
        client, as_role(Role.ADMIN), admin.organisation_id, role="partner", isOrganisationAdmin=True
    )
    headers = bearer(uuid.UUID(operator_admin["id"]))
    assert issue_link(client, headers, admin.user_id).status_code == 403
    granted = client.post(
        "/api/v1/users",
        json={
            "email": "new-admin@example.org",
            "fullName": "Nieuwe Beheerder",
            "role": "admin",
            "organisationId": str(admin.organisation_id),
        },
        headers=headers,
    )
    assert granted.status_code == 403
    promoted = client.patch(f"/api/v1/users/{operator_admin['id']}", json={"role": "admin"}, headers=headers)
    assert promoted.status_code == 403
    assert log_in(client, admin.email, PASSWORD).status_code == 200


def test_a_member_who_is_not_an_organisation_admin_issues_no_links(
    client: TestClient, world, as_role, another_organisation_admin
) -> None:
    desk = world.actor(Role.DESK)
    another_organisation_admin(desk)
    colleague = invite(client, as_role(Role.DESK), desk.organisation_id)
    client.patch(
        f"/api/v1/users/{desk.user_id}", json={"isOrganisationAdmin": False}, headers=as_role(Role.ADMIN)
    )
    assert issue_link(client, bearer(desk.user_id), colleague["id"]).status_code == 403
    assert issue_link(client, as_role(Role.HOST), colleague["id"]).status_code == 403


def test_a_platform_admin_resets_anyone(client: TestClient, world, as_role) -> None:
    for role in (Role.DESK, Role.HOST):
        other = world.actor(role, "b")
        assert issue_link(client, as_role(Role.ADMIN), other.user_id).status_code == 201


# --- with real commits: one link presented twice at the same moment -------------------------


@pytest.fixture
def committed_user(engine, world, app):
    assert not app.state.api.dependency_overrides, "this test needs the app's real sessions"
    email = f"race-{uuid.uuid4().hex[:8]}@example.org"
    client = TestClient(APP, raise_server_exceptions=False)
    admin = bearer(world.actor(Role.ADMIN).user_id)
    user = invite(client, admin, world.organisation(OrganisationKind.RELOCATION_DESK), email=email)
    yield client, admin, user
    with Session(engine) as session:
        user_id = uuid.UUID(user["id"])
        session.exec(delete(AuditEvent).where(col(AuditEvent.subject_id) == user["id"]))
        session.exec(delete(PasswordLink).where(col(PasswordLink.user_id) == user_id))
        session.exec(delete(RefreshToken).where(col(RefreshToken.user_id) == user_id))
        session.exec(delete(User).where(col(User.id) == user_id))
        session.commit()


@pytest.mark.skipif(not IS_POSTGRES, reason="concurrent transactions need PostgreSQL")
def test_a_link_presented_twice_at_once_sets_one_password(committed_user, engine) -> None:
    client, admin, user = committed_user
    token = issue_link(client, admin, user["id"]).json()["token"]

    def choose(password: str):  # type: ignore[no-untyped-def]
        return lambda: set_password(TestClient(APP, raise_server_exceptions=False), token, password)

    responses = at_once(choose("first long password"), choose("second long password"))
    assert sorted(r.status_code for r in responses) == [200, 400], [r.text for r in responses]
    winner = ["first long password", "second long password"][[r.status_code for r in responses].index(200)]
    assert log_in(client, user["email"], winner).status_code == 200
    with Session(engine) as session:
        links = session.exec(select(PasswordLink).where(PasswordLink.user_id == uuid.UUID(user["id"]))).all()
        assert [link.used_at is not None for link in links] == [True]
