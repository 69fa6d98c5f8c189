from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organisation_kind import OrganisationKind
from ...models.organisation_page import OrganisationPage
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: OrganisationKind | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["q"] = q

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organisations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganisationPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = OrganisationPage.from_dict(response.json())

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
) -> Response[OrganisationPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: OrganisationKind | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[OrganisationPage | ProblemDetails]:
    """Organisations

    Args:
        kind (OrganisationKind | Unset):
        q (str | Unset): Part of the name, any case.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        kind=kind,
        q=q,
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
    kind: OrganisationKind | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> OrganisationPage | ProblemDetails | None:
    """Organisations

    Args:
        kind (OrganisationKind | Unset):
        q (str | Unset): Part of the name, any case.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationPage | ProblemDetails
    """

    return sync_detailed(
        client=client,
        kind=kind,
        q=q,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: OrganisationKind | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[OrganisationPage | ProblemDetails]:
    """Organisations

    Args:
        kind (OrganisationKind | Unset):
        q (str | Unset): Part of the name, any case.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganisationPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        kind=kind,
        q=q,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: OrganisationKind | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> OrganisationPage | ProblemDetails | None:
    """Organisations

    Args:
        kind (OrganisationKind | Unset):
        q (str | Unset): Part of the name, any case.
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganisationPage | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            q=q,
            limit=limit,
            offset=offset,
        )
    ).parsed
