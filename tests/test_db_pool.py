"""PostgreSQL connections in the pool: an idle one that the server closed is replaced unseen."""

import pytest
from sqlalchemy import event, text

from api.core import db
from tests.conftest import TEST_DATABASE_URL


@pytest.fixture
def postgres_url() -> str:
    if not TEST_DATABASE_URL.startswith("postgres"):
        pytest.skip("the pool is configured for PostgreSQL only")
    return TEST_DATABASE_URL


def _backend_pid(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        return connection.execute(text("SELECT pg_backend_pid()")).scalar_one()


def test_an_idle_connection_the_server_closed_is_replaced(postgres_url, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    engine = db.build_engine(postgres_url)
    killer = db.build_engine(postgres_url)
    try:
        first = _backend_pid(engine)
        with killer.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        monkeypatch.setattr(db, "IDLE_PING_SECONDS", 0.0)  # it has been idle long enough
        assert _backend_pid(engine) != first
    finally:
        engine.dispose()
        killer.dispose()


def test_a_connection_in_steady_use_costs_no_ping(postgres_url) -> None:  # type: ignore[no-untyped-def]
    engine = db.build_engine(postgres_url)
    statements: list[str] = []
    try:
        _backend_pid(engine)

        @event.listens_for(engine, "before_cursor_execute")
        def count(_connection, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
            statements.append(statement)

        pings = []
        real_ping = engine.dialect.do_ping
        engine.dialect.do_ping = lambda connection: pings.append(1) or real_ping(connection)  # type: ignore[method-assign]
        _backend_pid(engine)
        assert pings == []
        assert statements == ["SELECT pg_backend_pid()"]
    finally:
        engine.dispose()
