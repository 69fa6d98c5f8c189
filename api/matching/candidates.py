"""From the database to matching: what a request needs, which places are near, and the ranking.

Places are found around the request's anchors (and its preferred municipalities) in widening rings,
with the cheap hard constraints already applied in SQL; the full constraint check and the score
then run in Python on a few hundred places. The nearest places that fail a constraint are
evaluated too, so that a desk sees why an obvious place is not proposed.
"""

import math
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, true
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.hosts.models import HostFamily, VettingStatus
from api.hosts.service import is_vetted
from api.incidents.service import open_incident_subjects
from api.matching.scoring import Anchor, AnchorKind, Need, Place, Verdict, Weights, evaluate
from api.people.models import Household, Offer, OfferStatus, RelocationAnchor, RelocationRequest, Urgency
from api.placements.models import Placement, PlaceType
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.reference.models import Municipality

RINGS_KM = (5.0, 15.0, 40.0, 100.0)
# Per ring, the units of the nearest locations and the nearest host families that pass the cheap
# constraints are scored; the anchor terms dominate the score, so the best places are among them.
NEAREST_PER_CANDIDATE = 3  # nearest locations and host families looked at per candidate asked for
# Of the nearest places that fail a constraint, these are judged to show why.
UNFILTERED_LOCATIONS, UNFILTERED_HOSTS = 10, 10
KM_PER_DEGREE = 111.2


@dataclass(frozen=True)
class Ranked:
    place: Place
    verdict: Verdict
    location_id: uuid.UUID | None


# --- the request's side ---------------------------------------------------------------------


def need_of(
    session: Session,
    request: RelocationRequest,
    settings: Settings,
    today: date,
    *,
    move_on: date | None = None,
) -> Need:
    """What the request asks of a place, for MOVE_ON or else the earliest move the notice allows."""
    household = session.get(Household, request.household_id)
    assert household is not None
    anchors = session.exec(
        select(RelocationAnchor)
        .where(RelocationAnchor.request_id == request.id)
        .order_by(col(RelocationAnchor.position))
    ).all()
    emergency = request.urgency == Urgency.EMERGENCY.value
    if move_on is None:
        earliest = today if emergency else today + timedelta(days=settings.min_notice_days)
        move_on = max(today, min(request.must_move_by, earliest))
    return Need(
        size=household.adults + household.children,
        has_children=household.children > 0,
        adult_men=not household.women_and_children_only,
        wheelchair=household.needs_wheelchair,
        pets=household.has_pets,
        vulnerable=household.vulnerable,
        needs_informal_care=household.needs_informal_care or household.needs_informal_childcare,
        needs_self_catering=household.needs_self_catering,
        languages=tuple(dict.fromkeys([household.preferred_language, *household.languages])),
        move_on=move_on,
        stay_until=move_on + timedelta(days=settings.matching_min_stay_days),
        anchors=tuple(
            Anchor(AnchorKind(a.kind), a.label or AnchorKind(a.kind).value.replace("_", " "), a.lat, a.lon)
            for a in anchors
        ),
        home_municipality=_home_municipality(session, request, anchors),
        preferred_municipalities=tuple(request.preferred_municipalities),
        max_distance_km=request.max_distance_km,
        days_until_deadline=(request.must_move_by - today).days,
        emergency=emergency,
    )


def _home_municipality(
    session: Session, request: RelocationRequest, anchors: list[RelocationAnchor]
) -> str | None:
    for anchor in anchors:
        if anchor.kind == AnchorKind.CURRENT_HOME.value and anchor.municipality_code:
            return anchor.municipality_code
    if request.current_placement_id is None:
        return None
    placement = session.get(Placement, request.current_placement_id)
    if placement is None:
        return None
    if placement.host_family_id is not None:
        host = session.get(HostFamily, placement.host_family_id)
        return host.municipality_code if host else None
    unit = session.get(ShelterUnit, placement.shelter_unit_id)
    location = session.get(ShelterLocation, unit.location_id) if unit else None
    return location.municipality_code if location else None


