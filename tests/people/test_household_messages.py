"""Messages that reach the household: its language, its channels (e-mail, SMS through a gateway),
its status link in every message, and the delivery log the desk reads."""

import json
import logging
import re
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlmodel import col, select

from api.core.authorization import Role
from api.core.config import get_settings
from api.core.models import utcnow
from api.core.security import hash_opaque_token
from api.identity.models import OrganisationKind
from api.notifications import routes as notification_routes
from api.notifications import templates
from api.notifications.models import Notification, NotificationDelivery, NotificationKind
from api.notifications.sender import DeliveryError, PermanentDeliveryError, deliver, e164, send_pending
from api.placements.models import PlaceType
from api.placements.service import hold_beds
from api.relocation.expiry import open_expiry_requests
from api.relocation.models import StatusLanguage, StatusLink
from tests.conftest import APP, bearer
from tests.people.committed import at_once
from tests.people.conftest import TODAY
from tests.people.factories import make_host, make_household

VALUES = {"move_on": "2026-12-20", "respond_by": "2026-12-10", "must_move_by": "2027-01-15", "status": "X"}


# Templates and languages


def test_every_kind_has_a_template_in_every_language() -> None:
    assert set(templates.TEMPLATES) == set(StatusLanguage)
    for language, table in templates.TEMPLATES.items():
        assert set(table) == {k.value for k in NotificationKind}, language
        for kind, template in table.items():
            for text in (template.subject, template.email, template.sms):
                assert text.format(**VALUES).strip(), (language, kind)
            assert "{link}" in template.link
            assert len(template.sms.format(**VALUES)) <= 100, (language, kind)  # the link follows


def test_messages_are_in_the_households_language_never_russian_by_default() -> None:
    def language(preferred: str, spoken: list[str]) -> StatusLanguage:
        return templates.message_language(SimpleNamespace(preferred_language=preferred, languages=spoken))  # type: ignore[arg-type]

    assert language("uk", ["uk", "ru"]) == StatusLanguage.UK
    assert language("en", []) == StatusLanguage.EN
    assert language("ru", ["ru"]) == StatusLanguage.RU  # chosen, so honoured
    assert language("pl", ["pl", "en"]) == StatusLanguage.EN  # a language it speaks that we write
    assert language("pl", ["pl", "ru"]) == StatusLanguage.NL  # Russian only when chosen
    assert language("ar", []) == StatusLanguage.NL

    assert templates.template("offer_made", StatusLanguage.UK).subject == "Ви отримали пропозицію місця"
    link = "https://onderdak.example.nl/status/onds_x"
    email = templates.with_link("Tekst.", "email", "move_date", StatusLanguage.NL, link)
    assert email == f"Tekst.\n\nUw statuspagina: {link}"
    assert templates.with_link("Tekst:", "sms", "move_date", StatusLanguage.NL, link) == f"Tekst: {link}"


def test_a_text_missing_in_a_language_falls_back_to_dutch_then_english(monkeypatch) -> None:
    monkeypatch.setitem(templates.TEMPLATES, StatusLanguage.UK, {})
    assert (
        templates.template("move_date", StatusLanguage.UK)
        == templates.TEMPLATES[StatusLanguage.NL]["move_date"]
    )
    monkeypatch.setitem(templates.TEMPLATES, StatusLanguage.NL, {})
    assert templates.template("move_date", StatusLanguage.UK).subject == "Your move is planned"


def test_the_household_gets_a_message_on_each_channel_it_has(people, db) -> None:
    household = people.household(
        preferredLanguage="pl",
        languages=["pl", "en"],
        contact={"email": "olena@example.org", "phone": "06 1234 5678"},
    )
    request = people.request(household["id"])
    assert people.transition(request["id"], "triaged").status_code == 200
    rows = db.exec(select(Notification).where(Notification.request_id == uuid.UUID(request["id"]))).all()
    mine = {(n.recipient_type, n.channel, n.language, n.recipient) for n in rows}
    assert ("household", "email", "en", "olena@example.org") in mine
    assert ("household", "sms", "en", "06 1234 5678") in mine
    assert {(t, c, lang) for t, c, lang, _ in mine if t == "organisation_user"} == {
        ("organisation_user", "email", "nl")
    }
    sms = next(n for n in rows if n.channel == "sms")
    assert sms.body == "Onderdak: the status of your request is now: Assessed."
    assert "status/" not in " ".join(n.body for n in rows)  # the link is added when it is sent


