"""Citizen initiatives: small shelters started by citizens, followed as one shared dossier."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field as PydanticField
from pydantic import StringConstraints
from sqlalchemy import JSON, Column, String
from sqlmodel import Field, SQLModel

from api.core.dates import CalendarDate
from api.core.models import InputSchema, Schema, id_field, timestamp_field
from api.places.models import Contact, ContactPublic, MunicipalityCode, Text200


class Stage(StrEnum):
    IDEA = "idea"
    PERMITS = "permits"
    PREPARING = "preparing"
    OPEN = "open"
    CLOSED = "closed"
    ABANDONED = "abandoned"


# The pipeline: forward one step at a time; any stage before `closed` may be abandoned.
ALLOWED_TRANSITIONS: dict[Stage, set[Stage]] = {
    Stage.IDEA: {Stage.PERMITS, Stage.ABANDONED},
    Stage.PERMITS: {Stage.PREPARING, Stage.ABANDONED},
    Stage.PREPARING: {Stage.OPEN, Stage.ABANDONED},
    Stage.OPEN: {Stage.CLOSED},
    Stage.CLOSED: set(),
    Stage.ABANDONED: set(),
}


class InitiativeKind(StrEnum):
    CARE_HOMES = "care_homes"
    PRIVATE_LAND = "private_land"
    BUILDING_CONVERSION = "building_conversion"
    SHARED_HOUSING = "shared_housing"
    OTHER = "other"


class PermitStatus(StrEnum):
    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"
    NOT_NEEDED = "not_needed"


class RiskOwner(StrEnum):
    INITIATOR = "initiator"
    MUNICIPALITY = "municipality"
    PARTNER = "partner"
    LANDLORD = "landlord"
    OTHER = "other"


Short = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Long = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class Permit(InputSchema):
    kind: Short = PydanticField(description="E.g. omgevingsvergunning, kruimelregeling.")
    status: PermitStatus = PermitStatus.NOT_REQUESTED
    requested_on: CalendarDate | None = None
    decided_on: CalendarDate | None = None


class Stakeholder(InputSchema):
    role: Short
    organisation: Short | None = None
    contact: Short | None = None


class Risk(InputSchema):
    description: Long
    owner: RiskOwner


class CitizenInitiative(SQLModel, table=True):
    __tablename__ = "citizen_initiative"

    id: uuid.UUID = id_field()
    name: str = Field(max_length=200)
    municipality_code: str = Field(max_length=6, foreign_key="municipality.code", index=True)
    kind: str = Field(sa_type=String(32))
    description: str | None = Field(default=None, max_length=2000)
    planned_places: int
    stage: str = Field(sa_type=String(16), index=True)
    permits: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    stakeholders: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    risks: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    support_needs: list[str] = Field(sa_column=Column(JSON, nullable=False))
    starts_on: date | None = None
    ends_on: date | None = None
    initiator_name: str | None = Field(default=None, max_length=200)
    initiator_phone: str | None = Field(default=None, max_length=40)
    initiator_email: str | None = Field(default=None, max_length=320)
    shelter_location_id: uuid.UUID | None = Field(default=None, foreign_key="shelter_location.id")
    created_at: datetime = timestamp_field()
    updated_at: datetime = timestamp_field()


class InitiativeStageEvent(SQLModel, table=True):
    __tablename__ = "initiative_stage_event"

    id: uuid.UUID = id_field()
    initiative_id: uuid.UUID = Field(foreign_key="citizen_initiative.id", index=True, ondelete="CASCADE")
    from_stage: str | None = Field(default=None, sa_type=String(16))
    to_stage: str = Field(sa_type=String(16))
    note: str | None = Field(default=None, max_length=2000)
    actor_user_id: uuid.UUID | None = None
    occurred_at: datetime = timestamp_field()


class CitizenInitiativeCreate(InputSchema):
    name: Text200
    municipality_code: MunicipalityCode
    kind: InitiativeKind
    description: Long | None = None
    planned_places: Annotated[int, PydanticField(ge=1, le=500)]
    permits: list[Permit] = PydanticField(default_factory=list, max_length=50)
    stakeholders: list[Stakeholder] = PydanticField(default_factory=list, max_length=50)
    risks: list[Risk] = PydanticField(default_factory=list, max_length=50)
    support_needs: list[Short] = PydanticField(default_factory=list, max_length=50)
    starts_on: CalendarDate | None = None
    ends_on: CalendarDate | None = None
    initiator: Contact | None = None


class CitizenInitiativeUpdate(InputSchema):
    refuses_null = ("name", "kind", "planned_places", "permits", "stakeholders", "risks", "support_needs")

    name: Text200 | None = None
    kind: InitiativeKind | None = None
    description: Long | None = None
    planned_places: Annotated[int, PydanticField(ge=1, le=500)] | None = None
    permits: list[Permit] | None = PydanticField(default=None, max_length=50)
    stakeholders: list[Stakeholder] | None = PydanticField(default=None, max_length=50)
    risks: list[Risk] | None = PydanticField(default=None, max_length=50)
    support_needs: list[Short] | None = PydanticField(default=None, max_length=50)
    starts_on: CalendarDate | None = None
    ends_on: CalendarDate | None = None
    initiator: Contact | None = None


class StageChange(InputSchema):
    stage: Stage
    note: Long | None = None
    shelter_location_id: uuid.UUID | None = PydanticField(
        default=None,
        description="When opening: the location it runs as; omitted, a small-scale location is created.",
    )
    address: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    lat: float | None = None
    lon: float | None = None


class PermitPublic(Schema):
    kind: str
    status: PermitStatus
    requested_on: date | None
    decided_on: date | None


class StakeholderPublic(Schema):
    role: str
    organisation: str | None
    contact: str | None


class RiskPublic(Schema):
    description: str
    owner: RiskOwner


class StageEventPublic(Schema):
    from_stage: Stage | None
    to_stage: Stage
    note: str | None
    actor_user_id: uuid.UUID | None
    occurred_at: datetime


class CitizenInitiativePublic(Schema):
    id: uuid.UUID
    name: str
    municipality_code: str
    kind: InitiativeKind
    description: str | None
    planned_places: int
    stage: Stage
    permits: list[PermitPublic]
    stakeholders: list[StakeholderPublic]
    risks: list[RiskPublic]
    support_needs: list[str]
    starts_on: date | None
    ends_on: date | None
    initiator: ContactPublic | None
    shelter_location_id: uuid.UUID | None
    allowed_next_stages: list[Stage]
