"""Households, their relocation requests with a timeline, offers, status links and the outbox.

Restricted ("sensitive") fields are the free texts and the safeguarding data: needs details,
the `vulnerable` flag, notes, contact details, decline and override reasons. They are stored
here like any other column; who may read them is decided in api.people.access.
"""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import EmailStr, StringConstraints, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Index, String, Uuid
from sqlmodel import Field, SQLModel

from api.core.models import InputSchema, Schema, UTCDateTime, id_field, timestamp_field
from api.placements.models import PlaceType
from api.places.models import LanguageCode, Latitude, Longitude, MunicipalityCode

# --- enumerations ---------------------------------------------------------------------------


class LegalStatus(StrEnum):
    """A category only: Onderdak never stores documents or citizen service numbers (BSN)."""

    UKRAINIAN_TPD = "ukrainian_tpd"
    THIRD_COUNTRY_TPD = "third_country_tpd"
    THIRD_COUNTRY_NO_TPD = "third_country_no_tpd"
    OTHER = "other"


class AgeBand(StrEnum):
    AGE_0_3 = "age_0_3"
    AGE_4_11 = "age_4_11"
    AGE_12_17 = "age_12_17"
    AGE_18_29 = "age_18_29"
    AGE_30_49 = "age_30_49"
    AGE_50_64 = "age_50_64"
    AGE_65_PLUS = "age_65_plus"


MINOR_AGE_BANDS = frozenset({AgeBand.AGE_0_3, AgeBand.AGE_4_11, AgeBand.AGE_12_17})


def members_consistent(adults: int, children: int, bands: list[str]) -> str | None:
    """Why the members do not fit the counts, or None. An empty list means ages unknown."""
    if not bands:
        return None
    minors = sum(1 for band in bands if band in MINOR_AGE_BANDS)
    if len(bands) != adults + children or minors != children:
        return (
            f"members lists {len(bands)} people of whom {minors} under 18; "
            f"adults and children say {adults + children} of whom {children} under 18"
        )
    return None


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


class NotificationKind(StrEnum):
    OFFER_MADE = "offer_made"
    MOVE_DATE = "move_date"
    EXPIRY_WARNING = "expiry_warning"
    STATUS_CHANGED = "status_changed"


class NotificationStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"


class RecipientType(StrEnum):
    ORGANISATION_USER = "organisation_user"
    HOUSEHOLD = "household"


# --- tables ---------------------------------------------------------------------------------


class Household(SQLModel, table=True):
    """A household that may have to move. Erasure keeps the row (size, age bands, legal status)."""

    id: uuid.UUID = id_field()
    reference: str = Field(max_length=24, unique=True)
    adults: int
    children: int = 0
    members: list[str] = Field(sa_column=Column(JSON, nullable=False))  # age bands
    languages: list[str] = Field(sa_column=Column(JSON, nullable=False))
    preferred_language: str = Field(max_length=3)
    legal_status: str = Field(sa_type=String(24), index=True)
    needs_wheelchair: bool = False
    needs_medical_care: bool = False
    has_pets: bool = False
    pet_details: str | None = Field(default=None, max_length=200)
    needs_special_needs_education: bool = False
    needs_informal_care: bool = False
    needs_informal_childcare: bool = False
    needs_self_catering: bool = False
    women_and_children_only: bool = False
    # Restricted: shown only to callers allowed to read sensitive data, and audited.
    needs_details: str | None = Field(default=None, max_length=2000)
    vulnerable: bool = False
    notes: str | None = Field(default=None, max_length=4000)
    contact_email: str | None = Field(default=None, max_length=320)
    contact_phone: str | None = Field(default=None, max_length=40)
    supporting_organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisation.id", index=True
    )
    created_by_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    created_at: datetime = timestamp_field()
    updated_at: datetime = timestamp_field()
    erased_at: datetime | None = timestamp_field(nullable=True)

    __table_args__ = (
        CheckConstraint("adults >= 1", name="adults_positive"),
        CheckConstraint("children >= 0", name="children_not_negative"),
    )

    @property
    def size(self) -> int:
        """Beds the household needs."""
        return self.adults + self.children


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


