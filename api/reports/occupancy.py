"""Occupancy: beds, blocked, occupied and free per group, from placements on a date.

Everything is summed in the database, in one statement: placements held per unit, units per
location and locations per group (for a region or municipality only the units in scope are read),
the host families' figures per group, and for groupBy=scale the flows of the period (moves out,
incidents, declines), stacked with UNION ALL.
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
        municipality and region to a query, and keep the locations in scope. No CTE: PostgreSQL
        plans every part with the tables' own statistics, so a region reads only its rows."""
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


def _location_figures(scope: LocationScope, on: date) -> Any:
    """Per group: locations, beds, blocked, occupied, free, households of the locations counted on
    the day. Placements are summed per unit, units per location, locations per group: each step a
    grouped aggregate over the previous one (hash aggregates), restricted to the units in scope."""
    units_in_scope = scope.join(select(ShelterUnit.id), col(ShelterUnit.location_id)).where(
        location_counts_on(on)
    )
    # Narrowed (a region, a municipality), only the units in scope are read; national, every row.
    only_in_scope = [col(Placement.shelter_unit_id).in_(units_in_scope)] if scope.narrowed else []
    held = (
        select(
            col(Placement.shelter_unit_id).label("unit_id"),
            func.sum(Placement.beds).label("beds"),
            func.count().label("households"),
        )
        .where(
            Placement.place_type == PlaceType.SHELTER_UNIT.value,
            holds_on(on),
            *only_in_scope,
        )
        .group_by(col(Placement.shelter_unit_id))
        .subquery("held")
    )
    occupied = func.coalesce(held.c.beds, 0)
    beds = col(ShelterUnit.beds)
    per_location = (
        select(
            col(ShelterUnit.location_id).label("location_id"),
            func.sum(case((ShelterUnit.status != UnitStatus.CLOSED.value, beds), else_=0)).label("beds"),
            func.sum(case((ShelterUnit.status == UnitStatus.BLOCKED.value, beds), else_=0)).label("blocked"),
            func.sum(occupied).label("occupied"),
            func.sum(
                case(
                    (
                        and_(ShelterUnit.status == UnitStatus.AVAILABLE.value, beds > occupied),
                        beds - occupied,
                    ),
                    else_=0,
                )
            ).label("free"),
            func.sum(func.coalesce(held.c.households, 0)).label("households"),
        )  # fmt: skip
        .select_from(ShelterUnit)
        .outerjoin(held, held.c.unit_id == col(ShelterUnit.id))
        .where(*([col(ShelterUnit.id).in_(units_in_scope)] if only_in_scope else []))
        .group_by(col(ShelterUnit.location_id))
        .subquery("per_location")
    )
    query = select(
        literal("locations").label("part"),
        scope.key,
        scope.name,
        func.count(),
        *(func.coalesce(func.sum(per_location.c[f]), 0) for f in ("beds", "blocked", "occupied", "free")),
        func.coalesce(func.sum(per_location.c.households), 0),
        NO_AVERAGE,
    ).select_from(ShelterLocation)
    query = scope.join(query).outerjoin(per_location, per_location.c.location_id == col(ShelterLocation.id))
    return query.where(location_counts_on(on)).group_by(scope.key, scope.name)


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


def _scale_flows(session: Session, scope: LocationScope, on: date, since: date) -> list[Any]:
    """Per scale ('small'/'large', the scope's key): moves out and the days they stayed, incidents
    about the location or its units, declined offers of its units, in the period (every location in
    scope, closed ones too)."""
    period = and_(func.date(Incident.reported_at) > since, func.date(Incident.reported_at) <= on)
    zero_fill = (literal(0),) * 5
    stay = cast(func.avg(days_between(session, col(Placement.ended_on), col(Placement.starts_on))), Float)
    moves = scope.join(
        select(literal("moves"), scope.key, scope.name, func.count(), *zero_fill, stay)
        .select_from(Placement)
        .join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id)),
        col(ShelterUnit.location_id),
    ).where(col(Placement.ended_on) > since, col(Placement.ended_on) <= on)
    unit_location = (
        select(ShelterUnit.location_id)
        .where(col(ShelterUnit.id) == col(Incident.subject_id))
        .scalar_subquery()
    )
    incident_location = case(
        (Incident.subject_type == SubjectType.SHELTER_LOCATION.value, col(Incident.subject_id)),
        else_=unit_location,
    )
    incidents = scope.join(
        select(literal("incidents"), scope.key, scope.name, func.count(), *zero_fill, NO_AVERAGE)
        .select_from(Incident),
        incident_location,
    ).where(
        col(Incident.subject_type).in_([SubjectType.SHELTER_LOCATION.value, SubjectType.SHELTER_UNIT.value]),
        period,
    )  # fmt: skip
    declines = scope.join(
        select(literal("declines"), scope.key, scope.name, func.count(), *zero_fill, NO_AVERAGE)
        .select_from(Offer)
        .join(ShelterUnit, col(ShelterUnit.id) == col(Offer.shelter_unit_id)),
        col(ShelterUnit.location_id),
    ).where(
        Offer.status == OfferStatus.DECLINED.value,
        func.date(Offer.responded_at) > since,
        func.date(Offer.responded_at) <= on,
    )
    return [q.group_by(scope.key, scope.name) for q in (moves, incidents, declines)]


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
    scope = LocationScope(principal, filters, *group_columns(group_by, max_beds))
    parts = [_location_figures(scope, on)]
    if not filters.kind:  # host families have no location kind
        parts.append(_host_figures(principal, group_by, on, filters))
    if group_by == OccupancyGroupBy.SCALE:
        parts += _scale_flows(session, scope, on, on - timedelta(days=period_days))
    locations: dict = {}
    hosts: dict = {}
    flows: dict[str, dict[str, Any]] = {"small": {}, "large": {}}
    for part, key, name, *values, average in session.exec(union_all(*parts)).all():  # type: ignore[call-overload]
        if part == "locations":
            locations[(key, name)] = [int(v or 0) for v in values]
        elif part == "hosts" and values[0]:
            hosts[(key, name)] = [int(v or 0) for v in values[:4]]
        elif part == "moves":
            flows[key] |= {"moves_out": int(values[0]), "average_stay_days": round(float(average), 1)}
        elif part == "incidents":
            flows[key]["incidents"] = int(values[0])
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
