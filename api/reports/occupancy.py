"""Occupancy: beds, blocked, occupied and free per group, from placements on a date.

Everything is summed in the database, in one statement. The locations in scope (with their group)
and their units are found once, as CTEs every part reads: a region or municipality reads its
locations, units and placements once rather than joining the whole chain again in each part. Then
placements held per unit, units per group, locations per group, the host families' figures per
group, and for groupBy=scale the flows of the period (moves out, incidents, declines), stacked with
UNION ALL.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Float, String, and_, case, cast, func, literal, null, or_, union_all
from sqlmodel import Session, col, select

from api.core.authorization import Principal
from api.core.config import get_settings
from api.hosts.models import HostFamily, VettingStatus
from api.incidents.models import Incident, SubjectType
from api.offers.models import Offer, OfferStatus
from api.placements.models import Placement, PlacementStatus, PlaceType
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.reference.models import Municipality, SafetyRegion
from api.reports.models import OccupancyGroupBy, OccupancyReport, OccupancyRow, ScaleFigures
from api.reports.scope import scope_hosts, scope_locations
from api.reports.sql import days_between, for_reporting

# The average stay of the flows' rows; a typed null elsewhere, so PostgreSQL types the union's column.
NO_AVERAGE = cast(null(), Float)
ZERO_FILL = (literal(0),) * 5


@dataclass(frozen=True)
class Filters:
    municipality: str | None = None
    region: str | None = None
    kind: str | None = None


def holds_on(on: date) -> Any:
    """A placement holds its beds on a day from its start until it ended (or, while active, until
    its planned end, inclusive)."""
    return and_(
        col(Placement.starts_on) <= on,
        or_(
            and_(col(Placement.ended_on).is_not(None), col(Placement.ended_on) > on),
            and_(
                col(Placement.ended_on).is_(None),
                Placement.status == PlacementStatus.ACTIVE.value,
                or_(col(Placement.planned_end_on).is_(None), col(Placement.planned_end_on) >= on),
            ),
        ),
    )


def location_counts_on(on: date) -> Any:
    """A location counts on a day when it has opened and not closed by then."""
    return and_(
        ShelterLocation.status != LocationStatus.CLOSED.value,
        or_(ShelterLocation.status != LocationStatus.PLANNED.value, col(ShelterLocation.opens_on) <= on),
        or_(col(ShelterLocation.opens_on).is_(None), col(ShelterLocation.opens_on) <= on),
        or_(col(ShelterLocation.closes_on).is_(None), col(ShelterLocation.closes_on) > on),
    )


def host_counts_on(on: date) -> Any:
    return and_(
        col(HostFamily.available_from) <= on,
        col(HostFamily.available_until) >= on,
        HostFamily.vetting_status != VettingStatus.REJECTED.value,
    )


def small_scale(max_beds: int) -> Any:
    """The matching term's rule: a location whose capacity is at most the threshold."""
    return col(ShelterLocation.capacity_beds) <= max_beds


def group_columns(group_by: OccupancyGroupBy, max_beds: int) -> tuple[Any, Any]:
    if group_by == OccupancyGroupBy.MUNICIPALITY:
        return col(Municipality.code), col(Municipality.name)
    if group_by == OccupancyGroupBy.SAFETY_REGION:
        return col(SafetyRegion.code), col(SafetyRegion.name)
    if group_by == OccupancyGroupBy.PROVINCE:
        return col(Municipality.province), col(Municipality.province)
    if group_by == OccupancyGroupBy.KIND:
        return col(ShelterLocation.kind), col(ShelterLocation.kind)
    scale = case((small_scale(max_beds), literal("small")), else_=literal("large"))
    return scale, scale


def _where_area(query: Any, municipality_column: Any, filters: Filters) -> Any:
    if filters.municipality:
        query = query.where(municipality_column == filters.municipality)
    if filters.region:
        query = query.where(Municipality.safety_region_code == filters.region)
    return query


