"""Candidates for one request, and batch runs over a desk's open requests."""

import time
import uuid
from datetime import date

from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.config import Settings
from api.core.errors import Conflict, NotFound
from api.core.pagination import PageParams, paginate
from api.households.access import scope_households
from api.households.models import Household
from api.matching.assignment import solve_json
from api.matching.candidates import Ranked, declined_places, need_of, rank
from api.matching.models import (
    CandidateList,
    CandidatePublic,
    ExplanationPublic,
    MatchingProposal,
    MatchingRun,
    MatchingRunCreate,
    MatchingRunPublic,
    ProposalPublic,
    TermFacts,
    TermPublic,
)
from api.relocation.models import RelocationRequest, RequestStatus
from api.relocation.service import get_request

# Requests that still look for a place; batch runs take those a desk has triaged.
SEARCHING = {RequestStatus.SUBMITTED, RequestStatus.TRIAGED, RequestStatus.MATCHING, RequestStatus.OFFERED}
BATCH = {RequestStatus.TRIAGED.value, RequestStatus.MATCHING.value}


def explanation(ranked: Ranked) -> ExplanationPublic:
    verdict = ranked.verdict
    return ExplanationPublic(
        terms=[
            TermPublic(
                name=t.name, weight=t.weight, value=t.value, detail=t.detail, facts=TermFacts(**t.facts)
            )
            for t in verdict.terms
        ],
        constraints_checked=verdict.constraints_checked,
        failed_constraints=verdict.failed,
        distance_km=verdict.distance_km,
    )


def _candidate(ranked: Ranked) -> CandidatePublic:
    place = ranked.place
    return CandidatePublic(
        place_type=place.place_type,
        place_id=uuid.UUID(place.place_id),
        location_id=ranked.location_id,
        name=place.name,
        municipality_code=place.municipality_code,
        lat=place.lat,
        lon=place.lon,
        free_beds=place.free_beds,
        score=ranked.verdict.score,
        explanation=explanation(ranked),
    )


def candidates(
    session: Session, principal: Principal, settings: Settings, request_id: uuid.UUID, limit: int
) -> CandidateList:
    request = get_request(session, principal, request_id)
    if RequestStatus(request.status) not in SEARCHING:
        raise Conflict(
            f"The request is {request.status}; it no longer looks for a place.", code="not-searching"
        )
    need = need_of(session, request, settings, date.today())
    best, excluded = rank(session, need, settings, vetoed=declined_places(session, request.id), limit=limit)
    return CandidateList(
        request_id=request.id,
        move_on=need.move_on,
        items=[_candidate(r) for r in best],
        excluded=[_candidate(r) for r in excluded],
    )


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


def run(session: Session, principal: Principal, settings: Settings, data: MatchingRunCreate) -> MatchingRun:
    """Rank places for every open request in scope, then assign them jointly (maximum total score)."""
    started = time.perf_counter()
    today = date.today()
    requests = _requests_for_run(session, principal, data)
    households, places, pairs = [], {}, []
    ranked_by_pair: dict[tuple[str, str], Ranked] = {}
    for request in requests:
        need = need_of(session, request, settings, today)
        best, _ = rank(
            session,
            need,
            settings,
            vetoed=declined_places(session, request.id),
            limit=data.candidates_per_request,
            excluded_limit=0,
        )
        households.append({"id": str(request.id), "size": need.size})
        for ranked in best:
            place = ranked.place
            places[place.place_id] = {
                "id": place.place_id,
                "beds": place.free_beds,
                "maxHouseholds": place.free_households,
            }
            pairs.append(
                {"household": str(request.id), "place": place.place_id, "score": ranked.verdict.score}
            )
            ranked_by_pair[(str(request.id), place.place_id)] = ranked
    result = solve_json({"households": households, "places": list(places.values()), "candidates": pairs})
    matching_run = MatchingRun(
        organisation_id=principal.organisation_id,
        created_by_user_id=principal.user_id,
        request_count=len(requests),
        pair_count=len(pairs),
        assigned_count=len(result["assignments"]),
        objective=result["objective"],
        upper_bound=result["upperBound"],
        gap=result["gap"],
        seconds=round(time.perf_counter() - started, 3),
    )
    session.add(matching_run)
    session.flush()
    for assignment in result["assignments"]:
        ranked = ranked_by_pair[(assignment["household"], assignment["place"])]
        session.add(
            MatchingProposal(
                run_id=matching_run.id,
                request_id=uuid.UUID(assignment["household"]),
                place_type=ranked.place.place_type,
                place_id=uuid.UUID(ranked.place.place_id),
                place_name=ranked.place.name,
                score=ranked.verdict.score,
                explanation=explanation(ranked).model_dump(mode="json"),
            )
        )
    record(
        session,
        principal,
        "run",
        "matching_run",
        matching_run.id,
        {"requests": matching_run.request_count, "assigned": matching_run.assigned_count},
    )
    return matching_run


def _scoped_runs(principal: Principal):  # type: ignore[no-untyped-def]
    query = select(MatchingRun)
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
    if with_proposals:
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
