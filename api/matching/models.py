"""Matching runs and their proposals (a proposal is not an offer: a person makes the offer)."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pydantic import Field as PydanticField
from sqlalchemy import JSON, Column, LargeBinary, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from api.core.dates import MoveDate
from api.core.models import InputSchema, Schema, id_field, timestamp_field
from api.placements.models import PlaceType
from api.places.models import VisitingRules


class RunStatus(StrEnum):
    QUEUED = "queued"
    RANKING = "ranking"
    SOLVING = "solving"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


ACTIVE_STATUSES = (RunStatus.RANKING.value, RunStatus.SOLVING.value)
FINISHED_STATUSES = (RunStatus.DONE.value, RunStatus.FAILED.value, RunStatus.CANCELLED.value)


class MatchingRun(SQLModel, table=True):
    """A batch run, and at the same time its place in the queue: a worker claims a queued row
    (or one whose worker's lease ran out) and works it through ranking and solving to done."""

    __tablename__ = "matching_run"

    id: uuid.UUID = id_field()
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    created_by_user_id: uuid.UUID | None = None
    status: str = Field(default=RunStatus.QUEUED.value, sa_type=String(16), index=True)
    request_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    """The requests chosen when the run was asked for (in the asker's scope)."""
    candidates_per_request: int = 100
    request_count: int
    progress: int = 0
    """Requests ranked so far, of request_count."""
    pair_count: int | None = None
    assigned_count: int | None = None
    objective: float | None = None
    upper_bound: float | None = None
    gap: float | None = None
    seconds: float | None = None
    ranking_seconds: float | None = None
    solving_seconds: float | None = None
    attempts: int = 0
    lease_token: uuid.UUID | None = None
    lease_expires_at: datetime | None = timestamp_field(nullable=True)
    started_at: datetime | None = timestamp_field(nullable=True)
    finished_at: datetime | None = timestamp_field(nullable=True)
    error: str | None = Field(default=None, max_length=500)
    created_at: datetime = timestamp_field(index=True)


class PartStatus(StrEnum):
    """A part is ranked (queued, ranking, done: ranked), then, after the run's joint solve, worded
    (to_word, wording, worded): both by whichever worker leases it."""

    QUEUED = "queued"
    RANKING = "ranking"
    DONE = "done"
    TO_WORD = "to_word"
    WORDING = "wording"
    WORDED = "worded"


class MatchingRunPart(SQLModel, table=True):
    """One region of a large run: its requests, ranked by whichever worker leases it (several
    workers rank a run's parts at once), and the ranked candidates it found (`ranked`, arrays in
    the form batch.RankedPart.to_bytes writes) for the one joint solve over all parts; then what
    that solve gave the part's requests (`picks`: [request id hex, place id, score] each), which
    a worker that leases the part words into proposals and unassigned reasons."""

    __tablename__ = "matching_run_part"
    __table_args__ = (UniqueConstraint("run_id", "number"),)

    id: uuid.UUID = id_field()
    run_id: uuid.UUID = Field(foreign_key="matching_run.id", index=True, ondelete="CASCADE")
    number: int
    status: str = Field(default=PartStatus.QUEUED.value, sa_type=String(16))
    request_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    lease_token: uuid.UUID | None = None
    lease_expires_at: datetime | None = timestamp_field(nullable=True)
    attempts: int = 0
    seconds: float | None = None
    ranked: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    picks: list[list[Any]] | None = Field(default=None, sa_column=Column(JSON, nullable=True))


class MatchingProposal(SQLModel, table=True):
    __tablename__ = "matching_proposal"

    id: uuid.UUID = id_field()
    run_id: uuid.UUID = Field(foreign_key="matching_run.id", index=True, ondelete="CASCADE")
    request_id: uuid.UUID = Field(foreign_key="relocation_request.id", index=True)
    place_type: str = Field(sa_type=String(16))
    place_id: uuid.UUID
    place_name: str = Field(max_length=420)
    score: float
    explanation: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))


