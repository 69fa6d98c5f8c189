"""The relocation forecast: who has to move when, and whether free places fit them.

The database sums endings per group, day and household size, and free places per group and size
(one statement each, units and host families stacked);
the greedy fit below walks those histograms (never rows): each ending household, day by day and
largest first, takes the smallest free place that fits it, one household per place.
"""

import bisect
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import String, and_, case, exists, func, literal, or_, union_all
from sqlmodel import Session, col, select

from api.core.authorization import Principal
from api.hosts.models import HostFamily, VettingStatus
from api.placements.models import Placement, PlacementStatus, PlaceType
from api.places.models import ShelterLocation, ShelterUnit, UnitStatus
from api.reference.models import Municipality, SafetyRegion
from api.relocation.models import RelocationRequest, RequestStatus
from api.reports.models import ForecastGroup, ForecastGroupBy, ForecastWeek, RelocationForecast
from api.reports.occupancy import Filters, holds_on, location_counts_on
from api.reports.scope import scope_hosts, scope_locations
from api.reports.sql import earliest, for_reporting

OPEN_REQUEST_STATUSES = [
    s.value
    for s in (
        RequestStatus.SUBMITTED,
        RequestStatus.TRIAGED,
        RequestStatus.MATCHING,
        RequestStatus.OFFERED,
        RequestStatus.ACCEPTED,
    )
]


HOST_FAMILY_GROUP = "host_family"


def area_columns(group_by: ForecastGroupBy, *, host: bool | None = None) -> tuple[Any, Any]:
    """The group's key and name. By kind, a location's kind, and one group for host families
    (`host`: only host families are selected; None: both, by outer joins)."""
    if group_by == ForecastGroupBy.MUNICIPALITY:
        return col(Municipality.code), col(Municipality.name)
    if group_by == ForecastGroupBy.SAFETY_REGION:
        return col(SafetyRegion.code), col(SafetyRegion.name)
    if group_by == ForecastGroupBy.KIND:
        if host:
            kind = literal(HOST_FAMILY_GROUP, String)
        elif host is None:
            kind = func.coalesce(ShelterLocation.kind, literal(HOST_FAMILY_GROUP, String))
        else:
            kind = col(ShelterLocation.kind)
        return kind, kind
    return col(Municipality.province), col(Municipality.province)


def _in_area(query: Any, filters: Filters) -> Any:
    if filters.municipality:
        query = query.where(Municipality.code == filters.municipality)
    if filters.region:
        query = query.where(Municipality.safety_region_code == filters.region)
    return query


