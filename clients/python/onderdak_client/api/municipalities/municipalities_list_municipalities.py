from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.municipality_page import MunicipalityPage
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    province: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["province"] = province

    params["safetyRegion"] = safety_region

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/municipalities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MunicipalityPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = MunicipalityPage.from_dict(response.json())

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
) -> Response[MunicipalityPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    province: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[MunicipalityPage | ProblemDetails]:
    """Municipalities (CBS codes)

    Args:
        q (str | Unset): Part of a name or code.
        province (str | Unset):
        safety_region (str | Unset): A safety region, e.g. VR13.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MunicipalityPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        q=q,
        province=province,
        safety_region=safety_region,
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
    q: str | Unset = UNSET,
    province: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> MunicipalityPage | ProblemDetails | None:
    """Municipalities (CBS codes)

    Args:
        q (str | Unset): Part of a name or code.
        province (str | Unset):
        safety_region (str | Unset): A safety region, e.g. VR13.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MunicipalityPage | ProblemDetails
    """

    return sync_detailed(
        client=client,
        q=q,
        province=province,
        safety_region=safety_region,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    province: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[MunicipalityPage | ProblemDetails]:
    """Municipalities (CBS codes)

    Args:
        q (str | Unset): Part of a name or code.
        province (str | Unset):
        safety_region (str | Unset): A safety region, e.g. VR13.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MunicipalityPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        q=q,
        province=province,
        safety_region=safety_region,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    province: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> MunicipalityPage | ProblemDetails | None:
    """Municipalities (CBS codes)

    Args:
        q (str | Unset): Part of a name or code.
        province (str | Unset):
        safety_region (str | Unset): A safety region, e.g. VR13.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MunicipalityPage | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            province=province,
            safety_region=safety_region,
            limit=limit,
            offset=offset,
        )
    ).parsed
