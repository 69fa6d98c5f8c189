"""Host families: a private offer of beds for a limited window, usable only once vetted."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import EmailStr, StringConstraints, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import JSON, CheckConstraint, Column, Index, String, false
from sqlmodel import Field, SQLModel

from api.core.dates import AvailabilityDate, EventDate, VettingExpiryDate
from api.core.geo import position_index
from api.core.models import InputSchema, Note, Schema, id_field, timestamp_field
from api.identity.models import Name, PasswordLinkCreated, UserPublic
from api.places.models import (
    ArrivalInstructions,
    Contact,
    ContactPublic,
    LanguageCode,
    Latitude,
    Longitude,
    MunicipalityCode,
    Text200,
)


class VettingStatus(StrEnum):
    PENDING = "pending"
    VETTED = "vetted"
    REJECTED = "rejected"
    SUSPENDED = "suspended"


class HostFamily(SQLModel, table=True):
    __tablename__ = "host_family"
    __table_args__ = (
        CheckConstraint("beds >= 1", name="beds_positive"),
        CheckConstraint("available_until >= available_from", name="window_ordered"),
        Index("ix_host_family_lat_lon", "lat", "lon"),
    )

    id: uuid.UUID = id_field()
    display_name: str = Field(max_length=200)
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    host_user_id: uuid.UUID | None = Field(default=None, foreign_key="app_user.id", index=True)
    municipality_code: str = Field(max_length=6, foreign_key="municipality.code", index=True)
    lat: float
    lon: float
    beds: int
    rooms: int = 1
    max_households: int = 1
    pets_allowed: bool = False
    pets_present: bool = False
    wheelchair_accessible: bool = False
    accepts_children: bool = True
    languages: list[str] = Field(sa_column=Column(JSON, nullable=False))
    # For matching households that need medical care or special-needs education.
    medical_support_nearby: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    special_needs_school_km: float | None = None
    available_from: date = Field(index=True)
    available_until: date = Field(index=True)
    vetting_status: str = Field(sa_type=String(16), default="pending", index=True)
    vog_checked_on: date | None = None
    home_visit_on: date | None = None
    references_checked_on: date | None = None
    vetting_expires_on: date | None = None
    contact_name: str | None = Field(default=None, max_length=200)
    contact_phone: str | None = Field(default=None, max_length=40)
    contact_email: str | None = Field(default=None, max_length=320)
    # Like the contact: for those who need it, and for a household once it accepted a stay here.
    address: str | None = Field(default=None, max_length=300)
    arrival_instructions: str | None = Field(default=None, max_length=2000)
    id_checked_on: date | None = None
    occupied_beds: int = 0
    occupied_households: int = 0
    created_at: datetime = timestamp_field()
    updated_at: datetime = timestamp_field()


position_index("ix_host_family_position", HostFamily.lat, HostFamily.lon)


class ReviewStatus(StrEnum):
    """The second check of a vetting decision (four-eyes), when the platform requires one."""

    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


class VettingReminder(SQLModel, table=True):
    """The managing organisation was reminded that this host's vetting expires on EXPIRES_ON:
    inserting the row claims the reminder, so it is sent once per host and expiry date."""

    __tablename__ = "vetting_reminder"

    host_family_id: uuid.UUID = Field(foreign_key="host_family.id", primary_key=True)
    expires_on: date = Field(primary_key=True)
    sent_at: datetime = timestamp_field()


class VettingDecision(SQLModel, table=True):
    """One vetting decision: who checked what, when. Decisions are never changed, only reviewed
    (four-eyes) or superseded by a newer one; the host's current vetting is the newest in effect."""

    __tablename__ = "vetting_decision"
    __table_args__ = (Index("ix_vetting_decision_host_decided", "host_family_id", "decided_at"),)

    id: uuid.UUID = id_field()
    host_family_id: uuid.UUID = Field(foreign_key="host_family.id")
    status: str = Field(sa_type=String(16))
    vog_checked_on: date | None = None
    home_visit_on: date | None = None
    references_checked_on: date | None = None
    id_checked_on: date | None = None
    expires_on: date | None = None
    note: str | None = Field(default=None, max_length=2000)
    decided_at: datetime = timestamp_field()
    decided_by_user_id: uuid.UUID | None = Field(default=None, foreign_key="app_user.id")
    decided_by_api_key_id: uuid.UUID | None = None
    decided_by_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    review_status: str = Field(sa_type=String(16), default=ReviewStatus.NOT_REQUIRED.value, index=True)
    reviewed_at: datetime | None = timestamp_field(nullable=True)
    reviewed_by_user_id: uuid.UUID | None = Field(default=None, foreign_key="app_user.id")
    reviewed_by_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    review_note: str | None = Field(default=None, max_length=2000)


class HostFamilyBase(InputSchema):
    @model_validator(mode="after")
    def window_ordered(self):  # type: ignore[no-untyped-def]
        start, end = getattr(self, "available_from", None), getattr(self, "available_until", None)
        if start and end and end < start:
            raise ValueError("availableUntil lies before availableFrom")
        return self


