"""The notification outbox: messages to households and organisations, delivered later."""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from sqlalchemy import Index, String
from sqlmodel import Field, SQLModel

from api.core.models import Schema, id_field, timestamp_field
from api.households.models import ContactChannel as Channel


class NotificationKind(StrEnum):
    OFFER_MADE = "offer_made"
    MOVE_DATE = "move_date"
    EXPIRY_WARNING = "expiry_warning"
    STATUS_CHANGED = "status_changed"


class NotificationStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class NotificationDeliveryStatus(StrEnum):
    SENT = "sent"
    FAILED = "failed"


class RecipientType(StrEnum):
    ORGANISATION_USER = "organisation_user"
    HOUSEHOLD = "household"


class Notification(SQLModel, table=True):
    """The outbox: written in the transaction of the change it reports, delivered later.

    A sender claims rows with a lease (`sending` until `lease_until`), so a crashed sender's rows
    are retried and two senders never deliver the same row at the same time.
    """

    __table_args__ = (Index("ix_notification_status_next_attempt", "status", "next_attempt_at"),)

    id: uuid.UUID = id_field()
    created_at: datetime = timestamp_field()
    kind: str = Field(sa_type=String(24))
    channel: str = Field(sa_type=String(16), default="email")
    recipient_type: str = Field(sa_type=String(24))
    recipient: str = Field(max_length=320)
    recipient_user_id: uuid.UUID | None = None
    language: str = Field(max_length=3)
    subject: str = Field(max_length=300)
    body: str = Field(max_length=4000)
    household_id: uuid.UUID | None = Field(default=None, foreign_key="household.id", index=True)
    request_id: uuid.UUID | None = Field(default=None, foreign_key="relocation_request.id", index=True)
    status: str = Field(sa_type=String(16), default=NotificationStatus.PENDING.value)
    attempts: int = 0
    next_attempt_at: datetime = timestamp_field()
    lease_until: datetime | None = timestamp_field(nullable=True)
    sent_at: datetime | None = timestamp_field(nullable=True)
    delivered_via: str | None = Field(default=None, sa_type=String(16))
    last_error: str | None = Field(default=None, max_length=500)


class NotificationDelivery(SQLModel, table=True):
    """One attempt to deliver a notification: the request's delivery log, which the desk reads.

    It names neither the recipient's address nor the status link; `error` is short and scrubbed
    of both (api.notifications.sender).
    """

    __tablename__ = "notification_delivery"

    id: uuid.UUID = id_field()
    notification_id: uuid.UUID = Field(foreign_key="notification.id", index=True, ondelete="CASCADE")
    attempt: int
    attempted_at: datetime = timestamp_field()
    channel: str = Field(sa_type=String(16))
    via: str = Field(sa_type=String(16))
    status: str = Field(sa_type=String(16))
    error: str | None = Field(default=None, max_length=300)
    retry_at: datetime | None = timestamp_field(nullable=True)


class DeliveryAttemptPublic(Schema):
    attempt: int
    attempted_at: datetime
    via: str = PydanticField(
        description="smtp, sms-gateway, mailbox (outside production) or none (no channel configured)."
    )
    status: NotificationDeliveryStatus
    error: str | None = PydanticField(description="Why it failed, in short; null when sent.")
    retry_at: datetime | None = PydanticField(description="When it is tried again; null when not.")


class RequestNotificationPublic(Schema):
    """A message about the request, to the household or its supporting organisation, and its log."""

    id: uuid.UUID
    kind: NotificationKind
    channel: Channel
    recipient_type: RecipientType
    language: str
    status: NotificationStatus
    created_at: datetime
    sent_at: datetime | None
    attempts: list[DeliveryAttemptPublic] = PydanticField(description="Newest first.")
