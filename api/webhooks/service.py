"""Subscriptions (create, read, update, delete, rotate the secret) and their delivery log.

Governed like API keys: an organisation's administrators manage its own subscriptions, the
platform administrator every organisation's, and an API key holding `webhooks:read`/`:write`
those of its own organisation. Another organisation's subscriptions are 404.
"""

import uuid
from datetime import timedelta

from sqlmodel import Session, col, delete, select

from api.audit.service import record
from api.core.authorization import Principal
from api.core.config import Settings
from api.core.db import lock_row
from api.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.identity.service import get_organisation
from api.webhooks.addresses import AddressRefused, resolve
from api.webhooks.models import (
    DeliveryStatus,
    EventType,
    SecretRotation,
    WebhookDelivery,
    WebhookDeliveryPublic,
    WebhookEvent,
    WebhookSubscription,
    WebhookSubscriptionCreate,
    WebhookSubscriptionUpdate,
)
from api.webhooks.signing import encrypt_secret, new_secret


def _check_organisation(session: Session, principal: Principal, organisation_id: uuid.UUID) -> None:
    if not principal.is_admin and organisation_id != principal.organisation_id:
        raise NotFound("No such organisation.")
    get_organisation(session, organisation_id)
    if principal.user_id is not None and not (principal.is_admin or principal.is_organisation_admin):
        raise Forbidden("Only an administrator of the organisation may manage its webhooks.")


def _check_url(settings: Settings, url: str) -> None:
    try:
        resolve(settings, url)
    except AddressRefused as refusal:
        raise Unprocessable(
            f"This URL cannot receive webhooks: {refusal}.", code="webhook-url-not-allowed"
        ) from None


def get_subscription(
    session: Session, principal: Principal, organisation_id: uuid.UUID, subscription_id: uuid.UUID
) -> WebhookSubscription:
    _check_organisation(session, principal, organisation_id)
    subscription = session.get(WebhookSubscription, subscription_id)
    if subscription is None or subscription.organisation_id != organisation_id:
        raise NotFound("No such webhook subscription.")
    return subscription


def list_subscriptions(
    session: Session, principal: Principal, organisation_id: uuid.UUID, page: PageParams
) -> tuple[list[WebhookSubscription], int]:
    _check_organisation(session, principal, organisation_id)
    query = select(WebhookSubscription).where(WebhookSubscription.organisation_id == organisation_id)
    return paginate(
        session, query.order_by(col(WebhookSubscription.created_at), col(WebhookSubscription.id)), page
    )


def _event_types(types: list[EventType]) -> list[str]:
    return sorted({t.value for t in types})


def create_subscription(
    session: Session,
    principal: Principal,
    organisation_id: uuid.UUID,
    data: WebhookSubscriptionCreate,
    settings: Settings,
) -> tuple[WebhookSubscription, str]:
    _check_organisation(session, principal, organisation_id)
    url = str(data.url)
    _check_url(settings, url)
    secret = new_secret()
    subscription = WebhookSubscription(
        organisation_id=organisation_id,
        url=url,
        event_types=_event_types(data.event_types),
        active=data.active,
        secret_encrypted=encrypt_secret(settings, secret),
    )
    session.add(subscription)
    session.flush()
    record(session, principal, "create", "webhook_subscription", subscription.id, {"url": url})
    return subscription, secret


def update_subscription(
    session: Session,
    principal: Principal,
    organisation_id: uuid.UUID,
    subscription_id: uuid.UUID,
    data: WebhookSubscriptionUpdate,
    settings: Settings,
) -> WebhookSubscription:
    subscription = get_subscription(session, principal, organisation_id, subscription_id)
    changes = data.model_dump(exclude_unset=True)
    if changes.get("url") is not None:
        subscription.url = str(data.url)
        _check_url(settings, subscription.url)
    if changes.get("event_types") is not None:
        subscription.event_types = _event_types(data.event_types or [])
    if changes.get("active") is not None:
        subscription.active = bool(data.active)
        if subscription.active:
            subscription.deactivated_reason = None
    subscription.updated_at = utcnow()
    session.add(subscription)
    record(
        session,
        principal,
        "update",
        "webhook_subscription",
        subscription.id,
        {"fields": sorted(k for k, v in changes.items() if v is not None)},
    )
    return subscription


def delete_subscription(
    session: Session, principal: Principal, organisation_id: uuid.UUID, subscription_id: uuid.UUID
) -> None:
    subscription = get_subscription(session, principal, organisation_id, subscription_id)
    session.exec(delete(WebhookDelivery).where(col(WebhookDelivery.subscription_id) == subscription.id))  # type: ignore[call-overload]
    session.delete(subscription)
    record(session, principal, "delete", "webhook_subscription", subscription.id)


