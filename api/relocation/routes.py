"""Relocation requests: submitting, changing, moving on, the timeline, status links."""

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Response

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.dates import CalendarDate
from api.core.db import SessionDep
from api.core.errors import Unprocessable
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.relocation import service
from api.relocation.models import (
    AssigneeUpdate,
    CancelCreate,
    RelocationEventPublic,
    RelocationRequestCreate,
    RelocationRequestCreated,
    RelocationRequestPublic,
    RelocationRequestUpdate,
    RequestReason,
    RequestSort,
    RequestStatus,
    StatusLink,
    StatusLinkCreated,
    TransitionCreate,
    Urgency,
)

router = APIRouter(prefix="/relocation-requests", tags=["relocation-requests"])

RequestId = Annotated[uuid.UUID, Path(alias="requestId")]


class RelocationRequestPage(Page[RelocationRequestPublic]):
    pass


class RelocationEventList(Page[RelocationEventPublic]):
    pass


def _status_link(link: StatusLink, token: str) -> StatusLinkCreated:
    return StatusLinkCreated(token=token, path=f"/status/{token}", created_at=link.created_at)


@router.get("", response_model=RelocationRequestPage, summary="Relocation requests in scope")
def list_requests(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
    status_filter: Annotated[RequestStatus | None, Query(alias="status")] = None,
    urgency: Urgency | None = None,
    reason: RequestReason | None = None,
    household_id: Annotated[uuid.UUID | None, Query(alias="householdId")] = None,
    must_move_before: Annotated[
        CalendarDate | None,
        Query(alias="mustMoveBefore", description="Only requests due on or before this date."),
    ] = None,
    municipality_code: Annotated[
        str | None,
        Query(
            alias="municipalityCode",
            pattern=r"^[Gg][Mm]\d{4}$",
            description="Only requests that live, have an anchor or would like to live in this municipality.",
        ),
    ] = None,
    q: Annotated[
        str | None, Query(min_length=1, max_length=40, description="Part of the household's reference.")
    ] = None,
    assignee: Annotated[
        str | None,
        Query(
            pattern=r"^(me|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$",
            description="`me`, or a user id: the requests that person follows.",
        ),
    ] = None,
    overdue: Annotated[
        bool, Query(description="Only requests past their must-move-by date that still look for a place.")
    ] = False,
    sort: Annotated[RequestSort, Query(description="The order; `-` reverses it.")] = RequestSort.MUST_MOVE_BY,
) -> RelocationRequestPage:
    rows, total = service.list_requests(
        session,
        principal,
        page,
        status=status_filter,
        urgency=urgency,
        reason=reason,
        household_id=household_id,
        must_move_before=must_move_before,
        municipality_code=municipality_code,
        q=q,
        assignee_user_id=_assignee(principal, assignee),
        overdue_on=date.today() if overdue else None,
        sort=sort,
    )
    return RelocationRequestPage(items=service.requests_public(session, rows, reveal=False), total=total)


def _assignee(principal: Principal, assignee: str | None) -> uuid.UUID | None:
    if assignee is None:
        return None
    if assignee != "me":
        return uuid.UUID(assignee)
    if principal.user_id is None:
        raise Unprocessable(
            "`assignee=me` needs a signed-in person, not an API key.", code="assignee-me-without-user"
        )
    return principal.user_id


@router.post(
    "",
    response_model=RelocationRequestCreated,
    status_code=201,
    summary="Submit a relocation request (returns the household's status link once)",
)
def create_request(
    session: SessionDep,
    body: RelocationRequestCreate,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> RelocationRequestCreated:
    request, link, token = service.create_request(session, principal, body, get_settings(), date.today())
    public = service.show_request(session, principal, request)
    return RelocationRequestCreated(**dict(public), status_link=_status_link(link, token))


@router.get("/{requestId}", response_model=RelocationRequestPublic, summary="One relocation request")
def get_request(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
) -> RelocationRequestPublic:
    request = service.get_request(session, principal, request_id, referred=True)
    return service.show_request(session, principal, request)


@router.patch(
    "/{requestId}",
    response_model=RelocationRequestPublic,
    summary="Change an open relocation request",
)
def update_request(
    session: SessionDep,
    request_id: RequestId,
    body: RelocationRequestUpdate,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> RelocationRequestPublic:
    request = service.update_request(session, principal, request_id, body, get_settings(), date.today())
    return service.show_request(session, principal, request)


@router.get(
    "/{requestId}/events",
    response_model=RelocationEventList,
    summary="The request's timeline",
    description="Answers with an `ETag`; send it back as `If-None-Match` to poll for changes: "
    "304 Not Modified (no body) while nothing happened to the request.",
    responses={
        200: {"headers": {"ETag": {"description": "The timeline's version.", "schema": {"type": "string"}}}},
        304: {"description": "Nothing changed since the version in `If-None-Match`."},
    },
)
def list_events(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_READ)],
    response: Response,
    if_none_match: Annotated[
        str | None,
        Header(alias="If-None-Match", description="The `ETag` of the timeline the caller has."),
    ] = None,
) -> RelocationEventList | Response:
    tag = service.events_tag(session, principal, request_id)
    headers = {"ETag": tag, "Cache-Control": "private, no-cache"}
    if if_none_match is not None and tag in {part.strip() for part in if_none_match.split(",")}:
        return Response(status_code=304, headers=headers)
    events = service.list_events(session, principal, request_id)
    response.headers.update(headers)
    return RelocationEventList(items=events, total=len(events))


@router.post(
    "/{requestId}/transitions",
    response_model=RelocationRequestPublic,
    summary="Move the request on: triaged, matching, moved, closed or cancelled",
)
def transition(
    session: SessionDep,
    request_id: RequestId,
    body: TransitionCreate,
    principal: Annotated[Principal, requires(Permission.REQUEST_TRIAGE_WRITE)],
) -> RelocationRequestPublic:
    request = service.transition(session, principal, request_id, body, get_settings(), date.today())
    return service.show_request(session, principal, request)


@router.post("/{requestId}/cancel", response_model=RelocationRequestPublic, summary="Withdraw the request")
def cancel_request(
    session: SessionDep,
    request_id: RequestId,
    body: CancelCreate,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> RelocationRequestPublic:
    request = service.cancel_request(
        session, principal, request_id, body.reason, get_settings(), date.today()
    )
    return service.show_request(session, principal, request)


@router.put(
    "/{requestId}/assignee",
    response_model=RelocationRequestPublic,
    summary="Choose who follows the request (a user of your organisation), or nobody",
)
def assign_request(
    session: SessionDep,
    request_id: RequestId,
    body: AssigneeUpdate,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> RelocationRequestPublic:
    request = service.assign_request(session, principal, request_id, body.user_id)
    return service.show_request(session, principal, request)


@router.post(
    "/{requestId}/status-link",
    response_model=StatusLinkCreated,
    status_code=201,
    summary="Issue a new status link (the old one stops working)",
)
def rotate_status_link(
    session: SessionDep,
    request_id: RequestId,
    principal: Annotated[Principal, requires(Permission.REQUESTS_WRITE)],
) -> StatusLinkCreated:
    link, token = service.rotate_status_link(session, principal, request_id)
    return _status_link(link, token)
