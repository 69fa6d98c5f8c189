import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.host_family_page import HostFamilyPage
from ...models.host_sort import HostSort
from ...models.problem_details import ProblemDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    municipality_code: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    vetted: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    pets: bool | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    accepts_children: bool | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    vetting_expires_within_days: int | Unset = UNSET,
    sort: HostSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["municipalityCode"] = municipality_code

    json_organisation_id: str | Unset = UNSET
    if not isinstance(organisation_id, Unset):
        json_organisation_id = str(organisation_id)
    params["organisationId"] = json_organisation_id

    params["vetted"] = vetted

    params["minFreeBeds"] = min_free_beds

    params["pets"] = pets

    params["wheelchair"] = wheelchair

    params["acceptsChildren"] = accepts_children

    json_available_on: str | Unset = UNSET
    if not isinstance(available_on, Unset):
        json_available_on = available_on.isoformat()
    params["availableOn"] = json_available_on

    params["vettingExpiresWithinDays"] = vetting_expires_within_days

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/host-families",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HostFamilyPage | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = HostFamilyPage.from_dict(response.json())

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
) -> Response[HostFamilyPage | ProblemDetails]:
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
    organisation_id: UUID | Unset = UNSET,
    vetted: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    pets: bool | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    accepts_children: bool | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    vetting_expires_within_days: int | Unset = UNSET,
    sort: HostSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HostFamilyPage | ProblemDetails]:
    """Host families, filtered

    Args:
        municipality_code (str | Unset):
        organisation_id (UUID | Unset):
        vetted (bool | Unset): Vetted and not expired.
        min_free_beds (int | Unset):
        pets (bool | Unset): Pets allowed.
        wheelchair (bool | Unset):
        accepts_children (bool | Unset):
        available_on (datetime.date | Unset):
        vetting_expires_within_days (int | Unset): Only vetted hosts whose vetting expires within
            this many days: to re-vet.
        sort (HostSort | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HostFamilyPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        municipality_code=municipality_code,
        organisation_id=organisation_id,
        vetted=vetted,
        min_free_beds=min_free_beds,
        pets=pets,
        wheelchair=wheelchair,
        accepts_children=accepts_children,
        available_on=available_on,
        vetting_expires_within_days=vetting_expires_within_days,
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
    organisation_id: UUID | Unset = UNSET,
    vetted: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    pets: bool | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    accepts_children: bool | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    vetting_expires_within_days: int | Unset = UNSET,
    sort: HostSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> HostFamilyPage | ProblemDetails | None:
    """Host families, filtered

    Args:
        municipality_code (str | Unset):
        organisation_id (UUID | Unset):
        vetted (bool | Unset): Vetted and not expired.
        min_free_beds (int | Unset):
        pets (bool | Unset): Pets allowed.
        wheelchair (bool | Unset):
        accepts_children (bool | Unset):
        available_on (datetime.date | Unset):
        vetting_expires_within_days (int | Unset): Only vetted hosts whose vetting expires within
            this many days: to re-vet.
        sort (HostSort | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HostFamilyPage | ProblemDetails
    """

    return sync_detailed(
        client=client,
        municipality_code=municipality_code,
        organisation_id=organisation_id,
        vetted=vetted,
        min_free_beds=min_free_beds,
        pets=pets,
        wheelchair=wheelchair,
        accepts_children=accepts_children,
        available_on=available_on,
        vetting_expires_within_days=vetting_expires_within_days,
        sort=sort,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    municipality_code: str | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    vetted: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    pets: bool | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    accepts_children: bool | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    vetting_expires_within_days: int | Unset = UNSET,
    sort: HostSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[HostFamilyPage | ProblemDetails]:
    """Host families, filtered

    Args:
        municipality_code (str | Unset):
        organisation_id (UUID | Unset):
        vetted (bool | Unset): Vetted and not expired.
        min_free_beds (int | Unset):
        pets (bool | Unset): Pets allowed.
        wheelchair (bool | Unset):
        accepts_children (bool | Unset):
        available_on (datetime.date | Unset):
        vetting_expires_within_days (int | Unset): Only vetted hosts whose vetting expires within
            this many days: to re-vet.
        sort (HostSort | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HostFamilyPage | ProblemDetails]
    """

    kwargs = _get_kwargs(
        municipality_code=municipality_code,
        organisation_id=organisation_id,
        vetted=vetted,
        min_free_beds=min_free_beds,
        pets=pets,
        wheelchair=wheelchair,
        accepts_children=accepts_children,
        available_on=available_on,
        vetting_expires_within_days=vetting_expires_within_days,
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
    organisation_id: UUID | Unset = UNSET,
    vetted: bool | Unset = UNSET,
    min_free_beds: int | Unset = UNSET,
    pets: bool | Unset = UNSET,
    wheelchair: bool | Unset = UNSET,
    accepts_children: bool | Unset = UNSET,
    available_on: datetime.date | Unset = UNSET,
    vetting_expires_within_days: int | Unset = UNSET,
    sort: HostSort | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> HostFamilyPage | ProblemDetails | None:
    """Host families, filtered

    Args:
        municipality_code (str | Unset):
        organisation_id (UUID | Unset):
        vetted (bool | Unset): Vetted and not expired.
        min_free_beds (int | Unset):
        pets (bool | Unset): Pets allowed.
        wheelchair (bool | Unset):
        accepts_children (bool | Unset):
        available_on (datetime.date | Unset):
        vetting_expires_within_days (int | Unset): Only vetted hosts whose vetting expires within
            this many days: to re-vet.
        sort (HostSort | Unset):
        limit (int | Unset): Page size. Default: 50.
        offset (int | Unset): Rows to skip. Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HostFamilyPage | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            municipality_code=municipality_code,
            organisation_id=organisation_id,
            vetted=vetted,
            min_free_beds=min_free_beds,
            pets=pets,
            wheelchair=wheelchair,
            accepts_children=accepts_children,
            available_on=available_on,
            vetting_expires_within_days=vetting_expires_within_days,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    ).parsed
