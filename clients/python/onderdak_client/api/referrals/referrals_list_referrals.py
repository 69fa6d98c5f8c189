from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem_details import ProblemDetails
from ...models.referral_direction import ReferralDirection
from ...models.referral_kind import ReferralKind
from ...models.referral_page import ReferralPage
from ...models.referral_status import ReferralStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    direction: ReferralDirection | Unset = UNSET,
    status: ReferralStatus | Unset = UNSET,
    kind: ReferralKind | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = direction.value

    params["direction"] = json_direction

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_household_id: str | Unset = UNSET
    if not isinstance(household_id, Unset):
        json_household_id = str(household_id)
    params["householdId"] = json_household_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/referrals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ReferralPage | None:
    if response.status_code == 200:
        response_200 = ReferralPage.from_dict(response.json())

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
) -> Response[ProblemDetails | ReferralPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    direction: ReferralDirection | Unset = UNSET,
    status: ReferralStatus | Unset = UNSET,
    kind: ReferralKind | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | ReferralPage]:
    """Referrals the caller's organisation sent or received

    Args:
        direction (ReferralDirection | Unset):
        status (ReferralStatus | Unset):
        kind (ReferralKind | Unset):
        household_id (UUID | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ReferralPage]
    """

    kwargs = _get_kwargs(
        direction=direction,
        status=status,
        kind=kind,
        household_id=household_id,
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
    direction: ReferralDirection | Unset = UNSET,
    status: ReferralStatus | Unset = UNSET,
    kind: ReferralKind | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | ReferralPage | None:
    """Referrals the caller's organisation sent or received

    Args:
        direction (ReferralDirection | Unset):
        status (ReferralStatus | Unset):
        kind (ReferralKind | Unset):
        household_id (UUID | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ReferralPage
    """

    return sync_detailed(
        client=client,
        direction=direction,
        status=status,
        kind=kind,
        household_id=household_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    direction: ReferralDirection | Unset = UNSET,
    status: ReferralStatus | Unset = UNSET,
    kind: ReferralKind | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | ReferralPage]:
    """Referrals the caller's organisation sent or received

    Args:
        direction (ReferralDirection | Unset):
        status (ReferralStatus | Unset):
        kind (ReferralKind | Unset):
        household_id (UUID | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ReferralPage]
    """

    kwargs = _get_kwargs(
        direction=direction,
        status=status,
        kind=kind,
        household_id=household_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    direction: ReferralDirection | Unset = UNSET,
    status: ReferralStatus | Unset = UNSET,
    kind: ReferralKind | Unset = UNSET,
    household_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | ReferralPage | None:
    """Referrals the caller's organisation sent or received

    Args:
        direction (ReferralDirection | Unset):
        status (ReferralStatus | Unset):
        kind (ReferralKind | Unset):
        household_id (UUID | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ReferralPage
    """

    return (
        await asyncio_detailed(
            client=client,
            direction=direction,
            status=status,
            kind=kind,
            household_id=household_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
