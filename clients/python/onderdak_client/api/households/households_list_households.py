from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.household_page import HouseholdPage
from ...models.legal_status import LegalStatus
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    supporting_organisation_id: UUID | Unset = UNSET,
    legal_status: LegalStatus | Unset = UNSET,
    reference: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_supporting_organisation_id: str | Unset = UNSET
    if not isinstance(supporting_organisation_id, Unset):
        json_supporting_organisation_id = str(supporting_organisation_id)
    params["supportingOrganisationId"] = json_supporting_organisation_id

    json_legal_status: str | Unset = UNSET
    if not isinstance(legal_status, Unset):
        json_legal_status = legal_status.value

    params["legalStatus"] = json_legal_status

    params["reference"] = reference

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/households",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HouseholdPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = HouseholdPage.from_dict(response.json())

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
) -> Response[HouseholdPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    supporting_organisation_id: UUID | Unset = UNSET,
    legal_status: LegalStatus | Unset = UNSET,
    reference: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HouseholdPage | ProblemDetails]:
    """Households in the caller's scope, and those referred to it (restricted fields left out)

    Args:
        supporting_organisation_id (UUID | Unset):
        legal_status (LegalStatus | Unset): A category only: Onderdak never stores documents or
            citizen service numbers (BSN).
        reference (str | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HouseholdPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        supporting_organisation_id=supporting_organisation_id,
        legal_status=legal_status,
        reference=reference,
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
    supporting_organisation_id: UUID | Unset = UNSET,
    legal_status: LegalStatus | Unset = UNSET,
    reference: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> HouseholdPage | ProblemDetails | None:
    """Households in the caller's scope, and those referred to it (restricted fields left out)

    Args:
        supporting_organisation_id (UUID | Unset):
        legal_status (LegalStatus | Unset): A category only: Onderdak never stores documents or
            citizen service numbers (BSN).
        reference (str | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HouseholdPage | ProblemDetails
    """

    return sync_detailed(
        client=client,
        supporting_organisation_id=supporting_organisation_id,
        legal_status=legal_status,
        reference=reference,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    supporting_organisation_id: UUID | Unset = UNSET,
    legal_status: LegalStatus | Unset = UNSET,
    reference: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HouseholdPage | ProblemDetails]:
    """Households in the caller's scope, and those referred to it (restricted fields left out)

    Args:
        supporting_organisation_id (UUID | Unset):
        legal_status (LegalStatus | Unset): A category only: Onderdak never stores documents or
            citizen service numbers (BSN).
        reference (str | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HouseholdPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        supporting_organisation_id=supporting_organisation_id,
        legal_status=legal_status,
        reference=reference,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    supporting_organisation_id: UUID | Unset = UNSET,
    legal_status: LegalStatus | Unset = UNSET,
    reference: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> HouseholdPage | ProblemDetails | None:
    """Households in the caller's scope, and those referred to it (restricted fields left out)

    Args:
        supporting_organisation_id (UUID | Unset):
        legal_status (LegalStatus | Unset): A category only: Onderdak never stores documents or
            citizen service numbers (BSN).
        reference (str | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HouseholdPage | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            supporting_organisation_id=supporting_organisation_id,
            legal_status=legal_status,
            reference=reference,
            limit=limit,
            offset=offset,
        )
    ).parsed
