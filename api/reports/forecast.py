"""The relocation forecast: who has to move when, and whether free places fit them.

The database sums endings per group, day and household size, and free places per group and size
(units and host families stacked). Each is read from the place side (locations → units →
placements, host families → placements), so a region or municipality reads only its own places
and their placements through the indexes: for such an area in one statement that reads them once
for both; for the whole country in one statement of four parts that PostgreSQL runs side by
side in parallel workers, the free places from placements summed per place first.

The fit (`placeable_per_day`) is the greedy fit the forecast promises (each ending household, day
by day, takes the smallest free place that fits it, one household per place), computed from those
histograms by counting: that greedy places, after each day, as many households as any assignment
could, and for places that fit every household of at most their size that number is the endings
so far less the worst excess, over household sizes s, of endings of size ≥ s over places of ≥ s beds.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    join,
    literal,
    or_,
    union_all,
)
from sqlmodel import Session, col, select

from api.core.authorization import Principal
from api.hosts.models import HostFamily, VettingStatus
from api.placements.models import Placement, PlacementStatus
from api.places.models import ShelterLocation, ShelterUnit, UnitStatus
from api.reference.models import Municipality, SafetyRegion
from api.relocation.models import RelocationRequest, RequestStatus
from api.reports.models import ForecastGroupBy, RelocationForecast
from api.reports.occupancy import Filters, holds_on, location_counts_on
from api.reports.scope import scope_hosts, scope_locations
from api.reports.sql import earliest, for_reporting, is_postgres

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


def area_columns(group_by: ForecastGroupBy, *, host: bool) -> tuple[Any, Any]:
    """The group's key and name. By kind, a location's kind, and one group for host families."""
    if group_by == ForecastGroupBy.MUNICIPALITY:
        return col(Municipality.code), col(Municipality.name)
    if group_by == ForecastGroupBy.SAFETY_REGION:
        return col(SafetyRegion.code), col(SafetyRegion.name)
    if group_by == ForecastGroupBy.KIND:
        kind = literal(HOST_FAMILY_GROUP, String) if host else col(ShelterLocation.kind)
        return kind, kind
    return col(Municipality.province), col(Municipality.province)


def _in_area(query: Any, municipality_column: Any, group_by: ForecastGroupBy, filters: Filters) -> Any:
    """Join the places' municipality (and its safety region when grouped by it) and apply the filters."""
    query = query.join(Municipality, col(Municipality.code) == municipality_column)
    if group_by == ForecastGroupBy.SAFETY_REGION:
        query = query.outerjoin(SafetyRegion, col(SafetyRegion.code) == col(Municipality.safety_region_code))
    if filters.municipality:
        query = query.where(Municipality.code == filters.municipality)
    if filters.region:
        query = query.where(Municipality.safety_region_code == filters.region)
    return query


def _earlier(session: Session, first: Any, second: Any) -> Any:
    """The earlier of two nullable dates; on PostgreSQL LEAST, which skips nulls (null when both are)."""
    return func.least(first, second) if is_postgres(session) else earliest(first, second)


def _not_before(session: Session, day: Any, start: date) -> Any:
    if is_postgres(session):
        return func.greatest(day, literal(start))
    return case((day < start, literal(start)), else_=day)


def _endings(session: Session, principal: Principal, group_by, start: date, last: date, filters) -> list:
    """Two selects (units, host families) of ('ending', key, name, day, size, households, with open
    request) for active placements ending by `last`, for the whole country.

    A placement ends at the earliest of its planned end and its location's closesOn (its host's
    availableUntil); endings already past count on the first day."""

    # The households with an open request are joined rather than probed with EXISTS: a subplan
    # would keep the statement out of PostgreSQL's parallel workers.
    open_request = (
        select(col(RelocationRequest.household_id).label("household_id"))
        .where(col(RelocationRequest.status).in_(OPEN_REQUEST_STATUSES))
        .distinct()
        .subquery()
    )

    def branch(place_end: Any, host: bool, places_and_placements: Any) -> Any:
        """The endings of one kind of place, from its places joined to their placements."""
        key, name = area_columns(group_by, host=host)
        ends_on = _earlier(session, col(Placement.planned_end_on), place_end)
        day = _not_before(session, ends_on, start)
        return (
            select(
                literal("ending"),
                key.label("key"),
                name.label("name"),
                day.label("day"),
                col(Placement.beds).label("size"),
                func.count().label("households"),
                func.count(open_request.c.household_id).label("with_request"),
            )
            .select_from(places_and_placements)
            .outerjoin(open_request, open_request.c.household_id == col(Placement.household_id))
            .where(Placement.status == PlacementStatus.ACTIVE.value, ends_on <= last)
            .group_by(key, name, day, col(Placement.beds))
        )

    in_units = branch(
        col(ShelterLocation.closes_on),
        False,
        join(ShelterLocation, ShelterUnit, col(ShelterUnit.location_id) == col(ShelterLocation.id)).join(
            Placement, col(Placement.shelter_unit_id) == col(ShelterUnit.id)
        ),
    )
    in_units = scope_locations(
        _in_area(in_units, col(ShelterLocation.municipality_code), group_by, filters), principal
    )
    at_hosts = branch(
        col(HostFamily.available_until),
        True,
        join(HostFamily, Placement, col(Placement.host_family_id) == col(HostFamily.id)),
    )
    at_hosts = scope_hosts(
        _in_area(at_hosts, col(HostFamily.municipality_code), group_by, filters), principal
    )
    return [in_units, at_hosts]


