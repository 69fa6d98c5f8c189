from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.placement_page import PlacementPage
from ...models.placement_status import PlacementStatus
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    household_id: UUID | Unset = UNSET,
    shelter_location_id: UUID | Unset = UNSET,
    shelter_unit_id: UUID | Unset = UNSET,
    host_family_id: UUID | Unset = UNSET,
    status: PlacementStatus | Unset = UNSET,
    resident: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_household_id: str | Unset = UNSET
    if not isinstance(household_id, Unset):
        json_household_id = str(household_id)
    params["householdId"] = json_household_id

    json_shelter_location_id: str | Unset = UNSET
    if not isinstance(shelter_location_id, Unset):
        json_shelter_location_id = str(shelter_location_id)
    params["shelterLocationId"] = json_shelter_location_id

    json_shelter_unit_id: str | Unset = UNSET
    if not isinstance(shelter_unit_id, Unset):
        json_shelter_unit_id = str(shelter_unit_id)
    params["shelterUnitId"] = json_shelter_unit_id

    json_host_family_id: str | Unset = UNSET
    if not isinstance(host_family_id, Unset):
        json_host_family_id = str(host_family_id)
    params["hostFamilyId"] = json_host_family_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["resident"] = resident

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/placements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlacementPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = PlacementPage.from_dict(response.json())

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
) -> Response[PlacementPage | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    household_id: UUID | Unset = UNSET,
    shelter_location_id: UUID | Unset = UNSET,
    shelter_unit_id: UUID | Unset = UNSET,
    host_family_id: UUID | Unset = UNSET,
    status: PlacementStatus | Unset = UNSET,
    resident: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PlacementPage | ProblemDetails]:
    """Placements in scope, per place or household

    Args:
        household_id (UUID | Unset):
        shelter_location_id (UUID | Unset):
        shelter_unit_id (UUID | Unset):
        host_family_id (UUID | Unset):
        status (PlacementStatus | Unset):
        resident (bool | Unset): Only households that live there (checked in, not checked out).
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
        shelter_location_id=shelter_location_id,
        shelter_unit_id=shelter_unit_id,
        host_family_id=host_family_id,
        status=status,
        resident=resident,
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
    household_id: UUID | Unset = UNSET,
    shelter_location_id: UUID | Unset = UNSET,
    shelter_unit_id: UUID | Unset = UNSET,
    host_family_id: UUID | Unset = UNSET,
    status: PlacementStatus | Unset = UNSET,
    resident: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PlacementPage | ProblemDetails | None:
    """Placements in scope, per place or household

    Args:
        household_id (UUID | Unset):
        shelter_location_id (UUID | Unset):
        shelter_unit_id (UUID | Unset):
        host_family_id (UUID | Unset):
        status (PlacementStatus | Unset):
        resident (bool | Unset): Only households that live there (checked in, not checked out).
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPage | ProblemDetails
    """

    return sync_detailed(
        client=client,
        household_id=household_id,
        shelter_location_id=shelter_location_id,
        shelter_unit_id=shelter_unit_id,
        host_family_id=host_family_id,
        status=status,
        resident=resident,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    household_id: UUID | Unset = UNSET,
    shelter_location_id: UUID | Unset = UNSET,
    shelter_unit_id: UUID | Unset = UNSET,
    host_family_id: UUID | Unset = UNSET,
    status: PlacementStatus | Unset = UNSET,
    resident: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PlacementPage | ProblemDetails]:
    """Placements in scope, per place or household

    Args:
        household_id (UUID | Unset):
        shelter_location_id (UUID | Unset):
        shelter_unit_id (UUID | Unset):
        host_family_id (UUID | Unset):
        status (PlacementStatus | Unset):
        resident (bool | Unset): Only households that live there (checked in, not checked out).
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlacementPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        household_id=household_id,
        shelter_location_id=shelter_location_id,
        shelter_unit_id=shelter_unit_id,
        host_family_id=host_family_id,
        status=status,
        resident=resident,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    household_id: UUID | Unset = UNSET,
    shelter_location_id: UUID | Unset = UNSET,
    shelter_unit_id: UUID | Unset = UNSET,
    host_family_id: UUID | Unset = UNSET,
    status: PlacementStatus | Unset = UNSET,
    resident: bool | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PlacementPage | ProblemDetails | None:
    """Placements in scope, per place or household

    Args:
        household_id (UUID | Unset):
        shelter_location_id (UUID | Unset):
        shelter_unit_id (UUID | Unset):
        host_family_id (UUID | Unset):
        status (PlacementStatus | Unset):
        resident (bool | Unset): Only households that live there (checked in, not checked out).
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlacementPage | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            household_id=household_id,
            shelter_location_id=shelter_location_id,
            shelter_unit_id=shelter_unit_id,
            host_family_id=host_family_id,
            status=status,
            resident=resident,
            limit=limit,
            offset=offset,
        )
    ).parsed
