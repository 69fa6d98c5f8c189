import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.db import SessionDep
from api.core.openapi import API_PREFIX
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.matching import service
from api.matching.models import CandidateList, MatchingRunCreate, MatchingRunPublic

candidates_router = APIRouter(prefix="/relocation-requests", tags=["matching"])
runs_router = APIRouter(prefix="/matching/runs", tags=["matching"])
RequestId = Annotated[uuid.UUID, Path(alias="requestId")]
RunId = Annotated[uuid.UUID, Path(alias="runId")]


class MatchingRunPage(Page[MatchingRunPublic]):
    pass


@candidates_router.get(
    "/{requestId}/candidates",
    response_model=CandidateList,
    summary="Ranked places for one request, explained",
)
def list_candidates(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.MATCHING_READ)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> CandidateList:
    return service.candidates(session, principal, get_settings(), request_id, limit)


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
