"""The request's session (api.core.db.get_session, as the server runs it): one transaction that
commits when the handler returns, rolls back when it fails, and commits a refusal that keeps its
changes."""

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from api.core.db import SessionDep
from api.core.errors import ProblemError, install_error_handlers

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
