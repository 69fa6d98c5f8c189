import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep, reads_only
from api.core.openapi import API_PREFIX
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.matching import outcomes, proposal_offers, service
from api.matching.models import (
    CandidateList,
    MatchingRunCreate,
    MatchingRunPublic,
    ProposalOffersCreate,
    ProposalOffersResult,
    UnassignedPublic,
)

candidates_router = APIRouter(prefix="/relocation-requests", tags=["matching"])
runs_router = APIRouter(prefix="/matching/runs", tags=["matching"])
RequestId = Annotated[uuid.UUID, Path(alias="requestId")]
RunId = Annotated[uuid.UUID, Path(alias="runId")]


class MatchingRunPage(Page[MatchingRunPublic]):
    pass


class UnassignedPage(Page[UnassignedPublic]):
    pass


@candidates_router.get(
    "/{requestId}/candidates",
    response_model=CandidateList,
    summary="Ranked places for one request, explained",
)
@reads_only
def list_candidates(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.MATCHING_READ)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Response:
    # Written as FastAPI writes the response model (pydantic's JSON): service.candidates writes the
    # page's JSON itself, which FastAPI would validate again in one more trip to its threads.
    page = service.candidates(session, principal, get_settings(), request_id, limit)
    return Response(page, media_type="application/json")


@runs_router.post(
    "",
    response_model=MatchingRunPublic,
    status_code=202,
    summary="Queue a run that assigns places to open requests",
    description="The run is queued; a worker ranks the requests and solves the assignment. Follow the "
    "`Location` header (or `GET /matching/runs/{runId}`) for its status, progress and, when done, "
    "its figures and proposals.",
)
def create_run(
    session: SessionDep,
    body: MatchingRunCreate,
    response: Response,
    principal: Annotated[Principal, requires(Permission.MATCHING_WRITE)],
) -> MatchingRunPublic:
    matching_run = service.create_run(session, principal, body)
    response.headers["Location"] = f"{API_PREFIX}/matching/runs/{matching_run.id}"
    return service.run_public(session, matching_run, with_proposals=False)


@runs_router.post(
    "/{runId}/cancel",
    response_model=MatchingRunPublic,
    summary="Cancel a run that is not finished",
    responses={409: {"description": "The run is done, failed or cancelled already (`run-finished`)."}},
)
def cancel_run(
    session: SessionDep,
    run_id: RunId,
    principal: Annotated[Principal, requires(Permission.MATCHING_WRITE)],
) -> MatchingRunPublic:
    return service.run_public(session, service.cancel_run(session, principal, run_id), with_proposals=False)


@runs_router.get("", response_model=MatchingRunPage, summary="Earlier matching runs")
def list_runs(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.MATCHING_READ)],
) -> MatchingRunPage:
    rows, total = service.list_runs(session, principal, page)
    return MatchingRunPage(
        items=[service.run_public(session, r, with_proposals=False) for r in rows], total=total
    )


@runs_router.get(
    "/{runId}",
    response_model=MatchingRunPublic,
    summary="One run: its status and progress, and when done its figures and proposals",
)
def get_run(
    session: SessionDep,
    run_id: RunId,
    principal: Annotated[Principal, requires(Permission.MATCHING_READ)],
) -> MatchingRunPublic:
    return service.run_public(session, service.get_run(session, principal, run_id), with_proposals=True)


@runs_router.get(
    "/{runId}/unassigned",
    response_model=UnassignedPage,
    summary="The requests a run left without a proposal, each with the reason",
    description="Empty until the run is done. `no_feasible_place`: no place passes the hard "
    "constraints (`constraint` excluded the most, `excludedCount` of `examinedCount`); `outcompeted`: "
    "the run gave its best place to `takenByRequestId` (`scoreDifference` apart); `within_gap`: the "
    "solver stopped before placing it; `no_longer_open`: it left matching before it was ranked.",
)
def list_unassigned(
    session: SessionDep,
    run_id: RunId,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.MATCHING_READ)],
) -> UnassignedPage:
    rows, total = outcomes.list_unassigned(session, service.get_run(session, principal, run_id), page)
    return UnassignedPage(items=rows, total=total)


@runs_router.post(
    "/{runId}/offers",
    response_model=ProposalOffersResult,
    summary="Make the offers of a selection of the run's proposals",
    description="Each proposal is offered as `POST /relocation-requests/{requestId}/offers` would "
    "(the same checks, each on its own: a refused one writes nothing and the others go ahead); the "
    "answer says per request `created` (with the offer), `already_offered` (with the earlier offer: "
    "asking again is safe) or `refused` (with the problem's `status`, `code` and `detail`).",
    responses={409: {"description": "The run is not done (`run-not-done`)."}},
)
def offer_proposals(
    session: SessionDep,
    run_id: RunId,
    body: ProposalOffersCreate,
    principal: Annotated[Principal, requires(Permission.OFFERS_WRITE)],
) -> ProposalOffersResult:
    matching_run = service.get_run(session, principal, run_id)
    return proposal_offers.offer_proposals(
        session, principal, matching_run, body, get_settings(), date.today()
    )
