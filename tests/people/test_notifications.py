"""The outbox and its sender: nothing is lost while the mail server is down."""

import json
import smtplib
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlmodel import col, select

from api.core.config import Settings, get_settings
from api.core.models import utcnow
from api.notifications.models import Notification
from api.notifications.sender import DeliveryError, deliver, send_pending
from tests.people.committed import Committed, at_once


@pytest.fixture
def outbox(engine, world, app):
    """Committed notifications (the sender works in its own transactions), deleted afterwards."""
    tracker = Committed(engine)

    def add(count: int = 1, **overrides: object) -> list[uuid.UUID]:
        with tracker.session() as session:
            rows = [
                Notification(
                    kind="offer_made",
                    recipient_type="household",
                    recipient=f"person{i}@example.org",
                    language="uk",
                    subject="Тема",
                    body="Текст",
                    **overrides,
                )
                for i in range(count)
            ]
            session.add_all(rows)
            session.commit()
            tracker.notifications.extend(r.id for r in rows)
            return [r.id for r in rows]

    yield add
    tracker.cleanup()


def rows(engine, ids: list[uuid.UUID]) -> list[Notification]:
    with Committed(engine).session() as session:
        return list(session.exec(select(Notification).where(col(Notification.id).in_(ids))).all())


def down(settings: Settings, notification: Notification) -> str:
    raise ConnectionRefusedError("mail server down")


def test_a_failed_delivery_is_kept_and_retried_later(engine, outbox) -> None:
    ids = outbox(2)
    settings = get_settings()
    report = send_pending(engine, settings, sender=down)
    assert (report.sent, report.retried, report.failed) == (0, 2, 0)
    for row in rows(engine, ids):
        assert row.status == "pending" and row.attempts == 1
        assert row.next_attempt_at > utcnow() and "mail server down" in row.last_error
    assert send_pending(engine, settings, sender=down).retried == 0  # not due yet

    with Committed(engine).session() as session:
        session.exec(
            update(Notification).where(col(Notification.id).in_(ids)).values(next_attempt_at=utcnow())
        )
        session.commit()
    sent = []
    report = send_pending(engine, settings, sender=lambda s, n: sent.append(n.recipient) or "smtp")
    assert report.sent == 2 and sorted(sent) == ["person0@example.org", "person1@example.org"]
    assert {(r.status, r.delivered_via, r.attempts) for r in rows(engine, ids)} == {("sent", "smtp", 2)}
    assert send_pending(engine, settings, sender=down).retried == 0  # sent ones stay sent


def test_gives_up_after_the_maximum_attempts_but_keeps_the_row(engine, outbox) -> None:
    [nid] = outbox(1, attempts=get_settings().notification_max_attempts - 1)
    assert send_pending(engine, get_settings(), sender=down).failed == 1
    assert rows(engine, [nid])[0].status == "failed"


def test_a_crashed_senders_lease_runs_out(engine, outbox) -> None:
    [nid] = outbox(1, status="sending", lease_until=utcnow() - timedelta(seconds=1), attempts=1)
    assert send_pending(engine, get_settings(), sender=lambda s, n: "log").sent == 1
    assert rows(engine, [nid])[0].attempts == 2


def test_two_senders_never_deliver_the_same_notification(engine, outbox) -> None:
    ids = outbox(6)
    delivered: list[uuid.UUID] = []

    def sender(settings: Settings, notification: Notification) -> str:
        delivered.append(notification.id)
        return "log"

    at_once(*(lambda: send_pending(engine, get_settings(), sender=sender) for _ in range(2)))
    assert sorted(delivered) == sorted(ids)


def test_without_smtp_the_sender_writes_to_the_mailbox_outside_production(tmp_path) -> None:
    notification = Notification(
        kind="move_date",
        recipient_type="household",
        recipient="a@example.org",
        language="nl",
        subject="Uw verhuizing is gepland",
        body="…",
    )
    mailbox = tmp_path / "mailbox.jsonl"
    settings = get_settings().model_copy(update={"smtp_host": None, "mailbox_path": mailbox})
    assert deliver(settings, notification) == "mailbox"
    assert json.loads(mailbox.read_text())["subject"] == "Uw verhuizing is gepland"
    with pytest.raises(DeliveryError, match="ONDERDAK_SMTP_HOST"):
        deliver(settings.model_copy(update={"env": "production"}), notification)


def test_with_smtp_the_sender_sends_mail(monkeypatch) -> None:
    sent = []

    class FakeSMTP:
        def __init__(self, host: str, port: int, timeout: int) -> None:
            sent.append((host, port))

        def __enter__(self) -> "FakeSMTP":
            return self

        def __exit__(self, *args: object) -> None:
            pass

        def starttls(self) -> None:
            sent.append("starttls")

        def login(self, user: str, password: str) -> None:
            sent.append(("login", user))

        def send_message(self, message) -> None:  # type: ignore[no-untyped-def]
            sent.append((message["To"], message["Subject"], message.get_content().strip()))

    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    settings = get_settings().model_copy(
        update={
            "smtp_host": "mail.example.org",
            "smtp_port": 2525,
            "smtp_username": "u",
            "smtp_password": "p",
        }
    )
    notification = Notification(
        kind="offer_made",
        recipient_type="household",
        recipient="olena@example.org",
        language="uk",
        subject="Ви отримали пропозицію місця",
        body="Дата переїзду: 2026-12-01.",
    )
    assert deliver(settings, notification) == "smtp"
    assert sent == [
        ("mail.example.org", 2525),
        "starttls",
        ("login", "u"),
        ("olena@example.org", "Ви отримали пропозицію місця", "Дата переїзду: 2026-12-01."),
    ]


def test_production_refuses_a_public_url_that_reaches_nobody() -> None:
    from pydantic import ValidationError

    secret = "Tq7vK2pX9mLw4sRb8nZc3yHf6jDg1aUe5oWi"  # strong: a weak one is refused first
    with pytest.raises(ValidationError, match="ONDERDAK_PUBLIC_URL"):
        Settings(env="production", jwt_secret=secret, public_url="http://127.0.0.1:8000")
    assert (
        Settings(env="production", jwt_secret=secret, public_url="https://onderdak.example.nl").env
        == "production"
    )
