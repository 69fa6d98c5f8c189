from typing import Annotated

from fastapi import APIRouter

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.identity.dependencies import requires
from api.operations import service
from api.operations.models import JobsOverview

router = APIRouter(prefix="/operations", tags=["operations"])


@router.get("/jobs", response_model=JobsOverview, summary="The worker's scheduled jobs and queues")
def list_jobs(
    session: SessionDep,
    _: Annotated[Principal, requires(Permission.OPERATIONS_READ)],
) -> JobsOverview:
    """Each scheduled job's last run (start, end, outcome, error), its next run and its failures in
    a row; and per queue (the notification outbox and each kind of work item) how many items wait,
    run and failed for good."""
    return service.jobs_overview(session)
