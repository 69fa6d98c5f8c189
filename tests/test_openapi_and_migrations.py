"""The committed spec matches the app; migrations run up, down and up again with no drift."""

import json
import re
import tempfile
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from api.cli import OPENAPI_PATH, alembic_config, render_openapi
from api.main import MATCHED_FIRST, ROUTERS
from tests.conftest import IS_POSTGRES, TEST_DATABASE_URL


def test_committed_spec_is_current() -> None:
    committed = OPENAPI_PATH.read_text(encoding="utf-8")
    assert committed == render_openapi(), "run `make openapi` and commit openapi/openapi.json"


def test_routers_matched_first_share_no_path_with_the_others() -> None:
    """The app matches MATCHED_FIRST before the other routers: that changes no answer as long as
    none of their routes matches a path of another router's route (either way round)."""
    others = [route for router in ROUTERS if router not in MATCHED_FIRST for route in router.routes]
    for router in MATCHED_FIRST:
        for route in router.routes:
            for other in others:
                clash = other.path_regex.match(re.sub(r"\{\w+\}", "x", route.path)) or route.path_regex.match(
                    re.sub(r"\{\w+\}", "x", other.path)
                )
                assert not clash, f"{route.path} and {other.path}"


def test_spec_follows_the_house_rules() -> None:
    spec = json.loads(render_openapi())
    assert spec["servers"][0]["url"] == "/api/v1"
    assert {"name", "email", "url"} <= set(spec["info"]["contact"])
    for path, operations in spec["paths"].items():
        assert re.fullmatch(r"(/([a-z0-9-]+|\{[A-Za-z]+\}))+", path), path
        for method, operation in operations.items():
            assert re.fullmatch(r"[a-z-]+-[a-z_]+", operation["operationId"]), operation["operationId"]
            for code, response in operation["responses"].items():
                if code.startswith("2"):
                    assert "API-Version" in response.get("headers", {}), (method, path, code)
                if code[0] in "45":
                    assert "application/problem+json" in response["content"], (method, path, code)
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    assert re.fullmatch(r"[a-z][A-Za-z0-9]*", parameter["name"]), parameter["name"]


@pytest.fixture
def scratch_url():
    """An empty database: a new SQLite file, or a new schema on the PostgreSQL server."""
    if not IS_POSTGRES:
        yield f"sqlite:///{Path(tempfile.mkdtemp()) / 'migrations.db'}"
        return
    engine = create_engine(TEST_DATABASE_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS migration_check CASCADE"))
        connection.execute(text("CREATE SCHEMA migration_check"))
    separator = "&" if "?" in TEST_DATABASE_URL else "?"
    yield f"{TEST_DATABASE_URL}{separator}options=-csearch_path%3Dmigration_check"
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA migration_check CASCADE"))
    engine.dispose()


def test_migrations_up_down_up_without_drift(scratch_url: str) -> None:
    config = alembic_config(scratch_url)
    command.upgrade(config, "head")
    command.check(config)  # raises when models and migrations disagree
    command.downgrade(config, "base")
    from api.core.db import build_engine

    engine = build_engine(scratch_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    command.upgrade(config, "head")