def _held_per_place(place_column: Any, start: date) -> Any:
    """Beds and households held per unit (or host family) on the first day: one hash aggregate over
    all placements, narrow rows, before any join."""
    return (
        select(
            place_column.label("place_id"),
            func.sum(Placement.beds).label("beds"),
            func.count().label("households"),
        )
        .where(place_column.is_not(None), holds_on(start))
        .group_by(place_column)
        .subquery()
    )


def _narrowed(principal: Principal, filters: Filters) -> bool:
    """Whether the report covers part of the country (a filter, or a scope that limits the places)."""
    if filters.municipality or filters.region:
        return True
    scoped_locations = scope_locations(select(ShelterLocation.id), principal)
    scoped_hosts = scope_hosts(select(HostFamily.id), principal)
    return scoped_locations.whereclause is not None or scoped_hosts.whereclause is not None


def _free_places(principal: Principal, group_by, start: date, last: date, filters) -> list:
    """Two selects (units, host families) of ('free', key, name, no day, free beds, places, 0) for
    the whole country: free units and vetted host families on the first day whose place stays open
    past the horizon, with a household slot left. The placements are summed per place first:
    grouping the joined wide rows by place costs more than the narrow sum."""

    def free_per_place(
        place_beds: Any, max_households: Any, place_id: Any, place_column: Any, host: bool
    ) -> Any:
        key, name = area_columns(group_by, host=host)
        held = _held_per_place(place_column, start)
        free = place_beds - func.coalesce(held.c.beds, 0)
        query = select(key.label("key"), name.label("name"), free.label("free")).where(
            free > 0, func.coalesce(held.c.households, 0) < max_households
        )
        return query, lambda q: q.outerjoin(held, held.c.place_id == place_id)

    units, join_held = free_per_place(
        col(ShelterUnit.beds), col(ShelterUnit.max_households), col(ShelterUnit.id),
        col(Placement.shelter_unit_id), False,
    )  # fmt: skip
    units = units.select_from(ShelterLocation).join(
        ShelterUnit, col(ShelterUnit.location_id) == col(ShelterLocation.id)
    )
    units = join_held(units).where(_unit_offered(start, last))
    units = scope_locations(
        _in_area(units, col(ShelterLocation.municipality_code), group_by, filters), principal
    )
    hosts, join_held = free_per_place(
        col(HostFamily.beds), col(HostFamily.max_households), col(HostFamily.id),
        col(Placement.host_family_id), True,
    )  # fmt: skip
    hosts = join_held(hosts.select_from(HostFamily)).where(_host_offered(start, last))
    hosts = scope_hosts(_in_area(hosts, col(HostFamily.municipality_code), group_by, filters), principal)
    return [
        select(
            literal("free"),
            places.c.key,
            places.c.name,
            literal(None, Date),
            cast(places.c.free, Integer),
            func.count(),
            literal(0, BigInteger),
        ).group_by(places.c.key, places.c.name, places.c.free)  # fmt: skip
        for places in (units.subquery(), hosts.subquery())
    ]


def _country_figures(
    session: Session, principal: Principal, group_by, start: date, last: date, filters
) -> tuple[list, list]:
    """For the whole country: the free places and the endings, in one statement, so that
    PostgreSQL can run its four parts side by side (Parallel Append) rather than one after another."""
    parts = _free_places(principal, group_by, start, last, filters)
    parts += _endings(session, principal, group_by, start, last, filters)
    # Core rows (session.connection()): tens of thousands of plain tuples need no ORM row processing.
    return _split(session.connection().execute(union_all(*parts)).all())


