"""Offers: a proposed place and move date that the household accepts or declines."""

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Index, String
from sqlmodel import Field, SQLModel

from api.core.dates import MoveDate
from api.core.models import InputSchema, Reason, Schema, id_field, timestamp_field
from api.placements.models import PlaceType


class OfferStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class ResponseChannel(StrEnum):
    """Who answered an offer on the household's behalf."""

    STATUS_PAGE = "status_page"
    PARTNER = "partner"
    DESK = "desk"
    ADMIN = "admin"


class Offer(SQLModel, table=True):
    """A proposed place and move date. It holds no beds; accepting it does (via hold_beds)."""

    __table_args__ = (
        CheckConstraint(
            "(place_type = 'shelter_unit' AND shelter_unit_id IS NOT NULL"
            " AND host_family_id IS NULL)"
            " OR (place_type = 'host_family' AND host_family_id IS NOT NULL"
            " AND shelter_unit_id IS NULL)",
            name="one_place",
        ),
        CheckConstraint("respond_by <= move_on", name="respond_before_move"),
        Index("ix_offer_request_status", "request_id", "status"),
        Index("ix_offer_unit_status", "shelter_unit_id", "status"),
        Index("ix_offer_host_status", "host_family_id", "status"),
    )

    id: uuid.UUID = id_field()
    request_id: uuid.UUID = Field(foreign_key="relocation_request.id")
    household_id: uuid.UUID = Field(foreign_key="household.id", index=True)
    place_type: str = Field(sa_type=String(16))
    shelter_unit_id: uuid.UUID | None = Field(default=None, foreign_key="shelter_unit.id")
    host_family_id: uuid.UUID | None = Field(default=None, foreign_key="host_family.id")
    move_on: date
    respond_by: date
    status: str = Field(sa_type=String(16), default=OfferStatus.OPEN.value)
    notice_override_reason: str | None = Field(default=None, max_length=1000)  # restricted
    decline_reason: str | None = Field(default=None, max_length=1000)  # restricted
    withdraw_reason: str | None = Field(default=None, max_length=1000)  # restricted
    made_by_organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    made_by_user_id: uuid.UUID | None = None
    responded_at: datetime | None = timestamp_field(nullable=True)
    responded_via: str | None = Field(default=None, sa_type=String(16))
    placement_id: uuid.UUID | None = Field(default=None, foreign_key="placement.id")
    created_at: datetime = timestamp_field()

    @property
    def place_id(self) -> uuid.UUID:
        place_id = self.shelter_unit_id or self.host_family_id
        assert place_id is not None
        return place_id


class OfferCreate(InputSchema):
    place_type: PlaceType
    place_id: uuid.UUID
    move_on: MoveDate
    respond_by: MoveDate | None = PydanticField(
        default=None, description="Defaults to three days from now, and never after moveOn."
    )
    notice_override_reason: Reason | None = PydanticField(
        default=None, description="Emergencies only: why the minimum notice period is not kept."
    )


class OfferPublic(Schema):
    id: uuid.UUID
    request_id: uuid.UUID
    household_id: uuid.UUID
    place_type: PlaceType
    place_id: uuid.UUID
    place_name: str = PydanticField(description="The location and unit, or the host family's display name.")
    municipality_code: str
    move_on: date
    respond_by: date
    status: OfferStatus
    notice_override_reason: str | None = PydanticField(description="Restricted.")
    decline_reason: str | None = PydanticField(description="Restricted.")
    withdraw_reason: str | None = PydanticField(description="Restricted.")
    made_by_organisation_id: uuid.UUID
    created_at: datetime
    responded_at: datetime | None
    responded_via: ResponseChannel | None
    placement_id: uuid.UUID | None


class DeclineCreate(InputSchema):
    reason: Reason = PydanticField(description="Why the household declines. There is no penalty.")


class WithdrawCreate(InputSchema):
    reason: Reason
