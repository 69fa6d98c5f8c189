"""The request flow: open requests by status and urgency, overdue ones, time to move, offers.

Figures are broken down by the desk that triaged a request (the organisation of its first
`triaged` event) and by the safety region the household lives in (its current placement's
place). The database groups by those keys; Python only adds the groups up and reads the
percentiles from an hour histogram.
"""

import uuid
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Float, String, Uuid, and_, case, cast, func, literal, union_all
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Permission, Principal
from api.hosts.models import HostFamily
from api.households.models import Household
from api.identity.models import Organisation
from api.offers.models import Offer, OfferStatus
from api.placements.models import Placement
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality, SafetyRegion
from api.relocation.models import RelocationEvent, RelocationRequest, RequestStatus, Urgency
from api.reports.forecast import OPEN_REQUEST_STATUSES
from api.reports.models import DeclineReasonCount, RequestFlowRow, RequestsReport
from api.reports.occupancy import Filters
from api.reports.scope import scope_requests
from api.reports.sql import for_reporting, hours_between, is_postgres

NOT_PLACED = [
    s.value
    for s in (RequestStatus.SUBMITTED, RequestStatus.TRIAGED, RequestStatus.MATCHING, RequestStatus.OFFERED)
]
OPEN_STATUS_NAMES = OPEN_REQUEST_STATUSES
TOP_DECLINE_REASONS = 10


def _first_triage_desk(request_id: Any) -> Any:
    """The organisation of a request's first triage event, as a correlated subquery (one index
    probe per request): for a few requests, or where there is no DISTINCT ON (SQLite)."""
    first = aliased(RelocationEvent)
    return (
        select(first.actor_organisation_id)
        .where(
            first.request_id == request_id,
            first.to_status == RequestStatus.TRIAGED.value,
            col(first.actor_organisation_id).is_not(None),
        )  # fmt: skip
        .order_by(col(first.occurred_at))
        .limit(1)
        .scalar_subquery()
    )


def _desk_of_request(session: Session) -> Any:
    """The organisation of each request's first triage event: (request_id, desk) rows.

    PostgreSQL picks them with DISTINCT ON in one pass over the events; SQLite (small data, no
    DISTINCT ON) keeps the first by a correlated subquery."""
    triaged = and_(
        RelocationEvent.to_status == RequestStatus.TRIAGED.value,
        col(RelocationEvent.actor_organisation_id).is_not(None),
    )
    if is_postgres(session):
        return (
            select(
                col(RelocationEvent.request_id).label("request_id"),
                col(RelocationEvent.actor_organisation_id).label("desk"),
            )
            .where(triaged)
            .ext(distinct_on(col(RelocationEvent.request_id)))
            .order_by(col(RelocationEvent.request_id), col(RelocationEvent.occurred_at))
            .subquery()
        )
    return (
        select(
            col(RelocationEvent.request_id).label("request_id"),
            _first_triage_desk(RelocationEvent.request_id).label("desk"),
        )
        .where(triaged)
        .distinct()
        .subquery()
    )


def _in_area(query: Any, municipality_column: Any, filters: Filters) -> Any:
    if filters.municipality:
        query = query.where(municipality_column == filters.municipality)
    if filters.region:
        municipalities = select(Municipality.code).where(Municipality.safety_region_code == filters.region)
        query = query.where(col(municipality_column).in_(municipalities))
    return query


def _placements_in_area(filters: Filters) -> Any:
    """(placement_id, municipality_code) of the placements at a place in the filtered area, found
    from the area's side: its locations' units and its host families (a placement is at exactly one
    of the two), so a region reads only its own places."""
    at_locations = _in_area(
        select(col(Placement.id).label("placement_id"), col(ShelterLocation.municipality_code))
        .join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id)),
        ShelterLocation.municipality_code,
        filters,
    )
    at_hosts = _in_area(
        select(col(Placement.id), col(HostFamily.municipality_code)).join(
            HostFamily, col(HostFamily.id) == col(Placement.host_family_id)
        ),
        HostFamily.municipality_code,
        filters,
    )
    return union_all(at_locations, at_hosts).subquery("placements_in_area")