class TermFacts(Schema):
    """What a term's detail says, as values, so that a client can word it in its own language.
    Each term fills the facts it is about; the others are null."""

    km: float | None = PydanticField(
        default=None,
        description="work, school, carer: distance to the anchor; special_needs_school: to the school.",
    )
    anchor: str | None = PydanticField(default=None, description="work, school, carer: the anchor's label.")
    in_wanted_municipality: bool | None = PydanticField(default=None, description="municipality")
    languages: list[str] | None = PydanticField(
        default=None, description="language: the languages the household and the place share."
    )
    small_scale: bool | None = PydanticField(default=None, description="small_scale")
    free_beds: int | None = PydanticField(default=None, description="bed_fit: the place's free beds.")
    size: int | None = PydanticField(default=None, description="bed_fit: the household's people.")
    women_only: bool | None = PydanticField(default=None, description="women_only_unit")
    medical_support_nearby: bool | None = PydanticField(default=None, description="medical_support")
    visiting_rules: VisitingRules | None = PydanticField(default=None, description="care_fit")
    self_catering: bool | None = PydanticField(default=None, description="care_fit, self_catering")
    emergency: bool | None = PydanticField(default=None, description="urgency")
    days_until_deadline: int | None = PydanticField(default=None, description="urgency")


class TermPublic(Schema):
    name: str
    weight: float
    value: float
    detail: str = PydanticField(description="In English; `facts` holds the same as values.")
    facts: TermFacts = PydanticField(default_factory=TermFacts)


class TermDifference(Schema):
    name: str
    points: float = PydanticField(description="This term's share of the score difference (weighted).")


class SeparationPublic(Schema):
    """What separates this place from another candidate of the same request: the score difference
    split over the terms (the shares add up to the difference), largest first."""

    versus_place_id: uuid.UUID
    versus_place_name: str
    score_difference: float = PydanticField(description="This place's score minus the other's.")
    terms: list[TermDifference] = PydanticField(description="The terms that differ, at most three.")
    detail: str = PydanticField(description="In English; `terms` holds the same as values.")


class ExplanationPublic(Schema):
    terms: list[TermPublic]
    constraints_checked: list[str]
    failed_constraints: list[str] = PydanticField(default_factory=list)
    distance_km: float | None = PydanticField(description="From the current home (or first anchor).")
    separation: SeparationPublic | None = PydanticField(
        default=None,
        description="Candidates: against the next candidate in the ranking (none for the last); "
        "proposals: against the request's best other candidate in the run.",
    )


class CandidatePublic(Schema):
    place_type: PlaceType
    place_id: uuid.UUID
    location_id: uuid.UUID | None = PydanticField(description="The shelter location of a unit.")
    name: str
    municipality_code: str
    lat: float
    lon: float
    free_beds: int
    score: float
    explanation: ExplanationPublic


class CandidateList(Schema):
    request_id: uuid.UUID
    move_on: date = PydanticField(description="The move date the places were checked for.")
    items: list[CandidatePublic]
    excluded: list[CandidatePublic] = PydanticField(
        description="The best places a hard constraint excludes, with the constraint that does."
    )


class MatchingRunCreate(InputSchema):
    request_ids: list[uuid.UUID] | None = PydanticField(
        default=None,
        max_length=10_000,
        description="Limit the run to these requests; by default every open request in scope.",
    )
    candidates_per_request: int = PydanticField(default=100, ge=1, le=200)


class ProposalPublic(Schema):
    request_id: uuid.UUID
    place_type: PlaceType
    place_id: uuid.UUID
    place_name: str
    score: float
    explanation: ExplanationPublic


class MatchingRunPublic(Schema):
    id: uuid.UUID
    organisation_id: uuid.UUID
    status: RunStatus = PydanticField(
        description="queued → ranking → solving → done; or failed, or cancelled (by a person)."
    )
    request_count: int = PydanticField(description="Requests in the run.")
    progress: int = PydanticField(description="Requests ranked so far, of requestCount.")
    candidates_per_request: int
    pair_count: int | None = PydanticField(description="Set when done, as are the figures below.")
    assigned_count: int | None
    objective: float | None
    upper_bound: float | None = PydanticField(description="A proven upper bound on the best possible total.")
    gap: float | None = PydanticField(description="(upperBound - objective) / upperBound.")
    seconds: float | None = PydanticField(description="From the start of ranking to done.")
    ranking_seconds: float | None
    solving_seconds: float | None = PydanticField(description="Solving and storing the proposals.")
    error: str | None = PydanticField(description="Why the run failed.")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    proposals: list[ProposalPublic] | None = PydanticField(
        default=None, description="Included when one run is read."
    )


