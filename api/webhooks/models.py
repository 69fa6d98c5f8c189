"""Webhooks: an organisation's subscriptions, the outbox of events, and one delivery per subscriber.

Events are written in the transaction of the change that causes them (`api.webhooks.events.emit`),
with one `webhook_delivery` row per subscription that may see the resource; the sender
(`api.webhooks.delivery.deliver_due`) posts them later, signed per the Standard Webhooks
specification, retrying with backoff until a 2xx or the last attempt.
"""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from pydantic import HttpUrl, field_validator
from sqlalchemy import JSON, Column, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from api.core.models import InputSchema, Schema, id_field, timestamp_field


class EventType(StrEnum):
    RELOCATION_REQUEST_STATUS_CHANGED = "relocation_request.status_changed"
    OFFER_CREATED = "offer.created"
    OFFER_ACCEPTED = "offer.accepted"
    OFFER_DECLINED = "offer.declined"
    OFFER_WITHDRAWN = "offer.withdrawn"
    PLACEMENT_ENDED = "placement.ended"
    HOST_FAMILY_VETTING_CHANGED = "host_family.vetting_changed"
    INCIDENT_OPENED = "incident.opened"
    INCIDENT_CLOSED = "incident.closed"


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # due at nextAttemptAt (again, after a failed attempt)
    SUCCEEDED = "succeeded"  # a 2xx answer
    FAILED = "failed"  # the last attempt failed, or the receiver answered 410 Gone


class WebhookSubscription(SQLModel, table=True):
    __tablename__ = "webhook_subscription"

    id: uuid.UUID = id_field()
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    url: str = Field(max_length=2048)
    event_types: list[str] = Field(sa_column=Column(JSON, nullable=False))
    active: bool = True
    # Fernet tokens (a key derived from ONDERDAK_JWT_SECRET): the sender must recover the secret.
    secret_encrypted: str = Field(sa_type=Text)
    previous_secret_encrypted: str | None = Field(default=None, sa_type=Text)
    previous_secret_expires_at: datetime | None = timestamp_field(nullable=True)
    secret_rotated_at: datetime | None = timestamp_field(nullable=True)
    deactivated_reason: str | None = Field(default=None, max_length=200)
    created_at: datetime = timestamp_field()
    updated_at: datetime = timestamp_field()


class WebhookEvent(SQLModel, table=True):
    """The outbox: one row per event, with the exact JSON body every subscriber is sent."""

    __tablename__ = "webhook_event"

    id: uuid.UUID = id_field()
    type: str = Field(sa_type=String(64))
    resource_type: str = Field(sa_type=String(32))
    resource_id: uuid.UUID
    payload: str = Field(sa_type=Text)
    created_at: datetime = timestamp_field()

    @property
    def message_id(self) -> str:
        """The `webhook-id`: the same for every attempt and every subscriber of this event."""
        return f"msg_{self.id.hex}"


class WebhookDelivery(SQLModel, table=True):
    __tablename__ = "webhook_delivery"
    __table_args__ = (
        UniqueConstraint("subscription_id", "event_id", name="uq_webhook_delivery_subscription_event"),
        Index("ix_webhook_delivery_due", "status", "next_attempt_at"),
    )

    id: uuid.UUID = id_field()
    subscription_id: uuid.UUID = Field(foreign_key="webhook_subscription.id")
    event_id: uuid.UUID = Field(foreign_key="webhook_event.id", index=True)
    status: str = Field(default=DeliveryStatus.PENDING.value, sa_type=String(16))
    attempts: int = 0
    next_attempt_at: datetime = timestamp_field()
    # A sender's lease: while locked_until lies ahead nobody else sends it; a crashed sender's
    # rows are taken over once it passes. The token tells the sender its lease is still its own.
    locked_until: datetime | None = timestamp_field(nullable=True)
    lease_token: uuid.UUID | None = None
    last_attempt_at: datetime | None = timestamp_field(nullable=True)
    last_response_status: int | None = None
    last_error: str | None = Field(default=None, max_length=300)
    succeeded_at: datetime | None = timestamp_field(nullable=True)
    created_at: datetime = timestamp_field()


class _UrlMixin(InputSchema):
    @field_validator("url", check_fields=False)
    @classmethod
    def plain_url(cls, value: HttpUrl | None) -> HttpUrl | None:
        if value is not None and (value.username or value.password):
            raise ValueError("the URL may not carry a user name or password")
        if value is not None and len(str(value)) > 2048:
            raise ValueError("the URL is longer than 2048 characters")
        return value


class WebhookSubscriptionCreate(_UrlMixin):
    url: HttpUrl = PydanticField(description="Where events are POSTed; https in production.")
    event_types: list[EventType] = PydanticField(min_length=1, max_length=len(EventType))
    active: bool = True


class WebhookSubscriptionUpdate(_UrlMixin):
    url: HttpUrl | None = None
    event_types: list[EventType] | None = PydanticField(default=None, min_length=1, max_length=len(EventType))
    active: bool | None = None


class SecretRotation(InputSchema):
    overlap_hours: int = PydanticField(
        default=24, ge=0, le=168, description="How long the old secret keeps signing too (0: not at all)."
    )


class WebhookSubscriptionPublic(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    url: str
    event_types: list[EventType]
    active: bool
    deactivated_reason: str | None
    secret_rotated_at: datetime | None
    previous_secret_expires_at: datetime | None = PydanticField(
        description="Until then deliveries are signed with the previous secret as well."
    )
    created_at: datetime
    updated_at: datetime


class WebhookSubscriptionWithSecret(WebhookSubscriptionPublic):
    secret: str = PydanticField(description="`whsec_…`: shown this once; keep it to verify signatures.")


class WebhookDeliveryPublic(Schema):
    id: uuid.UUID
    subscription_id: uuid.UUID
    event_id: uuid.UUID
    message_id: str = PydanticField(description="The `webhook-id` header of every attempt.")
    event_type: EventType
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = PydanticField(description="When it is tried next (pending only).")
    last_attempt_at: datetime | None
    last_response_status: int | None
    last_error: str | None
    succeeded_at: datetime | None
    created_at: datetime
