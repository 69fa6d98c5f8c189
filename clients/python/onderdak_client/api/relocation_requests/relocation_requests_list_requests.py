import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.relocation_request_page import RelocationRequestPage
from ...models.request_reason import RequestReason
from ...models.request_sort import RequestSort
from ...models.request_status import RequestStatus
from ...models.urgency import Urgency
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: RequestStatus | Unset = UNSET,
    urgency: Urgency | Unset = UNSET,
    reason: RequestReason | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    must_move_before: datetime.date | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    overdue: bool | Unset = False,
    sort: RequestSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_urgency: str | Unset = UNSET
    if not isinstance(urgency, Unset):
        json_urgency = urgency.value

    params["urgency"] = json_urgency

    json_reason: str | Unset = UNSET
    if not isinstance(reason, Unset):
        json_reason = reason.value

    params["reason"] = json_reason

    json_household_id: str | Unset = UNSET
    if not isinstance(household_id, Unset):
        json_household_id = str(household_id)
    params["householdId"] = json_household_id

    json_must_move_before: str | Unset = UNSET
    if not isinstance(must_move_before, Unset):
        json_must_move_before = must_move_before.isoformat()
    params["mustMoveBefore"] = json_must_move_before

    params["municipalityCode"] = municipality_code

    params["q"] = q

    params["assignee"] = assignee

    params["overdue"] = overdue

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/relocation-requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | RelocationRequestPage | None:
    if response.status_code == 200:
        response_200 = RelocationRequestPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ProblemDetails.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ProblemDetails.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ProblemDetails.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ProblemDetails.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ProblemDetails.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ProblemDetails.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProblemDetails | RelocationRequestPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: RequestStatus | Unset = UNSET,
    urgency: Urgency | Unset = UNSET,
    reason: RequestReason | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    must_move_before: datetime.date | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    overdue: bool | Unset = False,
    sort: RequestSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | RelocationRequestPage]:
    """Relocation requests in scope

    Args:
        status (RequestStatus | Unset):
        urgency (Urgency | Unset):
        reason (RequestReason | Unset):
        household_id (UUID | Unset):
        must_move_before (datetime.date | Unset): Only requests due on or before this date.
        municipality_code (str | Unset): Only requests that live, have an anchor or would like to
            live in this municipality.
        q (str | Unset): Part of the household's reference.
        assignee (str | Unset): `me`, or a user id: the requests that person follows.
        overdue (bool | Unset): Only requests past their must-move-by date that still look for a
            place. Default: False.
        sort (RequestSort | Unset): A list's order; a leading `-` reverses it. Ties are broken by
            creation time and id.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | RelocationRequestPage]
    """

    kwargs = _get_kwargs(
        status=status,
        urgency=urgency,
        reason=reason,
        household_id=household_id,
        must_move_before=must_move_before,
        municipality_code=municipality_code,
        q=q,
        assignee=assignee,
        overdue=overdue,
        sort=sort,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: RequestStatus | Unset = UNSET,
    urgency: Urgency | Unset = UNSET,
    reason: RequestReason | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    must_move_before: datetime.date | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    overdue: bool | Unset = False,
    sort: RequestSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | RelocationRequestPage | None:
    """Relocation requests in scope

    Args:
        status (RequestStatus | Unset):
        urgency (Urgency | Unset):
        reason (RequestReason | Unset):
        household_id (UUID | Unset):
        must_move_before (datetime.date | Unset): Only requests due on or before this date.
        municipality_code (str | Unset): Only requests that live, have an anchor or would like to
            live in this municipality.
        q (str | Unset): Part of the household's reference.
        assignee (str | Unset): `me`, or a user id: the requests that person follows.
        overdue (bool | Unset): Only requests past their must-move-by date that still look for a
            place. Default: False.
        sort (RequestSort | Unset): A list's order; a leading `-` reverses it. Ties are broken by
            creation time and id.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | RelocationRequestPage
    """

    return sync_detailed(
        client=client,
        status=status,
        urgency=urgency,
        reason=reason,
        household_id=household_id,
        must_move_before=must_move_before,
        municipality_code=municipality_code,
        q=q,
        assignee=assignee,
        overdue=overdue,
        sort=sort,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: RequestStatus | Unset = UNSET,
    urgency: Urgency | Unset = UNSET,
    reason: RequestReason | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    must_move_before: datetime.date | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    overdue: bool | Unset = False,
    sort: RequestSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | RelocationRequestPage]:
    """Relocation requests in scope

    Args:
        status (RequestStatus | Unset):
        urgency (Urgency | Unset):
        reason (RequestReason | Unset):
        household_id (UUID | Unset):
        must_move_before (datetime.date | Unset): Only requests due on or before this date.
        municipality_code (str | Unset): Only requests that live, have an anchor or would like to
            live in this municipality.
        q (str | Unset): Part of the household's reference.
        assignee (str | Unset): `me`, or a user id: the requests that person follows.
        overdue (bool | Unset): Only requests past their must-move-by date that still look for a
            place. Default: False.
        sort (RequestSort | Unset): A list's order; a leading `-` reverses it. Ties are broken by
            creation time and id.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | RelocationRequestPage]
    """

    kwargs = _get_kwargs(
        status=status,
        urgency=urgency,
        reason=reason,
        household_id=household_id,
        must_move_before=must_move_before,
        municipality_code=municipality_code,
        q=q,
        assignee=assignee,
        overdue=overdue,
        sort=sort,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: RequestStatus | Unset = UNSET,
    urgency: Urgency | Unset = UNSET,
    reason: RequestReason | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    must_move_before: datetime.date | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    q: str | Unset = UNSET,
    assignee: str | Unset = UNSET,
    overdue: bool | Unset = False,
    sort: RequestSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | RelocationRequestPage | None:
    """Relocation requests in scope

    Args:
        status (RequestStatus | Unset):
        urgency (Urgency | Unset):
        reason (RequestReason | Unset):
        household_id (UUID | Unset):
        must_move_before (datetime.date | Unset): Only requests due on or before this date.
        municipality_code (str | Unset): Only requests that live, have an anchor or would like to
            live in this municipality.
        q (str | Unset): Part of the household's reference.
        assignee (str | Unset): `me`, or a user id: the requests that person follows.
        overdue (bool | Unset): Only requests past their must-move-by date that still look for a
            place. Default: False.
        sort (RequestSort | Unset): A list's order; a leading `-` reverses it. Ties are broken by
            creation time and id.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | RelocationRequestPage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            urgency=urgency,
            reason=reason,
            household_id=household_id,
            must_move_before=must_move_before,
            municipality_code=municipality_code,
            q=q,
            assignee=assignee,
            overdue=overdue,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    ).parsed
