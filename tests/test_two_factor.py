"""Two-factor login (#11): TOTP enrolment and confirmation, the password step's challenge, codes
and recovery codes that work once, wrong codes throttled like passwords, disabling with a fresh
factor, and roles or organisations that require a factor."""

import time
from datetime import timedelta

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlmodel import Session, select

from api.core.authorization import Role
from api.core.config import Settings, get_settings
from api.core.models import utcnow
from api.identity import two_factor
from api.identity.models import OrganisationKind, TwoFactorChallenge, UserTwoFactor
from tests.conftest import PASSWORD

ME = "/api/v1/users/me/two-factor"


class Clock:
    """The two-factor module's clock, moved on by whole 30-second steps."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def step(self, steps: int = 1) -> None:
        self.offset += steps * two_factor.PERIOD


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(two_factor, "time", clock)
    return clock


def code_now(secret: str, clock: Clock) -> str:
    return pyotp.TOTP(secret).at(clock.time())


def login(client: TestClient, email: str, password: str = PASSWORD):
    return client.post("/api/v1/auth/token", data={"username": email, "password": password})


def verify(client: TestClient, challenge: str, **factor: str):
    return client.post("/api/v1/auth/two-factor/verify", json={"challenge": challenge, **factor})


def enable(client: TestClient, headers: dict[str, str], clock: Clock) -> tuple[str, list[str]]:
    """Enrol and confirm; returns the secret and the recovery codes."""
    enrolment = client.post(f"{ME}/enrolment", json={"password": PASSWORD}, headers=headers)
    assert enrolment.status_code == 200, enrolment.text
    secret = enrolment.json()["secret"]
    confirmed = client.post(
        f"{ME}/enrolment/confirm", json={"code": code_now(secret, clock)}, headers=headers
    )
    assert confirmed.status_code == 200, confirmed.text
    clock.step()  # the confirming code's step is spent
    return secret, confirmed.json()["recoveryCodes"]


def challenge_of(response) -> str:
    assert response.status_code == 401, response.text
    assert "access_token" not in response.json()
    return response.json()["challenge"]


def test_enrol_confirm_and_log_in_with_a_code(client: TestClient, world, as_role, clock: Clock) -> None:
    actor = world.actor(Role.DESK)
    headers = as_role(Role.DESK)
    stolen_session = client.post(f"{ME}/enrolment", json={"password": "not the password"}, headers=headers)
    assert stolen_session.status_code == 403  # a stolen session alone cannot enrol
    enrolment = client.post(f"{ME}/enrolment", json={"password": PASSWORD}, headers=headers).json()
    assert enrolment["otpauthUri"].startswith("otpauth://totp/Onderdak:")
    assert enrolment["qrCode"].startswith("data:image/svg+xml")
    assert pyotp.parse_uri(enrolment["otpauthUri"]).secret == enrolment["secret"]
    # Not active before it is confirmed: the password alone still logs in.
    assert client.get("/api/v1/users/me", headers=headers).json()["twoFactorEnabled"] is False
    assert login(client, actor.email).status_code == 200

    wrong = client.post(f"{ME}/enrolment/confirm", json={"code": "000000"}, headers=headers)
    assert wrong.status_code == 400
    assert wrong.json()["type"].endswith("/invalid-second-factor")
    confirmed = client.post(
        f"{ME}/enrolment/confirm",
        json={"code": code_now(enrolment["secret"], clock)},
        headers=headers,
    )
    assert confirmed.status_code == 200, confirmed.text
    codes = confirmed.json()["recoveryCodes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert confirmed.json()["tokens"] is None
    assert client.get("/api/v1/users/me", headers=headers).json()["twoFactorEnabled"] is True
    shown = client.get(f"/api/v1/users/{actor.user_id}", headers=as_role(Role.ADMIN)).json()
    assert shown["twoFactorEnabled"] is True
    assert client.get(ME, headers=headers).json() == {
        "enabled": True,
        "required": False,
        "recoveryCodesLeft": 10,
    }
    assert client.post(f"{ME}/enrolment", json={"password": PASSWORD}, headers=headers).status_code == 409

    password_step = login(client, actor.email)
    assert password_step.json()["type"].endswith("/second-factor-required")
    assert password_step.json()["challengeExpiresIn"] == 300
    challenge = challenge_of(password_step)
    clock.step()
    tokens = verify(client, challenge, code=code_now(enrolment["secret"], clock))
    assert tokens.status_code == 200, tokens.text
    profile = client.get(
        "/api/v1/users/me", headers={"Authorization": f"Bearer {tokens.json()['access_token']}"}
    )
    assert profile.status_code == 200
    # The challenge is spent.
    clock.step()
    again = verify(client, challenge, code=code_now(enrolment["secret"], clock))
    assert again.status_code == 401
    assert again.json()["type"].endswith("/invalid-challenge")


def test_a_code_works_once_and_a_step_either_side(client: TestClient, world, as_role, clock) -> None:
    actor = world.actor(Role.MUNICIPALITY)
    secret, _ = enable(client, as_role(Role.MUNICIPALITY), clock)
    code = code_now(secret, clock)
    assert verify(client, challenge_of(login(client, actor.email)), code=code).status_code == 200
    replay = verify(client, challenge_of(login(client, actor.email)), code=code)
    assert replay.status_code == 401
    assert replay.json()["type"].endswith("/invalid-second-factor")
    # The next step's code is accepted early (clock drift), an older one never after it.
    earlier = code_now(secret, clock)
    clock.step()
    later = code_now(secret, clock)
    clock.step(-1)
    assert verify(client, challenge_of(login(client, actor.email)), code=later).status_code == 200
    assert verify(client, challenge_of(login(client, actor.email)), code=earlier).status_code == 401
    clock.step(3)
    stale = pyotp.TOTP(secret).at(clock.time() - 2 * two_factor.PERIOD)
    assert verify(client, challenge_of(login(client, actor.email)), code=stale).status_code == 401


def test_a_recovery_code_works_once(client: TestClient, world, as_role, clock) -> None:
    actor = world.actor(Role.PARTNER)
    _, codes = enable(client, as_role(Role.PARTNER), clock)
    typed = codes[0].upper().replace("-", " ")  # read off paper: any case, any separators
    assert verify(client, challenge_of(login(client, actor.email)), recoveryCode=typed).status_code == 200
    used = verify(client, challenge_of(login(client, actor.email)), recoveryCode=codes[0])
    assert used.status_code == 401
    assert client.get(ME, headers=as_role(Role.PARTNER)).json()["recoveryCodesLeft"] == 9
    both = verify(client, "x", code="123456", recoveryCode=codes[1])
    assert both.status_code == 400  # one factor at a time


def test_wrong_codes_count_in_the_login_throttle(client: TestClient, world, as_role, clock) -> None:
    actor = world.actor(Role.PARTNER, "b")
    secret, _ = enable(client, as_role(Role.PARTNER, "b"), clock)
    challenge = challenge_of(login(client, actor.email))
    for _ in range(3):  # ONDERDAK_LOGIN_MAX_FAILURES=3 in the tests
        assert verify(client, challenge, code="000000").status_code == 401
    locked = verify(client, challenge, code=code_now(secret, clock))
    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) > 0
    assert login(client, actor.email).status_code == 429  # the password step too


def test_disable_needs_the_password_and_a_fresh_factor(client: TestClient, world, as_role, clock) -> None:
    actor = world.actor(Role.DESK, "b")
    headers = as_role(Role.DESK, "b")
    secret, codes = enable(client, headers, clock)
    code = code_now(secret, clock)
    assert verify(client, challenge_of(login(client, actor.email)), code=code).status_code == 200
    no_password = client.post(
        f"{ME}/disable", json={"password": "not the password", "recoveryCode": codes[0]}, headers=headers
    )
    assert no_password.status_code == 403
    replayed = client.post(f"{ME}/disable", json={"password": PASSWORD, "code": code}, headers=headers)
    assert replayed.status_code == 403
    assert replayed.json()["type"].endswith("/invalid-second-factor")
    assert client.post(f"{ME}/disable", json={"password": PASSWORD}, headers=headers).status_code == 400
    off = client.post(f"{ME}/disable", json={"password": PASSWORD, "recoveryCode": codes[0]}, headers=headers)
    assert off.status_code == 204, off.text
    assert login(client, actor.email).status_code == 200
    assert client.get("/api/v1/users/me", headers=headers).json()["twoFactorEnabled"] is False


def test_new_recovery_codes_replace_the_old(client: TestClient, world, as_role, clock) -> None:
    actor = world.actor(Role.MUNICIPALITY, "b")
    headers = as_role(Role.MUNICIPALITY, "b")
    secret, old = enable(client, headers, clock)
    fresh = client.post(f"{ME}/recovery-codes", json={"code": code_now(secret, clock)}, headers=headers)
    assert fresh.status_code == 200, fresh.text
    new = fresh.json()["recoveryCodes"]
    assert verify(client, challenge_of(login(client, actor.email)), recoveryCode=old[1]).status_code == 401
    assert verify(client, challenge_of(login(client, actor.email)), recoveryCode=new[1]).status_code == 200
    denied = client.post(f"{ME}/recovery-codes", json={"code": "000000"}, headers=headers)
    assert denied.status_code == 403


def test_a_required_role_without_a_factor_gets_an_enrolment_challenge(
    client: TestClient, world, as_role, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "two_factor_required_roles", ["desk"])
    actor = world.actor(Role.DESK)
    password_step = login(client, actor.email)
    assert password_step.json()["type"].endswith("/second-factor-enrolment-required")
    challenge = challenge_of(password_step)
    # An enrolment challenge gives no tokens for a code, and is no access token.
    assert verify(client, challenge, code="123456").json()["type"].endswith("/invalid-challenge")
    assert client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {challenge}"}).status_code == 401

    enrolment = client.post("/api/v1/auth/two-factor/enrolment", json={"challenge": challenge})
    assert enrolment.status_code == 200, enrolment.text
    secret = enrolment.json()["secret"]
    confirmed = client.post(
        "/api/v1/auth/two-factor/enrolment/confirm",
        json={"challenge": challenge, "code": code_now(secret, clock)},
    )
    assert confirmed.status_code == 200, confirmed.text
    assert len(confirmed.json()["recoveryCodes"]) == 10
    access = confirmed.json()["tokens"]["access_token"]
    headers = {"Authorization": f"Bearer {access}"}
    assert client.get(ME, headers=headers).json()["required"] is True
    # Required: it cannot be switched off.
    codes = confirmed.json()["recoveryCodes"]
    refused = client.post(
        f"{ME}/disable", json={"password": PASSWORD, "recoveryCode": codes[0]}, headers=headers
    )
    assert refused.status_code == 409
    assert refused.json()["type"].endswith("/two-factor-required")
    # The challenge is spent; the next login asks for a code.
    again = client.post("/api/v1/auth/two-factor/enrolment", json={"challenge": challenge})
    assert again.status_code == 401
    assert login(client, actor.email).json()["type"].endswith("/second-factor-required")


def test_an_organisation_can_require_a_factor(client: TestClient, world, as_role) -> None:
    organisation_id = world.organisation(OrganisationKind.PARTNER)
    path = f"/api/v1/organisations/{organisation_id}"
    body = {"twoFactorRequired": True}
    assert client.patch(path, json=body, headers=as_role(Role.PARTNER)).status_code == 403
    changed = client.patch(path, json=body, headers=as_role(Role.ADMIN))
    assert changed.status_code == 200, changed.text
    assert changed.json()["twoFactorRequired"] is True
    for role in (Role.PARTNER, Role.HOST):
        step = login(client, world.actor(role).email)
        assert step.json()["type"].endswith("/second-factor-enrolment-required")
    other = world.actor(Role.PARTNER, "b")
    assert login(client, other.email).status_code == 200


def test_a_challenge_expires(client: TestClient, db: Session, world, as_role, clock) -> None:
    actor = world.actor(Role.ADMIN, "b")
    secret, _ = enable(client, as_role(Role.ADMIN, "b"), clock)
    challenge = challenge_of(login(client, actor.email))
    db.exec(update(TwoFactorChallenge).values(expires_at=utcnow() - timedelta(seconds=1)))
    expired = verify(client, challenge, code=code_now(secret, clock))
    assert expired.status_code == 401
    assert expired.json()["type"].endswith("/invalid-challenge")


def test_tokens_and_challenges_are_not_interchangeable(client: TestClient, world, as_role, clock) -> None:
    actor = world.actor(Role.ADMIN)
    headers = as_role(Role.ADMIN)
    secret, _ = enable(client, headers, clock)
    challenge = challenge_of(login(client, actor.email))
    assert client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {challenge}"}).status_code == 401
    access = headers["Authorization"].removeprefix("Bearer ")
    as_challenge = verify(client, access, code=code_now(secret, clock))
    assert as_challenge.status_code == 401
    assert as_challenge.json()["type"].endswith("/invalid-challenge")
    assert verify(client, challenge, code=code_now(secret, clock)).status_code == 200


def test_the_secret_is_stored_encrypted(client: TestClient, db: Session, world, as_role, clock) -> None:
    actor = world.actor(Role.HOST)
    secret, _ = enable(client, as_role(Role.HOST), clock)
    row = db.exec(select(UserTwoFactor).where(UserTwoFactor.user_id == actor.user_id)).one()
    assert secret not in row.secret_ciphertext
    assert pyotp.TOTP(secret).now() not in row.secret_ciphertext


def test_required_roles_default_to_admin_and_desk_in_production_only() -> None:
    base = {
        "jwt_secret": "test-only-Vq3hN8xLr2Tz6pWk9sYc4dFj7mBg5aQe",
        "public_url": "https://onderdak.example.nl",
    }
    assert Settings(env="production", **base).roles_requiring_two_factor == {"admin", "desk"}
    assert Settings(env="test", **base).roles_requiring_two_factor == set()
    none = Settings(env="production", two_factor_required_roles="", **base)  # type: ignore[arg-type]
    assert none.roles_requiring_two_factor == set()
    with pytest.raises(ValueError):
        Settings(env="test", two_factor_required_roles="desk,captain", **base)  # type: ignore[arg-type]


def test_an_administrator_clears_a_lost_second_factor_and_the_user_sets_it_up_again(
    client: TestClient, world, as_role, clock: Clock
) -> None:
    desk = world.actor(Role.DESK)
    enable(client, as_role(Role.DESK), clock)
    reset = f"/api/v1/users/{desk.user_id}/two-factor/reset"
    own = client.post(reset, headers=as_role(Role.DESK))
    assert own.status_code == 403 and own.json()["type"].endswith("/own-two-factor")  # needs a fresh factor
    assert client.post(reset, headers=as_role(Role.PARTNER, "b")).status_code == 404  # not its user
    assert client.post(reset, headers=as_role(Role.HOST)).status_code == 403
    assert client.post(reset).status_code == 401

    cleared = client.post(reset, headers=as_role(Role.ADMIN))
    assert cleared.status_code == 200, cleared.text
    assert cleared.json()["twoFactorEnabled"] is False
    assert client.get("/api/v1/users/me", headers=as_role(Role.DESK)).status_code == 401  # logged out
    assert login(client, desk.email).status_code == 200  # the password alone works again
    again = client.post(reset, headers=as_role(Role.ADMIN))
    assert again.status_code == 409 and again.json()["type"].endswith("/two-factor-disabled")
    events = client.get(
        f"/api/v1/audit-events?subjectId={desk.user_id}&action=reset_two_factor", headers=as_role(Role.ADMIN)
    )
    assert events.json()["total"] == 1
