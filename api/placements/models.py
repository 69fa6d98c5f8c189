"""Placements: a household holding beds in a shelter unit or at a host family.

A placement holds beds from the moment an offer is accepted (`active`), but the household lives
there only from its check-in (`arrivedOn`). It ends in one of three ways: the household moves out
(`ended`, check-out), never arrives (`no_show`), or the planned move falls through before arrival
(`cancelled`). Every step is an event on the placement's own timeline.
"""

import uuid
from datetime import date, datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from sqlalchemy import CheckConstraint, Index, String
from sqlmodel import Field, SQLModel

from api.core.dates import EventDate, MoveDate
from api.core.models import InputSchema, Reason, Schema, id_field, timestamp_field


class PlaceType(StrEnum):
    SHELTER_UNIT = "shelter_unit"
    HOST_FAMILY = "host_family"


class PlacementStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class PlacementEventKind(StrEnum):
    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    STAY_EXTENDED = "stay_extended"
    PLANNED_END_CHANGED = "planned_end_changed"


class Placement(SQLModel, table=True):
    """Holds beds from acceptance until the household moves out, fails to arrive, or the move
    falls through; the household lives there from `arrived_on`."""

    __table_args__ = (
        CheckConstraint("beds >= 1", name="beds_positive"),
        CheckConstraint(
            "(place_type = 'shelter_unit' AND shelter_unit_id IS NOT NULL AND host_family_id IS NULL)"
            " OR (place_type = 'host_family' AND host_family_id IS NOT NULL AND shelter_unit_id IS NULL)",
            name="one_place",
        ),
        CheckConstraint("arrived_on IS NULL OR arrived_on >= starts_on", name="arrives_on_or_after_start"),
        CheckConstraint(
            "status <> 'ended'"
            " OR (arrived_on IS NOT NULL AND ended_on IS NOT NULL AND ended_on >= arrived_on)",
            name="leaves_after_arrival",
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
    arrived_on: date | None = None
    ended_on: date | None = None
    status: str = Field(sa_type=String(16), default="active", index=True)
    created_at: datetime = timestamp_field()

    @property
    def place_id(self) -> uuid.UUID:
        place_id = self.shelter_unit_id or self.host_family_id
        assert place_id is not None
        return place_id

    @property
    def resident(self) -> bool:
        """The household lives there: checked in and not (yet) checked out."""
        return self.status == PlacementStatus.ACTIVE.value and self.arrived_on is not None


class PlacementEvent(SQLModel, table=True):
    """One step in a placement's life after acceptance: check-in, check-out, no-show, a longer stay."""

    __tablename__ = "placement_event"
    __table_args__ = (Index("ix_placement_event_placement_occurred", "placement_id", "occurred_at"),)

    id: uuid.UUID = id_field()
    placement_id: uuid.UUID = Field(foreign_key="placement.id", ondelete="CASCADE")
    kind: str = Field(sa_type=String(24))
    occurred_at: datetime = timestamp_field()
    on_date: date | None = None
    previous_planned_end_on: date | None = None
    planned_end_on: date | None = None
    reason: str | None = Field(default=None, max_length=1000)  # restricted
    actor_user_id: uuid.UUID | None = None
    actor_api_key_id: uuid.UUID | None = None
    actor_organisation_id: uuid.UUID | None = None


class PlacementSummary(Schema):
    id: uuid.UUID
    place_type: PlaceType
    place_id: uuid.UUID
    place_name: str = PydanticField(description="The location and unit, or the host family's display name.")
    municipality_code: str
    beds: int
    starts_on: date = PydanticField(description="The planned move date.")
    planned_end_on: date | None = PydanticField(description="When the stay is planned to end.")
    arrived_on: date | None = PydanticField(description="The check-in: when the household arrived.")
    ended_on: date | None = PydanticField(
        description="The check-out, the no-show, or the day the planned move fell through."
    )
    status: PlacementStatus
    resident: bool = PydanticField(description="The household lives there (checked in, not checked out).")


class PlacementPublic(PlacementSummary):
    household_id: uuid.UUID
    household_reference: str
    relocation_request_id: uuid.UUID | None = PydanticField(
        description="The request whose accepted offer created the placement."
    )
    location_id: uuid.UUID | None = PydanticField(description="For a shelter unit: its location.")
    created_at: datetime


class PlacementEnd(InputSchema):
    ended_on: EventDate | None = PydanticField(
        default=None, description="The check-out: the day the household moved out. Defaults to today."
    )


class PlacementCheckIn(InputSchema):
    arrived_on: EventDate | None = PydanticField(
        default=None,
        description="The day the household arrived: on or after the planned move date, not in the "
        "future. Defaults to today.",
    )


class PlacementNoShow(InputSchema):
    on: EventDate | None = PydanticField(
        default=None,
        description="The day the household was expected and did not come: on or after the move date, "
        "not in the future. Defaults to today.",
    )
    reason: Reason


class StayExtensionCreate(InputSchema):
    planned_end_on: MoveDate = PydanticField(
        description="The new planned end: later than the current one, within the host's availability."
    )
    reason: Reason = PydanticField(description="Why the stay lasts longer. It is kept on the timeline.")


class PlacementActor(Schema):
    user_id: uuid.UUID | None
    organisation_id: uuid.UUID | None


class PlacementEventPublic(Schema):
    id: uuid.UUID
    placement_id: uuid.UUID
    kind: PlacementEventKind
    occurred_at: datetime
    on: date | None = PydanticField(description="The day it concerns (arrival, departure, no-show).")
    previous_planned_end_on: date | None
    planned_end_on: date | None
    reason: str | None = PydanticField(description="Restricted; null when not shown.")
    actor: PlacementActor


class HostStayStatus(StrEnum):
    INCOMING = "incoming"
    LIVING = "living"


class HostStayPublic(Schema):
    """A household staying with (or coming to) a host family, as the host sees it: nothing sensitive."""

    placement_id: uuid.UUID
    status: HostStayStatus
    move_on: date = PydanticField(description="The planned arrival date.")
    arrived_on: date | None
    planned_end_on: date | None
    adults: int
    children: int
    languages: list[str]