class HostFamilyCreate(HostFamilyBase):
    display_name: Text200
    organisation_id: uuid.UUID | None = PydanticField(
        default=None, description="The managing partner; defaults to the caller's organisation."
    )
    municipality_code: MunicipalityCode
    lat: Latitude
    lon: Longitude
    beds: Annotated[int, PydanticField(ge=1, le=30)]
    rooms: Annotated[int, PydanticField(ge=1, le=30)] = 1
    max_households: Annotated[int, PydanticField(ge=1, le=5)] = 1
    pets_allowed: bool = False
    pets_present: bool = False
    wheelchair_accessible: bool = False
    accepts_children: bool = True
    languages: list[LanguageCode] = PydanticField(default_factory=list, max_length=20)
    medical_support_nearby: bool = PydanticField(
        default=False, description="A GP, clinic or care team the household can reach easily."
    )
    special_needs_school_km: Annotated[float, PydanticField(ge=0, le=500)] | None = PydanticField(
        default=None, description="Distance to the nearest special-needs school (speciaal onderwijs)."
    )
    available_from: AvailabilityDate
    available_until: AvailabilityDate
    allow_long_window: bool = PydanticField(
        default=False, description="Admins only: accept a window longer than the maximum."
    )
    contact: Contact | None = None
    address: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    arrival_instructions: ArrivalInstructions | None = None


class HostFamilyUpdate(HostFamilyBase):
    refuses_null = (
        "display_name",
        "lat",
        "lon",
        "beds",
        "rooms",
        "max_households",
        "pets_allowed",
        "pets_present",
        "wheelchair_accessible",
        "accepts_children",
        "languages",
        "available_from",
        "available_until",
    )

    display_name: Text200 | None = None
    lat: Latitude | None = None
    lon: Longitude | None = None
    beds: Annotated[int, PydanticField(ge=1, le=30)] | None = None
    rooms: Annotated[int, PydanticField(ge=1, le=30)] | None = None
    max_households: Annotated[int, PydanticField(ge=1, le=5)] | None = None
    pets_allowed: bool | None = None
    pets_present: bool | None = None
    wheelchair_accessible: bool | None = None
    accepts_children: bool | None = None
    languages: list[LanguageCode] | None = PydanticField(default=None, max_length=20)
    medical_support_nearby: bool | None = None
    special_needs_school_km: Annotated[float, PydanticField(ge=0, le=500)] | None = None
    available_from: AvailabilityDate | None = None
    available_until: AvailabilityDate | None = None
    allow_long_window: bool = False
    contact: Contact | None = None
    address: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    arrival_instructions: ArrivalInstructions | None = None


class VettingUpdate(InputSchema):
    status: VettingStatus
    vog_checked_on: EventDate | None = None
    home_visit_on: EventDate | None = None
    references_checked_on: EventDate | None = None
    id_checked_on: EventDate | None = PydanticField(
        default=None, description="When an identity document was seen (never stored: only the date)."
    )
    expires_on: VettingExpiryDate | None = None
    note: Note | None = PydanticField(default=None, description="What was checked; kept in the history.")


class StaffRef(Schema):
    user_id: uuid.UUID | None
    full_name: str | None
    organisation_id: uuid.UUID | None
    organisation_name: str | None


class VettingReviewPublic(Schema):
    status: ReviewStatus
    reviewed_at: datetime | None
    reviewed_by: StaffRef | None = PydanticField(description="Not shown to the host.")
    note: str | None


class VettingChecks(Schema):
    """A vetting decision and the checks behind it."""

    status: VettingStatus
    vog_checked_on: date | None
    home_visit_on: date | None
    references_checked_on: date | None
    id_checked_on: date | None
    expires_on: date | None


class VettingDecisionPublic(VettingChecks):
    id: uuid.UUID
    host_family_id: uuid.UUID
    note: str | None
    decided_at: datetime
    decided_by: StaffRef | None = PydanticField(description="Not shown to the host; null before history.")
    review: VettingReviewPublic
    in_effect: bool = PydanticField(description="This decision is the host's current vetting.")


class ReviewOutcome(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"


class VettingReviewCreate(InputSchema):
    outcome: ReviewOutcome
    note: Note | None = None


class VettingPublic(VettingChecks):
    is_vetted: bool = PydanticField(description="Vetted and not expired.")
    renewal_due_on: date | None = PydanticField(
        description="Re-vetting is due from this day (some weeks before the vetting expires)."
    )
    awaiting_review: uuid.UUID | None = PydanticField(
        description="A `vetted` decision waiting for a second person's approval (four-eyes)."
    )


class HostFamilyPublic(Schema):
    id: uuid.UUID
    display_name: str
    organisation_id: uuid.UUID
    host_user_id: uuid.UUID | None
    municipality_code: str
    lat: float
    lon: float
    beds: int
    rooms: int
    max_households: int
    pets_allowed: bool
    pets_present: bool
    wheelchair_accessible: bool
    accepts_children: bool
    languages: list[str]
    medical_support_nearby: bool
    special_needs_school_km: float | None
    available_from: date
    available_until: date
    vetting: VettingPublic
    occupied: int
    available: int
    suspended: bool
    contact: ContactPublic | None = PydanticField(
        description="Only for the managing organisation, the host, and desks placing with them."
    )
    address: str | None = PydanticField(description="Shown like the contact.")
    arrival_instructions: str | None = PydanticField(
        description="Shown like the contact, and to a household once it accepted a stay here."
    )


class HostAccountCreate(InputSchema):
    """The person of the host family who will use the host screens."""

    email: EmailStr
    full_name: Name


class HostAccountInvited(Schema):
    user: UserPublic
    password_link: PasswordLinkCreated = PydanticField(
        description="Hand this link to the host: they choose their own password through it. Shown only once."
    )
