"""Login, lock-out, refresh rotation and revocation, and every malformed token refused with 401."""

import base64
import hashlib
import hmac
import json
import time
import uuid

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient
from jose import jwt

from api.core.authorization import Role
from api.core.config import get_settings
from tests.conftest import PASSWORD


def login(client: TestClient, email: str, password: str = PASSWORD):
    return client.post("/api/v1/auth/token", data={"username": email, "password": password})


def me(client: TestClient, token: str):
    return client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})


def test_login_returns_oauth2_tokens_that_work(client: TestClient, world) -> None:
    actor = world.actor(Role.DESK)
    response = login(client, actor.email)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    profile = me(client, body["access_token"])
    assert profile.status_code == 200
    assert profile.json()["email"] == actor.email
    assert profile.json()["role"] == "desk"


def test_login_is_case_insensitive_on_email(client: TestClient, world) -> None:
    assert login(client, world.actor(Role.DESK).email.upper()).status_code == 200


def test_wrong_password_and_unknown_email_answer_alike(client: TestClient, world) -> None:
    wrong = login(client, world.actor(Role.DESK).email, "not the password at all")
    unknown = login(client, "nobody@example.org", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"]


def test_lock_out_after_repeated_failures_even_with_right_password(client: TestClient, world) -> None:
    email = world.actor(Role.PARTNER).email
    for _ in range(3):  # ONDERDAK_LOGIN_MAX_FAILURES=3 in the tests
        assert login(client, email, "wrong password here").status_code == 401
    locked = login(client, email)
    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) > 0


def test_unknown_email_is_locked_out_too(client: TestClient) -> None:
    for _ in range(3):
        login(client, "ghost@example.org", "wrong password here")
    assert login(client, "ghost@example.org", "wrong password here").status_code == 429


def test_one_password_tried_on_many_accounts_locks_the_client_address(client: TestClient, world) -> None:
    for n in range(8):  # ONDERDAK_LOGIN_MAX_FAILURES_PER_ADDRESS=8: never 3 on one account
        assert login(client, f"guess{n}@example.org", "Welkom2026!").status_code == 401
    assert login(client, world.actor(Role.DESK).email).status_code == 429


def test_success_resets_the_failure_count(client: TestClient, world) -> None:
    email = world.actor(Role.MUNICIPALITY).email
    for _ in range(2):
        login(client, email, "wrong password here")
    assert login(client, email).status_code == 200
    for _ in range(2):
        login(client, email, "wrong password here")
    assert login(client, email).status_code == 200


def test_inactive_user_cannot_log_in(client: TestClient, world, as_role) -> None:
    actor = world.actor(Role.HOST)
    client.patch(f"/api/v1/users/{actor.user_id}", json={"isActive": False}, headers=as_role(Role.ADMIN))
    assert login(client, actor.email).status_code == 401


def test_refresh_rotates_and_a_spent_token_revokes_the_family(client: TestClient, world) -> None:
    first = login(client, world.actor(Role.DESK).email).json()
    second = client.post("/api/v1/auth/refresh", json={"refreshToken": first["refresh_token"]})
    assert second.status_code == 200
    rotated = second.json()
    assert rotated["refresh_token"] != first["refresh_token"]
    assert me(client, rotated["access_token"]).status_code == 200
    # Replaying the spent token: refused, and the whole chain (including the new token) dies.
    replay = client.post("/api/v1/auth/refresh", json={"refreshToken": first["refresh_token"]})
    assert replay.status_code == 401
    after = client.post("/api/v1/auth/refresh", json={"refreshToken": rotated["refresh_token"]})
    assert after.status_code == 401


def test_logout_revokes_the_refresh_token(client: TestClient, world) -> None:
    tokens = login(client, world.actor(Role.DESK).email).json()
    assert (
        client.post("/api/v1/auth/logout", json={"refreshToken": tokens["refresh_token"]}).status_code == 204
    )
    again = client.post("/api/v1/auth/refresh", json={"refreshToken": tokens["refresh_token"]})
    assert again.status_code == 401


def test_unknown_refresh_token_is_401(client: TestClient) -> None:
    assert client.post("/api/v1/auth/refresh", json={"refreshToken": "ondr_nope"}).status_code == 401


def test_deactivation_kills_existing_sessions(
    client: TestClient, world, as_role, another_organisation_admin
) -> None:
    actor = world.actor(Role.PARTNER, "b")
    another_organisation_admin(actor)
    tokens = login(client, actor.email).json()
    client.patch(f"/api/v1/users/{actor.user_id}", json={"isActive": False}, headers=as_role(Role.ADMIN))
    assert me(client, tokens["access_token"]).status_code == 401
    refreshed = client.post("/api/v1/auth/refresh", json={"refreshToken": tokens["refresh_token"]})
    assert refreshed.status_code == 401


def _claims(user_id: uuid.UUID, **overrides) -> dict:
    now = int(time.time())
    claims = {"sub": str(user_id), "type": "access", "iat": now, "exp": now + 600, "gen": 0}
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _hand_made(header: dict, claims: dict, key: bytes | None) -> str:
    """A token built by hand, as an attacker would: libraries refuse to make these."""
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = _b64(hmac.new(key, signing_input.encode(), hashlib.sha256).digest()) if key else ""
    return f"{signing_input}.{signature}"


def test_bad_tokens_are_all_401_never_500(client: TestClient, world) -> None:
    user_id = world.actor(Role.ADMIN).user_id
    secret = get_settings().jwt_secret
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    tokens = {
        "expired": jwt.encode(_claims(user_id, exp=int(time.time()) - 10), secret, algorithm="HS256"),
        "other key": jwt.encode(_claims(user_id), "another-secret-" + "y" * 40, algorithm="HS256"),
        "alg none": _hand_made({"alg": "none", "typ": "JWT"}, _claims(user_id), None),
        "RS256 signed": jwt.encode(_claims(user_id), private_pem.decode(), algorithm="RS256"),
        "HS256 keyed with the public key": _hand_made(
            {"alg": "HS256", "typ": "JWT"}, _claims(user_id), public_pem
        ),
        "no exp": jwt.encode(_claims(user_id, exp=None), secret, algorithm="HS256"),
        "no sub": jwt.encode(_claims(user_id, sub=None), secret, algorithm="HS256"),
        "sub not a uuid": jwt.encode(_claims(user_id, sub="admin"), secret, algorithm="HS256"),
        "unknown user": jwt.encode(_claims(uuid.uuid4()), secret, algorithm="HS256"),
        "wrong type": jwt.encode(_claims(user_id, type="refresh"), secret, algorithm="HS256"),
        "garbage": "not.a.token",
        "empty parts": "..",
        "bad base64": "@@@.###.$$$",
    }
    for name, token in tokens.items():
        response = client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, f"{name}: {response.status_code} {response.text}"
        assert response.headers["content-type"].startswith("application/problem+json")
    valid = jwt.encode(_claims(user_id), secret, algorithm="HS256")
    assert client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {valid}"}).status_code == 200