def search_centres(session: Session, need: Need) -> list[tuple[float, float]]:
    """Where to look: the anchors, then the centres of the preferred municipalities."""
    centres = [(a.lat, a.lon) for a in need.anchors]
    if need.preferred_municipalities:
        rows = session.exec(
            select(Municipality.lat, Municipality.lon).where(
                col(Municipality.code).in_(need.preferred_municipalities)
            )
        ).all()
        centres += [(lat, lon) for lat, lon in rows]
    return list(dict.fromkeys((round(lat, 3), round(lon, 3)) for lat, lon in centres))[:8]


def declined_places(session: Session, request_id: uuid.UUID) -> set[tuple[str, uuid.UUID]]:
    """A household that declined a place is not proposed that place again."""
    rows = session.exec(
        select(Offer.place_type, Offer.shelter_unit_id, Offer.host_family_id).where(
            Offer.request_id == request_id, Offer.status == OfferStatus.DECLINED.value
        )
    ).all()
    return {(kind, unit_id or host_id) for kind, unit_id, host_id in rows}


# --- the places' side -----------------------------------------------------------------------


def _in_boxes(lat_column, lon_column, centres: list[tuple[float, float]], radius_km: float | None):  # type: ignore[no-untyped-def]
    if radius_km is None or not centres:
        return true()
    boxes = []
    for lat, lon in centres:
        dlat = radius_km / KM_PER_DEGREE
        dlon = radius_km / (KM_PER_DEGREE * max(0.2, math.cos(math.radians(lat))))
        boxes.append(
            and_(lat_column.between(lat - dlat, lat + dlat), lon_column.between(lon - dlon, lon + dlon))
        )
    return or_(*boxes)


def _nearness(session: Session, lat_column, lon_column, centres: list[tuple[float, float]]):  # type: ignore[no-untyped-def]
    """Squared (equirectangular) distance to the nearest centre: enough to order places by."""
    if not centres:
        return lat_column
    squares = []
    for lat, lon in centres:
        stretch = math.cos(math.radians(lat))
        squares.append(
            (lat_column - lat) * (lat_column - lat) + (lon_column - lon) * (lon_column - lon) * stretch**2
        )
    if len(squares) == 1:
        return squares[0]
    nearest = func.least if session.get_bind().dialect.name == "postgresql" else func.min
    return nearest(*squares)


def _units(
    session: Session,
    need: Need,
    centres: list[tuple[float, float]],
    radius_km: float | None,
    *,
    filtered: bool,
    nearest: int = UNFILTERED_LOCATIONS,
) -> list[tuple[ShelterUnit, ShelterLocation]]:
    """Units of the nearest locations. Filtered: only locations whose derived figures say a unit
    could fit (free beds, a free wheelchair/pets unit), then only the units that do."""
    locations = select(ShelterLocation.id).where(
        _in_boxes(col(ShelterLocation.lat), col(ShelterLocation.lon), centres, radius_km),
        ShelterLocation.status != LocationStatus.CLOSED.value,
    )
    if filtered:
        locations = locations.where(
            ShelterLocation.free_beds >= need.size,
            ShelterLocation.has_free_wheelchair_unit.is_(True) if need.wheelchair else true(),
            ShelterLocation.has_free_pets_unit.is_(True) if need.pets else true(),
            ShelterLocation.has_staff.is_(True) if need.vulnerable else true(),
        )
    nearness = _nearness(session, col(ShelterLocation.lat), col(ShelterLocation.lon), centres)
    location_ids = session.exec(locations.order_by(nearness, col(ShelterLocation.id)).limit(nearest)).all()
    if not location_ids:
        return []
    query = (
        select(ShelterUnit, ShelterLocation)
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .where(col(ShelterUnit.location_id).in_(location_ids), ShelterUnit.status != UnitStatus.CLOSED.value)
    )
    if filtered:
        query = query.where(
            ShelterUnit.status == UnitStatus.AVAILABLE.value,
            ShelterUnit.beds - ShelterUnit.occupied_beds >= need.size,
            ShelterUnit.occupied_households < ShelterUnit.max_households,
            ShelterUnit.wheelchair_accessible.is_(True) if need.wheelchair else true(),
            ShelterUnit.pets_allowed.is_(True) if need.pets else true(),
            ShelterUnit.families_only.is_(False) if not need.has_children else true(),
            ShelterUnit.women_only.is_(False) if need.adult_men else true(),
        )
    return list(session.exec(query).all())