def _endings(session: Session, principal: Principal, group_by, start: date, last: date, filters) -> list:
    """(key, name, day, size, households, with open request) for placements ending by `last`.

    A placement ends at the earliest of its planned end, its host's availableUntil and its
    location's closesOn; endings already past count on the first day."""
    key, name = area_columns(group_by)
    ends_on = earliest(
        col(Placement.planned_end_on), col(HostFamily.available_until), col(ShelterLocation.closes_on)
    )
    day = case((ends_on < start, literal(start)), else_=ends_on)
    open_request = exists().where(
        RelocationRequest.household_id == Placement.household_id,
        col(RelocationRequest.status).in_(OPEN_REQUEST_STATUSES),
    )
    base = (
        select(
            key.label("key"),
            name.label("name"),
            day.label("day"),
            col(Placement.beds).label("size"),
            func.count().label("households"),
            func.sum(case((open_request, 1), else_=0)).label("with_request"),
        )
        .select_from(Placement)
        .outerjoin(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
        .outerjoin(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .outerjoin(HostFamily, col(HostFamily.id) == col(Placement.host_family_id))
        .join(
            Municipality,
            col(Municipality.code)
            == func.coalesce(ShelterLocation.municipality_code, HostFamily.municipality_code),
        )
        .outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
        .where(Placement.status == PlacementStatus.ACTIVE.value, ends_on <= last)
        .group_by(key, name, day, col(Placement.beds))
    )
    base = _in_area(base, filters)
    in_units = scope_locations(base.where(Placement.place_type == PlaceType.SHELTER_UNIT.value), principal)
    at_hosts = scope_hosts(base.where(Placement.place_type == PlaceType.HOST_FAMILY.value), principal)
    rows = session.exec(union_all(in_units, at_hosts)).all()  # type: ignore[call-overload]
    return [
        (k, n, d if isinstance(d, date) else date.fromisoformat(str(d)), s, h, r) for k, n, d, s, h, r in rows
    ]


def _held_on(place_column: Any, place_type: PlaceType, on: date, only: Any = None) -> Any:
    """Beds and households held per unit (or host family) on the day: one hash aggregate over
    the placements (of the places in `only` when the scope narrows them)."""
    query = (
        select(
            place_column.label("place_id"),
            func.sum(Placement.beds).label("beds"),
            func.count().label("households"),
        )
        .where(Placement.place_type == place_type.value, holds_on(on))
        .group_by(place_column)
    )
    if only is not None:
        query = query.where(place_column.in_(only))
    return query.subquery()


def _narrowed(scoped: Any) -> bool:
    return scoped.whereclause is not None


def _free_places(session: Session, principal: Principal, group_by, start: date, last: date, filters) -> list:
    """(key, name, free beds, places): free units and vetted host families on the first day whose
    place stays open past the horizon, with a household slot left; one statement."""

    def area(query: Any, municipality_column: Any) -> Any:
        query = query.join(Municipality, col(Municipality.code) == municipality_column)
        query = query.outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
        return _in_area(query, filters)

    location_of_unit = col(ShelterLocation.id) == col(ShelterUnit.location_id)
    unit_ids = scope_locations(
        area(
            select(ShelterUnit.id).join(ShelterLocation, location_of_unit),
            col(ShelterLocation.municipality_code),
        ),
        principal,
    )
    host_ids = scope_hosts(area(select(HostFamily.id), col(HostFamily.municipality_code)), principal)
    in_units = _held_on(col(Placement.shelter_unit_id), PlaceType.SHELTER_UNIT, start,
                        unit_ids if _narrowed(unit_ids) else None)  # fmt: skip
    at_hosts = _held_on(col(Placement.host_family_id), PlaceType.HOST_FAMILY, start,
                        host_ids if _narrowed(host_ids) else None)  # fmt: skip

    key, name = area_columns(group_by, host=False)
    free = (col(ShelterUnit.beds) - func.coalesce(in_units.c.beds, 0)).label("free")
    units = scope_locations(
        area(
            select(key.label("key"), name.label("name"), free, func.count())
            .select_from(ShelterUnit)
            .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id)),
            col(ShelterLocation.municipality_code),
        )
        .outerjoin(in_units, in_units.c.place_id == col(ShelterUnit.id))
        .where(
            ShelterUnit.status == UnitStatus.AVAILABLE.value,
            location_counts_on(start),
            or_(col(ShelterLocation.closes_on).is_(None), col(ShelterLocation.closes_on) > last),
            free > 0,
            func.coalesce(in_units.c.households, 0) < col(ShelterUnit.max_households),
        ),
        principal,
    ).group_by(key, name, free)
    key, name = area_columns(group_by, host=True)
    free = (col(HostFamily.beds) - func.coalesce(at_hosts.c.beds, 0)).label("free")
    hosts = scope_hosts(
        area(
            select(key.label("key"), name.label("name"), free, func.count()).select_from(HostFamily),
            col(HostFamily.municipality_code),
        )
        .outerjoin(at_hosts, at_hosts.c.place_id == col(HostFamily.id))
        .where(
            HostFamily.vetting_status == VettingStatus.VETTED.value,
            or_(col(HostFamily.vetting_expires_on).is_(None), col(HostFamily.vetting_expires_on) > last),
            and_(col(HostFamily.available_from) <= start, col(HostFamily.available_until) > last),
            free > 0,
            func.coalesce(at_hosts.c.households, 0) < col(HostFamily.max_households),
        ),
        principal,
    ).group_by(key, name, free)
    return list(session.exec(union_all(units, hosts)).all())  # type: ignore[call-overload]


