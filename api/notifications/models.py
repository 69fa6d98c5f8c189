"""The notification outbox: messages to households and organisations, delivered later."""

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, String
from sqlmodel import Field, SQLModel

from api.core.models import id_field, timestamp_field


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