def _hosts(
    session: Session,
    need: Need,
    centres: list[tuple[float, float]],
    radius_km: float | None,
    *,
    filtered: bool,
    nearest: int = UNFILTERED_HOSTS,
) -> list[HostFamily]:
    query = select(HostFamily).where(
        _in_boxes(col(HostFamily.lat), col(HostFamily.lon), centres, radius_km),
        col(HostFamily.vetting_status).not_in([VettingStatus.REJECTED.value, VettingStatus.SUSPENDED.value]),
        HostFamily.available_until >= need.move_on,
    )
    if filtered:
        query = query.where(
            HostFamily.beds - HostFamily.occupied_beds >= need.size,
            HostFamily.occupied_households < HostFamily.max_households,
            HostFamily.available_from <= need.move_on,
            HostFamily.wheelchair_accessible.is_(True) if need.wheelchair else true(),
            HostFamily.pets_allowed.is_(True) if need.pets else true(),
            HostFamily.accepts_children.is_(True) if need.has_children else true(),
            HostFamily.vetting_status == VettingStatus.VETTED.value if need.vulnerable else true(),
        )
    nearness = _nearness(session, col(HostFamily.lat), col(HostFamily.lon), centres)
    rows = query.order_by(nearness, col(HostFamily.id)).limit(nearest)
    return list(session.exec(rows).all())


def to_places(
    session: Session,
    units: list[tuple[ShelterUnit, ShelterLocation]],
    hosts: list[HostFamily],
    need: Need,
    settings: Settings,
) -> list[tuple[Place, uuid.UUID | None]]:
    suspended = open_incident_subjects(
        session, {u.id for u, _ in units} | {loc.id for _, loc in units} | {h.id for h in hosts}
    )
    places: list[tuple[Place, uuid.UUID | None]] = []
    for unit, location in units:
        usable = unit.status == UnitStatus.AVAILABLE.value and location.status != LocationStatus.CLOSED.value
        opens = location.opens_on or (date.max if location.status == LocationStatus.PLANNED.value else None)
        places.append(
            (
                Place(
                    place_type=PlaceType.SHELTER_UNIT.value,
                    place_id=str(unit.id),
                    name=f"{location.name}, {unit.name}",
                    municipality_code=location.municipality_code,
                    lat=location.lat,
                    lon=location.lon,
                    free_beds=unit.beds - unit.occupied_beds,
                    free_households=unit.max_households - unit.occupied_households,
                    wheelchair=unit.wheelchair_accessible,
                    pets_allowed=unit.pets_allowed,
                    accepts_children=True,
                    families_only=unit.families_only,
                    women_only=unit.women_only,
                    safeguarded=location.has_staff,
                    accepting=usable,
                    suspended=unit.id in suspended or location.id in suspended,
                    available_from=opens,
                    available_until=location.closes_on - timedelta(days=1) if location.closes_on else None,
                    languages=tuple(location.languages_spoken),
                    small_scale=location.capacity_beds <= settings.small_scale_max_beds,
                    self_catering=location.self_catering,
                    visiting_rules=location.visiting_rules,
                ),
                location.id,
            )
        )
    for host in hosts:
        places.append(
            (
                Place(
                    place_type=PlaceType.HOST_FAMILY.value,
                    place_id=str(host.id),
                    name=host.display_name,
                    municipality_code=host.municipality_code,
                    lat=host.lat,
                    lon=host.lon,
                    free_beds=host.beds - host.occupied_beds,
                    free_households=host.max_households - host.occupied_households,
                    wheelchair=host.wheelchair_accessible,
                    pets_allowed=host.pets_allowed,
                    accepts_children=host.accepts_children,
                    families_only=False,
                    women_only=False,
                    safeguarded=is_vetted(host, need.move_on),
                    accepting=host.vetting_status
                    not in (VettingStatus.REJECTED.value, VettingStatus.SUSPENDED.value),
                    suspended=host.id in suspended,
                    available_from=host.available_from,
                    available_until=host.available_until,
                    languages=tuple(host.languages),
                    small_scale=True,
                    self_catering=True,
                    visiting_rules="open",
                ),
                None,
            )
        )
    return places


