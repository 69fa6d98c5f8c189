"""Placements: a household holding beds in a shelter unit or at a host family."""

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Index, String
from sqlmodel import Field, SQLModel

from api.core.models import InputSchema, Schema, id_field, timestamp_field


class PlaceType(StrEnum):
    SHELTER_UNIT = "shelter_unit"
    HOST_FAMILY = "host_family"


class PlacementStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"


class Placement(SQLModel, table=True):
    """Holds beds from acceptance until the household moves out (status `ended`)."""

    __table_args__ = (
        CheckConstraint("beds >= 1", name="beds_positive"),
        CheckConstraint(
            "(place_type = 'shelter_unit' AND shelter_unit_id IS NOT NULL AND host_family_id IS NULL)"
            " OR (place_type = 'host_family' AND host_family_id IS NOT NULL AND shelter_unit_id IS NULL)",
            name="one_place",
        ),
        Index("ix_placement_unit_status", "shelter_unit_id", "status"),
        Index("ix_placement_host_status", "host_family_id", "status"),
    )

    id: uuid.UUID = id_field()
    household_id: uuid.UUID = Field(index=True, foreign_key="household.id")
    relocation_request_id: uuid.UUID | None = Field(
        default=None, index=True, foreign_key="relocation_request.id"
    )
    place_type: str = Field(sa_type=String(16))
    shelter_unit_id: uuid.UUID | None = Field(default=None, foreign_key="shelter_unit.id")
    host_family_id: uuid.UUID | None = Field(default=None, foreign_key="host_family.id")
    beds: int
    starts_on: date
    planned_end_on: date | None = None
    ended_on: date | None = None
    status: str = Field(sa_type=String(16), default="active", index=True)
    created_at: datetime = timestamp_field()


class PlacementSummary(Schema):
    id: uuid.UUID
    place_type: PlaceType
    place_id: uuid.UUID
    place_name: str = PydanticField(description="The location and unit, or the host family's display name.")
    municipality_code: str
    beds: int
    starts_on: date
    planned_end_on: date | None
    ended_on: date | None
    status: str


class PlacementEnd(InputSchema):
    ended_on: date | None = PydanticField(default=None, description="Defaults to today.")
