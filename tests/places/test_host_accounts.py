"""A partner invites the host family it manages to the host screens: an account with role host,
linked to that host family, through the existing password link. Nobody else may, and another
organisation's host family does not exist for the caller."""

import uuid
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, update
from sqlmodel import Session, col, select

from api.audit.models import AuditEvent
from api.core.authorization import Role
from api.hosts.models import HostFamily
from api.identity.models import PasswordLink, RefreshToken, User
from tests.conftest import APP, IS_POSTGRES, bearer
from tests.people.committed import at_once


def invite(client: TestClient, host_id: str, headers, email: str | None = None):
    return client.post(
        f"/api/v1/host-families/{host_id}/host-account",
        json={"email": email or f"host-{uuid.uuid4().hex[:8]}@example.org", "fullName": "Joke Jansen"},
        headers=headers,
    )


CHOSEN = "a long password of my own"  # noqa: S105 - a test value


def set_password(client: TestClient, token: str, password: str = CHOSEN):
    return client.post("/api/v1/auth/set-password", json={"token": token, "password": password})


def log_in(client: TestClient, email: str, password: str = CHOSEN):
    return client.post("/api/v1/auth/token", data={"username": email, "password": password})


@pytest.fixture
def partner_staff(client: TestClient, world, as_role) -> dict[str, str]:
    """A partner user who is not an organisation administrator (who may not create users)."""
    response = client.post(
        "/api/v1/users",
        json={
            "email": f"staff-{uuid.uuid4().hex[:8]}@example.org",
            "fullName": "Medewerker Partner",
            "role": "partner",
            "organisationId": str(world.actor(Role.PARTNER).organisation_id),
            "password": "correct horse battery staple",
        },
        headers=as_role(Role.ADMIN),
    )
    assert response.status_code == 201, response.text
    return bearer(uuid.UUID(response.json()["id"]))


def test_partner_staff_invite_their_host_who_then_sees_only_their_own_offer(
    client: TestClient, db: Session, new_host, partner_staff, world
) -> None:
    host = new_host()
    other = new_host(displayName="Familie De Vries")
    plain_user = {
        "email": "x@example.org",
        "fullName": "X",
        "role": "host",
        "organisationId": str(world.actor(Role.PARTNER).organisation_id),
    }
    assert (
        client.post("/api/v1/users", json=plain_user, headers=partner_staff).status_code == 403
    )  # not an admin
    response = invite(client, host["id"], partner_staff, email="Joke@Example.org")
    assert response.status_code == 201, response.text
    invited = response.json()
    user, link = invited["user"], invited["passwordLink"]
    assert user["role"] == "host" and user["email"] == "joke@example.org"
    assert user["organisationId"] == str(world.actor(Role.PARTNER).organisation_id)
    assert user["isOrganisationAdmin"] is False
    assert link["path"] == f"/set-password#{link['token']}"
    assert (
        client.get(f"/api/v1/host-families/{host['id']}", headers=partner_staff).json()["hostUserId"]
        == user["id"]
    )

    assert log_in(client, "joke@example.org").status_code == 401  # no password until the host chooses one
    assert set_password(client, link["token"]).status_code == 200
    login = log_in(client, "joke@example.org")
    assert login.status_code == 200, login.text
    as_host = {"Authorization": f"Bearer {login.json()['access_token']}"}
    mine = client.get("/api/v1/host-families", headers=as_host).json()["items"]
    assert [h["id"] for h in mine] == [host["id"]]
    assert client.get(f"/api/v1/host-families/{other['id']}", headers=as_host).status_code == 404
    changed = client.patch(f"/api/v1/host-families/{host['id']}", json={"beds": 2}, headers=as_host)
    assert changed.status_code == 200, changed.text

    actions = {
        e.action
        for e in db.exec(select(AuditEvent).where(AuditEvent.subject_id.in_([host["id"], user["id"]]))).all()  # type: ignore[attr-defined]
    }
    assert {"invite_host", "create", "issue_password_link"} <= actions


def test_a_second_invitation_is_refused_and_a_new_link_replaces_the_first(
    client: TestClient, new_host, as_role
) -> None:
    host = new_host()
    first = invite(client, host["id"], as_role(Role.PARTNER)).json()
    again = invite(client, host["id"], as_role(Role.PARTNER))
    assert again.status_code == 409 and again.json()["type"].endswith("host-account-exists")
    renewed = client.post(
        f"/api/v1/host-families/{host['id']}/host-account/password-links", headers=as_role(Role.PARTNER)
    )
    assert renewed.status_code == 201, renewed.text
    assert renewed.json()["user"]["id"] == first["user"]["id"]
    assert set_password(client, first["passwordLink"]["token"]).status_code == 400  # the old link stopped
    assert set_password(client, renewed.json()["passwordLink"]["token"]).status_code == 200


def test_a_new_link_needs_an_account_first(client: TestClient, new_host, as_role) -> None:
    host = new_host()
    response = client.post(
        f"/api/v1/host-families/{host['id']}/host-account/password-links", headers=as_role(Role.PARTNER)
    )
    assert response.status_code == 409 and response.json()["type"].endswith("no-host-account")


