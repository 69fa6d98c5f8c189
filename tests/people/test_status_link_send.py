"""Sending the household its status link by e-mail or SMS: who may, in which language, how often."""

import json
import re

from fastapi.testclient import TestClient
from sqlmodel import select

from api.audit.models import AuditEvent
from api.core.authorization import Role
from api.core.config import get_settings
from api.notifications.models import Notification
from api.notifications.sender import send_pending
from tests.conftest import APP, bearer
from tests.people.conftest import days


def _send(people, rid: str, channel: str = "email", role: Role = Role.DESK, side: str = "a"):
    return people.post(
        f"/relocation-requests/{rid}/status-link/send", {"channel": channel}, role=role, side=side
    )


def test_the_desk_and_partner_queue_a_status_link_in_the_households_language(people, db) -> None:
    household = people.household(contact={"email": "olena@example.org", "phone": "+31 6 1234 5678"})
    rid = people.request(household["id"])["id"]
    sent = _send(people, rid, "sms")
    assert sent.status_code == 202, sent.text
    assert sent.json() | {"id": None, "createdAt": None} == {
        "id": None, "createdAt": None, "kind": "status_link", "channel": "sms", "recipientType": "household",
        "language": "uk", "status": "pending", "sentAt": None, "attempts": [],
    }  # fmt: skip
    assert _send(people, rid, "email", role=Role.PARTNER).status_code == 202
    queued = db.exec(select(Notification).where(Notification.kind == "status_link")).all()
    assert {(n.channel, n.recipient) for n in queued} == {
        ("sms", "+31 6 1234 5678"),
        ("email", "olena@example.org"),
    }
    assert {n.subject for n in queued} == {"Посилання на вашу сторінку статусу"}
    audit = people.get(f"/audit-events?subjectId={rid}&action=send_status_link", role=Role.ADMIN).json()
    assert {event["details"]["channel"] for event in audit["items"]} == {"sms", "email"}
    log = people.get(f"/relocation-requests/{rid}/notifications").json()
    assert {n["kind"] for n in log["items"]} == {"status_link"}


def test_other_organisations_and_roles_cannot_send(people) -> None:
    rid = people.request(people.household()["id"])["id"]
    assert _send(people, rid, role=Role.PARTNER, side="b").status_code == 404
    assert _send(people, rid, role=Role.MUNICIPALITY).status_code in (403, 404)
    assert _send(people, rid, role=Role.HOST).status_code == 403
    assert people.post(f"/relocation-requests/{rid}/status-link/send", {"channel": "fax"}).status_code == 400


def test_a_channel_without_an_address_is_refused(people) -> None:
    rid = people.request(people.household(contact={"email": "olena@example.org"})["id"])["id"]
    refused = _send(people, rid, "sms")
    assert refused.status_code == 422 and refused.json()["type"].endswith("/household-address-missing")


def test_sends_are_throttled_per_request(people) -> None:
    rid = people.request(people.household()["id"])["id"]
    for _ in range(3):
        assert _send(people, rid).status_code == 202
    throttled = _send(people, rid)
    assert throttled.status_code == 429 and throttled.json()["type"].endswith("/too-many-requests")
    assert 3000 < int(throttled.headers["Retry-After"]) <= 3601
    other = people.request(people.household()["id"])["id"]
    assert _send(people, other).status_code == 202  # another request's household is not held back


def test_the_sent_link_opens_the_status_page_and_the_old_link_keeps_working(
    committed, world, tmp_path
) -> None:
    client = TestClient(APP, raise_server_exceptions=False)
    partner = bearer(world.actor(Role.PARTNER).user_id)
    household = client.post(
        "/api/v1/households",
        json={
            "adults": 1,
            "children": 0,
            "members": [{"ageBand": "age_30_49"}],
            "languages": ["uk"],
            "preferredLanguage": "uk",
            "legalStatus": "ukrainian_tpd",
            "needs": {},
            "vulnerable": False,
            "contact": {"email": "olena@example.org"},
        },  # fmt: skip
        headers=partner,
    ).json()
    created = client.post(
        "/api/v1/relocation-requests",
        json={"householdId": household["id"], "reason": "work", "urgency": "normal", "mustMoveBy": days(40)},
        headers=partner,
    )
    assert created.status_code == 201, created.text
    rid, first_token = created.json()["id"], created.json()["statusLink"]["token"]
    sent = client.post(
        f"/api/v1/relocation-requests/{rid}/status-link/send", json={"channel": "email"}, headers=partner
    )
    assert sent.status_code == 202, sent.text

    mailbox = tmp_path / "mailbox.jsonl"
    settings = get_settings().model_copy(
        update={"mailbox_path": mailbox, "public_url": "https://o.example.nl"}
    )
    assert send_pending(committed.engine, settings).sent >= 1
    [message] = [m for m in map(json.loads, mailbox.read_text().splitlines()) if m["kind"] == "status_link"]
    assert message["to"] == "olena@example.org" and message["language"] == "uk"
    [token] = re.findall(
        r"Ваша сторінка статусу: https://o\.example\.nl/status/(onds_[\w-]+)$", message["body"]
    )
    for link in (token, first_token):
        page = client.get(f"/api/v1/status/{link}")
        assert page.status_code == 200, page.text
    with committed.session() as session:
        assert session.exec(select(AuditEvent).where(AuditEvent.action == "send_status_link")).first()
