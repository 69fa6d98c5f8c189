"""`make run`'s demo: after `demo load`, one worker pass opens the request of the ending host stay."""

import tempfile
from pathlib import Path

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from api.cli import app as cli
from api.households.models import Household
from api.placements.models import Placement
from api.relocation.models import RelocationRequest
from tests.conftest import IS_POSTGRES

runner = CliRunner()
pytestmark = pytest.mark.skipif(IS_POSTGRES, reason="CLI checks run once, on SQLite")


@pytest.fixture
def scratch_engine(monkeypatch):
    from api.core.config import get_settings
    from api.core.db import get_engine

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{Path(tempfile.mkdtemp()) / 'demo.db'}")
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield get_engine
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()


def test_one_worker_pass_after_demo_load_opens_the_expiring_host_stays_request(scratch_engine) -> None:
    for command in (["db", "upgrade"], ["demo", "load"]):
        result = runner.invoke(cli, command)
        assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["worker", "--once"])
    assert result.exit_code == 0, result.output
    assert "stay-expiry: succeeded {'opened': 1" in result.output
    with Session(scratch_engine()) as session:
        [living] = session.exec(select(Placement).where(Placement.arrived_on != None)).all()  # noqa: E711
        [request] = session.exec(
            select(RelocationRequest).where(RelocationRequest.current_placement_id == living.id)
        ).all()
        household = session.get(Household, living.household_id)
        assert household is not None
        assert request.reason == "host_stay_ending" and request.status == "submitted"
    assert "stay-expiry" not in runner.invoke(cli, ["worker", "--once"]).output  # done for today