@pytest.mark.parametrize(
    ("preferred", "contact", "channels"),
    [
        ("sms", {"email": "olena@example.org", "phone": "0612345678"}, {"sms"}),
        ("email", {"email": "olena@example.org", "phone": "0612345678"}, {"email"}),
        ("email", {"phone": "0612345678"}, {"sms"}),  # no address for the preferred one: what it has
    ],
)
def test_the_household_gets_messages_the_way_it_prefers(people, db, preferred, contact, channels) -> None:
    household = people.household(contact=contact | {"preferredChannel": preferred})
    assert household["contact"]["preferredChannel"] == preferred
    request = people.request(household["id"])
    assert people.transition(request["id"], "triaged").status_code == 200
    rows = db.exec(select(Notification).where(Notification.request_id == uuid.UUID(request["id"]))).all()
    assert {n.channel for n in rows if n.recipient_type == "household"} == channels


def test_phone_numbers_are_sent_in_international_form() -> None:
    assert e164("06 1234 5678") == "+31612345678"
    assert e164("+31 (0)6-1234 5678") == "+31612345678"
    assert e164("0031 6 12345678") == "+31612345678"
    assert e164("+380 67 123 4567") == "+380671234567"
    with pytest.raises(PermanentDeliveryError):
        e164("112")


# The SMS gateway, against a real HTTP server on this machine


@pytest.fixture
def gateway() -> Iterator[SimpleNamespace]:
    received: list[dict[str, Any]] = []
    answers: list[tuple[int, str, float]] = []  # status, body, delay in seconds

    class Gateway(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            received.append(
                {
                    "path": self.path,
                    "authorization": self.headers.get("Authorization"),
                    "json": json.loads(self.rfile.read(length)),
                }
            )
            status, body, delay = answers.pop(0) if answers else (201, '{"id": "m-1"}', 0.0)
            time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body.encode())))
                self.end_headers()
                self.wfile.write(body.encode())
            except BrokenPipeError:  # the client gave up waiting (the timeout test)
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Gateway)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield SimpleNamespace(
        url=f"http://127.0.0.1:{server.server_port}/v1/messages", received=received, answers=answers
    )
    server.shutdown()
    server.server_close()


GATEWAY_KEY = "sk_live_not-for-anyone"  # noqa: S105 - a test value


def sms_settings(gateway: SimpleNamespace, **overrides: Any):  # type: ignore[no-untyped-def]
    return get_settings().model_copy(
        update={"sms_gateway_url": gateway.url, "sms_gateway_key": GATEWAY_KEY} | overrides
    )


def sms(
    body: str = "Onderdak: uw verhuizing is gepland op 2026-12-20. https://x/status/onds_t",
) -> Notification:
    return Notification(
        kind="move_date", channel="sms", recipient_type="household", recipient="06 1234 5678",
        language="nl", subject="", body=body,
    )  # fmt: skip


def test_the_gateway_gets_the_message_with_the_key(gateway) -> None:
    message = sms()
    assert deliver(sms_settings(gateway), message) == "sms-gateway"
    [got] = gateway.received
    assert got["path"] == "/v1/messages" and got["authorization"] == f"Bearer {GATEWAY_KEY}"
    assert got["json"] == {
        "to": "+31612345678",
        "from": "Onderdak",
        "text": message.body,
        "reference": str(message.id),
    }


def test_a_gateway_error_is_retried_and_a_refusal_is_final(gateway) -> None:
    gateway.answers.extend(
        [
            (503, "busy", 0.0),
            (429, "slow down", 0.0),
            (400, f'{{"error": "bad number", "key": "{GATEWAY_KEY}"}}', 0.0),
        ]
    )
    settings = sms_settings(gateway)
    for status in ("503", "429"):
        with pytest.raises(DeliveryError, match=status) as retried:
            deliver(settings, sms())
        assert not isinstance(retried.value, PermanentDeliveryError)
    with pytest.raises(PermanentDeliveryError, match="refused the message \\(400\\)"):
        deliver(settings, sms())


