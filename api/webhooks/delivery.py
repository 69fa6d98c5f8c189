"""The sender: `deliver_due` claims due deliveries, POSTs them signed, and schedules retries.

At least once: a delivery is marked succeeded only after a 2xx answer, so a sender that crashes
mid-way leaves its rows leased; once the lease passes another sender takes them over (and may
send again: receivers deduplicate on `webhook-id`). Claims use `SELECT … FOR UPDATE SKIP LOCKED`
on PostgreSQL, so concurrent senders never claim the same row; on SQLite the same statement runs
without the lock clause, SQLite's single writer (BEGIN IMMEDIATE) serialising the claims.

Retries follow the Standard Webhooks example schedule (about three days over ten attempts) with
±20 % jitter; a `Retry-After` answer pushes the next attempt further out. `410 Gone` deactivates
the subscription. Redirects are not followed (a 3xx is a failure).
"""

import random
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
from sqlalchemy import Connection, Engine, or_, update
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.models import utcnow
from api.webhooks.addresses import AddressRefused, Target, resolve
from api.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEvent, WebhookSubscription
from api.webhooks.signing import SecretUnreadable, decrypt_secret, signature_header

# Delay before attempt n+1 after attempt n failed (the specification's example schedule).
RETRY_DELAYS = [
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=14),
    timedelta(hours=20),
    timedelta(hours=24),
]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
JITTER = 0.2
TIMEOUT_SECONDS = 15.0  # the specification recommends 15 to 30 s
CLAIM_BATCH = 10
LEASE = timedelta(seconds=CLAIM_BATCH * TIMEOUT_SECONDS * 1.5)  # covers a batch of slow receivers
MAX_RETRY_AFTER = timedelta(hours=24)
ERROR_LENGTH = 300
USER_AGENT = "Onderdak-Webhooks/1"


@dataclass
class DeliveryReport:
    claimed: int = 0
    succeeded: int = 0
    retrying: int = 0  # failed this time, tried again later
    failed: int = 0  # gave up: last attempt, or 410 Gone


@dataclass(frozen=True)
class _Claimed:
    delivery_id: uuid.UUID
    lease_token: uuid.UUID
    attempts: int
    url: str
    secrets: list[str]
    message_id: str
    payload: str
    subscription_id: uuid.UUID


@dataclass(frozen=True)
class _Outcome:
    ok: bool
    status: int | None = None
    error: str | None = None
    retry_after: timedelta | None = None
    gone: bool = False


def _claim(bind: Engine | Connection, settings: Settings, now: datetime, limit: int) -> list[_Claimed]:
    """Lease up to `limit` due deliveries of active subscriptions (skipping rows others hold)."""
    with Session(bind, expire_on_commit=False) as session:
        rows = session.exec(
            select(WebhookDelivery)
            .join(WebhookSubscription, col(WebhookSubscription.id) == col(WebhookDelivery.subscription_id))
            .where(
                WebhookDelivery.status == DeliveryStatus.PENDING.value,
                col(WebhookDelivery.next_attempt_at) <= now,
                or_(col(WebhookDelivery.locked_until).is_(None), col(WebhookDelivery.locked_until) < now),
                col(WebhookSubscription.active).is_(True),
            )
            .order_by(col(WebhookDelivery.next_attempt_at), col(WebhookDelivery.id))
            .limit(limit)
            .with_for_update(skip_locked=True, of=WebhookDelivery)  # type: ignore[arg-type]
            .execution_options(populate_existing=True)
        ).all()
        claimed = []
        for delivery in rows:
            subscription = session.get(WebhookSubscription, delivery.subscription_id)
            event = session.get(WebhookEvent, delivery.event_id)
            assert subscription is not None and event is not None
            delivery.locked_until = now + LEASE
            delivery.lease_token = uuid.uuid4()
            session.add(delivery)
            claimed.append(
                _Claimed(
                    delivery_id=delivery.id,
                    lease_token=delivery.lease_token,
                    attempts=delivery.attempts,
                    url=subscription.url,
                    secrets=_secrets_of(settings, subscription, now),
                    message_id=event.message_id,
                    payload=event.payload,
                    subscription_id=subscription.id,
                )
            )
        session.commit()
    return claimed


def _secrets_of(settings: Settings, subscription: WebhookSubscription, now: datetime) -> list[str]:
    """The current secret, and the previous one while the rotation's overlap lasts; [] if unreadable."""
    tokens = [subscription.secret_encrypted]
    expires = subscription.previous_secret_expires_at
    if subscription.previous_secret_encrypted and expires is not None and expires > now:
        tokens.append(subscription.previous_secret_encrypted)
    try:
        return [decrypt_secret(settings, token) for token in tokens]
    except SecretUnreadable:
        return []


