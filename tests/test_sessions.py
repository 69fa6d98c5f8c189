"""An access token stops working at logout, at a password change and at deactivation, and stays dead
after a re-activation: each user has a token generation that every access token carries (`gen`)
and every request checks. A token issued in the future, or meant to live longer than the
configured lifetime, is refused."""

import time

from fastapi.testclient import TestClient
from jose import jwt

from api.core.authorization import Role
from api.core.config import get_settings
from tests.conftest import PASSWORD
from tests.test_auth import _claims, login, me

NEW_PASSWORD = "a completely different passphrase"


def signed(claims: dict) -> str:
    settings = get_settings()
    return jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)


def test_logout_ends_the_access_token_too(client: TestClient, world) -> None:
    tokens = login(client, world.actor(Role.DESK).email).json()
    assert me(client, tokens["access_token"]).status_code == 200
    assert (
        client.post("/api/v1/auth/logout", json={"refreshToken": tokens["refresh_token"]}).status_code == 204
    )
    assert me(client, tokens["access_token"]).status_code == 401
    # A new login works at once.
    again = login(client, world.actor(Role.DESK).email).json()
    assert me(client, again["access_token"]).status_code == 200


def test_a_password_change_ends_every_access_token(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    tokens = login(client, desk.email).json()
    changed = client.patch(
        f"/api/v1/users/{desk.user_id}",
        json={"password": NEW_PASSWORD},
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert changed.status_code == 200, changed.text
    assert me(client, tokens["access_token"]).status_code == 401
    assert me(client, login(client, desk.email, NEW_PASSWORD).json()["access_token"]).status_code == 200


def test_a_password_link_and_its_use_end_every_access_token(client: TestClient, world, as_role) -> None:
    partner = world.actor(Role.PARTNER)
    before = login(client, partner.email).json()["access_token"]
    link = client.post(f"/api/v1/users/{partner.user_id}/password-links", headers=as_role(Role.ADMIN))
    assert link.status_code == 201, link.text
    assert me(client, before).status_code == 401
    chosen = client.post(
        "/api/v1/auth/set-password", json={"token": link.json()["token"], "password": NEW_PASSWORD}
    )
    assert chosen.status_code == 200, chosen.text
    assert me(client, login(client, partner.email, NEW_PASSWORD).json()["access_token"]).status_code == 200


def test_a_reactivated_user_does_not_get_old_tokens_back(
    client: TestClient, world, as_role, another_organisation_admin
) -> None:
    partner = world.actor(Role.PARTNER, "b")
    another_organisation_admin(partner)
    tokens = login(client, partner.email).json()
    admin = as_role(Role.ADMIN)
    assert (
        client.patch(f"/api/v1/users/{partner.user_id}", json={"isActive": False}, headers=admin).status_code
        == 200
    )
    assert me(client, tokens["access_token"]).status_code == 401
    assert (
        client.patch(f"/api/v1/users/{partner.user_id}", json={"isActive": True}, headers=admin).status_code
        == 200
    )
    assert me(client, tokens["access_token"]).status_code == 401
    assert (
        client.post("/api/v1/auth/refresh", json={"refreshToken": tokens["refresh_token"]}).status_code == 401
    )
    assert me(client, login(client, partner.email, PASSWORD).json()["access_token"]).status_code == 200


def test_other_changes_keep_the_session(client: TestClient, world, as_role) -> None:
    desk = world.actor(Role.DESK)
    tokens = login(client, desk.email).json()
    renamed = client.patch(
        f"/api/v1/users/{desk.user_id}", json={"fullName": "Dirk"}, headers=as_role(Role.ADMIN)
    )
    assert renamed.status_code == 200
    assert me(client, tokens["access_token"]).status_code == 200
    # Refreshing keeps working and gives a token of the current generation.
    refreshed = client.post("/api/v1/auth/refresh", json={"refreshToken": tokens["refresh_token"]}).json()
    assert me(client, refreshed["access_token"]).status_code == 200


def test_tokens_of_another_generation_from_the_future_or_too_long_lived_are_401(
    client: TestClient, world
) -> None:
    user_id = world.actor(Role.ADMIN).user_id
    now = int(time.time())
    lifetime = get_settings().access_token_minutes * 60
    refused = {
        "no generation": _claims(user_id, gen=None),
        "an older generation": _claims(user_id, gen=-1),
        "a generation to come": _claims(user_id, gen=1),
        "a generation that is no number": _claims(user_id, gen="0"),
        "issued in the future": _claims(user_id, iat=now + 300, exp=now + 600),
        "no iat": _claims(user_id, iat=None),
        "living longer than configured": _claims(user_id, iat=now - 60, exp=now - 60 + lifetime + 60),
        "a year long": _claims(user_id, exp=now + 365 * 86400),
    }
    for name, claims in refused.items():
        response = me(client, signed(claims))
        assert response.status_code == 401, f"{name}: {response.status_code} {response.text}"
    # A few seconds' clock difference between servers is not the future.
    assert me(client, signed(_claims(user_id, iat=now + 5, exp=now + 600))).status_code == 200
    assert me(client, signed(_claims(user_id, exp=now + lifetime))).status_code == 200
