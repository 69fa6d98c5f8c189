"""Candidates for one request, and batch runs over a desk's open requests."""

import uuid
from collections import namedtuple
from datetime import date
from typing import Any

from pydantic_core import to_json
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.config import Settings
from api.core.db import lock_row
from api.core.errors import Conflict, NotFound
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.households.access import scope_households
from api.households.models import Household
from api.matching.candidates import (
    BATCH,
    SEARCHING,
    Ranked,
    anchors_declined_and_centres,
    explanation_json,
    home_municipality,
    need_from,
    rank,
)
from api.matching.models import (
    FINISHED_STATUSES,
    ExplanationPublic,
    MatchingProposal,
    MatchingRun,
    MatchingRunCreate,
    MatchingRunPublic,
    ProposalPublic,
    RunStatus,
)
from api.relocation.models import RelocationRequest, RequestStatus


def _candidate_json(ranked: Ranked, versus: Ranked | None = None) -> dict[str, Any]:
    """A CandidatePublic's JSON fields, as its model writes them (see explanation_json); place ids are
    already str(UUID)."""
    place = ranked.place
    return {
        "placeType": place.place_type,
        "placeId": place.place_id,
        "locationId": ranked.location_id,
        "name": place.name,
        "municipalityCode": place.municipality_code,
        "lat": float(place.lat),
        "lon": float(place.lon),
        "freeBeds": place.free_beds,
        "score": float(ranked.verdict.score),
        "explanation": explanation_json(ranked, versus),
    }


# What need_from reads of a request and of its household (and what the page checks of the request).
_REQUEST_COLUMNS = (
    RelocationRequest.id,
    RelocationRequest.status,
    RelocationRequest.urgency,
    RelocationRequest.must_move_by,
    RelocationRequest.preferred_municipalities,
    RelocationRequest.max_distance_km,
    RelocationRequest.current_placement_id,
)
_HOUSEHOLD_COLUMNS = (
    Household.adults,
    Household.children,
    Household.women_and_children_only,
    Household.needs_wheelchair,
    Household.has_pets,
    Household.vulnerable,
    Household.needs_informal_care,
    Household.needs_informal_childcare,
    Household.needs_self_catering,
    Household.preferred_language,
    Household.languages,
    Household.needs_medical_care,
    Household.needs_special_needs_education,
)
# Built once; each request adds only the caller's scope and the request's id.
_REQUEST_WITH_HOUSEHOLD = select(*_REQUEST_COLUMNS, *_HOUSEHOLD_COLUMNS).join(
    Household, col(Household.id) == col(RelocationRequest.household_id)
)
_RequestRow = namedtuple("_RequestRow", [c.key for c in _REQUEST_COLUMNS])  # type: ignore[misc]
_HouseholdRow = namedtuple("_HouseholdRow", [c.key for c in _HOUSEHOLD_COLUMNS])  # type: ignore[misc]


def _searching_request(session: Session, principal: Principal, request_id: uuid.UUID) -> tuple[Any, Any]:
    """The request within the caller's scope (as relocation.service.get_request finds it) and its
    household, with what need_from reads of them, as plain rows read by one statement (no ORM
    objects: the page needs a dozen values of them)."""
    found = (
        session.connection()
        .execute(
            scope_households(_REQUEST_WITH_HOUSEHOLD, principal).where(RelocationRequest.id == request_id)
        )
        .first()
    )
    if found is None:
        raise NotFound("No such relocation request.")
    split = len(_REQUEST_COLUMNS)
    request, household = _RequestRow(*found[:split]), _HouseholdRow(*found[split:])
    if RequestStatus(request.status) not in SEARCHING:
        raise Conflict(
            f"The request is {request.status}; it no longer looks for a place.", code="not-searching"
        )
    return request, household


def candidates(
    session: Session, principal: Principal, settings: Settings, request_id: uuid.UUID, limit: int
) -> bytes:
    """The page of candidates (a CandidateList) as JSON."""
    request, household = _searching_request(session, principal, request_id)
    anchors, declined, centres = anchors_declined_and_centres(
        session, request.id, list(request.preferred_municipalities)
    )
    home = home_municipality(session, request, anchors)
    need = need_from(request, household, anchors, home, settings, date.today())
    best, excluded = rank(session, need, settings, vetoed=declined, limit=limit, municipality_centres=centres)
    page = {
        "requestId": request.id,
        "moveOn": need.move_on,
        "items": [_candidate_json(r, best[i + 1] if i + 1 < len(best) else None) for i, r in enumerate(best)],
        "excluded": [_candidate_json(r) for r in excluded],
    }
    return to_json(page, inf_nan_mode="null")


