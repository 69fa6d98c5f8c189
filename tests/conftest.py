"""Test database and callers.

The schema is built once per run by running the Alembic migrations (SQLite by default, PostgreSQL
when TEST_DATABASE_URL is set). Base data (municipalities, organisations, one user per role in two
organisations of each kind) is committed once; every test then runs inside a transaction that is
rolled back, so tests never see each other's changes.
"""

import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_tmp = Path(tempfile.mkdtemp(prefix="onderdak-tests-"))
TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{_tmp / 'test.db'}"
os.environ["DATABASE_URL"] = TEST_DATABASE_URL
os.environ["ONDERDAK_ENV"] = "test"
os.environ["ONDERDAK_JWT_SECRET"] = (
    "test-only-Vq3hN8xLr2Tz6pWk9sYc4dFj7mBg5aQe"  # high entropy: weak secrets are refused
)
os.environ["ONDERDAK_LOGIN_MAX_FAILURES"] = "3"
os.environ["ONDERDAK_LOGIN_MAX_FAILURES_PER_ADDRESS"] = "8"
os.environ["ONDERDAK_MAX_BODY_BYTES"] = "65536"
os.environ["ONDERDAK_MAILBOX_PATH"] = str(_tmp / "mailbox.jsonl")

import pytest  # noqa: E402
from alembic import command  # noqa: E402
from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import Engine, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from api.cli import alembic_config  # noqa: E402
from api.core.authorization import Role  # noqa: E402
from api.core.config import get_settings  # noqa: E402
from api.core.db import get_engine, get_session, run_in_transaction  # noqa: E402
from api.core.security import create_access_token  # noqa: E402
from api.identity import service as identity  # noqa: E402
from api.identity.models import OrganisationCreate, OrganisationKind, UserCreate  # noqa: E402
from api.main import create_app  # noqa: E402
from api.reference import service as reference  # noqa: E402

PASSWORD = "correct horse battery staple"
IS_POSTGRES = TEST_DATABASE_URL.startswith("postgres")

ROLE_ORGANISATION = {
    Role.ADMIN: OrganisationKind.OPERATOR,
    Role.DESK: OrganisationKind.RELOCATION_DESK,
    Role.MUNICIPALITY: OrganisationKind.MUNICIPALITY,
    Role.PARTNER: OrganisationKind.PARTNER,
    Role.HOST: OrganisationKind.PARTNER,
}


@dataclass(frozen=True)
class Actor:
    role: Role
    user_id: uuid.UUID
    email: str
    organisation_id: uuid.UUID


@dataclass(frozen=True)
class World:
    """Base data: for each of two 'sides' (a and b), one organisation per kind and one user per role."""

    organisations: dict[tuple[str, OrganisationKind], uuid.UUID]
    actors: dict[tuple[str, Role], Actor]

    def actor(self, role: Role, side: str = "a") -> Actor:
        return self.actors[(side, role)]

    def organisation(self, kind: OrganisationKind, side: str = "a") -> uuid.UUID:
        return self.organisations[(side, kind)]


def _reset_database(engine: Engine) -> None:
    if IS_POSTGRES:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))


@pytest.fixture(scope="session")
def engine() -> Iterator[Engine]:
    engine = get_engine()
    _reset_database(engine)
    command.upgrade(alembic_config(TEST_DATABASE_URL), "head")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def world(engine: Engine) -> World:
    municipality_of_side = {"a": "GM0344", "b": "GM0363"}
    with Session(engine) as session:
        reference.upsert_municipalities(session, reference.read_csv(reference.DEMO_CSV))
        session.flush()
        organisations = {}
        for side in ("a", "b"):
            for kind in OrganisationKind:
                organisation = identity.create_organisation(
                    session,
                    None,
                    OrganisationCreate(
                        name=f"Test {kind.value} {side}",
                        kind=kind,
                        municipalityCode=municipality_of_side[side],
                    ),
                )
                organisations[(side, kind)] = organisation.id
        actors = {}
        for side in ("a", "b"):
            for role in Role:
                email = f"{role.value}-{side}@test.onderdak.nl"
                user = identity.create_user(
                    session,
                    None,
                    UserCreate(
                        email=email,
                        fullName=f"{role.value.title()} {side.upper()}",
                        role=role,
                        organisationId=organisations[(side, ROLE_ORGANISATION[role])],
                        isOrganisationAdmin=role != Role.HOST,
                        password=PASSWORD,
                    ),
                )
                actors[(side, role)] = Actor(role, user.id, email, user.organisation_id)
        session.commit()
    return World(organisations=organisations, actors=actors)


# One app for the whole run, built at import so that module-level schemas (schemathesis) can use it.
APP = create_app(get_settings())


@pytest.fixture(scope="session")
def app(world: World) -> FastAPI:
    return APP


@pytest.fixture
def db(engine: Engine, app: FastAPI) -> Iterator[Session]:
    """The test's session: every request of the test shares its transaction, rolled back after."""
    connection = engine.connect()
    outer = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)

    def test_session() -> Iterator[Session]:
        yield from run_in_transaction(session)

    app.state.api.dependency_overrides[get_session] = test_session
    yield session
    app.state.api.dependency_overrides.clear()
    session.close()
    outer.rollback()
    connection.close()


@pytest.fixture
def client(app: FastAPI, db: Session) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def bearer(user_id: uuid.UUID, generation: int = 0) -> dict[str, str]:
    """An access token for a user of generation GENERATION (0 until they log out, change their
    password or are deactivated)."""
    token, _ = create_access_token(get_settings(), user_id=user_id, generation=generation)
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def as_role(world: World):
    """Headers for a user of ROLE (side 'a' unless told)."""

    def headers(role: Role, side: str = "a") -> dict[str, str]:
        return bearer(world.actor(role, side).user_id)

    return headers


@pytest.fixture
def another_organisation_admin(client: TestClient, world: World):
    """Add a second active admin to ACTOR's organisation (with ACTOR's role), so that ACTOR may be
    demoted or deactivated: the last admin of an organisation may not."""

    def add(actor: Actor) -> dict:
        response = client.post(
            "/api/v1/users",
            json={
                "email": f"admin-{uuid.uuid4().hex[:8]}@example.org",
                "fullName": "Tweede beheerder",
                "role": Role.PARTNER.value if actor.role == Role.ADMIN else actor.role.value,
                "organisationId": str(actor.organisation_id),
                "isOrganisationAdmin": True,
            },
            headers=bearer(world.actor(Role.ADMIN).user_id),
        )
        assert response.status_code == 201, response.text
        return response.json()

    return add
