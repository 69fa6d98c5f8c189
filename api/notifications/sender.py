"""The outbox's sender: claims due notifications with a lease, adds the household's status link,
delivers each on its channel (e-mail by SMTP, SMS through the gateway), logs every attempt for the
desk, and reschedules failures with exponential back-off.

Without a configured channel, development and tests write messages to a local mailbox file
(`ONDERDAK_MAILBOX_PATH`, shown at `GET /api/v1/dev/inbox`); production records the attempt as
failed and retries it, so a message is never "sent" into nowhere.

A household's message carries a status link issued for it when it is delivered: only its hash is
stored (like every status link), the token lives in memory until the message is out, and a
failed attempt's link is revoked. The token never reaches the log or the delivery log.
"""

import json
import logging
import re
import smtplib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import httpx
from sqlalchemy import Engine, and_, or_
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.models import utcnow
from api.households.models import Household
from api.notifications import templates
from api.notifications.models import (
    Channel,
    Notification,
    NotificationDelivery,
    NotificationDeliveryStatus,
    NotificationStatus,
    RecipientType,
)
from api.relocation import texts
from api.relocation.models import StatusLanguage, StatusLink
from api.relocation.service import issue_status_link

logger = logging.getLogger("onderdak.notifications")


LEASE = timedelta(minutes=5)


MAX_BACKOFF = timedelta(hours=6)

ERROR_LENGTH = 300


class DeliveryError(Exception):
    """A delivery that failed for now (server down, gateway 5xx, nothing configured): retried."""


class PermanentDeliveryError(DeliveryError):
    """A delivery that will never succeed as it is (a refused number): failed at once."""


def via_of(settings: Settings, channel: str) -> str:
    """How a notification on CHANNEL is delivered with these settings."""
    configured = settings.smtp_host if channel == Channel.EMAIL.value else settings.sms_gateway_url
    if configured:
        return "smtp" if channel == Channel.EMAIL.value else "sms-gateway"
    return "none" if settings.env == "production" else "mailbox"


def send_email(settings: Settings, notification: Notification) -> None:
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = notification.recipient
    message["Subject"] = notification.subject
    message["Message-ID"] = f"<{notification.id}@onderdak>"
    message.set_content(notification.body)
    assert settings.smtp_host is not None
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_username and settings.smtp_password:
            smtp.login(settings.smtp_username, settings.smtp_password)
        smtp.send_message(message)


def e164(phone: str) -> str:
    """A phone number as the gateway wants it (+<country><number>); Dutch numbers may start with 0."""
    digits = re.sub(r"[ ()-]", "", phone.replace("(0)", ""))  # +31 (0)6 …: the 0 is not dialled
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+31" + digits[1:]
    elif not digits.startswith("+"):
        digits = "+" + digits
    if not re.fullmatch(r"\+[1-9]\d{7,14}", digits):
        raise PermanentDeliveryError("The phone number cannot receive text messages.")
    return digits


def send_sms(settings: Settings, notification: Notification) -> None:
    """POST the message to the gateway: JSON {to, from, text, reference}, a bearer key.

    2xx: accepted. 408, 429 and 5xx or no answer: retried later. Any other 4xx: refused for good.
    `reference` is the notification's id, so a gateway may recognise a retry of the same message."""
    assert settings.sms_gateway_url is not None
    headers = {"Authorization": f"Bearer {settings.sms_gateway_key}"} if settings.sms_gateway_key else {}
    payload = {
        "to": e164(notification.recipient),
        "from": settings.sms_from,
        "text": notification.body,
        "reference": str(notification.id),
    }
    try:
        response = httpx.post(
            settings.sms_gateway_url, json=payload, headers=headers, timeout=settings.sms_timeout_seconds
        )
    except httpx.TimeoutException:
        raise DeliveryError("The SMS gateway did not answer in time.") from None
    except httpx.TransportError as exc:
        raise DeliveryError(f"The SMS gateway could not be reached ({type(exc).__name__}).") from None
    if response.is_success:
        return
    detail = " ".join(response.text.split())[:120]
    if response.status_code in (408, 429) or response.status_code >= 500:
        raise DeliveryError(f"The SMS gateway answered {response.status_code}: {detail}")
    raise PermanentDeliveryError(f"The SMS gateway refused the message ({response.status_code}): {detail}")


