from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consent_create import ConsentCreate
from ...models.consent_public import ConsentPublic
from ...models.problem_details import ProblemDetails
from ...types import Response


def _get_kwargs(
    household_id: UUID,
    *,
    body: ConsentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/households/{household_id}/consents".format(
            household_id=quote(str(household_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConsentPublic | ProblemDetails | None:
    if response.status_code == 201:
        response_201 = ConsentPublic.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = ProblemDetails.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ProblemDetails.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = ProblemDetails.from_dict(response.json())

        return response_422

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
) -> Response[ConsentPublic | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ConsentCreate,
) -> Response[ConsentPublic | ProblemDetails]:
    """Record the household's consent for one organisation and purpose

    Args:
        household_id (UUID):
        body (ConsentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsentPublic | ProblemDetails]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ConsentCreate,
) -> ConsentPublic | ProblemDetails | None:
    """Record the household's consent for one organisation and purpose

    Args:
        household_id (UUID):
        body (ConsentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsentPublic | ProblemDetails
    """

    return sync_detailed(
        household_id=household_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ConsentCreate,
) -> Response[ConsentPublic | ProblemDetails]:
    """Record the household's consent for one organisation and purpose

    Args:
        household_id (UUID):
        body (ConsentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConsentPublic | ProblemDetails]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    household_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ConsentCreate,
) -> ConsentPublic | ProblemDetails | None:
    """Record the household's consent for one organisation and purpose

    Args:
        household_id (UUID):
        body (ConsentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConsentPublic | ProblemDetails
    """

    return (
        await asyncio_detailed(
            household_id=household_id,
            client=client,
            body=body,
        )
    ).parsed