def _unit_offered(start: date, last: date) -> Any:
    """A unit can take a household: available, its location open on the first day and past the horizon."""
    return and_(
        ShelterUnit.status == UnitStatus.AVAILABLE.value,
        location_counts_on(start),
        or_(col(ShelterLocation.closes_on).is_(None), col(ShelterLocation.closes_on) > last),
    )


def _host_offered(start: date, last: date) -> Any:
    """A host family can take a household: vetted past the horizon, available from the first day
    to past it."""
    return and_(
        HostFamily.vetting_status == VettingStatus.VETTED.value,
        or_(col(HostFamily.vetting_expires_on).is_(None), col(HostFamily.vetting_expires_on) > last),
        col(HostFamily.available_from) <= start,
        col(HostFamily.available_until) > last,
    )


def _area_figures(
    session: Session, principal: Principal, group_by, start: date, last: date, filters
) -> tuple[list, list]:
    """For part of the country: the rows of `_free_places` and of `_endings`, from one statement
    that reads the area's places and their placements once.

    Each place in the area is joined (through the index) to its placements that are active or hold
    it on the first day, as a CTE per kind of place that both parts read: the free places sum the
    placements holding each place that can take a household, the endings group the active ones
    ending by `last` by day and size."""
    holds = holds_on(start)
    active = Placement.status == PlacementStatus.ACTIVE.value
    parts: dict[str, list] = {"free": [], "ending": []}
    places = (
        (False, ShelterUnit, ShelterLocation.closes_on, Placement.shelter_unit_id, _unit_offered),
        (True, HostFamily, HostFamily.available_until, Placement.host_family_id, _host_offered),
    )
    for host, place, place_end, place_column, can_take in places:
        offered = can_take(start, last)
        key, name = area_columns(group_by, host=host)
        ends_on = _earlier(session, col(Placement.planned_end_on), col(place_end))
        query = select(
            key.label("key"),
            name.label("name"),
            col(place.id).label("place_id"),
            col(place.beds).label("place_beds"),
            col(place.max_households).label("max_households"),
            offered.label("offered"),
            col(Placement.beds).label("beds"),
            holds.label("holds"),
            and_(active, ends_on <= last).label("ends"),
            _not_before(session, ends_on, start).label("day"),
            col(Placement.household_id).label("household_id"),
        )
        stays_there = and_(col(place_column) == col(place.id), or_(active, holds))
        if host:
            query = query.select_from(HostFamily).outerjoin(Placement, stays_there)
            query = scope_hosts(
                _in_area(query, col(HostFamily.municipality_code), group_by, filters), principal
            )
        else:
            query = query.select_from(ShelterLocation).join(
                ShelterUnit, col(ShelterUnit.location_id) == col(ShelterLocation.id)
            )
            query = query.outerjoin(Placement, stays_there)
            query = scope_locations(
                _in_area(query, col(ShelterLocation.municipality_code), group_by, filters), principal
            )
        stays = query.cte("host_stays" if host else "unit_stays")
        held_beds = func.coalesce(func.sum(case((stays.c.holds, stays.c.beds), else_=0)), 0)
        held_households = func.coalesce(func.sum(case((stays.c.holds, 1), else_=0)), 0)
        free = (stays.c.place_beds - held_beds).label("free")
        per_place = (
            select(stays.c.key, stays.c.name, free)
            .where(stays.c.offered)
            .group_by(stays.c.place_id, stays.c.place_beds, stays.c.max_households, stays.c.key, stays.c.name)
            .having(free > 0, held_households < stays.c.max_households)
            .subquery()
        )
        parts["free"].append(
            select(
                literal("free"),
                per_place.c.key,
                per_place.c.name,
                literal(None, Date),
                per_place.c.free,
                func.count(),
                literal(0),
            ).group_by(per_place.c.key, per_place.c.name, per_place.c.free)  # fmt: skip
        )
        open_request = exists().where(
            RelocationRequest.household_id == stays.c.household_id,
            col(RelocationRequest.status).in_(OPEN_REQUEST_STATUSES),
        )
        parts["ending"].append(
            select(
                literal("ending"),
                stays.c.key,
                stays.c.name,
                stays.c.day,
                stays.c.beds,
                func.count(),
                func.sum(case((open_request, 1), else_=0)),
            )  # fmt: skip
            .where(stays.c.ends)
            .group_by(stays.c.key, stays.c.name, stays.c.day, stays.c.beds)
        )
    return _split(session.connection().execute(union_all(*parts["free"], *parts["ending"])).all())