def write_to_mailbox(path: Path, notification: Notification) -> None:
    """Append the message as one JSON line (one write, so concurrent senders do not interleave)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {
        "id": str(notification.id),
        "writtenAt": utcnow().isoformat(),
        "channel": notification.channel,
        "to": notification.recipient,
        "kind": notification.kind,
        "language": notification.language,
        "subject": notification.subject,
        "body": notification.body,
    }
    with path.open("a", encoding="utf-8") as mailbox:
        mailbox.write(json.dumps(entry, ensure_ascii=False) + "\n")


def deliver(settings: Settings, notification: Notification) -> str:
    """Send one notification on its channel; returns how (`smtp`, `sms-gateway`, `mailbox`).

    Raises DeliveryError (or any other exception) when it was not delivered."""
    via = via_of(settings, notification.channel)
    if via == "smtp":
        send_email(settings, notification)
    elif via == "sms-gateway":
        send_sms(settings, notification)
    elif via == "mailbox":
        write_to_mailbox(settings.mailbox_path, notification)
        logger.info(
            "notification %s (%s) written to %s", notification.id, notification.kind, settings.mailbox_path
        )
    else:
        setting = (
            "ONDERDAK_SMTP_HOST"
            if notification.channel == Channel.EMAIL.value
            else "ONDERDAK_SMS_GATEWAY_URL"
        )
        logger.error(
            "notification %s not delivered: no %s channel configured", notification.id, notification.channel
        )
        raise DeliveryError(f"No {notification.channel} channel is configured ({setting}).")
    return via


@dataclass
class SendReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0


def claim(session: Session, now: datetime, limit: int) -> list[Notification]:
    """Lease due notifications (and those whose sender's lease ran out) to this sender."""
    due = session.exec(
        select(Notification)
        .where(
            or_(
                and_(
                    Notification.status == NotificationStatus.PENDING.value,
                    col(Notification.next_attempt_at) <= now,
                ),
                and_(
                    Notification.status == NotificationStatus.SENDING.value,
                    col(Notification.lease_until) < now,
                ),
            )
        )
        .order_by(col(Notification.next_attempt_at), col(Notification.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    for notification in due:
        notification.status = NotificationStatus.SENDING.value
        notification.lease_until = now + LEASE
        notification.attempts += 1
        session.add(notification)
    return list(due)


@dataclass
class Outgoing:
    """A claimed notification as it goes out: with its status link, if it goes to a household."""

    message: Notification
    link_id: uuid.UUID | None = None
    secrets: tuple[str, ...] = ()


def private_parts(notification: Notification) -> tuple[str, ...]:
    """The recipient's address as it may show up in an error: as given and, for SMS, as sent."""
    if notification.channel != Channel.SMS.value:
        return (notification.recipient,)
    try:
        number = e164(notification.recipient)
    except PermanentDeliveryError:
        return (notification.recipient,)
    return notification.recipient, number, number.removeprefix("+")


def prepare(engine: Engine, settings: Settings, notification: Notification) -> Outgoing:
    """Issue the household's status link for this message and add it to the text (committed
    first, so the link works the moment the message arrives)."""
    if notification.recipient_type != RecipientType.HOUSEHOLD.value or notification.request_id is None:
        return Outgoing(notification, secrets=private_parts(notification))
    language = StatusLanguage(notification.language)
    with Session(engine) as session:
        household = session.get(Household, notification.household_id) if notification.household_id else None
        page_default = texts.page_language(household.preferred_language, None) if household else None
        link, token = issue_status_link(session, notification.request_id)
        session.commit()
        link_id = link.id
    url = f"{settings.public_url.rstrip('/')}/status/{token}"
    if page_default != language:
        url += f"?lang={language.value}"  # the page in the message's language, not its own default
    body = templates.with_link(notification.body, notification.channel, notification.kind, language, url)
    message = Notification(**(notification.model_dump() | {"body": body}))  # never added to a session
    return Outgoing(message, link_id, secrets=(token, *private_parts(notification)))


def short_error(exc: Exception, secrets: tuple[str, ...], settings: Settings) -> str:
    """The failure in one short line without the address, the link or a configured secret."""
    text = str(exc) if isinstance(exc, DeliveryError) else f"{type(exc).__name__}: {exc}"
    for secret in (*secrets, settings.sms_gateway_key, settings.smtp_password):
        if secret:
            text = text.replace(secret, "…")
    return " ".join(text.split())[:ERROR_LENGTH]


def _settle(
    session: Session,
    notification_id: uuid.UUID,
    settings: Settings,
    via: str,
    error: str | None,
    permanent: bool = False,
) -> str:
    notification = session.get(Notification, notification_id)
    assert notification is not None
    now = utcnow()
    notification.lease_until = None
    retry_at = None
    if error is None:
        notification.status = NotificationStatus.SENT.value
        notification.sent_at = now
        notification.delivered_via = via
        notification.last_error = None
    elif permanent or notification.attempts >= settings.notification_max_attempts:
        notification.status = NotificationStatus.FAILED.value
        notification.last_error = error
    else:
        notification.status = NotificationStatus.PENDING.value
        retry_at = now + min(timedelta(minutes=2**notification.attempts), MAX_BACKOFF)
        notification.next_attempt_at = retry_at
        notification.last_error = error
    session.add(notification)
    session.add(
        NotificationDelivery(
            notification_id=notification.id,
            attempt=notification.attempts,
            attempted_at=now,
            channel=notification.channel,
            via=via,
            status=(
                NotificationDeliveryStatus.SENT if error is None else NotificationDeliveryStatus.FAILED
            ).value,
            error=error,
            retry_at=retry_at,
        )
    )
    return notification.status


def send_pending(
    engine: Engine,
    settings: Settings,
    *,
    limit: int = 100,
    sender: Callable[[Settings, Notification], str] = deliver,
) -> SendReport:
    """Deliver due notifications. Claims commit before sending, so no transaction waits on a
    mail server or gateway."""
    with Session(engine, expire_on_commit=False) as session:
        claimed = claim(session, utcnow(), limit)
        session.commit()
    report = SendReport()
    for notification in claimed:
        via, error, permanent = via_of(settings, notification.channel), None, False
        outgoing = Outgoing(notification, secrets=private_parts(notification))
        try:
            outgoing = prepare(engine, settings, notification)
            via = sender(settings, outgoing.message)
        except Exception as exc:  # any failure: keep the row and try again later
            error = short_error(exc, outgoing.secrets, settings)
            permanent = isinstance(exc, PermanentDeliveryError)
            logger.warning("notification %s not delivered: %s", notification.id, error)
        with Session(engine) as session:
            if error is not None and outgoing.link_id is not None:
                link = session.get(StatusLink, outgoing.link_id)
                if link is not None:
                    link.revoked_at = utcnow()
                    session.add(link)
            outcome = _settle(session, notification.id, settings, via, error, permanent)
            session.commit()
        if outcome == NotificationStatus.SENT.value:
            report.sent += 1
        elif outcome == NotificationStatus.FAILED.value:
            report.failed += 1
        else:
            report.retried += 1
    return report
