"""`onderdak worker --once` and `onderdak people send-notifications` on a scratch database."""

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from api.cli import app as cli
from api.identity.models import OrganisationCreate, OrganisationKind
from api.notifications.models import Notification
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from api.relocation.models import RelocationRequest
from tests.conftest import IS_POSTGRES
from tests.people.factories import make_host, make_household

runner = CliRunner()
pytestmark = pytest.mark.skipif(IS_POSTGRES, reason="CLI checks run once, on SQLite")


@pytest.fixture
def scratch_engine(monkeypatch):
    from api.core.config import get_settings
    from api.core.db import get_engine

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{Path(tempfile.mkdtemp()) / 'cli.db'}")
    get_settings.cache_clear()
    get_engine.cache_clear()
    assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0
    yield get_engine()
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()


def test_the_worker_runs_each_job_once_and_sends_the_notifications(scratch_engine) -> None:
    from api.identity import service as identity
    from api.reference import service as reference

    today = date.today()
    with Session(scratch_engine) as session:
        reference.upsert_municipalities(session, reference.read_csv(reference.DEMO_CSV))
        partner = identity.create_organisation(
            session, None, OrganisationCreate(name="Partner", kind=OrganisationKind.PARTNER)
        )
        host = make_host(
            session,
            partner.id,
            available_from=today - timedelta(days=150),
            available_until=today + timedelta(days=14),
        )
        household = make_household(
            session, supporting_organisation_id=partner.id, contact_email="a@example.org"
        )
        hold_beds(
            session,
            household_id=household.id,
            place_type=PlaceType.HOST_FAMILY,
            place_id=host.id,
            beds=1,
            starts_on=today - timedelta(days=150),
            arrived_on=today - timedelta(days=150),
        )
        session.commit()

    first = runner.invoke(cli, ["worker", "--once"])
    assert first.exit_code == 0, first.output
    assert "stay-expiry: succeeded {'opened': 1" in first.output
    assert "notifications: sent 1," in first.output  # to the household; the partner has no users
    second = runner.invoke(cli, ["worker", "--once"])
    assert second.exit_code == 0 and "stay-expiry" not in second.output  # not due again until tomorrow
    assert runner.invoke(cli, ["worker", "--once", "--batch", "0"]).exit_code != 0

    sent = runner.invoke(cli, ["people", "send-notifications"])
    assert sent.exit_code == 0 and "sent 0," in sent.output  # the worker sent it already
    with Session(scratch_engine) as session:
        assert len(session.exec(select(RelocationRequest)).all()) == 1
        assert [n.status for n in session.exec(select(Notification)).all()] == ["sent"]
