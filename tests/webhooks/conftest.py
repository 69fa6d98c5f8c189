"""A real HTTP receiver (http.server in a thread), subscriptions through the API, and delivery."""

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from api.core.authorization import Role
from api.core.config import Settings, get_settings
from api.webhooks.delivery import DeliveryReport, deliver_due
from tests.people.conftest import people, places  # noqa: F401 - fixtures


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: str

    @property
    def json(self) -> dict[str, Any]:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Records every POST; answers with the next status of `answers` (200 once they run out)."""

    base_url: str
    received: list[Received] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)

    def at(self, path: str) -> list[Received]:
        return [r for r in self.received if r.path == path]


@pytest.fixture
def receiver(allow_private: Settings) -> Iterator[Receiver]:
    """A local receiver, which the development settings let webhooks reach."""
    state: Receiver

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            body = self.rfile.read(int(self.headers["content-length"])).decode()
            state.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            status = state.answers.pop(0) if state.answers else 200
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state = Receiver(base_url=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def allow_private(monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Development settings: webhooks may reach the local receiver (the app's settings too)."""
    monkeypatch.setattr(get_settings(), "webhooks_allow_private", True)
    return get_settings()


@pytest.fixture
def deliver(db: Session, allow_private: Settings):
    """Run the sender in the test's transaction; the test's session then reads fresh rows."""

    def run(now: datetime | None = None) -> DeliveryReport:
        db.commit()
        report = deliver_due(db.connection(), allow_private, now=now)
        db.expire_all()
        return report

    return run


def subscribe(
    client: TestClient, headers: dict[str, str], organisation_id: Any, url: str, event_types: list[str]
) -> dict:
    response = client.post(
        f"/api/v1/organisations/{organisation_id}/webhook-subscriptions",
        json={"url": url, "eventTypes": event_types},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return response.json()


def verify(secret: str, headers: dict[str, str], body: str) -> bool:
    """Standard Webhooks verification written from the specification, independent of the server."""
    key = base64.b64decode(secret.split("_", 1)[1])
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.{body}".encode()
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for signature in headers["webhook-signature"].split(" "):
        version, _, value = signature.partition(",")
        if version == "v1" and hmac.compare_digest(value, expected):
            return True
    return False


ALL_EVENTS = [
    "relocation_request.status_changed",
    "offer.created",
    "offer.accepted",
    "offer.declined",
    "offer.withdrawn",
    "placement.ended",
    "host_family.vetting_changed",
    "incident.opened",
    "incident.closed",
]
STAFF = [Role.DESK, Role.MUNICIPALITY, Role.PARTNER]
