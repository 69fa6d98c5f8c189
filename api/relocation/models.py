"""Relocation requests: status, anchors, the timeline, status links; the status page's schemas."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field as PydanticField
from pydantic import StringConstraints
from sqlalchemy import JSON, Column, ForeignKey, Index, String, Uuid
from sqlmodel import Field, SQLModel

from api.core.dates import MoveDate
from api.core.models import (
    InputSchema,
    Note,
    Reason,
    Schema,
    ShortText,
    UTCDateTime,
    id_field,
    timestamp_field,
)
from api.identity.models import OrganisationContactPublic
from api.offers.models import OfferStatus
from api.placements.models import PlacementSummary, PlaceType
from api.places.models import ContactPublic, Latitude, Longitude, MunicipalityCode


class RequestReason(StrEnum):
    HOST_STAY_ENDING = "host_stay_ending"
    LOCATION_CLOSING = "location_closing"
    SAFETY = "safety"
    CONFLICT = "conflict"
    FAMILY_REUNIFICATION = "family_reunification"
    WORK = "work"
    OTHER = "other"


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    HIGH = "high"
    NORMAL = "normal"


class RequestStatus(StrEnum):
    SUBMITTED = "submitted"
    TRIAGED = "triaged"
    MATCHING = "matching"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    MOVED = "moved"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class AnchorKind(StrEnum):
    WORK = "work"
    SCHOOL = "school"
    CARER = "carer"
    CURRENT_HOME = "current_home"
    OTHER = "other"


class EventKind(StrEnum):
    CREATED = "created"
    STATUS_CHANGED = "status_changed"
    OFFER_MADE = "offer_made"
    OFFER_ACCEPTED = "offer_accepted"
    OFFER_DECLINED = "offer_declined"
    OFFER_WITHDRAWN = "offer_withdrawn"
    UPDATED = "updated"


class NextStep(StrEnum):
    TRIAGE = "triage"
    START_SEARCH = "start_search"
    MAKE_OFFER = "make_offer"
    RESPOND_TO_OFFER = "respond_to_offer"
    MOVE = "move"
    CLOSE_REQUEST = "close_request"


class ActorType(StrEnum):
    USER = "user"
    INTEGRATION = "integration"
    HOUSEHOLD = "household"
    SYSTEM = "system"


class RelocationRequest(SQLModel, table=True):
    __tablename__ = "relocation_request"
    __table_args__ = (
        Index("ix_relocation_request_status_must_move_by", "status", "must_move_by"),
        Index("ix_relocation_request_household_status", "household_id", "status"),
    )

    id: uuid.UUID = id_field()
    household_id: uuid.UUID = Field(foreign_key="household.id")
    reason: str = Field(sa_type=String(32), index=True)
    urgency: str = Field(sa_type=String(16), index=True)
    must_move_by: date
    status: str = Field(sa_type=String(16), default=RequestStatus.SUBMITTED.value)
    preferred_municipalities: list[str] = Field(sa_column=Column(JSON, nullable=False))
    max_distance_km: int | None = None
    # The placement the household lives in when the request is made. A foreign key that closes a
    # cycle with placement.relocation_request_id, hence created after both tables (use_alter).
    current_placement_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(
            Uuid(),
            ForeignKey(
                "placement.id",
                use_alter=True,
                name="fk_relocation_request_current_placement_id_placement",
            ),
            nullable=True,
        ),
    )
    notes: str | None = Field(default=None, max_length=4000)  # restricted
    next_step: str | None = Field(default=None, sa_type=String(24))
    next_step_due: date | None = None
    # Set when a job opened the request: the unique key that makes the job open it only once.
    trigger_key: str | None = Field(default=None, max_length=120, unique=True)
    created_by_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    # The person at the handling organisation who follows the request ("mine" in the queue).
    assignee_user_id: uuid.UUID | None = Field(
        default=None, foreign_key="app_user.id", index=True, ondelete="SET NULL"
    )
    created_at: datetime = timestamp_field()
    updated_at: datetime = timestamp_field()
    status_changed_at: datetime = timestamp_field()
    closed_at: datetime | None = timestamp_field(nullable=True, index=True)
    anonymised_at: datetime | None = timestamp_field(nullable=True)


class RelocationAnchor(SQLModel, table=True):
    """A place the household's life is tied to (work, school, informal carers, current home)."""

    __tablename__ = "relocation_anchor"

    id: uuid.UUID = id_field()
    request_id: uuid.UUID = Field(foreign_key="relocation_request.id", index=True, ondelete="CASCADE")
    position: int = 0
    kind: str = Field(sa_type=String(16))
    label: str | None = Field(default=None, max_length=200)
    lat: float
    lon: float
    municipality_code: str | None = Field(default=None, max_length=6, foreign_key="municipality.code")