def _split(rows: Iterable) -> tuple[list, list]:
    """The free rows (key, name, free beds, places) and the ending rows (key, name, day, size,
    households, with open request) of a statement that stacks both, tagged 'free' and 'ending'."""
    free_rows, ending_rows = [], []
    for part, key, name, day, size, count, with_request in rows:
        if part == "free":
            free_rows.append((key, name, size, count))
        else:
            ending_rows.append((key, name, _as_date(day), size, count, with_request))
    return free_rows, ending_rows


def _as_date(day: Any) -> date:
    """SQLite answers a computed day as text."""
    return day if isinstance(day, date) else date.fromisoformat(str(day))


def placeable_per_day(places: Mapping[int, int], endings: Iterable[tuple[date, int, int]]) -> dict[date, int]:
    """Of each day's ending households (day, size, households), how many the greedy fit places.

    `places` counts free places by free beds. Counting, per household size s, the endings so far
    of size ≥ s against the places of ≥ s beds: the households left without a place after a day
    are the largest excess (or none), so each day places its endings less the excess it adds."""
    per_day: dict[date, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for day, size, households in endings:
        per_day[day][size] += households
    sizes = sorted({size for sizes in per_day.values() for size in sizes}, reverse=True)
    fitting = [sum(count for beds, count in places.items() if beds >= size) for size in sizes]
    ending_at_least = [0] * len(sizes)
    placed: dict[date, int] = {}
    unplaced = 0
    for day in sorted(per_day):
        households_by_size = per_day[day]
        larger, now_unplaced = 0, 0  # endings of this day of at least the size, largest size first
        for index, size in enumerate(sizes):
            larger += households_by_size.get(size, 0)
            ending_at_least[index] += larger
            excess = ending_at_least[index] - fitting[index]
            if excess > now_unplaced:
                now_unplaced = excess
        placed[day] = larger - (now_unplaced - unplaced)
        unplaced = now_unplaced
    return placed


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
    places: dict[str | None, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    if _narrowed(principal, filters):
        free_rows, ending_rows = _area_figures(session, principal, group_by, start, last, filters)
    else:
        free_rows, ending_rows = _country_figures(session, principal, group_by, start, last, filters)
    for key, name, free, count in free_rows:
        names[key] = name
        places[key][int(free)] += int(count)
    endings: dict[str | None, list[tuple[date, int, int, int]]] = defaultdict(list)
    for key, name, day, size, households, with_request in ending_rows:
        names[key] = name
        endings[key].append((day, int(size), int(households), int(with_request or 0)))
    # Every day is within the horizon (past endings count on the first day): its week by lookup.
    week_of = {start + timedelta(days=offset): offset // 7 for offset in range(7 * weeks)}
    groups = []
    for key in sorted(endings, key=lambda k: (k is None, k or "")):
        rows = endings[key]
        placed = placeable_per_day(places[key], ((day, size, n) for day, size, n, _ in rows))
        # Per week: endings, people, with open request, placeable; the shortfall is cumulated after.
        figures = [[0, 0, 0, 0] for _ in range(weeks)]
        ending_by_day: dict[date, int] = defaultdict(int)
        for day, size, households, with_request in rows:
            week = figures[week_of[day]]
            week[0] += households
            week[1] += size * households
            week[2] += with_request
            ending_by_day[day] += households
        for day, count in placed.items():
            figures[week_of[day]][3] += count
        shortfall_starts_on = min((d for d in placed if placed[d] < ending_by_day[d]), default=None)
        week_rows, shortfall, total_endings = [], 0, 0
        for index, (ending, people, with_request, placeable) in enumerate(figures):
            shortfall += ending - placeable
            total_endings += ending
            week_rows.append(
                {
                    "starts_on": start + timedelta(days=7 * index),
                    "ends_on": start + timedelta(days=7 * index + 6),
                    "endings": ending,
                    "people": people,
                    "with_open_request": with_request,
                    "placeable": placeable,
                    "shortfall": shortfall,
                }
            )
        free = places[key]
        groups.append(
            {
                "key": key,
                "name": names.get(key),
                "free_places": sum(free.values()),
                "free_beds": sum(beds * count for beds, count in free.items()),
                "flagged": shortfall > 0,
                "shortfall_starts_on": shortfall_starts_on,
                "endings": total_endings,
                "weeks": week_rows,
            }
        )
    # Validated once, as a whole: one call into pydantic rather than one per week and group.
    return RelocationForecast.model_validate(
        {
            "starts_on": start,
            "weeks": weeks,
            "group_by": group_by,
            "groups": groups,
            "flagged_groups": sum(g["flagged"] for g in groups),
        }
    )
