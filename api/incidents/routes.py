import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.incidents import service
from api.incidents.models import (
    IncidentClose,
    IncidentCreate,
    IncidentPublic,
    IncidentResponse,
    IncidentStatus,
    SubjectType,
)

router = APIRouter(prefix="/incidents", tags=["incidents"])
IncidentId = Annotated[uuid.UUID, Path(alias="incidentId")]


class IncidentPage(Page[IncidentPublic]):
    pass


@router.post("", response_model=IncidentPublic, status_code=201, summary="Report a safeguarding incident")
def report_incident(
    session: SessionDep,
    body: IncidentCreate,
    principal: Annotated[Principal, requires(Permission.INCIDENTS_WRITE)],
) -> IncidentPublic:
    return service.to_public(principal, service.report(session, principal, body))


@router.get("", response_model=IncidentPage, summary="Incidents the caller may see")
def list_incidents(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.INCIDENTS_READ)],
    status: IncidentStatus | None = None,
    subject_type: Annotated[SubjectType | None, Query(alias="subjectType")] = None,
    subject_id: Annotated[uuid.UUID | None, Query(alias="subjectId")] = None,
) -> IncidentPage:
    rows, total = service.list_incidents(
        session, principal, page, status=status, subject_type=subject_type, subject_id=subject_id
    )
    return IncidentPage(items=[service.to_public(principal, r) for r in rows], total=total)


@router.get("/{incidentId}", response_model=IncidentPublic, summary="One incident")
def get_incident(
    session: SessionDep,
    incident_id: IncidentId,
    principal: Annotated[Principal, requires(Permission.INCIDENTS_READ)],
) -> IncidentPublic:
    return service.to_public(principal, service.get_incident(session, principal, incident_id))


@router.post("/{incidentId}/close", response_model=IncidentPublic, summary="Close with an outcome")
def close_incident(
    session: SessionDep,
    incident_id: IncidentId,
    body: IncidentClose,
    principal: Annotated[Principal, requires(Permission.INCIDENT_REVIEWS_WRITE)],
) -> IncidentPublic:
    return service.to_public(principal, service.close(session, principal, incident_id, body))


@router.post(
    "/{incidentId}/response",
    response_model=IncidentPublic,
    summary="The place operator's answer to a report",
    description="The organisation that runs the place (its operator, a host family's managing partner, "
    "the municipality of a location) answers a report on it. One answer, rewritten by posting again "
    "while the report is open; the reviewer closes the report.",
)
def respond_to_incident(
    session: SessionDep,
    incident_id: IncidentId,
    body: IncidentResponse,
    principal: Annotated[Principal, requires(Permission.INCIDENTS_WRITE)],
) -> IncidentPublic:
    return service.to_public(principal, service.respond(session, principal, incident_id, body))
