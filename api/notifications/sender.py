"""The outbox's sender: claims due notifications with a lease, delivers them by SMTP when
configured and otherwise to the log, and reschedules failures with exponential back-off.
"""

import logging
import smtplib
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import Engine, and_, or_
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.models import utcnow
from api.notifications.models import Notification, NotificationStatus

logger = logging.getLogger("onderdak.notifications")


LEASE = timedelta(minutes=5)


MAX_BACKOFF = timedelta(hours=6)


def deliver(settings: Settings, notification: Notification) -> str:
    """Send one notification; returns how (`smtp` or `log`). Raises when delivery fails."""
    if not settings.smtp_host:
        logger.info(
            "notification %s (%s, %s, %s): %s",
            notification.id,
            notification.kind,
            notification.recipient_type,
            notification.language,
            notification.subject,
        )
        return "log"
    message = EmailMessage()
    message["From"] = settings.smtp_from
    message["To"] = notification.recipient
    message["Subject"] = notification.subject
    message["Message-ID"] = f"<{notification.id}@onderdak>"
    message.set_content(notification.body)
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30) as smtp:
        if settings.smtp_starttls:
            smtp.starttls()
        if settings.smtp_username and settings.smtp_password:
            smtp.login(settings.smtp_username, settings.smtp_password)
        smtp.send_message(message)
    return "smtp"


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


def _settle(
    session: Session,
    notification_id: uuid.UUID,
    settings: Settings,
    via: str | None,
    error: str | None,
) -> str:
    notification = session.get(Notification, notification_id)
    assert notification is not None
    now = utcnow()
    notification.lease_until = None
    if error is None:
        notification.status = NotificationStatus.SENT.value
        notification.sent_at = now
        notification.delivered_via = via
        notification.last_error = None
    elif notification.attempts >= settings.notification_max_attempts:
        notification.status = NotificationStatus.FAILED.value
        notification.last_error = error[:500]
    else:
        notification.status = NotificationStatus.PENDING.value
        notification.next_attempt_at = now + min(timedelta(minutes=2**notification.attempts), MAX_BACKOFF)
        notification.last_error = error[:500]
    session.add(notification)
    return notification.status


def send_pending(
    engine: Engine,
    settings: Settings,
    *,
    limit: int = 100,
    sender: Callable[[Settings, Notification], str] = deliver,
) -> SendReport:
    """Deliver due notifications. Claims commit before sending, so no transaction waits on SMTP."""
    with Session(engine, expire_on_commit=False) as session:
        claimed = claim(session, utcnow(), limit)
        session.commit()
    report = SendReport()
    for notification in claimed:
        via, error = None, None
        try:
            via = sender(settings, notification)
        except Exception as exc:  # any failure: keep the row and try again later
            logger.warning("notification %s not delivered: %s", notification.id, exc)
            error = f"{type(exc).__name__}: {exc}"
        with Session(engine) as session:
            outcome = _settle(session, notification.id, settings, via, error)
            session.commit()
        if outcome == NotificationStatus.SENT.value:
            report.sent += 1
        elif outcome == NotificationStatus.FAILED.value:
            report.failed += 1
        else:
            report.retried += 1
    return report