def test_an_e_mail_address_in_use_is_refused_and_nothing_is_linked(
    client: TestClient, new_host, as_role, world
) -> None:
    host = new_host()
    taken = invite(client, host["id"], as_role(Role.PARTNER), email=world.actor(Role.DESK).email)
    assert taken.status_code == 409
    assert (
        client.get(f"/api/v1/host-families/{host['id']}", headers=as_role(Role.PARTNER)).json()["hostUserId"]
        is None
    )


def test_a_platform_admin_may_invite(client: TestClient, new_host, as_role) -> None:
    host = new_host()
    assert invite(client, host["id"], as_role(Role.ADMIN)).status_code == 201


def test_another_partner_does_not_find_the_host_family(client: TestClient, new_host, as_role) -> None:
    host = new_host()
    for url in (
        f"/api/v1/host-families/{host['id']}/host-account",
        f"/api/v1/host-families/{host['id']}/host-account/password-links",
    ):
        response = client.post(
            url, json={"email": "x@example.org", "fullName": "X"}, headers=as_role(Role.PARTNER, "b")
        )
        assert response.status_code == 404, response.text
    assert invite(client, str(uuid.uuid4()), as_role(Role.PARTNER)).status_code == 404


@pytest.mark.parametrize("role", [Role.DESK, Role.MUNICIPALITY, Role.HOST])
def test_other_roles_may_not_invite(client: TestClient, new_host, as_role, role: Role) -> None:
    host = new_host()
    assert invite(client, host["id"], as_role(role)).status_code == 403
    response = client.post(
        f"/api/v1/host-families/{host['id']}/host-account/password-links", headers=as_role(role)
    )
    assert response.status_code == 403


def test_a_self_registered_host_family_has_its_account_already(client: TestClient, new_host, as_role) -> None:
    own = new_host(headers=as_role(Role.HOST))
    response = invite(client, own["id"], as_role(Role.PARTNER))
    assert response.status_code == 409 and response.json()["type"].endswith("host-account-exists")


def test_an_api_key_may_not_invite(client: TestClient, as_role, world) -> None:
    """An account for a person is handed over by a person: no integration gets the scope."""
    url = f"/api/v1/organisations/{world.actor(Role.PARTNER).organisation_id}/api-keys"
    refused = client.post(
        url, json={"name": "te veel", "scopes": ["host-accounts:write"]}, headers=as_role(Role.PARTNER)
    )
    assert refused.status_code in (403, 422), refused.text
    allowed = client.post(
        url, json={"name": "koppeling", "scopes": ["host-families:write"]}, headers=as_role(Role.PARTNER)
    )
    assert allowed.status_code == 201, allowed.text


@pytest.mark.skipif(not IS_POSTGRES, reason="concurrent transactions need PostgreSQL")
def test_two_invitations_at_once_link_one_account(committed, world) -> None:
    """The host family's row is locked: the second invitation sees the first one's account."""
    client = TestClient(APP, raise_server_exceptions=False)
    partner = bearer(world.actor(Role.PARTNER).user_id)
    today = date.today()
    created = client.post(
        "/api/v1/host-families",
        json={
            "displayName": "Familie Tegelijk",
            "municipalityCode": "GM0344",
            "lat": 52.1,
            "lon": 5.1,
            "beds": 2,
            "rooms": 1,
            "availableFrom": today.isoformat(),
            "availableUntil": (today + timedelta(days=100)).isoformat(),
        },
        headers=partner,
    )
    assert created.status_code == 201, created.text
    host_id = created.json()["id"]
    committed.hosts.append(uuid.UUID(host_id))
    emails = [f"tegelijk-{n}-{uuid.uuid4().hex[:6]}@example.org" for n in (1, 2)]
    try:
        responses = at_once(
            *(
                lambda email=email: invite(
                    TestClient(APP, raise_server_exceptions=False), host_id, partner, email
                )
                for email in emails
            )
        )
        assert sorted(r.status_code for r in responses) == [201, 409], [r.text for r in responses]
        with committed.session() as session:
            users = session.exec(select(User).where(col(User.email).in_(emails))).all()
            assert len(users) == 1  # the refused invitation left no account behind
            assert session.get(HostFamily, uuid.UUID(host_id)).host_user_id == users[0].id  # type: ignore[union-attr]
    finally:
        with committed.session() as session:
            session.exec(
                update(HostFamily).where(col(HostFamily.id) == uuid.UUID(host_id)).values(host_user_id=None)
            )
            ids = list(session.exec(select(User.id).where(col(User.email).in_(emails))))
            session.exec(delete(PasswordLink).where(col(PasswordLink.user_id).in_(ids)))
            session.exec(delete(RefreshToken).where(col(RefreshToken.user_id).in_(ids)))
            session.exec(delete(AuditEvent).where(col(AuditEvent.subject_id).in_([str(i) for i in ids])))
            session.exec(delete(User).where(col(User.id).in_(ids)))
            session.commit()