@dataclass(frozen=True)
class LocationScope:
    """The locations a report counts: in the caller's scope and the filters, grouped by `key`."""

    principal: Principal
    filters: Filters
    key: Any
    name: Any

    def join(self, query: Any, location_id: Any = None) -> Any:
        """Join ShelterLocation (on `location_id` when the query selects from something else), its
        municipality and region to a query, and keep the locations in scope."""
        if location_id is not None:
            query = query.join(ShelterLocation, col(ShelterLocation.id) == location_id)
        query = query.join(Municipality, col(Municipality.code) == col(ShelterLocation.municipality_code))
        query = query.outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
        query = _where_area(
            scope_locations(query, self.principal), ShelterLocation.municipality_code, self.filters
        )
        return query.where(ShelterLocation.kind == self.filters.kind) if self.filters.kind else query

    @property
    def narrowed(self) -> bool:
        """Whether the scope or a filter leaves places out (else the aggregates read every row)."""
        return self.join(select(ShelterLocation.id).select_from(ShelterLocation)).whereclause is not None


@dataclass(frozen=True)
class ScopedPlaces:
    """The locations and units in scope, each found once (CTEs the report's parts share), with their
    group and whether their location counts on the day: (id, key, name, counts) and (id, beds,
    status, key, name, counts). Closed locations are kept for the flows of the period."""

    locations: Any
    units: Any
    narrowed: bool


def _scoped_places(scope: LocationScope, on: date) -> ScopedPlaces:
    locations = scope.join(
        select(
            col(ShelterLocation.id).label("id"),
            scope.key.label("key"),
            scope.name.label("name"),
            location_counts_on(on).label("counts"),
        ).select_from(ShelterLocation)
    ).cte("scoped_locations")
    # The units join the location tables again rather than the CTE: PostgreSQL has no statistics
    # for a CTE's columns, and joining it would hash every unit instead of the region's locations.
    units = scope.join(
        select(
            col(ShelterUnit.id).label("id"),
            col(ShelterUnit.beds).label("beds"),
            col(ShelterUnit.status).label("status"),
            scope.key.label("key"),
            scope.name.label("name"),
            location_counts_on(on).label("counts"),
        ).select_from(ShelterUnit),
        col(ShelterUnit.location_id),
    ).cte("scoped_units")
    return ScopedPlaces(locations, units, scope.narrowed)


def _location_figures(places: ScopedPlaces, on: date) -> list[Any]:
    """Per group: the locations counted on the day ('locations' rows), and their units' beds,
    blocked, occupied, free beds and households ('units' rows). Placements are summed per unit
    (for a region or municipality only those of the units in scope are read), units per group."""
    units = places.units
    only_in_scope = (
        [col(Placement.shelter_unit_id).in_(select(units.c.id).where(units.c.counts))]
        if places.narrowed
        else []
    )
    held = (
        select(
            col(Placement.shelter_unit_id).label("unit_id"),
            func.sum(Placement.beds).label("beds"),
            func.count().label("households"),
        )
        .where(Placement.place_type == PlaceType.SHELTER_UNIT.value, holds_on(on), *only_in_scope)
        .group_by(col(Placement.shelter_unit_id))
        .subquery("held")
    )
    occupied = func.coalesce(held.c.beds, 0)
    beds = units.c.beds
    unit_figures = (
        select(
            literal("units"),
            units.c.key,
            units.c.name,
            literal(0),
            func.sum(case((units.c.status != UnitStatus.CLOSED.value, beds), else_=0)),
            func.sum(case((units.c.status == UnitStatus.BLOCKED.value, beds), else_=0)),
            func.sum(occupied),
            func.sum(
                case(
                    (and_(units.c.status == UnitStatus.AVAILABLE.value, beds > occupied), beds - occupied),
                    else_=0,
                )
            ),
            func.sum(func.coalesce(held.c.households, 0)),
            NO_AVERAGE,
        )  # fmt: skip
        .select_from(units)
        .outerjoin(held, held.c.unit_id == units.c.id)
        .where(units.c.counts)
        .group_by(units.c.key, units.c.name)
    )
    locations = places.locations
    location_count = (
        select(literal("locations"), locations.c.key, locations.c.name, func.count(), *ZERO_FILL, NO_AVERAGE)
        .where(locations.c.counts)
        .group_by(locations.c.key, locations.c.name)
    )
    return [location_count, unit_figures]