class UnassignedReason(StrEnum):
    NO_FEASIBLE_PLACE = "no_feasible_place"
    """No place passes the hard constraints: `constraint` names the one that excluded the most."""
    OUTCOMPETED = "outcompeted"
    """It had places, but the run gave them to other requests: `takenByRequestId` took its best."""
    WITHIN_GAP = "within_gap"
    """It had a place with room, but the solver stopped within its gap before placing it."""
    NO_LONGER_OPEN = "no_longer_open"
    """The request left matching between queueing and ranking (offered, cancelled, ...)."""


class MatchingUnassigned(SQLModel, table=True):
    """Why a run left one of its requests without a proposal (stored with the run's result)."""

    __tablename__ = "matching_unassigned"

    id: uuid.UUID = id_field()
    run_id: uuid.UUID = Field(foreign_key="matching_run.id", index=True, ondelete="CASCADE")
    request_id: uuid.UUID = Field(foreign_key="relocation_request.id", index=True)
    reason: str = Field(sa_type=String(24))
    constraint: str | None = Field(default=None, sa_type=String(32))
    excluded_count: int | None = None
    examined_count: int | None = None
    place_type: str | None = Field(default=None, sa_type=String(16))
    place_id: uuid.UUID | None = None
    place_name: str | None = Field(default=None, max_length=420)
    score: float | None = None
    taken_by_request_id: uuid.UUID | None = None
    taken_by_score: float | None = None


class UnassignedPublic(Schema):
    request_id: uuid.UUID
    reason: UnassignedReason
    constraint: str | None = PydanticField(
        description="no_feasible_place: the hard constraint that excluded the most places examined."
    )
    excluded_count: int | None = PydanticField(description="no_feasible_place: the places it excluded.")
    examined_count: int | None = PydanticField(
        description="no_feasible_place: the places examined (the nearest to the request's search centres)."
    )
    place_type: PlaceType | None = PydanticField(
        description="outcompeted, within_gap: the request's best place in the run."
    )
    place_id: uuid.UUID | None
    place_name: str | None
    score: float | None = PydanticField(description="This request's score at that place.")
    taken_by_request_id: uuid.UUID | None = PydanticField(
        description="outcompeted: the request the run gave that place to."
    )
    taken_by_score: float | None = PydanticField(description="outcompeted: that request's score there.")
    score_difference: float | None = PydanticField(
        description="outcompeted: takenByScore minus score (negative: the run preferred a lower "
        "score there, to place more requests in all)."
    )


class ProposalOffersCreate(InputSchema):
    request_ids: list[uuid.UUID] = PydanticField(
        min_length=1, max_length=500, description="The proposals to offer, by their request."
    )
    move_on: MoveDate = PydanticField(description="The move date of every offer.")
    respond_by: MoveDate | None = PydanticField(
        default=None, description="Defaults to three days from now, and never after moveOn."
    )


class ProposalOfferOutcomeKind(StrEnum):
    CREATED = "created"
    ALREADY_OFFERED = "already_offered"
    REFUSED = "refused"


class ProposalOfferOutcome(Schema):
    request_id: uuid.UUID
    outcome: ProposalOfferOutcomeKind
    offer_id: uuid.UUID | None = PydanticField(
        default=None, description="created: the new offer; already_offered: the offer made before."
    )
    status: int | None = PydanticField(
        default=None, description="refused: the HTTP status a single offer would answer."
    )
    code: str | None = PydanticField(
        default=None, description="refused: the problem code a single offer would answer."
    )
    detail: str | None = PydanticField(
        default=None, description="refused: in English; the web app words `code`."
    )


class ProposalOffersResult(Schema):
    items: list[ProposalOfferOutcome] = PydanticField(description="One per request asked for, in order.")
    created: int
    already_offered: int
    refused: int
