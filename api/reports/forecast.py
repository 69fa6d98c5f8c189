"""The relocation forecast: who has to move when, and whether free places fit them.

The database sums endings per group, day and household size, and free places per group and size;
the greedy fit below walks those histograms (never rows): each ending household, day by day and
largest first, takes the smallest free place that fits it, one household per place.
"""

import bisect
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, or_
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


def area_columns(group_by: ForecastGroupBy) -> tuple[Any, Any]:
    if group_by == ForecastGroupBy.MUNICIPALITY:
        return col(Municipality.code), col(Municipality.name)
    if group_by == ForecastGroupBy.SAFETY_REGION:
        return col(SafetyRegion.code), col(SafetyRegion.name)
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
    rows = list(session.exec(in_units).all()) + list(session.exec(at_hosts).all())  # type: ignore[call-overload]
    return [
        (k, n, d if isinstance(d, date) else date.fromisoformat(str(d)), s, h, r) for k, n, d, s, h, r in rows
    ]


def _free_places(session: Session, principal: Principal, group_by, start: date, last: date, filters) -> list:
    """(key, name, free beds, places): free units and vetted host families on the first day whose
    place stays open past the horizon, with a household slot left."""
    key, name = area_columns(group_by)

    def free_per_place(
        place: Any, beds: Any, max_households: Any, place_column: Any, place_type: PlaceType
    ) -> tuple:
        held = and_(place_column == place.id, Placement.place_type == place_type.value, holds_on(start))
        free = (beds - func.coalesce(func.sum(Placement.beds), 0)).label("free")
        grouped = (key, name, place.id, beds, max_households)
        having = and_(free > 0, func.count(Placement.id) < max_households)
        return free, held, grouped, having

    free, held, grouped, having = free_per_place(
        ShelterUnit, col(ShelterUnit.beds), col(ShelterUnit.max_households), col(Placement.shelter_unit_id),
        PlaceType.SHELTER_UNIT,
    )  # fmt: skip
    units = (
        select(key.label("key"), name.label("name"), free)
        .select_from(ShelterUnit)
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .join(Municipality, col(Municipality.code) == col(ShelterLocation.municipality_code))
        .outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
        .outerjoin(Placement, held)
        .where(
            ShelterUnit.status == UnitStatus.AVAILABLE.value,
            location_counts_on(start),
            or_(col(ShelterLocation.closes_on).is_(None), col(ShelterLocation.closes_on) > last),
        )
        .group_by(*grouped)
        .having(having)
    )
    free, held, grouped, having = free_per_place(
        HostFamily, col(HostFamily.beds), col(HostFamily.max_households), col(Placement.host_family_id),
        PlaceType.HOST_FAMILY,
    )  # fmt: skip
    hosts = (
        select(key.label("key"), name.label("name"), free)
        .select_from(HostFamily)
        .join(Municipality, col(Municipality.code) == col(HostFamily.municipality_code))
        .outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
        .outerjoin(Placement, held)
        .where(
            HostFamily.vetting_status == VettingStatus.VETTED.value,
            or_(col(HostFamily.vetting_expires_on).is_(None), col(HostFamily.vetting_expires_on) > last),
            and_(col(HostFamily.available_from) <= start, col(HostFamily.available_until) > last),
        )
        .group_by(*grouped)
        .having(having)
    )
    rows = []
    for per_place in (
        _in_area(scope_locations(units, principal), filters),
        _in_area(scope_hosts(hosts, principal), filters),
    ):
        places = per_place.subquery()
        counted = select(places.c.key, places.c.name, places.c.free, func.count()).group_by(
            places.c.key, places.c.name, places.c.free
        )
        rows += list(session.exec(counted).all())  # type: ignore[call-overload]
    return rows


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