def rotate_secret(
    session: Session,
    principal: Principal,
    organisation_id: uuid.UUID,
    subscription_id: uuid.UUID,
    data: SecretRotation,
    settings: Settings,
) -> tuple[WebhookSubscription, str]:
    """A new secret; the current one keeps signing too for the overlap (a second signature)."""
    subscription = get_subscription(session, principal, organisation_id, subscription_id)
    locked = lock_row(session, WebhookSubscription, subscription.id)
    assert locked is not None
    now = utcnow()
    secret = new_secret()
    if data.overlap_hours:
        locked.previous_secret_encrypted = locked.secret_encrypted
        locked.previous_secret_expires_at = now + timedelta(hours=data.overlap_hours)
    else:
        locked.previous_secret_encrypted = None
        locked.previous_secret_expires_at = None
    locked.secret_encrypted = encrypt_secret(settings, secret)
    locked.secret_rotated_at = now
    locked.updated_at = now
    session.add(locked)
    record(
        session,
        principal,
        "rotate_secret",
        "webhook_subscription",
        locked.id,
        {"overlapHours": data.overlap_hours},
    )
    return locked, secret


def list_deliveries(
    session: Session,
    principal: Principal,
    organisation_id: uuid.UUID,
    subscription_id: uuid.UUID,
    page: PageParams,
    status: DeliveryStatus | None,
) -> tuple[list[tuple[WebhookDelivery, WebhookEvent]], int]:
    subscription = get_subscription(session, principal, organisation_id, subscription_id)
    query = (
        select(WebhookDelivery, WebhookEvent)
        .join(WebhookEvent, col(WebhookEvent.id) == col(WebhookDelivery.event_id))
        .where(WebhookDelivery.subscription_id == subscription.id)
    )
    if status is not None:
        query = query.where(WebhookDelivery.status == status.value)
    query = query.order_by(col(WebhookDelivery.created_at).desc(), col(WebhookDelivery.id))
    return paginate(session, query, page)  # type: ignore[arg-type]


def get_delivery(
    session: Session,
    principal: Principal,
    organisation_id: uuid.UUID,
    subscription_id: uuid.UUID,
    delivery_id: uuid.UUID,
) -> tuple[WebhookDelivery, WebhookEvent]:
    subscription = get_subscription(session, principal, organisation_id, subscription_id)
    delivery = session.get(WebhookDelivery, delivery_id)
    if delivery is None or delivery.subscription_id != subscription.id:
        raise NotFound("No such delivery.")
    event = session.get(WebhookEvent, delivery.event_id)
    assert event is not None
    return delivery, event


def redeliver(
    session: Session,
    principal: Principal,
    organisation_id: uuid.UUID,
    subscription_id: uuid.UUID,
    delivery_id: uuid.UUID,
) -> tuple[WebhookDelivery, WebhookEvent]:
    """Send the event again, soon, with a fresh set of attempts (the same `webhook-id`)."""
    delivery, event = get_delivery(session, principal, organisation_id, subscription_id, delivery_id)
    locked = lock_row(session, WebhookDelivery, delivery.id)
    assert locked is not None
    now = utcnow()
    if locked.locked_until is not None and locked.locked_until > now:
        raise Conflict(
            "This delivery is being sent right now; try again in a minute.", code="delivery-in-progress"
        )
    locked.status = DeliveryStatus.PENDING.value
    locked.attempts = 0
    locked.next_attempt_at = now
    locked.succeeded_at = None
    session.add(locked)
    record(session, principal, "redeliver", "webhook_delivery", locked.id)
    return locked, event


def delivery_public(delivery: WebhookDelivery, event: WebhookEvent) -> WebhookDeliveryPublic:
    return WebhookDeliveryPublic(
        id=delivery.id,
        subscription_id=delivery.subscription_id,
        event_id=event.id,
        message_id=event.message_id,
        event_type=EventType(event.type),
        status=DeliveryStatus(delivery.status),
        attempts=delivery.attempts,
        next_attempt_at=delivery.next_attempt_at if delivery.status == DeliveryStatus.PENDING.value else None,
        last_attempt_at=delivery.last_attempt_at,
        last_response_status=delivery.last_response_status,
        last_error=delivery.last_error,
        succeeded_at=delivery.succeeded_at,
        created_at=delivery.created_at,
    )
