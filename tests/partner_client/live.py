"""A live Onderdak beside the tests: its own database (a SQLite file, or in the PostgreSQL pass a
schema of its own on the test server), `onderdak serve` and `onderdak worker` as processes, and a
local webhook receiver (http.server in a thread)."""

import os
import queue
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

STARTUP_SECONDS = 180  # an upper bound for a loaded CI machine; it polls, and is ready in seconds
STOP_SECONDS = 15


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(what: str, check: Callable[[], Any], timeout: float, interval: float = 0.05) -> Any:
    """Poll CHECK until it returns something truthy; fail with WHAT after TIMEOUT seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


LIVE_SCHEMA = "partner_live"


@contextmanager
def live_database(workdir: Path, test_database_url: str | None) -> Iterator[str]:
    """An empty database for the live server: a new SQLite file, or with TEST_DATABASE_URL (the
    PostgreSQL pass) a schema of its own there, which the suite's resets never touch."""
    if not test_database_url:
        yield f"sqlite:///{workdir / 'onderdak.db'}"
        return
    from sqlalchemy import create_engine, text

    engine = create_engine(test_database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {LIVE_SCHEMA} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {LIVE_SCHEMA}"))
    separator = "&" if "?" in test_database_url else "?"
    try:
        yield f"{test_database_url}{separator}options=-csearch_path%3D{LIVE_SCHEMA}"
    finally:
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {LIVE_SCHEMA} CASCADE"))
        engine.dispose()


def server_environment(database_url: str, workdir: Path) -> dict[str, str]:
    """The process environment of the live server and worker: none of the test suite's settings
    (its database, its throttles), only what a developer's machine would have plus ours."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ONDERDAK_") and key not in ("DATABASE_URL", "TEST_DATABASE_URL")
    }
    env |= {
        "DATABASE_URL": database_url,
        "ONDERDAK_ENV": "test",
        "ONDERDAK_JWT_SECRET": secrets.token_urlsafe(48),
        # The development switch of the webhook sender's address check (api/webhooks/addresses.py):
        # the receiver listens on 127.0.0.1, which is otherwise refused.
        "ONDERDAK_WEBHOOKS_ALLOW_PRIVATE": "true",
        "ONDERDAK_MAILBOX_PATH": str(workdir / "mailbox.jsonl"),
        "PYTHONUNBUFFERED": "1",
    }
    return env


@dataclass
class LiveServer:
    base_url: str
    database_url: str
    processes: list[subprocess.Popen] = field(default_factory=list)

    def logs(self) -> str:
        return "\n".join(
            f"--- {' '.join(map(str, p.args[2:]))} (exit {p.returncode}) ---\n{_read_log(p)}"
            for p in self.processes
        )


def _read_log(process: subprocess.Popen) -> str:
    log = getattr(process, "log_path", None)
    return Path(log).read_text(encoding="utf-8", errors="replace")[-4000:] if log else ""


def _start(args: list[str], env: dict[str, str], workdir: Path, name: str) -> subprocess.Popen:
    log_path = workdir / f"{name}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            [sys.executable, "-m", "api", *args],
            cwd=workdir,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    process.log_path = log_path  # type: ignore[attr-defined]
    return process


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # both finish the request or item at hand, then exit
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_SECONDS)


@contextmanager
def live_server(workdir: Path, database_url: str) -> Iterator[LiveServer]:
    """Migrate the empty database, load the demo data, then run the API and a worker on it."""
    env = server_environment(database_url, workdir)
    for setup in (["db", "upgrade"], ["demo", "load"]):
        done = subprocess.run(  # noqa: S603 - our own interpreter and arguments
            [sys.executable, "-m", "api", *setup],
            cwd=workdir,
            env=env,
            check=False,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, f"onderdak {' '.join(setup)} failed:\n{done.stdout}{done.stderr}"
    port = free_port()
    server = LiveServer(base_url=f"http://127.0.0.1:{port}/api/v1", database_url=database_url)
    try:
        server.processes.append(
            _start(["serve", "--host", "127.0.0.1", "--port", str(port)], env, workdir, "serve")
        )
        server.processes.append(_start(["worker", "--poll-interval", "0.2"], env, workdir, "worker"))

        def healthy() -> bool:
            for process in server.processes:
                if process.poll() is not None:
                    raise AssertionError(f"a process of the live server ended:\n{server.logs()}")
            try:
                return httpx.get(f"{server.base_url}/health", timeout=2).status_code == 200
            except httpx.TransportError:
                return False

        try:
            wait_for("the live server to answer /health", healthy, STARTUP_SECONDS, interval=0.1)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{server.logs()}") from None
        yield server
    finally:
        for process in server.processes:
            _stop(process)


@dataclass
class Delivery:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    url: str
    deliveries: "queue.Queue[Delivery]"

    def next(self, timeout: float) -> Delivery:
        try:
            return self.deliveries.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no webhook delivery within {timeout} s") from None


@contextmanager
def webhook_receiver() -> Iterator[Receiver]:
    """A partner's endpoint on 127.0.0.1: records each POST (raw body and headers), answers 204."""
    deliveries: queue.Queue[Delivery] = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            deliveries.put(Delivery(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    http_server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=http_server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Receiver(f"http://127.0.0.1:{http_server.server_address[1]}/onderdak-events", deliveries)
    finally:
        http_server.shutdown()
        http_server.server_close()
        thread.join(timeout=STOP_SECONDS)
