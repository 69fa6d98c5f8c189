from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.location_kind import LocationKind
from ...models.location_list import LocationList
from ...models.location_status import LocationStatus
from ...models.problem_details import ProblemDetails
from ...models.report_format import ReportFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    format_: ReportFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["municipalityCode"] = municipality_code

    params["safetyRegion"] = safety_region

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/locations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LocationList | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = LocationList.from_dict(response.json())

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
) -> Response[LocationList | ProblemDetails]:
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
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    format_: ReportFormat | Unset = UNSET,
) -> Response[LocationList | ProblemDetails]:
    """The location list with capacity and occupancy, for export

    Args:
        municipality_code (str | Unset): Only this municipality.
        safety_region (str | Unset): Only this safety region.
        kind (LocationKind | Unset):
        status (LocationStatus | Unset):
        format_ (ReportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationList | ProblemDetails]
    """

    kwargs = _get_kwargs(
        municipality_code=municipality_code,
        safety_region=safety_region,
        kind=kind,
        status=status,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    format_: ReportFormat | Unset = UNSET,
) -> LocationList | ProblemDetails | None:
    """The location list with capacity and occupancy, for export

    Args:
        municipality_code (str | Unset): Only this municipality.
        safety_region (str | Unset): Only this safety region.
        kind (LocationKind | Unset):
        status (LocationStatus | Unset):
        format_ (ReportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationList | ProblemDetails
    """

    return sync_detailed(
        client=client,
        municipality_code=municipality_code,
        safety_region=safety_region,
        kind=kind,
        status=status,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    format_: ReportFormat | Unset = UNSET,
) -> Response[LocationList | ProblemDetails]:
    """The location list with capacity and occupancy, for export

    Args:
        municipality_code (str | Unset): Only this municipality.
        safety_region (str | Unset): Only this safety region.
        kind (LocationKind | Unset):
        status (LocationStatus | Unset):
        format_ (ReportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationList | ProblemDetails]
    """

    kwargs = _get_kwargs(
        municipality_code=municipality_code,
        safety_region=safety_region,
        kind=kind,
        status=status,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    status: LocationStatus | Unset = UNSET,
    format_: ReportFormat | Unset = UNSET,
) -> LocationList | ProblemDetails | None:
    """The location list with capacity and occupancy, for export

    Args:
        municipality_code (str | Unset): Only this municipality.
        safety_region (str | Unset): Only this safety region.
        kind (LocationKind | Unset):
        status (LocationStatus | Unset):
        format_ (ReportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationList | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            municipality_code=municipality_code,
            safety_region=safety_region,
            kind=kind,
            status=status,
            format_=format_,
        )
    ).parsed
