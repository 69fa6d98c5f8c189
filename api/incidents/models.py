"""Safeguarding incidents: an open report from someone with a stake in the place suspends it from
matching; others' reports wait for review (see api.incidents.service.report)."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import StringConstraints
from sqlalchemy import Index, String
from sqlmodel import Field, SQLModel

from api.core.models import InputSchema, Schema, id_field, timestamp_field


class SubjectType(StrEnum):
    HOST_FAMILY = "host_family"
    SHELTER_UNIT = "shelter_unit"
    SHELTER_LOCATION = "shelter_location"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Outcome(StrEnum):
    UNFOUNDED = "unfounded"
    RESOLVED = "resolved"
    SUBJECT_REMOVED = "subject_removed"


class Incident(SQLModel, table=True):
    __table_args__ = (Index("ix_incident_subject_status", "subject_type", "subject_id", "status"),)

    id: uuid.UUID = id_field()
    subject_type: str = Field(sa_type=String(24))
    subject_id: uuid.UUID
    severity: str = Field(sa_type=String(16))
    description: str = Field(max_length=4000)
    status: str = Field(sa_type=String(16), default="open")
    reporter_user_id: uuid.UUID | None = None
    reporter_organisation_id: uuid.UUID | None = None
    reported_at: datetime = timestamp_field()
    # Whether the report, while open, takes its subject out of matching.
    suspends_subject: bool = True
    # The place's operator's answer (one, which it may rewrite while the report is open).
    response: str | None = Field(default=None, max_length=4000)
    responded_at: datetime | None = timestamp_field(nullable=True)
    responded_by_organisation_id: uuid.UUID | None = None
    outcome: str | None = Field(default=None, sa_type=String(24))
    outcome_note: str | None = Field(default=None, max_length=4000)
    closed_by_user_id: uuid.UUID | None = None
    closed_at: datetime | None = timestamp_field(nullable=True)


class IncidentCreate(InputSchema):
    subject_type: SubjectType
    subject_id: uuid.UUID
    severity: Severity
    description: Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class IncidentClose(InputSchema):
    outcome: Outcome
    note: Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class IncidentResponse(InputSchema):
    note: Annotated[str, StringConstraints(min_length=1, max_length=4000)] = PydanticField(
        description="The operator's answer to the report: what it found or did."
    )


class IncidentPublic(Schema):
    id: uuid.UUID
    subject_type: SubjectType
    subject_id: uuid.UUID
    severity: Severity
    description: str
    status: IncidentStatus
    reported_at: datetime
    suspends_subject: bool = PydanticField(
        description="Whether the open report takes the place out of matching: reports from the place's "
        "operator (or its municipality), the organisation supporting a household placed there, the desk "
        "placing there or the host itself do; others' wait for review."
    )
    response: str | None = PydanticField(description="The place operator's answer.")
    responded_at: datetime | None
    outcome: Outcome | None
    outcome_note: str | None
    closed_at: datetime | None
    reporter_user_id: uuid.UUID | None = PydanticField(description="Shown to admins only.")
    reporter_organisation_id: uuid.UUID | None = PydanticField(description="Shown to admins only.")