def test_a_gateway_that_does_not_answer_in_time_is_retried(gateway) -> None:
    gateway.answers.append((201, "{}", 1.0))
    with pytest.raises(DeliveryError, match="in time") as late:
        deliver(sms_settings(gateway, sms_timeout_seconds=0.2), sms())
    assert not isinstance(late.value, PermanentDeliveryError)


# Through the sender, with real commits


def expiry_request(committed, world, **household: Any) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """A household (without a supporting organisation, so no staff mail) living at a host whose
    stay ends in 20 days; the daily job opens its request, without a status link."""
    with committed.session() as session:
        host = make_host(
            session,
            world.organisation(OrganisationKind.PARTNER),
            available_from=TODAY - timedelta(days=100),
            available_until=TODAY + timedelta(days=20),
        )
        committed.hosts.append(host.id)
        made = make_household(session, **household)
        hold_beds(
            session,
            household_id=made.id,
            place_type=PlaceType.HOST_FAMILY,
            place_id=host.id,
            beds=1,
            starts_on=TODAY - timedelta(days=100),
            arrived_on=TODAY - timedelta(days=100),
        )
        opened = open_expiry_requests(session, get_settings(), TODAY)
        session.commit()
    [request_id] = opened["requestIds"]
    return uuid.UUID(request_id)


