"""Login throttling a stranger cannot turn against a user (#11 defect 3): counted per account and
client address, per address and per account; locks grow; a known client's correct password works."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from api.core.authorization import Role
from api.core.config import get_settings
from api.core.models import utcnow
from api.identity.models import LoginThrottle
from tests.conftest import PASSWORD

WRONG = "wrong password here"


@pytest.fixture
def from_address(app: FastAPI, db: Session):
    """A client at a given address (the connection's: no proxy is trusted in the tests)."""

    @contextmanager
    def client_at(address: str) -> Iterator[TestClient]:
        with TestClient(app, raise_server_exceptions=False, client=(address, 40000)) as client:
            yield client

    return client_at


def login(client: TestClient, email: str, password: str = PASSWORD, **headers: str) -> int:
    response = client.post(
        "/api/v1/auth/token", data={"username": email, "password": password}, headers=headers
    )
    return response.status_code


def test_a_stranger_cannot_lock_a_user_out(from_address, world) -> None:
    email = world.actor(Role.DESK).email
    with from_address("203.0.113.9") as stranger:
        assert [login(stranger, email, WRONG) for _ in range(3)] == [401, 401, 401]
        assert login(stranger, email) == 429  # the stranger is locked out, even with the password
    with from_address("198.51.100.4") as owner:
        assert login(owner, email) == 200  # the owner, elsewhere, is not


def test_x_forwarded_for_does_not_choose_the_address_counted(from_address, world) -> None:
    email = world.actor(Role.PARTNER).email
    with from_address("203.0.113.10") as attacker:
        codes = [login(attacker, email, WRONG, **{"X-Forwarded-For": f"10.9.0.{n}"}) for n in range(4)]
    assert codes == [401, 401, 401, 429]


def test_locks_grow_with_every_further_failure(from_address, world, db: Session) -> None:
    email = world.actor(Role.MUNICIPALITY).email
    with from_address("203.0.113.11") as client:
        for _ in range(3):
            login(client, email, WRONG)
        first = client.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
        assert first.status_code == 429 and 1 <= int(first.headers["Retry-After"]) <= 61

        pair_lock = _lock_ending_soonest(db)
        pair_lock.locked_until = utcnow() - timedelta(seconds=1)  # the first lock has passed
        db.add(pair_lock)
        db.commit()
        assert login(client, email, WRONG) == 401
        second = client.post("/api/v1/auth/token", data={"username": email, "password": PASSWORD})
    assert second.status_code == 429 and 61 < int(second.headers["Retry-After"]) <= 121


def _lock_ending_soonest(db: Session) -> LoginThrottle:
    locked = db.exec(select(LoginThrottle).where(LoginThrottle.locked_until.is_not(None))).all()  # type: ignore[union-attr]
    return min(locked, key=lambda row: row.locked_until)  # type: ignore[arg-type, return-value]


def test_a_guess_spread_over_many_addresses_slows_the_account_but_not_its_known_client(
    from_address, world, monkeypatch
) -> None:
    monkeypatch.setattr(get_settings(), "login_max_failures_per_account", 4)
    email = world.actor(Role.HOST).email
    with from_address("198.51.100.20") as usual_place:
        assert login(usual_place, email) == 200  # the user's own device, known from now on
    for n in range(4):  # never 3 from one address: no pair or address lock
        with from_address(f"203.0.113.{50 + n}") as bot:
            assert login(bot, email, WRONG) == 401
    with from_address("203.0.113.99") as new_place:
        assert login(new_place, email) == 429  # an unknown client waits, even with the password
    with from_address("198.51.100.20") as usual_place:
        assert login(usual_place, email) == 200  # the known client still gets in


def test_an_unknown_account_is_throttled_alike(from_address) -> None:
    with from_address("203.0.113.12") as client:
        codes = [login(client, "ghost@example.org", WRONG) for _ in range(4)]
    assert codes == [401, 401, 401, 429]  # a lock-out says nothing about whether the account exists