def _requests_in_scope(principal: Principal, filters: Filters, *columns: Any, desks: Any = None) -> Any:
    """SELECT columns FROM requests of households in scope, with the municipality of the household's
    current place (for its region) joined. Filtered to an area, only the requests placed there."""
    query = (
        select(*columns)
        .select_from(RelocationRequest)
        .join(Household, col(Household.id) == col(RelocationRequest.household_id))
    )
    if filters.municipality or filters.region:
        placed = _placements_in_area(filters)
        query = query.join(placed, placed.c.placement_id == col(RelocationRequest.current_placement_id)).join(
            Municipality, col(Municipality.code) == placed.c.municipality_code
        )
    else:
        query = (
            query.outerjoin(Placement, col(Placement.id) == col(RelocationRequest.current_placement_id))
            .outerjoin(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
            .outerjoin(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
            .outerjoin(HostFamily, col(HostFamily.id) == col(Placement.host_family_id))
            .outerjoin(
                Municipality,
                col(Municipality.code)
                == func.coalesce(ShelterLocation.municipality_code, HostFamily.municipality_code),
            )
        )
    if desks is not None:
        query = query.outerjoin(desks, desks.c.request_id == col(RelocationRequest.id))
    return scope_requests(query, principal)


def _empty_row(key: str | None, name: str | None) -> dict[str, Any]:
    return {
        "key": key, "name": name, "open": 0, "overdue": 0, "moved": 0,
        "offers_made": 0, "offers_accepted": 0, "offers_declined": 0, "offers_open": 0,
        **{s: 0 for s in NOT_PLACED + [RequestStatus.ACCEPTED.value]},
        **{u.value: 0 for u in Urgency},
    }  # fmt: skip


def _percentile(histogram: Counter, fraction: float) -> float | None:
    """The nearest-rank percentile of hour buckets, in days (one decimal)."""
    total = sum(histogram.values())
    if not total:
        return None
    rank, seen = max(1, -(-int(total * fraction * 1000) // 1000)), 0
    for hours in sorted(histogram):
        seen += histogram[hours]
        if seen >= rank:
            return round(hours / 24, 1)
    return None


def requests_report(
    session: Session, principal: Principal, *, on: date, period_days: int, filters: Filters
) -> RequestsReport:
    for_reporting(session)
    since = datetime.combine(on - timedelta(days=period_days), time.max, tzinfo=UTC)
    until = datetime.combine(on, time.max, tzinfo=UTC)
    rows = _flow_rows(session, principal, filters, on, since, until)
    open_rows = [r[1:] for r in rows if r[0] == "open"]
    move_rows = [(r[1], r[2], r[5], r[7]) for r in rows if r[0] == "moved"]
    offer_rows = [(r[1], r[2], r[3], r[7]) for r in rows if r[0] == "offer"]
    moves_this_week = sum(r[7] for r in rows if r[0] == "week")

    total = _empty_row(None, None)
    desks: dict[Any, dict[str, Any]] = {}
    regions: dict[Any, dict[str, Any]] = {}
    matrix = {s: {u.value: 0 for u in Urgency} for s in OPEN_STATUS_NAMES}

    def rows_for(desk_id: Any, region_code: Any) -> list[dict[str, Any]]:
        desk_key = str(uuid.UUID(str(desk_id))) if desk_id is not None else None
        return [
            total,
            desks.setdefault(desk_key, _empty_row(desk_key, None)),
            regions.setdefault(region_code, _empty_row(region_code, None)),
        ]

    for desk_id, region_code, status, urgency, _, overdue_count, count in open_rows:
        matrix[status][urgency] += count
        for row in rows_for(desk_id, region_code):
            row["open"] += count
            row[status] += count
            row[urgency] += count
            row["overdue"] += int(overdue_count or 0)

    histograms: dict[int, Counter] = defaultdict(Counter)
    for desk_id, region_code, bucket, count in move_rows:
        for row in rows_for(desk_id, region_code):
            row["moved"] += count
            histograms[id(row)][int(bucket)] += count

    offer_field = {
        OfferStatus.ACCEPTED.value: "offers_accepted",
        OfferStatus.DECLINED.value: "offers_declined",
        OfferStatus.OPEN.value: "offers_open",
    }
    for desk_id, region_code, status, count in offer_rows:
        for row in rows_for(desk_id, region_code):
            row["offers_made"] += count
            if status in offer_field:
                row[offer_field[status]] += count

    for row in [total, *desks.values(), *regions.values()]:
        row["median_days_to_move"] = _percentile(histograms[id(row)], 0.5)
        row["p90_days_to_move"] = _percentile(histograms[id(row)], 0.9)
    _name_groups(session, desks, regions)

    return RequestsReport(
        on=on,
        period_days=period_days,
        total=RequestFlowRow(**total),
        by_status_and_urgency=matrix,
        desks=[
            RequestFlowRow(**r)
            for r in sorted(desks.values(), key=lambda r: (r["key"] is None, r["name"] or ""))
        ],
        regions=[
            RequestFlowRow(**r)
            for r in sorted(regions.values(), key=lambda r: (r["key"] is None, r["key"] or ""))
        ],
        moves_this_week=int(moves_this_week),
        decline_reasons=_decline_reasons(session, principal, rows),
    )


def _flow_rows(
    session: Session, principal: Principal, filters: Filters, on: date, since: datetime, until: datetime
) -> list:
    """Every count of the report in one statement: the requests in scope (with their desk and
    region) are found once, as a CTE, and the aggregates over it (open, moved, offers, this
    week's moves, decline reasons for those who may read them) are stacked:
    (kind, desk, region, status, urgency, hours, overdue, count)."""
    # An area filter leaves a few requests: their desks are looked up one by one; the whole
    # country's are picked in one pass over the events.
    by_area = bool(filters.municipality or filters.region)
    desks = None if by_area else _desk_of_request(session)
    desk = _first_triage_desk(RelocationRequest.id) if desks is None else desks.c.desk
    scoped = _requests_in_scope(
        principal,
        filters,
        col(RelocationRequest.id).label("id"),
        desk.label("desk"),
        col(Municipality.safety_region_code).label("region"),
        col(RelocationRequest.status).label("status"),
        col(RelocationRequest.urgency).label("urgency"),
        col(RelocationRequest.must_move_by).label("must_move_by"),
        col(RelocationRequest.created_at).label("created_at"),
        desks=desks,
    ).cte("scoped")
    moved_at = (
        select(RelocationEvent.request_id, func.min(RelocationEvent.occurred_at).label("moved_at"))
        .where(RelocationEvent.to_status == RequestStatus.MOVED.value)
        .group_by(RelocationEvent.request_id)
        .subquery()
    )
    hours = func.floor(hours_between(session, moved_at.c.moved_at, scoped.c.created_at))
    no_text, no_number = literal(None, String), literal(None, Float)
    overdue = and_(scoped.c.status.in_(NOT_PLACED), scoped.c.must_move_by < on)
    open_requests = (
        select(
            literal("open"),
            scoped.c.desk,
            scoped.c.region,
            scoped.c.status,
            scoped.c.urgency,
            no_number,
            func.sum(case((overdue, 1), else_=0)),
            func.count(),
        )  # fmt: skip
        .where(scoped.c.status.in_(OPEN_STATUS_NAMES))
        .group_by(scoped.c.desk, scoped.c.region, scoped.c.status, scoped.c.urgency)
    )
    moves = (
        select(
            literal("moved"),
            scoped.c.desk,
            scoped.c.region,
            no_text,
            no_text,
            cast(hours, Float),
            literal(0),
            func.count(),
        )  # fmt: skip
        .select_from(scoped)
        .join(moved_at, moved_at.c.request_id == scoped.c.id)
        .where(moved_at.c.moved_at > since, moved_at.c.moved_at <= until)
        .group_by(scoped.c.desk, scoped.c.region, hours)
    )
    offers = (
        select(
            literal("offer"),
            col(Offer.made_by_organisation_id),
            scoped.c.region,
            col(Offer.status),
            no_text,
            no_number,
            literal(0),
            func.count(),
        )  # fmt: skip
        .select_from(scoped)
        .join(Offer, col(Offer.request_id) == scoped.c.id)
        .where(Offer.created_at > since, Offer.created_at <= until)
        .group_by(Offer.made_by_organisation_id, scoped.c.region, Offer.status)
    )
    this_week = (
        select(
            literal("week"),
            literal(None, Uuid),
            no_text,
            no_text,
            no_text,
            no_number,
            literal(0),
            func.count(),
        )  # fmt: skip
        .select_from(scoped)
        .join(Offer, col(Offer.request_id) == scoped.c.id)
        .where(
            Offer.status == OfferStatus.ACCEPTED.value,
            col(Offer.move_on) >= on,
            col(Offer.move_on) <= on + timedelta(days=6),
        )
    )
    parts = [open_requests, moves, offers, this_week]
    if principal.can(Permission.HOUSEHOLD_SENSITIVE_READ):
        reason = func.lower(func.trim(Offer.decline_reason))
        parts.append(
            select(
                literal("reason"),
                literal(None, Uuid),
                no_text,
                reason,
                no_text,
                no_number,
                literal(0),
                func.count(),
            )  # fmt: skip
            .select_from(scoped)
            .join(Offer, col(Offer.request_id) == scoped.c.id)
            .where(
                Offer.status == OfferStatus.DECLINED.value,
                col(Offer.decline_reason).is_not(None),
                Offer.responded_at > since,
                Offer.responded_at <= until,
            )
            .group_by(reason)
        )
    statement = union_all(*parts)
    return [tuple(row) for row in session.exec(statement).all()]  # type: ignore[call-overload]


def _name_groups(session: Session, desks: dict, regions: dict) -> None:
    desk_ids = [uuid.UUID(k) for k in desks if k is not None]
    if desk_ids:
        for organisation_id, name in session.exec(
            select(Organisation.id, Organisation.name).where(col(Organisation.id).in_(desk_ids))
        ).all():
            desks[str(organisation_id)]["name"] = name
    region_codes = [k for k in regions if k is not None]
    if region_codes:
        for code, name in session.exec(
            select(SafetyRegion.code, SafetyRegion.name).where(col(SafetyRegion.code).in_(region_codes))
        ).all():
            regions[code]["name"] = name


def _decline_reasons(session: Session, principal: Principal, rows: list) -> list[DeclineReasonCount] | None:
    """Decline reasons are restricted: shown (and audited) only to roles that may read them."""
    if not principal.can(Permission.HOUSEHOLD_SENSITIVE_READ):
        return None
    counted = sorted(((r[3], r[7]) for r in rows if r[0] == "reason"), key=lambda rc: (-rc[1], rc[0]))
    record(session, principal, "read_sensitive", "report", None, {"what": "decline reasons"})
    return [DeclineReasonCount(reason=r, count=n) for r, n in counted[:TOP_DECLINE_REASONS]]