def delivery_log(request_id: uuid.UUID, world, role: Role) -> dict:  # type: ignore[no-untyped-def]
    client = TestClient(APP, raise_server_exceptions=False)
    headers = bearer(world.actor(role).user_id)
    response = client.get(f"/api/v1/relocation-requests/{request_id}/notifications", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_an_expiry_request_gets_a_working_status_link_in_every_message(
    committed, world, tmp_path, caplog
) -> None:
    request_id = expiry_request(
        committed, world, contact_email="olena@example.org", contact_phone="+31 6 1234 5678"
    )
    with committed.session() as session:
        assert not session.exec(select(StatusLink).where(StatusLink.request_id == request_id)).all()
    mailbox = tmp_path / "mailbox.jsonl"
    settings = get_settings().model_copy(
        update={"mailbox_path": mailbox, "public_url": "https://onderdak.example.nl/"}
    )

    with caplog.at_level(logging.DEBUG):
        report = send_pending(committed.engine, settings)
    assert (report.sent, report.retried, report.failed) == (2, 0, 0)

    messages = {m["channel"]: m for m in map(json.loads, mailbox.read_text().splitlines())}
    email, text = messages["email"], messages["sms"]
    assert email["to"] == "olena@example.org" and email["language"] == "uk"
    assert email["subject"] == "Ваше перебування закінчується: готується переїзд"
    link = r"https://onderdak\.example\.nl/status/(onds_[\w-]+)"
    [email_token] = re.findall(rf"\n\nВаша сторінка статусу: {link}$", email["body"])
    [sms_token] = re.findall(rf"^Onderdak: .+: {link}$", text["body"])
    assert text["to"] == "+31 6 1234 5678"

    client = TestClient(APP, raise_server_exceptions=False)
    for token in (email_token, sms_token):
        page = client.get(f"/api/v1/status/{token}")
        assert page.status_code == 200 and page.json()["language"] == "uk"
    with committed.session() as session:
        links = session.exec(select(StatusLink).where(StatusLink.request_id == request_id)).all()
        assert {link.token_hash for link in links} == {
            hash_opaque_token(email_token),
            hash_opaque_token(sms_token),
        }
        stored = session.exec(select(Notification).where(Notification.request_id == request_id)).all()
        deliveries = session.exec(select(NotificationDelivery)).all()
        kept = " ".join([*(n.body for n in stored), *(str(d.model_dump()) for d in deliveries)])
    assert email_token not in kept + caplog.text and sms_token not in kept + caplog.text

    log = delivery_log(request_id, world, Role.DESK)
    assert {
        (n["channel"], n["recipientType"], n["kind"], n["status"], len(n["attempts"])) for n in log["items"]
    } == {
        ("email", "household", "expiry_warning", "sent", 1),
        ("sms", "household", "expiry_warning", "sent", 1),
    }
    attempt = log["items"][0]["attempts"][0]
    assert attempt | {"attemptedAt": None} == {
        "attempt": 1, "attemptedAt": None, "via": "mailbox", "status": "sent", "error": None, "retryAt": None
    }  # fmt: skip
    assert "recipient" not in log["items"][0]


def test_two_senders_at_once_deliver_each_message_once_with_one_link(committed, world, tmp_path) -> None:
    request_id = expiry_request(
        committed, world, contact_email="olena@example.org", contact_phone="0612345678"
    )
    mailbox = tmp_path / "mailbox.jsonl"
    settings = get_settings().model_copy(update={"mailbox_path": mailbox})
    delivered: list[uuid.UUID] = []

    def sender(settings, notification: Notification) -> str:  # type: ignore[no-untyped-def]
        delivered.append(notification.id)
        return deliver(settings, notification)

    reports = at_once(*(lambda: send_pending(committed.engine, settings, sender=sender) for _ in range(2)))
    assert sum(r.sent for r in reports) == 2 and len(delivered) == len(set(delivered)) == 2
    assert len(mailbox.read_text().splitlines()) == 2
    with committed.session() as session:
        links = session.exec(select(StatusLink).where(StatusLink.request_id == request_id)).all()
        assert len(links) == 2 and all(link.revoked_at is None for link in links)


def test_the_link_opens_the_page_in_the_messages_language(committed, world, tmp_path) -> None:
    """Polish is not written: the message is in English, a language the household speaks; the status
    page, which would fall back to English anyway, gets no `lang`; a Dutch fallback does."""
    mailbox = tmp_path / "mailbox.jsonl"
    settings = get_settings().model_copy(update={"mailbox_path": mailbox})
    expiry_request(
        committed, world, contact_email="a@example.org", preferred_language="pl", languages=["pl", "en"]
    )
    send_pending(committed.engine, settings)
    expiry_request(committed, world, contact_email="b@example.org", preferred_language="pl", languages=["pl"])
    send_pending(committed.engine, settings)
    english, dutch = map(json.loads, mailbox.read_text().splitlines())
    assert english["language"] == "en" and re.search(r"/status/onds_[\w-]+$", english["body"])
    assert dutch["language"] == "nl" and dutch["body"].endswith("?lang=nl")
    token = re.findall(r"/status/(onds_[\w-]+)\?lang=nl$", dutch["body"])[0]
    page = TestClient(APP).get(f"/api/v1/status/{token}", params={"lang": "nl"})
    assert page.status_code == 200 and page.json()["language"] == "nl"


def test_an_sms_the_gateway_cannot_take_now_is_retried_and_a_refused_one_fails(
    committed, world, gateway
) -> None:
    request_id = expiry_request(committed, world, contact_phone="06 1234 5678")
    settings = sms_settings(gateway)
    gateway.answers.append((503, "upstream busy", 0.0))

    assert send_pending(committed.engine, settings).retried == 1
    [sent_text] = [r["json"]["text"] for r in gateway.received]
    with committed.session() as session:
        [link] = session.exec(select(StatusLink).where(StatusLink.request_id == request_id)).all()
        assert link.revoked_at is not None  # the message did not go out: its link does not work
        session.exec(
            update(Notification)
            .where(col(Notification.request_id) == request_id)
            .values(next_attempt_at=utcnow())
        )
        session.commit()
    assert "/status/onds_" in sent_text

    gateway.answers.append(
        (422, f'{{"error": "not a mobile number: +31612345678", "key": "{GATEWAY_KEY}"}}', 0.0)
    )
    report = send_pending(committed.engine, settings)
    assert (report.sent, report.retried, report.failed) == (0, 0, 1)  # refused: not tried again

    log = delivery_log(request_id, world, Role.DESK)
    [notification] = log["items"]
    assert notification["channel"] == "sms" and notification["status"] == "failed"
    refused, busy = notification["attempts"]
    assert (refused["attempt"], refused["status"], refused["via"], refused["retryAt"]) == (
        2,
        "failed",
        "sms-gateway",
        None,
    )
    assert "422" in refused["error"] and GATEWAY_KEY not in refused["error"]
    assert "+31612345678" not in refused["error"]  # the household's number stays out of the log
    assert busy["attempt"] == 1 and "503" in busy["error"] and busy["retryAt"] is not None
    assert send_pending(committed.engine, settings).failed == 0  # failed for good stays failed


def test_production_without_a_channel_records_a_failure_never_a_send(committed, world) -> None:
    request_id = expiry_request(committed, world, contact_email="olena@example.org")
    settings = get_settings().model_copy(update={"env": "production", "smtp_host": None})
    assert send_pending(committed.engine, settings).retried == 1
    log = delivery_log(request_id, world, Role.DESK)
    [attempt] = log["items"][0]["attempts"]
    assert attempt["status"] == "failed" and attempt["via"] == "none"
    assert "ONDERDAK_SMTP_HOST" in attempt["error"]


# The delivery log: who may read it


def test_the_delivery_log_is_read_as_the_request_is(people, db) -> None:
    household = people.household(contact={"email": "olena@example.org"})
    request = people.request(household["id"])
    assert people.transition(request["id"], "triaged").status_code == 200
    rows = db.exec(select(Notification).where(Notification.request_id == uuid.UUID(request["id"]))).all()
    assert len(rows) >= 2
    db.add(
        NotificationDelivery(
            notification_id=rows[0].id, attempt=1, channel="email", via="smtp", status="failed",
            error="SMTPServerDisconnected: Connection unexpectedly closed", retry_at=utcnow(),
        )
    )  # fmt: skip
    db.commit()
    path = f"/relocation-requests/{request['id']}/notifications"

    for role, side in ((Role.DESK, "a"), (Role.PARTNER, "a"), (Role.ADMIN, "a"), (Role.DESK, "b")):
        response = people.get(path, role=role, side=side)
        assert response.status_code == 200, (role, side, response.text)
        assert response.json()["total"] == len(rows)
    for role, side in ((Role.PARTNER, "b"), (Role.MUNICIPALITY, "a")):
        assert people.get(path, role=role, side=side).status_code == 404, (role, side)
    assert people.get(path, role=Role.HOST).status_code == 403
    assert people.client.get("/api/v1" + path).status_code == 401
    assert people.get(f"/relocation-requests/{uuid.uuid4()}/notifications").status_code == 404

    first = people.get(path + "?limit=1").json()
    assert first["total"] == len(rows) and len(first["items"]) == 1
    attempts = [a for n in people.get(path).json()["items"] for a in n["attempts"]]
    assert [(a["status"], a["error"]) for a in attempts] == [
        ("failed", "SMTPServerDisconnected: Connection unexpectedly closed")
    ]


# The development inbox


def test_the_dev_inbox_shows_the_mailbox_only_in_development(client, as_role, tmp_path, monkeypatch) -> None:
    mailbox = tmp_path / "mailbox.jsonl"
    for subject in ("first", "second"):
        deliver(
            get_settings().model_copy(update={"mailbox_path": mailbox}),
            Notification(kind="move_date", recipient_type="household", recipient="a@example.org",
                         language="nl", subject=subject, body="…"),
        )  # fmt: skip
    assert (
        client.get("/api/v1/dev/inbox", headers=as_role(Role.ADMIN)).status_code == 404
    )  # ONDERDAK_ENV=test

    development = get_settings().model_copy(update={"env": "development", "mailbox_path": mailbox})
    monkeypatch.setattr(notification_routes, "get_settings", lambda: development)
    inbox = client.get("/api/v1/dev/inbox", headers=as_role(Role.ADMIN))
    assert inbox.status_code == 200
    assert [m["subject"] for m in inbox.json()["items"]] == ["second", "first"]
    assert inbox.json()["items"][0]["to"] == "a@example.org" and inbox.json()["total"] == 2
    assert client.get("/api/v1/dev/inbox", headers=as_role(Role.DESK)).status_code == 403
