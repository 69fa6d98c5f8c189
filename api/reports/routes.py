"""GET /reports/*: occupancy, the relocation forecast, the request flow, the location list.

Each answers JSON by default, CSV or XLSX by `Accept` or `format`, headers in the caller's language.
"""

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Response

from api.core.authorization import Permission, Principal
from api.core.dates import CalendarDate
from api.core.db import SessionDep
from api.identity.dependencies import requires
from api.places.models import LocationKind, LocationStatus
from api.reports import tables
from api.reports.export import ALTERNATIVE_MEDIA_TYPES, copy_csv, csv_response, file_response, pick_format
from api.reports.forecast import relocation_forecast
from api.reports.labels import pick_language
from api.reports.locations import location_list, location_query
from api.reports.models import (
    ForecastGroupBy,
    LocationList,
    OccupancyGroupBy,
    OccupancyReport,
    RelocationForecast,
    ReportFormat,
    RequestsReport,
)
from api.reports.occupancy import Filters, occupancy_report
from api.reports.requests import requests_report
from api.reports.sql import is_postgres

router = APIRouter(prefix="/reports", tags=["reports"])

Caller = Annotated[Principal, requires(Permission.REPORTS_READ)]
MunicipalityFilter = Annotated[
    str | None, Query(alias="municipalityCode", pattern=r"^GM\d{4}$", description="Only this municipality.")
]
RegionFilter = Annotated[
    str | None, Query(alias="safetyRegion", pattern=r"^VR\d{2}$", description="Only this safety region.")
]
# Reports look back over periods and ahead over weeks: far dates would overflow, and mean nothing.
ReportDate = CalendarDate | None
OnDate = Annotated[ReportDate, Query(alias="date", description="The report date; today by default.")]
PeriodDays = Annotated[
    int,
    Query(
        alias="periodDays",
        ge=1,
        le=3650,
        description="Flows (moves, offers, incidents) of this many days up to the date.",
    ),
]
FormatParameter = Annotated[
    ReportFormat | None, Query(alias="format", description="json, csv or xlsx; overrides Accept.")
]
AcceptHeader = Annotated[str | None, Header(include_in_schema=False)]
AcceptLanguage = Annotated[str | None, Header(alias="Accept-Language", include_in_schema=False)]


def _answer(report: Any, to_tables: Any, report_format: ReportFormat | None, accept: str | None,
            accept_language: str | None, filename: str) -> Any:  # fmt: skip
    chosen = pick_format(report_format, accept)
    if chosen == ReportFormat.JSON:
        return report
    language = pick_language(accept_language)
    return file_response(to_tables(report, language), chosen, language, filename)


@router.get(
    "/occupancy",
    response_model=OccupancyReport,
    responses=ALTERNATIVE_MEDIA_TYPES,
    summary="Occupancy per municipality, safety region, province, kind or scale",
)
def get_occupancy(
    session: SessionDep,
    principal: Caller,
    group_by: Annotated[OccupancyGroupBy, Query(alias="groupBy")] = OccupancyGroupBy.MUNICIPALITY,
    municipality_code: MunicipalityFilter = None,
    safety_region: RegionFilter = None,
    kind: LocationKind | None = None,
    on: OnDate = None,
    period_days: PeriodDays = 365,
    report_format: FormatParameter = None,
    accept: AcceptHeader = None,
    accept_language: AcceptLanguage = None,
) -> Response | OccupancyReport:
    on = on or date.today()
    report = occupancy_report(
        session,
        principal,
        group_by=group_by,
        on=on,
        filters=Filters(municipality_code, safety_region, kind.value if kind else None),
        period_days=period_days,
    )
    return _answer(report, tables.occupancy_tables, report_format, accept, accept_language, f"occupancy-{on}")


@router.get(
    "/relocation-forecast",
    response_model=RelocationForecast,
    responses=ALTERNATIVE_MEDIA_TYPES,
    summary="Households whose stay or location ends, per week, against fitting free places",
)
def get_relocation_forecast(
    session: SessionDep,
    principal: Caller,
    weeks: Annotated[int, Query(ge=1, le=52)] = 12,
    group_by: Annotated[ForecastGroupBy, Query(alias="groupBy")] = ForecastGroupBy.MUNICIPALITY,
    municipality_code: MunicipalityFilter = None,
    safety_region: RegionFilter = None,
    on: Annotated[ReportDate, Query(alias="date", description="The first day; today by default.")] = None,
    report_format: FormatParameter = None,
    accept: AcceptHeader = None,
    accept_language: AcceptLanguage = None,
) -> Response | RelocationForecast:
    start = on or date.today()
    report = relocation_forecast(
        session,
        principal,
        group_by=group_by,
        start=start,
        weeks=weeks,
        filters=Filters(municipality_code, safety_region),
    )
    return _answer(
        report, tables.forecast_tables, report_format, accept, accept_language, f"relocation-forecast-{start}"
    )


@router.get(
    "/requests",
    response_model=RequestsReport,
    responses=ALTERNATIVE_MEDIA_TYPES,
    summary="Request flow: open, overdue, time to move, offers; per desk and per region",
)
def get_requests_report(
    session: SessionDep,
    principal: Caller,
    municipality_code: MunicipalityFilter = None,
    safety_region: RegionFilter = None,
    on: OnDate = None,
    period_days: PeriodDays = 365,
    report_format: FormatParameter = None,
    accept: AcceptHeader = None,
    accept_language: AcceptLanguage = None,
) -> Response | RequestsReport:
    on = on or date.today()
    report = requests_report(
        session, principal, on=on, period_days=period_days, filters=Filters(municipality_code, safety_region)
    )
    return _answer(report, tables.requests_tables, report_format, accept, accept_language, f"requests-{on}")


@router.get(
    "/locations",
    response_model=LocationList,
    responses=ALTERNATIVE_MEDIA_TYPES,
    summary="The location list with capacity and occupancy, for export",
)
def get_location_list(
    session: SessionDep,
    principal: Caller,
    municipality_code: MunicipalityFilter = None,
    safety_region: RegionFilter = None,
    kind: LocationKind | None = None,
    status: LocationStatus | None = None,
    report_format: FormatParameter = None,
    accept: AcceptHeader = None,
    accept_language: AcceptLanguage = None,
) -> Response | LocationList:
    filters = Filters(municipality_code, safety_region, kind.value if kind else None)
    status_value = status.value if status else None
    filename = f"locations-{date.today()}"
    if pick_format(report_format, accept) == ReportFormat.CSV and is_postgres(session):
        # PostgreSQL writes the rows as CSV itself (COPY): no 750,000 cells through Python.
        language = pick_language(accept_language)
        query = location_query(session, principal, filters, status_value)
        return csv_response(copy_csv(session, query, tables.LOCATION_COLUMNS, language), language, filename)
    report = location_list(session, principal, filters, status_value)
    return _answer(report, tables.location_tables, report_format, accept, accept_language, filename)
