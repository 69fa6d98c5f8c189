"""Each report as the tables of its CSV and XLSX exports."""

from api.reports.export import Table
from api.reports.labels import label
from api.reports.locations import LocationRows
from api.reports.models import OccupancyReport, RelocationForecast, RequestsReport

OCCUPANCY_COLUMNS = [
    ("key", "text"), ("name", "text"), ("locations", "int"), ("beds", "int"), ("blocked", "int"),
    ("occupied", "int"), ("free", "int"), ("households", "int"), ("host_families", "int"),
    ("host_family_beds", "int"), ("host_family_occupied", "int"), ("host_family_households", "int"),
]  # fmt: skip
SCALE_COLUMNS = [
    ("occupancy_rate", "float"), ("average_stay_days", "float"), ("moves_out", "int"),
    ("incidents", "int"), ("incidents_per_100_residents", "float"), ("offers_declined", "int"),
]  # fmt: skip
FLOW_COLUMNS = [
    ("open", "int"), ("submitted", "int"), ("triaged", "int"), ("matching", "int"), ("offered", "int"),
    ("accepted", "int"), ("emergency", "int"), ("high", "int"), ("normal", "int"), ("overdue", "int"),
    ("moved", "int"), ("median_days_to_move", "float"), ("p90_days_to_move", "float"),
    ("offers_made", "int"), ("offers_accepted", "int"), ("offers_declined", "int"), ("offers_open", "int"),
]  # fmt: skip


def occupancy_tables(report: OccupancyReport, language: str) -> list[Table]:
    scale = report.group_by.value == "scale"
    columns = OCCUPANCY_COLUMNS + (SCALE_COLUMNS if scale else [])
    table = Table("sheet_occupancy", columns)
    for row in [*report.groups, report.total]:
        name = row.name
        if row is report.total:
            name = label("total", language)
        elif scale and row.key in ("small", "large"):
            name = label(row.key, language)
        values = [row.key, name, *(getattr(row, key) for key, _ in OCCUPANCY_COLUMNS[2:])]
        if scale:
            values += [getattr(row.scale, key) if row.scale else None for key, _ in SCALE_COLUMNS]
        table.rows.append(values)
    return [table]


def forecast_tables(report: RelocationForecast, language: str) -> list[Table]:
    weeks = Table(
        "sheet_forecast",
        [("key", "text"), ("name", "text"), ("week_starts_on", "date"), ("week_ends_on", "date"),
         ("endings", "int"), ("people", "int"), ("with_open_request", "int"), ("placeable", "int"),
         ("shortfall", "int")],
    )  # fmt: skip
    groups = Table(
        "sheet_forecast_groups",
        [("key", "text"), ("name", "text"), ("endings", "int"), ("free_places", "int"), ("free_beds", "int"),
         ("flagged", "bool"), ("shortfall_starts_on", "date")],
    )  # fmt: skip
    for group in report.groups:
        for week in group.weeks:
            weeks.rows.append(
                [group.key, group.name, week.starts_on, week.ends_on, week.endings, week.people,
                 week.with_open_request, week.placeable, week.shortfall]
            )  # fmt: skip
        groups.rows.append(
            [group.key, group.name, group.endings, group.free_places, group.free_beds, group.flagged,
             group.shortfall_starts_on]
        )  # fmt: skip
    return [weeks, groups]


def requests_tables(report: RequestsReport, language: str) -> list[Table]:
    flow = Table("sheet_requests", [("dimension", "text"), ("key", "text"), ("name", "text"), *FLOW_COLUMNS])
    for dimension, rows in (("total", [report.total]), ("desk", report.desks), ("region", report.regions)):
        for row in rows:
            name = (
                label("total", language) if dimension == "total" else row.name or label("unknown", language)
            )
            flow.rows.append(
                [label(dimension, language), row.key, name, *(getattr(row, key) for key, _ in FLOW_COLUMNS)]
            )
    urgencies = ("emergency", "high", "normal")
    matrix = Table("sheet_status_urgency", [("status", "text"), *((u, "int") for u in urgencies)])
    for status, counts in report.by_status_and_urgency.items():
        matrix.rows.append([label(status, language), *(counts[u] for u in urgencies)])
    tables = [flow, matrix]
    if report.decline_reasons is not None:
        reasons = Table("sheet_decline_reasons", [("reason", "text"), ("count", "int")])
        reasons.rows = [[r.reason, r.count] for r in report.decline_reasons]
        tables.append(reasons)
    return tables


LOCATION_COLUMNS = [
    ("id", "text"), ("name", "text"), ("kind", "text"), ("status", "text"), ("municipality_code", "text"),
    ("municipality_name", "text"), ("safety_region_code", "text"), ("address", "text"), ("opens_on", "date"),
    ("closes_on", "date"), ("units", "int"), ("capacity", "int"), ("occupied", "int"), ("free", "int"),
    ("small_scale", "bool"),
]  # fmt: skip


def location_tables(report: LocationRows, language: str) -> list[Table]:
    """The list's rows as they are: ROW_FIELDS are these columns, in this order."""
    return [Table("sheet_locations", LOCATION_COLUMNS, report.rows)]