class Notification(SQLModel, table=True):
    """The outbox: written in the transaction of the change it reports, delivered later.

    A sender claims rows with a lease (`sending` until `lease_until`), so a crashed sender's rows
    are retried and two senders never deliver the same row at the same time.
    """

    __table_args__ = (Index("ix_notification_status_next_attempt", "status", "next_attempt_at"),)

    id: uuid.UUID = id_field()
    created_at: datetime = timestamp_field()
    kind: str = Field(sa_type=String(24))
    channel: str = Field(sa_type=String(16), default="email")
    recipient_type: str = Field(sa_type=String(24))
    recipient: str = Field(max_length=320)
    recipient_user_id: uuid.UUID | None = None
    language: str = Field(max_length=3)
    subject: str = Field(max_length=300)
    body: str = Field(max_length=4000)
    household_id: uuid.UUID | None = Field(default=None, foreign_key="household.id", index=True)
    request_id: uuid.UUID | None = Field(default=None, foreign_key="relocation_request.id", index=True)
    status: str = Field(sa_type=String(16), default=NotificationStatus.PENDING.value)
    attempts: int = 0
    next_attempt_at: datetime = timestamp_field()
    lease_until: datetime | None = timestamp_field(nullable=True)
    sent_at: datetime | None = timestamp_field(nullable=True)
    delivered_via: str | None = Field(default=None, sa_type=String(16))
    last_error: str | None = Field(default=None, max_length=500)


class JobRun(SQLModel, table=True):
    """A daily job's run for one day: inserting it claims the run, so it happens once."""

    __tablename__ = "job_run"

    job: str = Field(primary_key=True, max_length=40)
    run_on: date = Field(primary_key=True)
    started_at: datetime = timestamp_field()
    finished_at: datetime | None = timestamp_field(nullable=True)
    details: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


# --- API: households ------------------------------------------------------------------------

ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Reason = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
Note = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Phone = Annotated[str, StringConstraints(max_length=40, pattern=r"^[+0-9 ()-]{6,40}$")]


class Member(Schema):
    age_band: AgeBand


class NeedsInput(InputSchema):
    wheelchair: bool = False
    medical_care: bool = False
    pets: bool = False
    pet_details: ShortText | None = PydanticField(default=None, description="E.g. `one dog`.")
    special_needs_education: bool = False
    informal_care: bool = PydanticField(
        default=False, description="Receives informal care (mantelzorg) from someone who visits."
    )
    informal_childcare: bool = PydanticField(
        default=False,
        description="Relies on informal childcare by visitors: visiting rules matter.",
    )
    self_catering: bool = PydanticField(default=False, description="Needs to cook for itself.")
    women_and_children_only: bool = PydanticField(
        default=False, description="No adult men in the household: women-only units may take it."
    )
    details: Annotated[str, StringConstraints(min_length=1, max_length=2000)] | None = PydanticField(
        default=None, description="Restricted: free-text details (health, safety)."
    )


class HouseholdContact(InputSchema):
    email: EmailStr | None = None
    phone: Phone | None = None


class MemberInput(InputSchema):
    age_band: AgeBand


class HouseholdCreate(InputSchema):
    adults: Annotated[int, PydanticField(ge=1, le=30)]
    children: Annotated[int, PydanticField(ge=0, le=30)] = 0
    members: list[MemberInput] = PydanticField(
        default_factory=list, max_length=60, description="Empty, or one entry per person."
    )
    languages: list[LanguageCode] = PydanticField(default_factory=list, max_length=10)
    preferred_language: LanguageCode = PydanticField(
        description="ISO 639-1 code; the status page uses nl, en or uk (ru only when chosen here)."
    )
    legal_status: LegalStatus
    needs: NeedsInput = PydanticField(default_factory=NeedsInput)
    vulnerable: bool = PydanticField(default=False, description="Restricted: safeguarding flag.")
    notes: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None
    contact: HouseholdContact | None = None
    supporting_organisation_id: uuid.UUID | None = PydanticField(
        default=None,
        description="The partner supporting the household; a partner's own by default.",
    )

    @model_validator(mode="after")
    def members_fit_counts(self) -> "HouseholdCreate":
        problem = members_consistent(self.adults, self.children, [m.age_band for m in self.members])
        if problem:
            raise ValueError(problem)
        return self


class HouseholdUpdate(InputSchema):
    adults: Annotated[int, PydanticField(ge=1, le=30)] | None = None
    children: Annotated[int, PydanticField(ge=0, le=30)] | None = None
    members: list[MemberInput] | None = PydanticField(default=None, max_length=60)
    languages: list[LanguageCode] | None = PydanticField(default=None, max_length=10)
    preferred_language: LanguageCode | None = None
    legal_status: LegalStatus | None = None
    needs: NeedsInput | None = PydanticField(default=None, description="Replaces all needs.")
    vulnerable: bool | None = None
    notes: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None
    contact: HouseholdContact | None = None
    supporting_organisation_id: uuid.UUID | None = None


