"""Closing a shelter location or unit: what it does to the households who live (or would) there."""

import uuid
from datetime import date
from enum import StrEnum

from pydantic import Field as PydanticField

from api.core.dates import MoveDate
from api.core.models import InputSchema, Schema


class ClosingCreate(InputSchema):
    closes_on: MoveDate = PydanticField(description="The last day; the households must have moved by then.")
    dry_run: bool = PydanticField(
        default=False,
        description="Only say who lives there and what closing would do; change nothing (ask first).",
    )


class ClosingAction(StrEnum):
    """What closing does (or, in a dry run, would do) for one household."""

    OPENED = "opened"
    WOULD_OPEN = "would_open"
    EXISTING = "existing"
    ALREADY_HANDLED = "already_handled"
    MOVE_CANCELLED = "move_cancelled"
    WOULD_CANCEL_MOVE = "would_cancel_move"
    MOVE_KEPT = "move_kept"


ACTION_DESCRIPTION = (
    "opened / would_open: a relocation request with closesOn as its deadline; existing: the household "
    "has an open request already (its deadline is brought forward to closesOn); already_handled: a "
    "request for this closing was opened before and is finished; move_cancelled / would_cancel_move: "
    "the household was to arrive on or after closesOn, so its move falls through and its request "
    "returns to matching; move_kept: it arrives before closesOn, and must move again by then."
)


class ClosingHousehold(Schema):
    placement_id: uuid.UUID
    household_id: uuid.UUID
    household_reference: str
    unit_id: uuid.UUID
    unit_name: str
    beds: int
    resident: bool = PydanticField(description="Lives there now; otherwise about to arrive.")
    move_on: date = PydanticField(description="When the household moved, or is to move, in.")
    arrived_on: date | None
    action: ClosingAction = PydanticField(description=ACTION_DESCRIPTION)
    relocation_request_id: uuid.UUID | None = PydanticField(
        description="The request that moves the household on (opened now, or its open one)."
    )
    must_move_by: date | None


class ClosingReport(Schema):
    location_id: uuid.UUID
    unit_id: uuid.UUID | None = PydanticField(description="Set when one unit closes, not the location.")
    closes_on: date
    status: str = PydanticField(
        description="The location's status (closing or closed), or the unit's (blocked until it is "
        "empty and the day has come, then closed)."
    )
    dry_run: bool
    households: list[ClosingHousehold] = PydanticField(description="Everyone who lives there or is about to.")