def _retry_after(response: httpx.Response, now: datetime) -> timedelta | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        delay = timedelta(seconds=int(value))
    except ValueError:
        try:
            delay = parsedate_to_datetime(value) - now
        except (TypeError, ValueError):
            return None
    return min(max(delay, timedelta(0)), MAX_RETRY_AFTER)


def _request_url(target: Target, url: str) -> httpx.URL:
    """The URL with its host replaced by the checked address (the name goes in Host and SNI)."""
    return httpx.URL(url).copy_with(host=target.address, port=target.port)


def _post(client: httpx.Client, settings: Settings, claimed: _Claimed, now: datetime) -> _Outcome:
    if not claimed.secrets:
        return _Outcome(
            ok=False, error="the signing secret is unreadable (ONDERDAK_JWT_SECRET changed?): rotate it"
        )
    try:
        target = resolve(settings, claimed.url)
    except AddressRefused as refusal:
        return _Outcome(ok=False, error=f"refused: {refusal}")
    timestamp = int(time.time())
    host_header = httpx.URL(claimed.url).netloc.decode()
    headers = {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "host": host_header,
        "webhook-id": claimed.message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature_header(
            claimed.secrets, claimed.message_id, timestamp, claimed.payload
        ),
    }
    try:
        response = client.post(
            _request_url(target, claimed.url),
            content=claimed.payload.encode(),
            headers=headers,
            extensions={"sni_hostname": target.host},
        )
    except httpx.TimeoutException:
        return _Outcome(ok=False, error="timed out")
    except httpx.HTTPError as error:
        return _Outcome(ok=False, error=f"{type(error).__name__}: {error}"[:ERROR_LENGTH])
    if 200 <= response.status_code < 300:
        return _Outcome(ok=True, status=response.status_code)
    return _Outcome(
        ok=False,
        status=response.status_code,
        error=f"HTTP {response.status_code}"
        + (" (redirects are not followed)" if 300 <= response.status_code < 400 else ""),
        retry_after=_retry_after(response, now),
        gone=response.status_code == 410,
    )


def _next_delay(attempts: int, retry_after: timedelta | None) -> timedelta:
    base = RETRY_DELAYS[attempts - 1]
    delay = base * random.uniform(1 - JITTER, 1 + JITTER)  # noqa: S311 - jitter, not a secret
    return max(delay, retry_after) if retry_after else delay


def _record(bind: Engine | Connection, claimed: _Claimed, outcome: _Outcome, attempted_at: datetime) -> str:
    """Write the attempt's result, if the lease is still ours; the delivery's new status."""
    attempts = claimed.attempts + 1
    values: dict[str, object] = {
        "attempts": attempts,
        "last_attempt_at": attempted_at,
        "last_response_status": outcome.status,
        "last_error": outcome.error[:ERROR_LENGTH] if outcome.error else None,
        "locked_until": None,
        "lease_token": None,
    }
    if outcome.ok:
        status = DeliveryStatus.SUCCEEDED
        values["succeeded_at"] = attempted_at
    elif outcome.gone or attempts >= MAX_ATTEMPTS:
        status = DeliveryStatus.FAILED
    else:
        status = DeliveryStatus.PENDING
        values["next_attempt_at"] = attempted_at + _next_delay(attempts, outcome.retry_after)
    values["status"] = status.value
    with Session(bind) as session:
        session.exec(
            update(WebhookDelivery)  # type: ignore[call-overload]
            .where(
                col(WebhookDelivery.id) == claimed.delivery_id,
                col(WebhookDelivery.lease_token) == claimed.lease_token,
            )
            .values(**values)
        )
        if outcome.gone:
            session.exec(
                update(WebhookSubscription)  # type: ignore[call-overload]
                .where(col(WebhookSubscription.id) == claimed.subscription_id)
                .values(
                    active=False, deactivated_reason="the receiver answered 410 Gone", updated_at=attempted_at
                )
            )
        session.commit()
    return status.value


def deliver_due(
    engine: Engine | Connection,
    settings: Settings,
    *,
    limit: int = 100,
    now: datetime | None = None,
) -> DeliveryReport:
    """Send up to `limit` due deliveries, in leased batches; safe to run in several processes."""
    report = DeliveryReport()
    with httpx.Client(timeout=TIMEOUT_SECONDS, follow_redirects=False) as client:
        while report.claimed < limit:
            moment = now or utcnow()
            batch = _claim(engine, settings, moment, min(CLAIM_BATCH, limit - report.claimed))
            if not batch:
                break
            report.claimed += len(batch)
            for claimed in batch:
                attempted_at = now or utcnow()
                status = _record(
                    engine, claimed, _post(client, settings, claimed, attempted_at), attempted_at
                )
                if status == DeliveryStatus.SUCCEEDED.value:
                    report.succeeded += 1
                elif status == DeliveryStatus.FAILED.value:
                    report.failed += 1
                else:
                    report.retrying += 1
    return report