def _requests_for_run(
    session: Session, principal: Principal, data: MatchingRunCreate
) -> list[RelocationRequest]:
    query = scope_households(
        select(RelocationRequest).join(Household, col(Household.id) == col(RelocationRequest.household_id)),
        principal,
    ).where(col(RelocationRequest.status).in_(BATCH))
    if data.request_ids is not None:
        wanted = set(data.request_ids)
        found = list(session.exec(query.where(col(RelocationRequest.id).in_(wanted))).all())
        missing = wanted - {r.id for r in found}
        if missing:
            raise NotFound(
                f"{len(missing)} of the requests are unknown, outside your scope, or not triaged/matching.",
            )
        return found
    return list(session.exec(query.order_by(col(RelocationRequest.must_move_by))).all())


def create_run(session: Session, principal: Principal, data: MatchingRunCreate) -> MatchingRun:
    """Queue a run over the open requests in scope (or the ones named); a worker executes it."""
    requests = _requests_for_run(session, principal, data)
    matching_run = MatchingRun(
        organisation_id=principal.organisation_id,
        created_by_user_id=principal.user_id,
        request_ids=[str(r.id) for r in requests],
        request_count=len(requests),
        candidates_per_request=data.candidates_per_request,
    )
    session.add(matching_run)
    session.flush()
    record(
        session, principal, "queue", "matching_run", matching_run.id, {"requests": matching_run.request_count}
    )
    return matching_run


def cancel_run(session: Session, principal: Principal, run_id: uuid.UUID) -> MatchingRun:
    """Cancel a run that is not finished; its worker stops at its next progress report."""
    get_run(session, principal, run_id)
    matching_run = lock_row(session, MatchingRun, run_id)
    assert matching_run is not None
    if matching_run.status in FINISHED_STATUSES:
        raise Conflict(f"The run is {matching_run.status} already.", code="run-finished")
    matching_run.status = RunStatus.CANCELLED.value
    matching_run.finished_at = utcnow()
    matching_run.lease_token = None
    matching_run.lease_expires_at = None
    session.add(matching_run)
    record(session, principal, "cancel", "matching_run", matching_run.id)
    return matching_run


def _scoped_runs(principal: Principal):  # type: ignore[no-untyped-def]
    # Without the request ids: no answer shows them, and a large run's are ten thousand, read
    # and decoded at every look at the run's status (the list is polled while runs execute).
    query = select(MatchingRun).options(defer(col(MatchingRun.request_ids)))
    if principal.role != Role.ADMIN:
        query = query.where(MatchingRun.organisation_id == principal.organisation_id)
    return query


def list_runs(session: Session, principal: Principal, page: PageParams) -> tuple[list[MatchingRun], int]:
    return paginate(session, _scoped_runs(principal).order_by(col(MatchingRun.created_at).desc()), page)


def get_run(session: Session, principal: Principal, run_id: uuid.UUID) -> MatchingRun:
    matching_run = session.exec(_scoped_runs(principal).where(MatchingRun.id == run_id)).first()
    if matching_run is None:
        raise NotFound("No such matching run.")
    return matching_run


def run_public(session: Session, matching_run: MatchingRun, *, with_proposals: bool) -> MatchingRunPublic:
    public = MatchingRunPublic.model_validate(matching_run)
    if with_proposals and matching_run.status == RunStatus.DONE.value:
        proposals = session.exec(
            select(MatchingProposal)
            .where(MatchingProposal.run_id == matching_run.id)
            .order_by(col(MatchingProposal.score).desc(), col(MatchingProposal.id))
        ).all()
        public.proposals = [
            ProposalPublic(
                request_id=p.request_id,
                place_type=p.place_type,
                place_id=p.place_id,
                place_name=p.place_name,
                score=p.score,
                explanation=ExplanationPublic.model_validate(p.explanation),
            )
            for p in proposals
        ]
    return public
