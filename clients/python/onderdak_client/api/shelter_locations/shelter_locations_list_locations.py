from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.location_kind import LocationKind
from ...models.location_sort import LocationSort
from ...models.location_status import LocationStatus
from ...models.problem_details import ProblemDetails
from ...models.shelter_location_page import ShelterLocationPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    municipality_code: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    small_scale: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    pets: bool | Unset = UNSET,
    operator_organisation_id: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: LocationSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["municipalityCode"] = municipality_code

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["smallScale"] = small_scale

    params["minFreeBeds"] = min_free_beds

    params["wheelchair"] = wheelchair

    params["pets"] = pets

    json_operator_organisation_id: str | Unset = UNSET
    if not isinstance(operator_organisation_id, Unset):
        json_operator_organisation_id = str(operator_organisation_id)
    params["operatorOrganisationId"] = json_operator_organisation_id

    params["q"] = q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shelter-locations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProblemDetails | ShelterLocationPage | None:
    if response.status_code == 200:
        response_200 = ShelterLocationPage.from_dict(response.json())

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
) -> Response[ProblemDetails | ShelterLocationPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    municipality_code: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    small_scale: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    pets: bool | Unset = UNSET,
    operator_organisation_id: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: LocationSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | ShelterLocationPage]:
    """Shelter locations, filtered

    Args:
        municipality_code (str | Unset):
        kind (LocationKind | Unset):
        status (LocationStatus | Unset):
        small_scale (bool | Unset):
        min_free_beds (int | Unset):
        wheelchair (bool | Unset): Has a free wheelchair-accessible unit.
        pets (bool | Unset): Has a free unit that allows pets.
        operator_organisation_id (UUID | Unset):
        q (str | Unset): Part of the name.
        sort (LocationSort | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ShelterLocationPage]
    """

    kwargs = _get_kwargs(
        municipality_code=municipality_code,
        kind=kind,
        status=status,
        small_scale=small_scale,
        min_free_beds=min_free_beds,
        wheelchair=wheelchair,
        pets=pets,
        operator_organisation_id=operator_organisation_id,
        q=q,
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
    municipality_code: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    small_scale: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    pets: bool | Unset = UNSET,
    operator_organisation_id: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: LocationSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | ShelterLocationPage | None:
    """Shelter locations, filtered

    Args:
        municipality_code (str | Unset):
        kind (LocationKind | Unset):
        status (LocationStatus | Unset):
        small_scale (bool | Unset):
        min_free_beds (int | Unset):
        wheelchair (bool | Unset): Has a free wheelchair-accessible unit.
        pets (bool | Unset): Has a free unit that allows pets.
        operator_organisation_id (UUID | Unset):
        q (str | Unset): Part of the name.
        sort (LocationSort | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ShelterLocationPage
    """

    return sync_detailed(
        client=client,
        municipality_code=municipality_code,
        kind=kind,
        status=status,
        small_scale=small_scale,
        min_free_beds=min_free_beds,
        wheelchair=wheelchair,
        pets=pets,
        operator_organisation_id=operator_organisation_id,
        q=q,
        sort=sort,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    municipality_code: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    small_scale: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    pets: bool | Unset = UNSET,
    operator_organisation_id: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: LocationSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[ProblemDetails | ShelterLocationPage]:
    """Shelter locations, filtered

    Args:
        municipality_code (str | Unset):
        kind (LocationKind | Unset):
        status (LocationStatus | Unset):
        small_scale (bool | Unset):
        min_free_beds (int | Unset):
        wheelchair (bool | Unset): Has a free wheelchair-accessible unit.
        pets (bool | Unset): Has a free unit that allows pets.
        operator_organisation_id (UUID | Unset):
        q (str | Unset): Part of the name.
        sort (LocationSort | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProblemDetails | ShelterLocationPage]
    """

    kwargs = _get_kwargs(
        municipality_code=municipality_code,
        kind=kind,
        status=status,
        small_scale=small_scale,
        min_free_beds=min_free_beds,
        wheelchair=wheelchair,
        pets=pets,
        operator_organisation_id=operator_organisation_id,
        q=q,
        sort=sort,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    municipality_code: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    small_scale: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    pets: bool | Unset = UNSET,
    operator_organisation_id: UUID | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: LocationSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> ProblemDetails | ShelterLocationPage | None:
    """Shelter locations, filtered

    Args:
        municipality_code (str | Unset):
        kind (LocationKind | Unset):
        status (LocationStatus | Unset):
        small_scale (bool | Unset):
        min_free_beds (int | Unset):
        wheelchair (bool | Unset): Has a free wheelchair-accessible unit.
        pets (bool | Unset): Has a free unit that allows pets.
        operator_organisation_id (UUID | Unset):
        q (str | Unset): Part of the name.
        sort (LocationSort | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProblemDetails | ShelterLocationPage
    """

    return (
        await asyncio_detailed(
            client=client,
            municipality_code=municipality_code,
            kind=kind,
            status=status,
            small_scale=small_scale,
            min_free_beds=min_free_beds,
            wheelchair=wheelchair,
            pets=pets,
            operator_organisation_id=operator_organisation_id,
            q=q,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    ).parsed