class RelocationEvent(SQLModel, table=True):
    """One step on a request's timeline: who did what, and what is expected next, by when."""

    __tablename__ = "relocation_event"
    __table_args__ = (Index("ix_relocation_event_request_occurred", "request_id", "occurred_at"),)

    id: uuid.UUID = id_field()
    request_id: uuid.UUID = Field(foreign_key="relocation_request.id", ondelete="CASCADE")
    occurred_at: datetime = timestamp_field()
    kind: str = Field(sa_type=String(24))
    from_status: str | None = Field(default=None, sa_type=String(16))
    to_status: str = Field(sa_type=String(16))
    actor_type: str = Field(sa_type=String(16))
    actor_user_id: uuid.UUID | None = None
    actor_api_key_id: uuid.UUID | None = None
    actor_organisation_id: uuid.UUID | None = None
    offer_id: uuid.UUID | None = Field(default=None, foreign_key="offer.id")
    note: str | None = Field(default=None, max_length=2000)  # restricted
    next_step: str | None = Field(default=None, sa_type=String(24))
    next_step_due: date | None = None


class StatusLink(SQLModel, table=True):
    """The household's login-free link to its request, stored only as a hash; rotatable."""

    __tablename__ = "status_link"

    id: uuid.UUID = id_field()
    request_id: uuid.UUID = Field(foreign_key="relocation_request.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = timestamp_field()
    revoked_at: datetime | None = timestamp_field(nullable=True)


class StatusLookupThrottle(SQLModel, table=True):
    """Status-page requests per client address (hashed) per minute: the rate limit's counter."""

    __tablename__ = "status_lookup_throttle"

    client_key: str = Field(primary_key=True, max_length=64)
    window_start: datetime = Field(sa_type=UTCDateTime, primary_key=True)
    lookups: int = 0


class AnchorInput(InputSchema):
    kind: AnchorKind
    label: ShortText | None = None
    lat: Latitude
    lon: Longitude
    municipality_code: MunicipalityCode | None = None


class AnchorPublic(Schema):
    kind: AnchorKind
    label: str | None
    lat: float
    lon: float
    municipality_code: str | None


class RelocationRequestCreate(InputSchema):
    household_id: uuid.UUID
    reason: RequestReason
    urgency: Urgency = Urgency.NORMAL
    must_move_by: MoveDate
    anchors: list[AnchorInput] = PydanticField(default_factory=list, max_length=10)
    preferred_municipalities: list[MunicipalityCode] = PydanticField(default_factory=list, max_length=20)
    max_distance_km: Annotated[int, PydanticField(ge=1, le=400)] | None = None
    current_placement_id: uuid.UUID | None = PydanticField(
        default=None, description="Defaults to the household's active placement, if any."
    )
    notes: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None


class RelocationRequestUpdate(InputSchema):
    refuses_null = ("reason", "urgency", "must_move_by", "anchors", "preferred_municipalities")

    reason: RequestReason | None = None
    urgency: Urgency | None = None
    must_move_by: MoveDate | None = None
    anchors: list[AnchorInput] | None = PydanticField(default=None, max_length=10)
    preferred_municipalities: list[MunicipalityCode] | None = PydanticField(default=None, max_length=20)
    max_distance_km: Annotated[int, PydanticField(ge=1, le=400)] | None = None
    notes: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None


class AssigneePublic(Schema):
    user_id: uuid.UUID
    full_name: str


class RelocationRequestPublic(Schema):
    id: uuid.UUID
    household_id: uuid.UUID
    household_reference: str = PydanticField(description="The household's reference, e.g. `HH-7K3M9Q2P`.")
    reason: RequestReason
    urgency: Urgency
    must_move_by: date
    status: RequestStatus
    anchors: list[AnchorPublic]
    preferred_municipalities: list[str]
    max_distance_km: int | None
    current_placement: PlacementSummary | None = PydanticField(
        description="Where the household lives when the request is made."
    )
    new_placement: PlacementSummary | None = PydanticField(
        description="The placement created when an offer was accepted."
    )
    next_step: NextStep | None
    next_step_expected_on: date | None
    allowed_transitions: list[RequestStatus] = PydanticField(
        description="Statuses POST …/transitions accepts now (offered and accepted come from offers)."
    )
    notes: str | None = PydanticField(description="Restricted; null when not shown.")
    overdue: bool = PydanticField(
        description="Its must-move-by date has passed and the household has not moved."
    )
    assignee: AssigneePublic | None = PydanticField(
        description="Who at the handling organisation follows it."
    )
    created_at: datetime
    updated_at: datetime
    status_changed_at: datetime
    closed_at: datetime | None


class StatusLinkCreated(Schema):
    token: str = PydanticField(description="The secret of the status link. It is shown only this once.")
    path: str = PydanticField(description="The household's status page under /api/v1.")
    created_at: datetime


class RelocationRequestCreated(RelocationRequestPublic):
    status_link: StatusLinkCreated


class TransitionCreate(InputSchema):
    status: RequestStatus = PydanticField(
        description="triaged, matching, moved, closed or cancelled; offers make a request offered "
        "and accepted."
    )
    note: Note | None = None


class RequestSort(StrEnum):
    """A list's order; a leading `-` reverses it. Ties are broken by creation time and id."""

    MUST_MOVE_BY = "mustMoveBy"
    MUST_MOVE_BY_DESC = "-mustMoveBy"
    CREATED_AT = "createdAt"
    CREATED_AT_DESC = "-createdAt"
    URGENCY = "urgency"
    URGENCY_DESC = "-urgency"
    STATUS = "status"
    STATUS_DESC = "-status"


class AssigneeUpdate(InputSchema):
    user_id: uuid.UUID | None = PydanticField(
        description="A user of the caller's organisation who may work on requests; null to unassign."
    )


class CancelCreate(InputSchema):
    reason: Reason


class ActorPublic(Schema):
    type: ActorType
    user_id: uuid.UUID | None
    organisation_id: uuid.UUID | None


class RelocationEventPublic(Schema):
    id: uuid.UUID
    request_id: uuid.UUID
    occurred_at: datetime
    kind: EventKind
    from_status: RequestStatus | None
    to_status: RequestStatus
    actor: ActorPublic
    offer_id: uuid.UUID | None
    note: str | None = PydanticField(description="Restricted; null when not shown.")
    next_step: NextStep | None
    next_step_expected_on: date | None


class StatusLanguage(StrEnum):
    NL = "nl"
    EN = "en"
    UK = "uk"
    RU = "ru"


class StatusPageEvent(Schema):
    occurred_at: datetime
    text: str


class StatusPageFact(Schema):
    code: str
    text: str


class StatusPageOffer(Schema):
    id: uuid.UUID
    place_type: PlaceType
    status: OfferStatus = PydanticField(description="open: waiting for your answer; accepted: planned.")
    description: str
    municipality_name: str
    beds: int = PydanticField(description="Beds reserved for the household.")
    move_on: date
    respond_by: date
    stay_ends_on: date | None = PydanticField(description="When the stay is planned to end.")
    languages_spoken: list[str]
    facts: list[StatusPageFact]
    address: str | None = PydanticField(description="Only once the offer is accepted.")
    arrival_instructions: str | None = PydanticField(
        description="How to get there and who opens the door; only once the offer is accepted."
    )
    contact: ContactPublic | None = PydanticField(
        description="Whom to call about the arrival (the location, or the host); only once accepted."
    )


class StatusPageOrganisation(Schema):
    """The organisation that supports the household: whom to ask, always shown."""

    name: str
    contact: OrganisationContactPublic | None


class StatusConcernCreate(InputSchema):
    description: Annotated[str, StringConstraints(min_length=1, max_length=2000)] = PydanticField(
        description="What is not right where the household lives. Sent without its name."
    )
    urgent: bool = PydanticField(default=False, description="Someone is at risk now.")


class StatusConcernReceived(Schema):
    received_at: datetime
    text: str = PydanticField(description="What happens next, in the page's language.")


class StatusPage(Schema):
    language: StatusLanguage
    status: RequestStatus
    status_text: str
    must_move_by: date
    next_step: NextStep | None
    next_step_text: str | None
    next_step_expected_on: date | None
    timeline: list[StatusPageEvent]
    offer: StatusPageOffer | None
    supporting_organisation: StatusPageOrganisation | None = PydanticField(
        description="Whom the household can ask about its move."
    )