def judge_place(
    session: Session,
    need: Need,
    settings: Settings,
    place_type: PlaceType,
    place_id: uuid.UUID,
    *,
    vetoed: set[tuple[str, uuid.UUID]],
) -> Ranked | None:
    """One named place judged for a need (as an offer is); None when the place does not exist."""
    if place_type == PlaceType.SHELTER_UNIT:
        row = session.exec(
            select(ShelterUnit, ShelterLocation)
            .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
            .where(ShelterUnit.id == place_id)
        ).first()
        found = to_places(session, [tuple(row)], [], need, settings) if row else []
    else:
        host = session.get(HostFamily, place_id)
        found = to_places(session, [], [host], need, settings) if host else []
    if not found:
        return None
    place, location_id = found[0]
    return Ranked(place, _judge(need, place, weights_of(settings), vetoed), location_id)


def weights_of(settings: Settings) -> Weights:
    return Weights(**settings.matching_weights)


def rank(
    session: Session,
    need: Need,
    settings: Settings,
    *,
    vetoed: set[tuple[str, uuid.UUID]],
    limit: int,
    excluded_limit: int = 5,
) -> tuple[list[Ranked], list[Ranked]]:
    """The best possible places (highest score first) and the best few that a constraint excludes."""
    weights = weights_of(settings)
    centres = search_centres(session, need)
    rings: list[float | None] = [
        r for r in RINGS_KM if need.max_distance_km is None or r < need.max_distance_km
    ]
    if need.max_distance_km is not None:
        rings.append(float(need.max_distance_km))
    elif not centres:
        rings = [None]
    else:
        rings.append(None)
    possible: dict[str, Ranked] = {}
    nearest = max(20, NEAREST_PER_CANDIDATE * limit)
    for radius in rings:
        for place, location_id in to_places(
            session,
            _units(session, need, centres, radius, filtered=True, nearest=nearest),
            _hosts(session, need, centres, radius, filtered=True, nearest=nearest),
            need,
            settings,
        ):
            verdict = _judge(need, place, weights, vetoed)
            if verdict.possible:
                possible[place.place_id] = Ranked(place, verdict, location_id)
        if len(possible) >= limit + excluded_limit:
            break
    by_score = lambda r: (-r.verdict.score, r.verdict.distance_km or 0.0, r.place.place_id)  # noqa: E731
    best = sorted(possible.values(), key=by_score)[:limit]
    if excluded_limit == 0:
        return best, []
    nearest_radius = rings[0]
    excluded = []
    for place, location_id in to_places(
        session,
        _units(session, need, centres, nearest_radius, filtered=False),
        _hosts(session, need, centres, nearest_radius, filtered=False),
        need,
        settings,
    ):
        verdict = _judge(need, place, weights, vetoed)
        if not verdict.possible:
            excluded.append(Ranked(place, verdict, location_id))
    return best, sorted(excluded, key=by_score)[:excluded_limit]


def _judge(need: Need, place: Place, weights: Weights, vetoed: set[tuple[str, uuid.UUID]]) -> Verdict:
    verdict = evaluate(need, place, weights)
    verdict.constraints_checked.append("not_declined_before")
    if (place.place_type, uuid.UUID(place.place_id)) in vetoed:
        verdict.failed.append("not_declined_before")
    return verdict