class _Places:
    """Free places of one group as a sorted multiset of free-bed counts."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.counts: list[int] = []

    def add(self, size: int, count: int) -> None:
        at = bisect.bisect_left(self.sizes, size)
        if at < len(self.sizes) and self.sizes[at] == size:
            self.counts[at] += count
        else:
            self.sizes.insert(at, size)
            self.counts.insert(at, count)

    def take(self, size: int, wanted: int) -> int:
        """Give up to `wanted` places of at least `size` beds, smallest first; how many were given."""
        given = 0
        at = bisect.bisect_left(self.sizes, size)
        while given < wanted and at < len(self.sizes):
            used = min(self.counts[at], wanted - given)
            self.counts[at] -= used
            given += used
            if self.counts[at] == 0:
                del self.sizes[at], self.counts[at]
            else:
                at += 1
        return given


def relocation_forecast(
    session: Session,
    principal: Principal,
    *,
    group_by: ForecastGroupBy,
    start: date,
    weeks: int,
    filters: Filters,
) -> RelocationForecast:
    for_reporting(session)
    last = start + timedelta(days=7 * weeks - 1)
    names: dict[str | None, str | None] = {}
    places: dict[str | None, _Places] = defaultdict(_Places)
    free_beds: dict[str | None, int] = defaultdict(int)
    free_count: dict[str | None, int] = defaultdict(int)
    for key, name, free, count in _free_places(session, principal, group_by, start, last, filters):
        names[key] = name
        places[key].add(int(free), int(count))
        free_beds[key] += int(free) * int(count)
        free_count[key] += int(count)
    endings: dict[str | None, dict[date, list[tuple[int, int, int]]]] = defaultdict(lambda: defaultdict(list))
    for key, name, day, size, households, with_request in _endings(
        session, principal, group_by, start, last, filters
    ):
        names[key] = name
        endings[key][day].append((int(size), int(households), int(with_request or 0)))
    groups = []
    for key in sorted(endings, key=lambda k: (k is None, k or "")):
        week_rows = [
            ForecastWeek(
                starts_on=start + timedelta(days=7 * i),
                ends_on=start + timedelta(days=7 * i + 6),
                endings=0,
                people=0,
                with_open_request=0,
                placeable=0,
                shortfall=0,
            )  # fmt: skip
            for i in range(weeks)
        ]
        shortfall, shortfall_starts_on = 0, None
        for day in sorted(endings[key]):
            week = week_rows[(day - start).days // 7]
            for size, households, with_request in sorted(endings[key][day], reverse=True):
                placed = places[key].take(size, households)
                week.endings += households
                week.people += size * households
                week.with_open_request += with_request
                week.placeable += placed
                if placed < households and shortfall_starts_on is None:
                    shortfall_starts_on = day
                shortfall += households - placed
            week.shortfall = shortfall
        for previous, week in zip(week_rows, week_rows[1:], strict=False):
            week.shortfall = max(week.shortfall, previous.shortfall)
        groups.append(
            ForecastGroup(
                key=key,
                name=names.get(key),
                free_places=free_count[key],
                free_beds=free_beds[key],
                flagged=shortfall > 0,
                shortfall_starts_on=shortfall_starts_on,
                endings=sum(w.endings for w in week_rows),
                weeks=week_rows,
            )
        )
    return RelocationForecast(
        starts_on=start,
        weeks=weeks,
        group_by=group_by,
        groups=groups,
        flagged_groups=sum(g.flagged for g in groups),
    )
