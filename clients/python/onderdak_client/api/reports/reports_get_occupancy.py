import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.location_kind import LocationKind
from ...models.occupancy_group_by import OccupancyGroupBy
from ...models.occupancy_report import OccupancyReport
from ...models.problem_details import ProblemDetails
from ...models.report_format import ReportFormat
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    group_by: OccupancyGroupBy | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    period_days: int | Unset = 365,
    format_: ReportFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["groupBy"] = json_group_by

    params["municipalityCode"] = municipality_code

    params["safetyRegion"] = safety_region

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    params["periodDays"] = period_days

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/occupancy",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OccupancyReport | ProblemDetails | None:
    if response.status_code == 200:
        response_200 = OccupancyReport.from_dict(response.json())

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
) -> Response[OccupancyReport | ProblemDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_by: OccupancyGroupBy | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    period_days: int | Unset = 365,
    format_: ReportFormat | Unset = UNSET,
) -> Response[OccupancyReport | ProblemDetails]:
    """Occupancy per municipality, safety region, province, kind or scale

    Args:
        group_by (OccupancyGroupBy | Unset):
        municipality_code (str | Unset): Only this municipality.
        safety_region (str | Unset): Only this safety region.
        kind (LocationKind | Unset):
        date (datetime.date | Unset): The report date; today by default.
        period_days (int | Unset): Flows (moves, offers, incidents) of this many days up to the
            date. Default: 365.
        format_ (ReportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OccupancyReport | ProblemDetails]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        municipality_code=municipality_code,
        safety_region=safety_region,
        kind=kind,
        date=date,
        period_days=period_days,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_by: OccupancyGroupBy | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    period_days: int | Unset = 365,
    format_: ReportFormat | Unset = UNSET,
) -> OccupancyReport | ProblemDetails | None:
    """Occupancy per municipality, safety region, province, kind or scale

    Args:
        group_by (OccupancyGroupBy | Unset):
        municipality_code (str | Unset): Only this municipality.
        safety_region (str | Unset): Only this safety region.
        kind (LocationKind | Unset):
        date (datetime.date | Unset): The report date; today by default.
        period_days (int | Unset): Flows (moves, offers, incidents) of this many days up to the
            date. Default: 365.
        format_ (ReportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OccupancyReport | ProblemDetails
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        municipality_code=municipality_code,
        safety_region=safety_region,
        kind=kind,
        date=date,
        period_days=period_days,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_by: OccupancyGroupBy | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    period_days: int | Unset = 365,
    format_: ReportFormat | Unset = UNSET,
) -> Response[OccupancyReport | ProblemDetails]:
    """Occupancy per municipality, safety region, province, kind or scale

    Args:
        group_by (OccupancyGroupBy | Unset):
        municipality_code (str | Unset): Only this municipality.
        safety_region (str | Unset): Only this safety region.
        kind (LocationKind | Unset):
        date (datetime.date | Unset): The report date; today by default.
        period_days (int | Unset): Flows (moves, offers, incidents) of this many days up to the
            date. Default: 365.
        format_ (ReportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OccupancyReport | ProblemDetails]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        municipality_code=municipality_code,
        safety_region=safety_region,
        kind=kind,
        date=date,
        period_days=period_days,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_by: OccupancyGroupBy | Unset = UNSET,
    municipality_code: str | Unset = UNSET,
    safety_region: str | Unset = UNSET,
    kind: LocationKind | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    period_days: int | Unset = 365,
    format_: ReportFormat | Unset = UNSET,
) -> OccupancyReport | ProblemDetails | None:
    """Occupancy per municipality, safety region, province, kind or scale

    Args:
        group_by (OccupancyGroupBy | Unset):
        municipality_code (str | Unset): Only this municipality.
        safety_region (str | Unset): Only this safety region.
        kind (LocationKind | Unset):
        date (datetime.date | Unset): The report date; today by default.
        period_days (int | Unset): Flows (moves, offers, incidents) of this many days up to the
            date. Default: 365.
        format_ (ReportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OccupancyReport | ProblemDetails
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            municipality_code=municipality_code,
            safety_region=safety_region,
            kind=kind,
            date=date,
            period_days=period_days,
            format_=format_,
        )
    ).parsed