def _host_figures(principal: Principal, group_by, on: date, filters: Filters) -> Any:
    """Host figures per area group; for kind and scale (which hosts have not) one row, for the total."""
    by_area = group_by in (
        OccupancyGroupBy.MUNICIPALITY,
        OccupancyGroupBy.SAFETY_REGION,
        OccupancyGroupBy.PROVINCE,
    )
    key, name = group_columns(group_by, 0) if by_area else (literal(None, String), literal(None, String))
    hosts = (
        select(
            col(HostFamily.id).label("id"),
            col(HostFamily.beds).label("beds"),
            key.label("key"),
            name.label("name"),
        )
        .select_from(HostFamily)
        .join(Municipality, col(Municipality.code) == col(HostFamily.municipality_code))
        .outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
        .where(host_counts_on(on))
    )
    hosts = _where_area(scope_hosts(hosts, principal), HostFamily.municipality_code, filters).cte("hosts")
    held = (
        select(
            col(Placement.host_family_id).label("host_id"),
            func.sum(Placement.beds).label("beds"),
            func.count().label("households"),
        )
        .join(hosts, hosts.c.id == col(Placement.host_family_id))
        .where(Placement.place_type == PlaceType.HOST_FAMILY.value, holds_on(on))
        .group_by(col(Placement.host_family_id))
        .subquery("host_held")
    )
    return (
        select(
            literal("hosts").label("part"),
            hosts.c.key,
            hosts.c.name,
            func.count(),
            func.sum(hosts.c.beds),
            func.sum(func.coalesce(held.c.beds, 0)),
            func.sum(func.coalesce(held.c.households, 0)),
            literal(0),
            literal(0),
            NO_AVERAGE,
        )
        .select_from(hosts)
        .outerjoin(held, held.c.host_id == hosts.c.id)
        .group_by(hosts.c.key, hosts.c.name)
    )


def _scale_flows(session: Session, places: ScopedPlaces, on: date, since: date) -> list[Any]:
    """Per scale ('small'/'large', the places' key): moves out and the days they stayed, incidents
    about a location or one of its units, declined offers of its units, in the period (every
    location in scope, closed ones too)."""
    locations, units = places.locations, places.units
    stay = cast(func.avg(days_between(session, col(Placement.ended_on), col(Placement.starts_on))), Float)
    moves = (
        select(literal("moves"), units.c.key, units.c.name, func.count(), *ZERO_FILL, stay)
        .select_from(Placement)
        .join(units, units.c.id == col(Placement.shelter_unit_id))
        .where(col(Placement.ended_on) > since, col(Placement.ended_on) <= on)
        .group_by(units.c.key, units.c.name)
    )
    reported_in_period = and_(func.date(Incident.reported_at) > since, func.date(Incident.reported_at) <= on)
    subjects = ((locations, SubjectType.SHELTER_LOCATION), (units, SubjectType.SHELTER_UNIT))
    incidents = [
        select(literal("incidents"), place.c.key, place.c.name, func.count(), *ZERO_FILL, NO_AVERAGE)
        .select_from(Incident)
        .join(place, place.c.id == col(Incident.subject_id))
        .where(Incident.subject_type == subject_type.value, reported_in_period)
        .group_by(place.c.key, place.c.name)
        for place, subject_type in subjects
    ]
    declines = (
        select(literal("declines"), units.c.key, units.c.name, func.count(), *ZERO_FILL, NO_AVERAGE)
        .select_from(Offer)
        .join(units, units.c.id == col(Offer.shelter_unit_id))
        .where(
            Offer.status == OfferStatus.DECLINED.value,
            func.date(Offer.responded_at) > since,
            func.date(Offer.responded_at) <= on,
        )
        .group_by(units.c.key, units.c.name)
    )
    return [moves, *incidents, declines]


