"""`make run`: the API and a worker; after `demo load`, one worker pass opens the request of the
demo's ending host stay."""

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile
import time
from contextlib import suppress
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from api.cli import app as cli
from api.core.config import REPO_ROOT
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


def _session_processes(session_id: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == session_id and fields[0] != "Z":
            pids.append(int(stat.parent.name))
    return pids


def _answers(url: str, deadline: float) -> bool:
    while time.monotonic() < deadline:
        with suppress(httpx.TransportError):
            return httpx.get(url, timeout=5).status_code == 200
        time.sleep(0.5)
    return False


@pytest.mark.skipif(not Path("/proc").is_dir() or shutil.which("make") is None, reason="needs make and /proc")
def test_make_run_starts_the_api_and_a_worker_and_ctrl_c_stops_both(tmp_path) -> None:
    database = tmp_path / "run.db"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    make = shutil.which("make")
    assert make is not None
    env = os.environ | {"DATABASE_URL": f"sqlite:///{database}", "ONDERDAK_ENV": "development"}
    run = subprocess.Popen(  # noqa: S603 - our own make target
        [make, "-o", "setup", "-o", "frontend-build", "run", f"PORT={port}"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        opened: list = []
        while time.monotonic() < deadline and not opened:
            time.sleep(1)
            if database.exists():
                with sqlite3.connect(database) as connection, suppress(sqlite3.OperationalError):
                    opened = connection.execute(  # fails until the schema is there
                        "SELECT status FROM relocation_request WHERE reason = 'host_stay_ending' "
                        "AND current_placement_id IS NOT NULL"
                    ).fetchall()
        assert opened == [("submitted",)]  # the worker ran the demo's stay-expiry job
        assert _answers(f"http://127.0.0.1:{port}/api/v1/health", deadline)  # and the API serves
    finally:
        os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C in the terminal does
        run.wait(timeout=60)
    deadline = time.monotonic() + 30
    while _session_processes(run.pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _session_processes(run.pid) == []  # neither the API nor the worker is left running
