"""Occupancy: beds, blocked, occupied and free per group, from placements on a date.

Everything is summed in the database: one query over units (grouped), one over host families,
and for groupBy=scale three more for the flows of the period (moves out, incidents, declines).
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, distinct, func, literal, or_
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
from api.reports.sql import days_between


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


def held_per(place_column: Any, place_type: PlaceType, on: date) -> Any:
    """Beds and households held per unit (or host family) on the day."""
    return (
        select(
            place_column.label("place_id"),
            func.sum(Placement.beds).label("beds"),
            func.count().label("households"),
        )
        .where(Placement.place_type == place_type.value, holds_on(on))
        .group_by(place_column)
        .subquery()
    )


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


def _location_rows(session: Session, principal: Principal, group_by, on, filters, max_beds) -> dict:
    """Per unit (in scope and filtered first, so a region reads only its own placements) the beds
    held on the day, then per group the sums."""
    key, name = group_columns(group_by, max_beds)
    per_unit = (
        select(
            key.label("key"),
            name.label("name"),
            col(ShelterLocation.id).label("location_id"),
            col(ShelterUnit.beds).label("beds"),
            col(ShelterUnit.status).label("status"),
            func.coalesce(func.sum(Placement.beds), 0).label("occupied"),
            func.count(Placement.id).label("households"),
        )
        .select_from(ShelterLocation)
        .join(Municipality, col(Municipality.code) == col(ShelterLocation.municipality_code))
        .outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
        .outerjoin(ShelterUnit, col(ShelterUnit.location_id) == col(ShelterLocation.id))
        .outerjoin(
            Placement,
            and_(
                col(Placement.shelter_unit_id) == col(ShelterUnit.id),
                Placement.place_type == PlaceType.SHELTER_UNIT.value,
                holds_on(on),
            ),
        )
        .where(location_counts_on(on))
        .group_by(
            key,
            name,
            col(ShelterLocation.id),
            col(ShelterUnit.id),
            col(ShelterUnit.beds),
            col(ShelterUnit.status),
        )
    )
    per_unit = _where_area(scope_locations(per_unit, principal), ShelterLocation.municipality_code, filters)
    if filters.kind:
        per_unit = per_unit.where(ShelterLocation.kind == filters.kind)
    u = per_unit.subquery()
    beds = func.coalesce(u.c.beds, 0)
    query = select(
        u.c.key,
        u.c.name,
        func.count(distinct(u.c.location_id)),
        func.sum(case((u.c.status != UnitStatus.CLOSED.value, beds), else_=0)),
        func.sum(case((u.c.status == UnitStatus.BLOCKED.value, beds), else_=0)),
        func.sum(u.c.occupied),
        func.sum(
            case(
                (and_(u.c.status == UnitStatus.AVAILABLE.value, beds > u.c.occupied), beds - u.c.occupied),
                else_=0,
            )
        ),
        func.sum(u.c.households),
    ).group_by(u.c.key, u.c.name)
    return {
        (row[0], row[1]): [int(v or 0) for v in row[2:]]
        for row in session.exec(query).all()  # type: ignore[call-overload]
    }


def _host_rows(session: Session, principal: Principal, group_by, on, filters) -> dict:
    """Host figures per group; for kind and scale (which hosts have not) one row, for the total."""
    by_area = group_by in (
        OccupancyGroupBy.MUNICIPALITY,
        OccupancyGroupBy.SAFETY_REGION,
        OccupancyGroupBy.PROVINCE,
    )
    key, name = group_columns(group_by, 0) if by_area else (literal(None), literal(None))
    held = held_per(col(Placement.host_family_id), PlaceType.HOST_FAMILY, on)
    query = (
        select(
            key.label("key"),
            name.label("name"),
            func.count(HostFamily.id),
            func.sum(HostFamily.beds),
            func.sum(func.coalesce(held.c.beds, 0)),
            func.sum(func.coalesce(held.c.households, 0)),
        )
        .select_from(HostFamily)
        .join(Municipality, col(Municipality.code) == col(HostFamily.municipality_code))
        .outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
        .outerjoin(held, held.c.place_id == col(HostFamily.id))
        .where(host_counts_on(on))
    )
    if by_area:
        query = query.group_by(key, name)
    query = _where_area(scope_hosts(query, principal), HostFamily.municipality_code, filters)
    if filters.kind:  # host families have no location kind
        return {}
    return {(row[0], row[1]): [int(v or 0) for v in row[2:]] for row in session.exec(query).all() if row[2]}  # type: ignore[call-overload]


def _scale_flows(session: Session, principal: Principal, on: date, since: date, filters, max_beds) -> dict:
    """Per scale ('small'/'large'): moves out and the days they stayed, incidents, declines."""
    scale, _ = group_columns(OccupancyGroupBy.SCALE, max_beds)

    def scoped(query: Any) -> Any:
        query = query.join(Municipality, col(Municipality.code) == col(ShelterLocation.municipality_code))
        query = _where_area(scope_locations(query, principal), ShelterLocation.municipality_code, filters)
        return query.where(ShelterLocation.kind == filters.kind) if filters.kind else query

    moves = scoped(
        select(
            scale,
            func.count(),
            func.avg(days_between(session, col(Placement.ended_on), col(Placement.starts_on))),
        )
        .select_from(Placement)
        .join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .where(col(Placement.ended_on) > since, col(Placement.ended_on) <= on)
    ).group_by(scale)
    period = and_(func.date(Incident.reported_at) > since, func.date(Incident.reported_at) <= on)
    about_locations = scoped(
        select(scale, func.count())
        .select_from(Incident)
        .join(ShelterLocation, col(ShelterLocation.id) == col(Incident.subject_id))
        .where(Incident.subject_type == SubjectType.SHELTER_LOCATION.value, period)
    ).group_by(scale)
    about_units = scoped(
        select(scale, func.count())
        .select_from(Incident)
        .join(ShelterUnit, col(ShelterUnit.id) == col(Incident.subject_id))
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .where(Incident.subject_type == SubjectType.SHELTER_UNIT.value, period)
    ).group_by(scale)
    declines = scoped(
        select(scale, func.count())
        .select_from(Offer)
        .join(ShelterUnit, col(ShelterUnit.id) == col(Offer.shelter_unit_id))
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .where(
            Offer.status == OfferStatus.DECLINED.value,
            func.date(Offer.responded_at) > since,
            func.date(Offer.responded_at) <= on,
        )
    ).group_by(scale)
    flows: dict[str, dict[str, Any]] = {"small": {}, "large": {}}
    for key, count, average in session.exec(moves).all():  # type: ignore[call-overload]
        flows[key] |= {"moves_out": int(count), "average_stay_days": round(float(average), 1)}
    for incidents in (about_locations, about_units):
        for key, count in session.exec(incidents).all():  # type: ignore[call-overload]
            flows[key]["incidents"] = flows[key].get("incidents", 0) + int(count)
    for key, count in session.exec(declines).all():  # type: ignore[call-overload]
        flows[key]["offers_declined"] = int(count)
    return flows


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
    max_beds = get_settings().small_scale_max_beds
    locations = _location_rows(session, principal, group_by, on, filters, max_beds)
    hosts = _host_rows(session, principal, group_by, on, filters)
    by_area = group_by in (
        OccupancyGroupBy.MUNICIPALITY,
        OccupancyGroupBy.SAFETY_REGION,
        OccupancyGroupBy.PROVINCE,
    )
    keys = sorted(
        set(locations) | (set(hosts) if by_area else set()), key=lambda k: (k[0] is None, k[0] or "")
    )
    groups = [_row(k[0], k[1], locations.get(k), hosts.get(k) if by_area else None) for k in keys]
    if group_by == OccupancyGroupBy.SCALE:
        flows = _scale_flows(session, principal, on, on - timedelta(days=period_days), filters, max_beds)
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