class NeedsPublic(Schema):
    wheelchair: bool
    medical_care: bool
    pets: bool
    pet_details: str | None
    special_needs_education: bool
    informal_care: bool
    informal_childcare: bool
    self_catering: bool
    women_and_children_only: bool
    details: str | None = PydanticField(description="Restricted; null when not shown.")


class HouseholdContactPublic(Schema):
    email: str | None
    phone: str | None


class HouseholdPublic(Schema):
    id: uuid.UUID
    reference: str
    adults: int
    children: int
    size: int = PydanticField(description="Beds needed: adults + children.")
    members: list[Member]
    languages: list[str]
    preferred_language: str
    legal_status: LegalStatus
    needs: NeedsPublic
    vulnerable: bool | None = PydanticField(description="Restricted; null when not shown.")
    notes: str | None = PydanticField(description="Restricted; null when not shown.")
    contact: HouseholdContactPublic | None = PydanticField(description="Restricted; null when not shown.")
    supporting_organisation_id: uuid.UUID | None
    restricted_fields_shown: bool = PydanticField(
        description="Whether the restricted fields were shown (and the read audited)."
    )
    created_at: datetime
    updated_at: datetime


# --- API: relocation requests ---------------------------------------------------------------


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
    must_move_by: date
    anchors: list[AnchorInput] = PydanticField(default_factory=list, max_length=10)
    preferred_municipalities: list[MunicipalityCode] = PydanticField(default_factory=list, max_length=20)
    max_distance_km: Annotated[int, PydanticField(ge=1, le=400)] | None = None
    current_placement_id: uuid.UUID | None = PydanticField(
        default=None, description="Defaults to the household's active placement, if any."
    )
    notes: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None


class RelocationRequestUpdate(InputSchema):
    reason: RequestReason | None = None
    urgency: Urgency | None = None
    must_move_by: date | None = None
    anchors: list[AnchorInput] | None = PydanticField(default=None, max_length=10)
    preferred_municipalities: list[MunicipalityCode] | None = PydanticField(default=None, max_length=20)
    max_distance_km: Annotated[int, PydanticField(ge=1, le=400)] | None = None
    notes: Annotated[str, StringConstraints(min_length=1, max_length=4000)] | None = None


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


class RelocationRequestPublic(Schema):
    id: uuid.UUID
    household_id: uuid.UUID
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


# --- API: offers and placements -------------------------------------------------------------


class OfferCreate(InputSchema):
    place_type: PlaceType
    place_id: uuid.UUID
    move_on: date
    respond_by: date | None = PydanticField(
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


class PlacementEnd(InputSchema):
    ended_on: date | None = PydanticField(default=None, description="Defaults to today.")


# --- API: the household's status page -------------------------------------------------------


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
    stay_ends_on: date | None = PydanticField(description="When the place is available until.")
    languages_spoken: list[str]
    facts: list[StatusPageFact]


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


# --- API: GDPR export -----------------------------------------------------------------------


class StatusLinkInfo(Schema):
    id: uuid.UUID
    created_at: datetime
    revoked_at: datetime | None


class NotificationExport(Schema):
    id: uuid.UUID
    created_at: datetime
    kind: NotificationKind
    channel: str
    recipient_type: RecipientType
    recipient: str
    language: str
    subject: str
    body: str
    status: NotificationStatus
    sent_at: datetime | None


class AccessLogEntry(Schema):
    occurred_at: datetime
    action: str
    subject_type: str
    subject_id: str | None
    organisation_id: uuid.UUID | None
    actor_user_id: uuid.UUID | None


class RelocationRequestExport(Schema):
    request: RelocationRequestPublic
    events: list[RelocationEventPublic]
    offers: list[OfferPublic]
    status_links: list[StatusLinkInfo]


class HouseholdExport(Schema):
    exported_at: datetime
    household: HouseholdPublic
    relocation_requests: list[RelocationRequestExport]
    placements: list[PlacementSummary]
    notifications: list[NotificationExport]
    access_log: list[AccessLogEntry] = PydanticField(
        description="Who read or changed the household's data (the audit log)."
    )
