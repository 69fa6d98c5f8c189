"""Shelter locations and their units. Capacity figures are derived, never typed in."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import EmailStr, StringConstraints, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import JSON, CheckConstraint, Column, Index, String, false
from sqlmodel import Field, SQLModel

from api.core.dates import CalendarDate
from api.core.geo import position_index
from api.core.models import InputSchema, Schema, id_field, timestamp_field


class LocationKind(StrEnum):
    MUNICIPAL = "municipal"
    HOTEL = "hotel"
    HOLIDAY_PARK = "holiday_park"
    OFFICE_BUILDING = "office_building"
    SMALL_SCALE = "small_scale"
    CONTAINER_HOMES = "container_homes"
    BOAT = "boat"
    OTHER = "other"


class LocationStatus(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


class VisitingRules(StrEnum):
    OPEN = "open"
    DAYTIME = "daytime"
    RESTRICTED = "restricted"


class UnitStatus(StrEnum):
    AVAILABLE = "available"
    BLOCKED = "blocked"
    CLOSED = "closed"


Text200 = Annotated[str, StringConstraints(min_length=1, max_length=200)]
ArrivalInstructions = Annotated[
    str,
    StringConstraints(min_length=1, max_length=2000),
    PydanticField(description="How to get there, who opens the door; shown to a household once it accepted."),
]
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
MunicipalityCode = Annotated[str, StringConstraints(pattern=r"^GM\d{4}$")]
Latitude = Annotated[float, PydanticField(ge=50.5, le=53.7)]
Longitude = Annotated[float, PydanticField(ge=3.2, le=7.3)]


class ShelterLocation(SQLModel, table=True):
    __tablename__ = "shelter_location"
    __table_args__ = (
        Index("ix_shelter_location_status_free_beds", "status", "free_beds"),
        Index("ix_shelter_location_lat_lon", "lat", "lon"),
        # Covering on PostgreSQL: a region's or municipality's reports read its locations from
        # the index alone (index-only scans) instead of scanning every location.
        Index(
            "ix_shelter_location_municipality_code",
            "municipality_code",
            postgresql_include=["id", "kind", "status", "opens_on", "closes_on", "capacity_beds"],
        ),
        CheckConstraint("free_beds >= 0", name="free_beds_not_negative"),
    )

    id: uuid.UUID = id_field()
    name: str = Field(max_length=200, index=True)
    kind: str = Field(sa_type=String(32), index=True)
    municipality_code: str = Field(max_length=6, foreign_key="municipality.code")
    address: str = Field(max_length=300)
    lat: float
    lon: float
    operator_organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", index=True
    )
    status: str = Field(sa_type=String(16), index=True)
    opens_on: date | None = None
    closes_on: date | None = Field(default=None, index=True)
    self_catering: bool = False
    has_staff: bool = True
    visiting_rules: str = Field(sa_type=String(16))
    languages_spoken: list[str] = Field(sa_column=Column(JSON, nullable=False))
    # For matching households that need medical care or special-needs education.
    medical_support_nearby: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    special_needs_school_km: float | None = None
    contact_name: str | None = Field(default=None, max_length=200)
    contact_phone: str | None = Field(default=None, max_length=40)
    contact_email: str | None = Field(default=None, max_length=320)
    # Shown to a household once it has accepted a place here (api.relocation.status_page).
    arrival_instructions: str | None = Field(default=None, max_length=2000)
    # Derived from units and active placements by api.placements.service; never written by callers.
    capacity_beds: int = Field(default=0, index=True)
    occupied_beds: int = 0
    free_beds: int = Field(default=0, index=True)
    has_free_wheelchair_unit: bool = False
    has_free_pets_unit: bool = False
    created_at: datetime = timestamp_field()
    updated_at: datetime = timestamp_field()


position_index("ix_shelter_location_position", ShelterLocation.lat, ShelterLocation.lon)


class ShelterUnit(SQLModel, table=True):
    __tablename__ = "shelter_unit"
    __table_args__ = (
        CheckConstraint("beds >= 1", name="beds_positive"),
        CheckConstraint("max_households >= 1", name="max_households_positive"),
        # Covering on PostgreSQL: the reports find an area's units per location from the index alone.
        Index(
            "ix_shelter_unit_location_id",
            "location_id",
            postgresql_include=["id", "beds", "status", "max_households"],
        ),
    )

    id: uuid.UUID = id_field()
    location_id: uuid.UUID = Field(foreign_key="shelter_location.id", ondelete="CASCADE")
    name: str = Field(max_length=200)
    beds: int
    max_households: int = 1
    wheelchair_accessible: bool = False
    pets_allowed: bool = False
    families_only: bool = False
    women_only: bool = False
    status: str = Field(sa_type=String(16), default="available")
    # Set by closing the unit (api.places.closing): its residents must have moved by then.
    closes_on: date | None = None
    # Derived: beds and households held by active placements.
    occupied_beds: int = 0
    occupied_households: int = 0
    created_at: datetime = timestamp_field()


class Contact(InputSchema):
    name: Text200 | None = None
    phone: Annotated[str, StringConstraints(max_length=40, pattern=r"^[+0-9 ()-]{6,40}$")] | None = None
    email: EmailStr | None = None


SchoolKm = Annotated[float, PydanticField(ge=0, le=500)]


class ShelterLocationCreate(InputSchema):
    name: Text200
    kind: LocationKind
    municipality_code: MunicipalityCode
    address: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    lat: Latitude
    lon: Longitude
    operator_organisation_id: uuid.UUID | None = None
    status: LocationStatus = LocationStatus.PLANNED
    opens_on: CalendarDate | None = None
    closes_on: CalendarDate | None = None
    self_catering: bool = False
    has_staff: bool = True
    visiting_rules: VisitingRules = VisitingRules.OPEN
    languages_spoken: list[LanguageCode] = PydanticField(default_factory=list, max_length=20)
    medical_support_nearby: bool = PydanticField(
        default=False, description="A GP, clinic or care team the residents can reach easily."
    )
    special_needs_school_km: SchoolKm | None = PydanticField(
        default=None, description="Distance to the nearest special-needs school (speciaal onderwijs)."
    )
    contact: Contact | None = None
    arrival_instructions: ArrivalInstructions | None = None

    @model_validator(mode="after")
    def closes_after_opening(self) -> "ShelterLocationCreate":
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValueError("closesOn lies before opensOn")
        return self


class ShelterLocationUpdate(InputSchema):
    refuses_null = (
        "name",
        "kind",
        "address",
        "lat",
        "lon",
        "status",
        "self_catering",
        "has_staff",
        "visiting_rules",
        "languages_spoken",
    )

    name: Text200 | None = None
    kind: LocationKind | None = None
    address: Annotated[str, StringConstraints(min_length=1, max_length=300)] | None = None
    lat: Latitude | None = None
    lon: Longitude | None = None
    operator_organisation_id: uuid.UUID | None = None
    status: LocationStatus | None = None
    opens_on: CalendarDate | None = None
    closes_on: CalendarDate | None = None
    self_catering: bool | None = None
    has_staff: bool | None = None
    visiting_rules: VisitingRules | None = None
    languages_spoken: list[LanguageCode] | None = PydanticField(default=None, max_length=20)
    medical_support_nearby: bool | None = None
    special_needs_school_km: SchoolKm | None = None
    contact: Contact | None = None
    arrival_instructions: ArrivalInstructions | None = None


class ContactPublic(Schema):
    name: str | None
    phone: str | None
    email: str | None


def contact_columns(contact: Contact | None, prefix: str = "contact") -> dict[str, str | None]:
    """A contact as the PREFIX_name/_phone/_email columns of a table row."""
    return {
        f"{prefix}_name": contact.name if contact else None,
        f"{prefix}_phone": contact.phone if contact else None,
        f"{prefix}_email": str(contact.email) if contact and contact.email else None,
    }


def contact_of(row: object, prefix: str = "contact") -> ContactPublic | None:
    """The PREFIX_* columns of a row as a contact, or None when all are empty."""
    values = {part: getattr(row, f"{prefix}_{part}") for part in ("name", "phone", "email")}
    return ContactPublic(**values) if any(values.values()) else None


class ShelterLocationPublic(Schema):
    id: uuid.UUID
    name: str
    kind: LocationKind
    municipality_code: str
    address: str
    lat: float
    lon: float
    operator_organisation_id: uuid.UUID | None
    status: LocationStatus
    opens_on: date | None
    closes_on: date | None
    self_catering: bool
    has_staff: bool
    visiting_rules: VisitingRules
    languages_spoken: list[str]
    medical_support_nearby: bool
    special_needs_school_km: float | None
    contact: ContactPublic | None
    arrival_instructions: str | None = PydanticField(
        description="How to get there and who opens the door; shown to a household once it accepted."
    )
    capacity: int = PydanticField(description="Beds in units that are not closed.")
    occupied: int = PydanticField(description="Beds held by active placements.")
    available: int = PydanticField(description="Free beds in available units.")
    small_scale: bool = PydanticField(description="Capacity at most the small-scale threshold.")
    suspended: bool = PydanticField(description="An open incident suspends it from matching.")


class ShelterUnitCreate(InputSchema):
    name: Text200
    beds: Annotated[int, PydanticField(ge=1, le=1000)]
    max_households: Annotated[int, PydanticField(ge=1, le=1000)] = 1
    wheelchair_accessible: bool = False
    pets_allowed: bool = False
    families_only: bool = False
    women_only: bool = False
    status: UnitStatus = UnitStatus.AVAILABLE


class ShelterUnitUpdate(InputSchema):
    refuses_null = (
        "name",
        "beds",
        "max_households",
        "wheelchair_accessible",
        "pets_allowed",
        "families_only",
        "women_only",
        "status",
    )

    name: Text200 | None = None
    beds: Annotated[int, PydanticField(ge=1, le=1000)] | None = None
    max_households: Annotated[int, PydanticField(ge=1, le=1000)] | None = None
    wheelchair_accessible: bool | None = None
    pets_allowed: bool | None = None
    families_only: bool | None = None
    women_only: bool | None = None
    status: UnitStatus | None = None


class ShelterUnitPublic(Schema):
    id: uuid.UUID
    location_id: uuid.UUID
    name: str
    beds: int
    max_households: int
    wheelchair_accessible: bool
    pets_allowed: bool
    families_only: bool
    women_only: bool
    status: UnitStatus
    closes_on: date | None = PydanticField(description="Set by closing the unit.")
    occupied: int
    available: int
    suspended: bool
