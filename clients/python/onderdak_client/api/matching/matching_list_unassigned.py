from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.unassigned_page import UnassignedPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    run_id: UUID,
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/matching/runs/{run_id}/unassigned".format(
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | UnassignedPage | None:
    if response.status_code == 200:
        response_200 = UnassignedPage.from_dict(response.json())

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
) -> Response[ProblemDetails | UnassignedPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | UnassignedPage]:
    """The requests a run left without a proposal, each with the reason

     Empty until the run is done. `no_feasible_place`: no place passes the hard constraints (`constraint`
    excluded the most, `excludedCount` of `examinedCount`); `outcompeted`: the run gave its best place
    to `takenByRequestId` (`scoreDifference` apart); `within_gap`: the solver stopped before placing it;
    `no_longer_open`: it left matching before it was ranked.

    Args:
        run_id (UUID):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | UnassignedPage]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | UnassignedPage | None:
    """The requests a run left without a proposal, each with the reason

     Empty until the run is done. `no_feasible_place`: no place passes the hard constraints (`constraint`
    excluded the most, `excludedCount` of `examinedCount`); `outcompeted`: the run gave its best place
    to `takenByRequestId` (`scoreDifference` apart); `within_gap`: the solver stopped before placing it;
    `no_longer_open`: it left matching before it was ranked.

    Args:
        run_id (UUID):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | UnassignedPage
    """

    return sync_detailed(
        run_id=run_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | UnassignedPage]:
    """The requests a run left without a proposal, each with the reason

     Empty until the run is done. `no_feasible_place`: no place passes the hard constraints (`constraint`
    excluded the most, `excludedCount` of `examinedCount`); `outcompeted`: the run gave its best place
    to `takenByRequestId` (`scoreDifference` apart); `within_gap`: the solver stopped before placing it;
    `no_longer_open`: it left matching before it was ranked.

    Args:
        run_id (UUID):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | UnassignedPage]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    run_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | UnassignedPage | None:
    """The requests a run left without a proposal, each with the reason

     Empty until the run is done. `no_feasible_place`: no place passes the hard constraints (`constraint`
    excluded the most, `excludedCount` of `examinedCount`); `outcompeted`: the run gave its best place
    to `takenByRequestId` (`scoreDifference` apart); `within_gap`: the solver stopped before placing it;
    `no_longer_open`: it left matching before it was ranked.

    Args:
        run_id (UUID):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | UnassignedPage
    """

    return (
        await asyncio_detailed(
            run_id=run_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
