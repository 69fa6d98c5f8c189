"""The `onderdak` command on a scratch database."""

import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app as cli
from tests.conftest import IS_POSTGRES

runner = CliRunner()


@pytest.fixture
def scratch_db(monkeypatch):
    """Point the CLI at a fresh SQLite database (the CLI itself is dialect-independent)."""
    from api.core.config import get_settings
    from api.core.db import get_engine

    url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'cli.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    get_settings.cache_clear()
    get_engine.cache_clear()
    yield url
    get_engine().dispose()
    get_settings.cache_clear()
    get_engine.cache_clear()


pytestmark = pytest.mark.skipif(IS_POSTGRES, reason="CLI checks run once, on SQLite")


def test_upgrade_demo_and_create_admin(scratch_db) -> None:
    assert runner.invoke(cli, ["db", "upgrade"]).exit_code == 0
    demo = runner.invoke(cli, ["demo", "load"])
    assert demo.exit_code == 0, demo.output
    assert "desk@demo.onderdak.nl" in demo.output
    assert runner.invoke(cli, ["demo", "load"]).exit_code == 0  # idempotent
    created = runner.invoke(
        cli, ["users", "create-admin", "--email", "root@example.org", "--password", "a strong password"]
    )
    assert created.exit_code == 0, created.output
    again = runner.invoke(
        cli, ["users", "create-admin", "--email", "root@example.org", "--password", "a strong password"]
    )
    assert again.exit_code == 1
    assert "exists already" in again.output
    weak = runner.invoke(cli, ["users", "create-admin", "--email", "x@example.org", "--password", "short"])
    assert weak.exit_code != 0


def test_import_municipalities_from_csv(scratch_db, tmp_path) -> None:
    runner.invoke(cli, ["db", "upgrade"])
    good = tmp_path / "good.csv"
    good.write_text("code,name,province,lat,lon\nGM1234,Testdorp,Utrecht,52.1,5.2\n", encoding="utf-8")
    result = runner.invoke(cli, ["municipalities", "import", "--csv", str(good)])
    assert result.exit_code == 0 and "Imported 1" in result.output
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,province,lat,lon\nXX1,Nergens,Utrecht,52.1,5.2\n", encoding="utf-8")
    result = runner.invoke(cli, ["municipalities", "import", "--csv", str(bad)])
    assert result.exit_code == 1
    assert "CBS code" in result.output


def test_webhooks_deliver_reports_what_it_sent(scratch_db) -> None:
    runner.invoke(cli, ["db", "upgrade"])
    result = runner.invoke(cli, ["webhooks", "deliver", "--limit", "5"])
    assert result.exit_code == 0, result.output
    assert "0 due: 0 delivered, 0 to retry, 0 given up" in result.output
