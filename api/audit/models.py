import uuid
from datetime import datetime
from typing import Any

from pydantic import Field as PydanticField
from sqlalchemy import JSON, Column, Index, String
from sqlmodel import Field, SQLModel

from api.core.models import Schema, id_field, timestamp_field


class AuditEvent(SQLModel, table=True):
    """Who read or changed what, when, from which organisation. Append-only."""

    __table_args__ = (
        Index("ix_auditevent_subject", "subject_type", "subject_id"),
        # An organisation's own log, newest first (organisation administrators read it).
        Index("ix_auditevent_organisation_occurred", "organisation_id", "occurred_at"),
    )

    id: uuid.UUID = id_field()
    occurred_at: datetime = timestamp_field(index=True)
    actor_user_id: uuid.UUID | None = Field(default=None, index=True)
    actor_api_key_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    action: str = Field(sa_type=String(32))
    subject_type: str = Field(sa_type=String(48))
    subject_id: str | None = Field(default=None, max_length=64)
    request_id: str | None = Field(default=None, max_length=64)
    details: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class AuditEventPublic(Schema):
    """`organisationId` is the acting organisation's (None: the platform itself, e.g. a scheduled job)."""

    id: uuid.UUID
    occurred_at: datetime
    actor_user_id: uuid.UUID | None
    actor_api_key_id: uuid.UUID | None
    organisation_id: uuid.UUID | None
    action: str
    subject_type: str
    subject_id: str | None
    request_id: str | None
    details: dict[str, Any] | None
    actor_name: str | None = PydanticField(
        default=None, description="The acting user's full name or API key's name; none for the platform."
    )
