"""Report schemas: occupancy, the relocation forecast, the request flow, the location list."""

from datetime import date
from enum import StrEnum

from pydantic import Field as PydanticField

from api.core.models import Schema


class OccupancyGroupBy(StrEnum):
    MUNICIPALITY = "municipality"
    SAFETY_REGION = "safetyRegion"
    PROVINCE = "province"
    KIND = "kind"
    SCALE = "scale"


class ForecastGroupBy(StrEnum):
    """By area, or by kind: the location's kind, and host families as one group `host_family`."""

    MUNICIPALITY = "municipality"
    SAFETY_REGION = "safetyRegion"
    PROVINCE = "province"
    KIND = "kind"


class ReportFormat(StrEnum):
    JSON = "json"
    CSV = "csv"
    XLSX = "xlsx"


class ScaleFigures(Schema):
    """Small-scale against large locations over the period before the report date."""

    occupancy_rate: float | None = PydanticField(description="Occupied beds / beds on the date (0–1).")
    average_stay_days: float | None = PydanticField(
        description="Mean length of the stays that ended in the period."
    )
    moves_out: int = PydanticField(description="Placements that ended in the period.")
    incidents: int = PydanticField(
        description="Incidents reported in the period about these locations or their units."
    )
    incidents_per_100_residents: float | None = PydanticField(
        description="Incidents per 100 occupied beds on the date."
    )
    offers_declined: int = PydanticField(
        description="Offers of units here that households declined in the period."
    )


class OccupancyRow(Schema):
    key: str | None = PydanticField(
        description="Municipality or region code, province, kind, or small/large."
    )
    name: str | None
    locations: int
    beds: int = PydanticField(description="Beds in units that are not closed.")
    blocked: int = PydanticField(description="Beds in blocked units.")
    occupied: int = PydanticField(description="Beds held by placements on the date.")
    free: int = PydanticField(description="Beds in available units not held on the date.")
    households: int = PydanticField(description="Households placed in these locations on the date.")
    host_families: int = PydanticField(
        description="Host families whose window covers the date (not rejected)."
    )
    host_family_beds: int
    host_family_occupied: int
    host_family_households: int
    scale: ScaleFigures | None = PydanticField(default=None, description="Only with groupBy=scale.")


class OccupancyReport(Schema):
    on: date
    group_by: OccupancyGroupBy
    small_scale_max_beds: int = PydanticField(
        description="Locations with at most this capacity are small-scale."
    )
    period_days: int
    groups: list[OccupancyRow]
    total: OccupancyRow


class ForecastWeek(Schema):
    starts_on: date
    ends_on: date
    endings: int = PydanticField(
        description="Households whose placement, host stay or location ends this week."
    )
    people: int = PydanticField(description="Beds those households hold.")
    with_open_request: int = PydanticField(description="Of them, households with an open relocation request.")
    placeable: int = PydanticField(
        description="Of them, households a free place in the group fits (by size)."
    )
    shortfall: int = PydanticField(
        description="Households without a fitting place, cumulated up to this week."
    )


class ForecastGroup(Schema):
    key: str | None
    name: str | None
    free_places: int = PydanticField(
        description="Free units and host families that stay open past the horizon."
    )
    free_beds: int
    flagged: bool = PydanticField(description="Endings exceed the fitting free places within the horizon.")
    shortfall_starts_on: date | None
    endings: int
    weeks: list[ForecastWeek]


class RelocationForecast(Schema):
    starts_on: date
    weeks: int
    group_by: ForecastGroupBy
    groups: list[ForecastGroup]
    flagged_groups: int


class RequestFlowRow(Schema):
    key: str | None = PydanticField(description="Desk organisation id or safety region code; null: none yet.")
    name: str | None
    open: int
    submitted: int
    triaged: int
    matching: int
    offered: int
    accepted: int
    emergency: int
    high: int
    normal: int
    overdue: int = PydanticField(description="Open, past mustMoveBy, and not placed.")
    moved: int = PydanticField(description="Requests that moved in the period.")
    median_days_to_move: float | None
    p90_days_to_move: float | None
    offers_made: int
    offers_accepted: int
    offers_declined: int
    offers_open: int


class DeclineReasonCount(Schema):
    reason: str
    count: int


class RequestsReport(Schema):
    on: date
    period_days: int
    total: RequestFlowRow
    by_status_and_urgency: dict[str, dict[str, int]] = PydanticField(
        description="Open requests: status → urgency → count."
    )
    desks: list[RequestFlowRow] = PydanticField(description="By the desk that triaged the request.")
    regions: list[RequestFlowRow] = PydanticField(description="By the safety region the household lives in.")
    moves_this_week: int = PydanticField(
        description="Accepted offers whose move date lies in the 7 days from the date."
    )
    decline_reasons: list[DeclineReasonCount] | None = PydanticField(
        description="The most given reasons (normalised text); null for roles that may not read them."
    )


class LocationListRow(Schema):
    id: str
    name: str
    kind: str
    status: str
    municipality_code: str
    municipality_name: str
    safety_region_code: str | None
    address: str
    opens_on: date | None
    closes_on: date | None
    units: int
    capacity: int
    occupied: int
    free: int
    small_scale: bool


class LocationList(Schema):
    items: list[LocationListRow]
    total: int