LOCATION_FIELDS = ("locations", "beds", "blocked", "occupied", "free", "households")
HOST_FIELDS = ("host_families", "host_family_beds", "host_family_occupied", "host_family_households")


def _row(
    key: str | None, name: str | None, location: list[int] | None, host: list[int] | None
) -> OccupancyRow:
    values = dict(zip(LOCATION_FIELDS, location or [0] * 6, strict=True))
    values |= dict(zip(HOST_FIELDS, host or [0] * 4, strict=True))
    return OccupancyRow(key=key, name=name, **values)


def _scale_figures(row: OccupancyRow, flow: dict[str, Any]) -> ScaleFigures:
    incidents = flow.get("incidents", 0)
    return ScaleFigures(
        occupancy_rate=round(row.occupied / row.beds, 3) if row.beds else None,
        average_stay_days=flow.get("average_stay_days"),
        moves_out=flow.get("moves_out", 0),
        incidents=incidents,
        incidents_per_100_residents=round(incidents * 100 / row.occupied, 1) if row.occupied else None,
        offers_declined=flow.get("offers_declined", 0),
    )


def occupancy_report(
    session: Session,
    principal: Principal,
    *,
    group_by: OccupancyGroupBy,
    on: date,
    filters: Filters,
    period_days: int,
) -> OccupancyReport:
    """One statement: the location figures, the host figures and (for scale) the flows, stacked."""
    for_reporting(session)
    max_beds = get_settings().small_scale_max_beds
    by_area = group_by in (
        OccupancyGroupBy.MUNICIPALITY,
        OccupancyGroupBy.SAFETY_REGION,
        OccupancyGroupBy.PROVINCE,
    )
    places = _scoped_places(LocationScope(principal, filters, *group_columns(group_by, max_beds)), on)
    parts = _location_figures(places, on)
    if not filters.kind:  # host families have no location kind
        parts.append(_host_figures(principal, group_by, on, filters))
    if group_by == OccupancyGroupBy.SCALE:
        parts += _scale_flows(session, places, on, on - timedelta(days=period_days))
    locations: dict = {}
    hosts: dict = {}
    flows: dict[str, dict[str, Any]] = {"small": {}, "large": {}}
    for part, key, name, *values, average in session.exec(union_all(*parts)).all():  # type: ignore[call-overload]
        if part == "locations":
            locations.setdefault((key, name), [0] * 6)[0] = int(values[0])
        elif part == "units":
            locations.setdefault((key, name), [0] * 6)[1:] = [int(v or 0) for v in values[1:]]
        elif part == "hosts" and values[0]:
            hosts[(key, name)] = [int(v or 0) for v in values[:4]]
        elif part == "moves":
            flows[key] |= {"moves_out": int(values[0]), "average_stay_days": round(float(average), 1)}
        elif part == "incidents":
            flows[key]["incidents"] = flows[key].get("incidents", 0) + int(values[0])
        elif part == "declines":
            flows[key]["offers_declined"] = int(values[0])
    keys = sorted(
        set(locations) | (set(hosts) if by_area else set()), key=lambda k: (k[0] is None, k[0] or "")
    )
    groups = [_row(k[0], k[1], locations.get(k), hosts.get(k) if by_area else None) for k in keys]
    if group_by == OccupancyGroupBy.SCALE:
        for kind in ("small", "large"):
            if (kind, kind) not in locations:
                groups.append(_row(kind, kind, None, None))
        groups.sort(key=lambda g: g.key != "small")
        for group in groups:
            group.scale = _scale_figures(group, flows[group.key or "large"])
    location_total = [sum(v[i] for v in locations.values()) for i in range(6)]
    host_total = [sum(v[i] for v in hosts.values()) for i in range(4)]
    return OccupancyReport(
        on=on,
        group_by=group_by,
        small_scale_max_beds=max_beds,
        period_days=period_days,
        groups=groups,
        total=_row(None, None, location_total, host_total),
    )
