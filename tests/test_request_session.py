"""The request's session (api.core.db.get_session, as the server runs it): one transaction that
commits when the handler returns, rolls back when it fails, and commits a refusal that keeps its
changes."""

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from api.core.db import SessionDep, reads_only
from api.core.errors import ProblemError, install_error_handlers
from api.matching.routes import list_candidates
from tests.conftest import IS_POSTGRES

CODE = "GM9990"


@pytest.fixture
def probe(engine: Engine) -> Iterator[TestClient]:
    app = FastAPI()
    install_error_handlers(app)

    @app.post("/write/{outcome}")
    def write(outcome: str, session: SessionDep) -> dict:
        session.connection().execute(
            text(
                "INSERT INTO municipality (code, name, province, lat, lon)"
                " VALUES (:code, 'Proef', 'Utrecht', 52.0, 5.0)"
            ),
            {"code": CODE},
        )
        if outcome == "refused":
            raise ProblemError("refused", status=409)
        if outcome == "refused-keeping":
            raise ProblemError("refused", status=409, keep_changes=True)
        if outcome == "failed":
            raise RuntimeError("broken")
        return {}

    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM municipality WHERE code = :code"), {"code": CODE})


def _written(engine: Engine) -> bool:
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT count(*) FROM municipality WHERE code = :code"), {"code": CODE}
        )
        return found.scalar_one() == 1


@pytest.mark.parametrize(
    ("outcome", "status", "kept"),
    [("done", 200, True), ("refused", 409, False), ("refused-keeping", 409, True), ("failed", 500, False)],
)
def test_the_request_commits_only_what_it_may_keep(probe, engine, outcome, status, kept) -> None:  # type: ignore[no-untyped-def]
    assert probe.post(f"/write/{outcome}").status_code == status
    assert _written(engine) is kept


@pytest.mark.skipif(not IS_POSTGRES, reason="on SQLite a route that only reads has its transaction")
def test_a_route_that_only_reads_runs_without_a_transaction(engine) -> None:  # type: ignore[no-untyped-def]
    """Each statement on its own (two statements, two transaction start times), and the pooled
    connection back in transactions once returned."""
    app = FastAPI()
    held = {}

    @app.get("/read")
    @reads_only
    def read(session: SessionDep) -> dict:
        connection = session.connection()
        held["dbapi"] = connection.connection.dbapi_connection
        held["autocommit"] = held["dbapi"].autocommit
        first = connection.execute(text("SELECT transaction_timestamp()")).scalar_one()
        connection.execute(text("SELECT pg_sleep(0.01)"))
        return {"same": connection.execute(text("SELECT transaction_timestamp()")).scalar_one() == first}

    with TestClient(app) as client:
        response = client.get("/read")
    assert response.json() == {"same": False}
    assert held["autocommit"] is True
    assert held["dbapi"].autocommit is False


def test_the_candidates_route_only_reads() -> None:
    assert list_candidates.reads_only is True
