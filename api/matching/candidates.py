"""From the database to matching: what a request needs, which places are near, and the ranking.

The places nearest to the request's anchors (and its preferred municipalities) are found with the
cheap hard constraints already applied in SQL, nearest first (api/core/geo.py); the full constraint
check and the score then run in Python on a few hundred places, read as plain rows. The nearest
places that fail a constraint are evaluated too, so that a desk sees why an obvious place is not
proposed.
"""

import json
import re
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
import psycopg
from psycopg.rows import namedtuple_row
from psycopg.types.string import TextLoader
from sqlalchemy import (
    BindParameter,
    CompoundSelect,
    Float,
    Integer,
    Row,
    Select,
    String,
    Subquery,
    Uuid,
    any_,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    or_,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import column as named_column
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.geo import Nearness, box_around
from api.hosts.models import HostFamily, VettingStatus
from api.hosts.service import is_vetted
from api.households.models import Household
from api.incidents.models import SubjectType
from api.incidents.service import has_open_incident
from api.matching.models import ExplanationPublic, TermFacts
from api.matching.scoring import Anchor, AnchorKind, Need, Place, Term, Verdict, Weights, evaluate
from api.offers.models import Offer, OfferStatus
from api.placements.models import Placement, PlaceType
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.reference.models import Municipality
from api.relocation.models import RelocationAnchor, RelocationRequest, RequestStatus, Urgency

if TYPE_CHECKING:
    from api.matching.batch import PlaceTable

# The units of the nearest locations and the nearest host families that pass the cheap constraints
# are scored, however far they are (the household's maximum distance is a constraint checked in
# Python); the anchor terms dominate the score, so the best places are among them.
NEAREST_PER_CANDIDATE = 3  # nearest locations and host families looked at per candidate asked for
# Of the nearest places within NEARBY_KM (or the maximum distance, if less) that fail a constraint,
# the units of this many locations and this many host families are judged to show why.
UNFILTERED = 10
NEARBY_KM = 5.0
BOX_EDGES = ("south", "west", "north", "east")  # as api.core.geo.box_around returns them


# Requests that still look for a place; batch runs take those a desk has triaged.
SEARCHING = {RequestStatus.SUBMITTED, RequestStatus.TRIAGED, RequestStatus.MATCHING, RequestStatus.OFFERED}
BATCH = {RequestStatus.TRIAGED.value, RequestStatus.MATCHING.value}


@dataclass(frozen=True)
class Ranked:
    place: Place
    verdict: Verdict
    location_id: uuid.UUID | str | None  # the unit's location; as text where the search read it so


SEPARATING_TERMS = 3


def separation_fields(this: Ranked, other: Ranked) -> dict[str, Any]:
    """The score difference of two candidates of one request, split over the terms that differ
    (a SeparationPublic's JSON fields).

    Both have the same terms (they follow from the household), so the difference of the weighted
    means is the sum of each term's weight × value difference over the total weight."""
    total = sum([t.weight for t in this.verdict.terms]) or 1.0
    other_values = dict(zip((t.name for t in other.verdict.terms), other.verdict.exact_values, strict=True))
    shares = [
        (term.name, term.weight * (value - other_values.get(term.name, 0.0)) / total)
        for term, value in zip(this.verdict.terms, this.verdict.exact_values, strict=True)
    ]
    shares = sorted((s for s in shares if abs(s[1]) >= 5e-5), key=lambda s: -abs(s[1]))[:SEPARATING_TERMS]
    difference = this.verdict.score - other.verdict.score
    words = ", ".join(f"{name} {points:+.3f}" for name, points in shares) or "no term differs"
    side = "ahead of" if difference >= 0 else "behind"
    return {
        "versusPlaceId": other.place.place_id,
        "versusPlaceName": other.place.name,
        "scoreDifference": float(round(difference, 6)),
        "terms": [{"name": name, "points": float(round(points, 6))} for name, points in shares],
        "detail": f"{abs(difference):.3f} {side} {other.place.name}: {words}",
    }


# An explanation is written as JSON from plain values, in the shape and order that
# ExplanationPublic(...).model_dump_json() gives (so pydantic's JSON writer writes the same bytes):
# validating a page of some 25 candidates with 7 terms each into models cost about a fifth of the
# page's time in the API. Numbers are made the type the models declare.
# tests/matching/test_candidates_paths.py checks a page's bytes against the models'.
_FACTS = tuple((name, field.alias or name) for name, field in TermFacts.model_fields.items())
_FACT_ALIASES = dict(_FACTS)
_NO_FACTS = dict.fromkeys(alias for _, alias in _FACTS)  # every fact null, in the model's order


def _optional_float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _term_json(term: Term) -> dict[str, Any]:
    """A TermPublic's JSON fields (every fact, null where the term says nothing of it): the term's
    one or two facts set in a copy of the all-null facts, which keeps the model's field order."""
    facts = _NO_FACTS.copy()
    for name, value in term.facts.items():
        alias = _FACT_ALIASES.get(name)
        if alias is not None:
            facts[alias] = value
    facts["km"] = _optional_float(facts["km"])
    return {
        "name": term.name,
        "weight": float(term.weight),
        "value": float(term.value),
        "detail": term.detail,
        "facts": facts,
    }


def explanation_json(ranked: Ranked, versus: Ranked | None = None) -> dict[str, Any]:
    """An ExplanationPublic's JSON fields; VERSUS the next candidate, which the separation compares."""
    verdict = ranked.verdict
    return {
        "terms": [_term_json(term) for term in verdict.terms],
        "constraintsChecked": verdict.constraints_checked,
        "failedConstraints": verdict.failed,
        "distanceKm": _optional_float(verdict.distance_km),
        "separation": None if versus is None else separation_fields(ranked, versus),
    }


def explanation(ranked: Ranked, versus: Ranked | None = None) -> ExplanationPublic:
    return ExplanationPublic.model_validate(explanation_json(ranked, versus))


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
    anchors = anchor_rows(session, request.id)
    home = home_municipality(session, request, anchors)
    return need_from(request, household, anchors, home, settings, today, move_on=move_on)


_ANCHORS = RelocationAnchor.__table__  # type: ignore[attr-defined]
# Statements of every page, built once (building one costs more than its round trip): the
# request's values go in as parameters.
_ANCHORS_OF_REQUEST = (
    select(_ANCHORS).where(_ANCHORS.c.request_id == bindparam("request_id")).order_by(_ANCHORS.c.position)
)


def anchor_rows(session: Session, request_id: uuid.UUID) -> list[Any]:
    """The request's anchors in their order, as plain rows (need_from reads their fields by name)."""
    return list(session.connection().execute(_ANCHORS_OF_REQUEST, {"request_id": request_id}))


def need_from(
    request: RelocationRequest,
    household: Household,
    anchors: list[RelocationAnchor],
    home_municipality: str | None,
    settings: Settings,
    today: date,
    *,
    move_on: date | None = None,
) -> Need:
    """The Need of a request from its rows (anchors in their order)."""
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
        home_municipality=home_municipality,
        preferred_municipalities=tuple(request.preferred_municipalities),
        max_distance_km=request.max_distance_km,
        days_until_deadline=(request.must_move_by - today).days,
        emergency=emergency,
        medical_care=household.needs_medical_care,
        special_needs_education=household.needs_special_needs_education,
    )


def home_municipality_from_anchors(anchors: list[RelocationAnchor]) -> str | None:
    for anchor in anchors:
        if anchor.kind == AnchorKind.CURRENT_HOME.value and anchor.municipality_code:
            return anchor.municipality_code
    return None


def home_municipality(
    session: Session, request: RelocationRequest, anchors: list[RelocationAnchor]
) -> str | None:
    from_anchors = home_municipality_from_anchors(anchors)
    if from_anchors is not None:
        return from_anchors
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


def search_centres(
    need: Need, centres_by_code: Mapping[str, tuple[float, float]]
) -> list[tuple[float, float]]:
    """Where to look: the anchors, then the centres of the preferred municipalities in the
    request's order (CENTRES_BY_CODE holds them: read with the anchors for a page, loaded with the
    place table for a run)."""
    centres = [(a.lat, a.lon) for a in need.anchors]
    centres += [centres_by_code[code] for code in need.preferred_municipalities if code in centres_by_code]
    return list(dict.fromkeys((round(lat, 3), round(lon, 3)) for lat, lon in centres))[:8]


# The request's anchors (part 0, in their order), the places it declined (part 1) and the centres
# of its preferred municipalities (part 2) in one statement: one round trip instead of three, for
# the page of candidates.
_ANCHORS_DECLINED_AND_CENTRES = union_all(
    select(
        literal_column("0", Integer).label("part"),
        _ANCHORS.c.position,
        _ANCHORS.c.kind,
        _ANCHORS.c.label,
        _ANCHORS.c.lat,
        _ANCHORS.c.lon,
        _ANCHORS.c.municipality_code,
        type_coerce(null(), String).label("place_type"),
        type_coerce(null(), Uuid).label("shelter_unit_id"),
        type_coerce(null(), Uuid).label("host_family_id"),
    ).where(_ANCHORS.c.request_id == bindparam("request_id")),
    select(
        literal_column("1", Integer),
        type_coerce(null(), Integer),
        type_coerce(null(), String),
        type_coerce(null(), String),
        type_coerce(null(), Float),
        type_coerce(null(), Float),
        type_coerce(null(), String),
        col(Offer.place_type),
        col(Offer.shelter_unit_id),
        col(Offer.host_family_id),
    ).where(Offer.request_id == bindparam("request_id"), Offer.status == OfferStatus.DECLINED.value),
    select(
        literal_column("2", Integer),
        type_coerce(null(), Integer),
        type_coerce(null(), String),
        type_coerce(null(), String),
        col(Municipality.lat),
        col(Municipality.lon),
        col(Municipality.code),
        type_coerce(null(), String),
        type_coerce(null(), Uuid),
        type_coerce(null(), Uuid),
    ).where(col(Municipality.code).in_(bindparam("codes", expanding=True))),
).order_by("part", "position")


def anchors_declined_and_centres(
    session: Session, request_id: uuid.UUID, preferred_municipalities: list[str]
) -> tuple[list[Any], set[tuple[str, uuid.UUID]], dict[str, tuple[float, float]]]:
    """The request's anchors in their order, as plain rows (need_from reads their fields by name),
    the places its household declined (it is not proposed those again), and the centres of
    PREFERRED_MUNICIPALITIES by code (for search_centres)."""
    anchors, declined, centres = [], set(), {}
    rows = session.connection().execute(
        _ANCHORS_DECLINED_AND_CENTRES, {"request_id": request_id, "codes": preferred_municipalities}
    )
    for row in rows:
        if row.part == 0:
            anchors.append(row)
        elif row.part == 1:
            declined.add((row.place_type, row.shelter_unit_id or row.host_family_id))
        else:
            centres[row.municipality_code] = (row.lat, row.lon)
    return anchors, declined, centres


# --- the places' side -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Search:
    """What decides the SQL of one search for nearby places. Its statement is built once per shape
    (building one costs more than running it); the request's values go in as parameters."""

    centres: int
    in_box: bool  # only places in the box around their centre
    indexed: bool  # PostgreSQL: walk the GiST position index
    filtered: bool  # only places that pass the cheap constraints below
    wheelchair: bool
    pets: bool
    vulnerable: bool
    has_children: bool
    adult_men: bool


def _search(
    session: Session,
    need: Need,
    centres: list[tuple[float, float]],
    ask: int,
    count: int,
    *,
    filtered: bool,
    within_km: float | None,
) -> tuple[_Search, dict[str, Any]]:
    """The shape of search number ASK (of the searches one statement makes) for COUNT places near
    the centres, and the parameters its statement takes."""
    search = _Search(
        centres=len(centres),
        in_box=within_km is not None,
        indexed=session.get_bind().dialect.name == "postgresql",
        filtered=filtered,
        wheelchair=filtered and need.wheelchair,
        pets=filtered and need.pets,
        vulnerable=filtered and need.vulnerable,
        has_children=filtered and need.has_children,
        adult_men=filtered and need.adult_men,
    )
    parameters: dict[str, Any] = {"size": need.size, "move_on": need.move_on, f"count_{ask}": count}
    for number, centre in enumerate(centres):
        parameters |= {f"lat_{number}": centre[0], f"lon_{number}": centre[1]}
        if within_km is not None:
            box = box_around(centre, within_km)
            parameters |= {
                f"{edge}_{ask}_{number}": value for edge, value in zip(BOX_EDGES, box, strict=True)
            }
    return search, parameters


def _coordinate(name: str) -> BindParameter[float]:
    return bindparam(name, type_=Float)


def _nearest(
    model: type[ShelterLocation] | type[HostFamily],
    search: _Search,
    ask: int,
    conditions: list[ColumnElement[bool]],
) -> Subquery:
    """The ids of the `count` rows meeting the conditions that lie nearest to any centre (in a box
    search: among those in the box around a centre).

    Per centre its nearest `count` (an index walk on PostgreSQL), then of those the `count` nearest
    to their nearest centre: a place among the `count` nearest to any centre is among the `count`
    nearest to its own nearest centre, so this loses none."""
    id_column, lat, lon = col(model.id), col(model.lat), col(model.lon)
    count = bindparam(f"count_{ask}")
    if not search.centres:
        return select(id_column).where(*conditions).order_by(lat, id_column).limit(count).subquery()
    if search.indexed:
        found = _walks_per_centre(id_column, Nearness(lat, lon, indexed=True), search, ask, conditions)
    else:
        found = _search_per_centre(id_column, Nearness(lat, lon, indexed=False), search, ask, conditions)
    return (
        select(found.c.id)
        .group_by(found.c.id)
        .order_by(func.min(found.c.distance), found.c.id)
        .limit(count)
        .subquery()
    )


def _search_per_centre(
    id_column: Any, nearness: Nearness, search: _Search, ask: int, conditions: list[ColumnElement[bool]]
) -> Subquery:
    """Per centre its nearest `count` (id, distance), one search per centre."""
    per_centre = []
    for number in range(search.centres):
        distance = nearness.distance_to(_coordinate(f"lat_{number}"), _coordinate(f"lon_{number}"))
        query = select(id_column.label("id"), distance.label("distance")).where(*conditions)
        if search.in_box:
            query = query.where(
                nearness.in_box(*(_coordinate(f"{edge}_{ask}_{number}") for edge in BOX_EDGES))
            )
        near_centre = query.order_by(distance).limit(bindparam(f"count_{ask}")).subquery()
        per_centre.append(select(near_centre.c.id, near_centre.c.distance))
    return union_all(*per_centre).subquery()


def _walks_per_centre(
    id_column: Any, nearness: Nearness, search: _Search, ask: int, conditions: list[ColumnElement[bool]]
) -> Subquery:
    """Per centre its nearest `count` (id, distance) on PostgreSQL: one index walk, joined
    laterally to the centres (and their boxes) as rows. The same walks as one search per centre,
    but PostgreSQL plans the walk once instead of once per centre (planning the statement
    costs more than running it, and is done on every execution)."""
    fields = ["lat", "lon", *(BOX_EDGES if search.in_box else ())]
    arrays = [
        postgresql.array(
            [
                _coordinate(f"{field}_{number}" if field in ("lat", "lon") else f"{field}_{ask}_{number}")
                for number in range(search.centres)
            ]
        )
        for field in fields
    ]
    centres = (
        func.unnest(*arrays).table_valued(*(named_column(field, Float) for field in fields)).render_derived()
    )
    distance = nearness.distance_to(centres.c.lat, centres.c.lon)
    walk = select(id_column.label("id"), distance.label("distance")).where(*conditions)
    if search.in_box:
        walk = walk.where(nearness.in_box(*(centres.c[edge] for edge in BOX_EDGES)))
    near_centre = walk.order_by(distance).limit(bindparam(f"count_{ask}")).lateral()
    return (
        select(near_centre.c.id, near_centre.c.distance)
        .select_from(centres)
        .join(near_centre, true())
        .subquery()
    )


def _unit_rows() -> Select:
    """Units with their location: the columns a Place needs, and whether an incident suspends it.

    Languages as JSON text: a search reads ~180 places and explains ~25, and the table decodes
    each distinct text once."""
    return select(
        ShelterUnit.id,
        ShelterUnit.name,
        ShelterUnit.status,
        ShelterUnit.beds,
        ShelterUnit.occupied_beds,
        ShelterUnit.max_households,
        ShelterUnit.occupied_households,
        ShelterUnit.wheelchair_accessible,
        ShelterUnit.pets_allowed,
        ShelterUnit.families_only,
        ShelterUnit.women_only,
        col(ShelterLocation.id).label("location_id"),
        col(ShelterLocation.name).label("location_name"),
        col(ShelterLocation.status).label("location_status"),
        ShelterLocation.municipality_code,
        ShelterLocation.lat,
        ShelterLocation.lon,
        ShelterLocation.opens_on,
        ShelterLocation.closes_on,
        ShelterLocation.has_staff,
        cast(ShelterLocation.languages_spoken, String).label("languages_spoken"),
        ShelterLocation.capacity_beds,
        ShelterLocation.self_catering,
        ShelterLocation.visiting_rules,
        ShelterLocation.medical_support_nearby,
        ShelterLocation.special_needs_school_km,
        or_(
            has_open_incident(SubjectType.SHELTER_UNIT, ShelterUnit.id),
            has_open_incident(SubjectType.SHELTER_LOCATION, ShelterLocation.id),
        ).label("suspended"),
    ).join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))


def _host_rows() -> Select:
    return select(
        HostFamily.id,
        HostFamily.display_name,
        HostFamily.municipality_code,
        HostFamily.lat,
        HostFamily.lon,
        HostFamily.beds,
        HostFamily.occupied_beds,
        HostFamily.max_households,
        HostFamily.occupied_households,
        HostFamily.wheelchair_accessible,
        HostFamily.pets_allowed,
        HostFamily.accepts_children,
        cast(HostFamily.languages, String).label("languages"),
        HostFamily.available_from,
        HostFamily.available_until,
        HostFamily.vetting_status,
        HostFamily.vetting_expires_on,
        HostFamily.medical_support_nearby,
        HostFamily.special_needs_school_km,
        has_open_incident(SubjectType.HOST_FAMILY, HostFamily.id).label("suspended"),
    )


def _units_statement(search: _Search, ask: int) -> Select:
    """Units of the nearest locations. Filtered: only locations whose derived figures say a unit
    could fit (free beds, a free wheelchair/pets unit), then only the units that do."""
    size = bindparam("size")
    locations = [ShelterLocation.status != LocationStatus.CLOSED.value]
    units = [ShelterUnit.status != UnitStatus.CLOSED.value]
    if search.filtered:
        locations += [
            ShelterLocation.free_beds >= size,
            ShelterLocation.has_free_wheelchair_unit.is_(True) if search.wheelchair else true(),
            ShelterLocation.has_free_pets_unit.is_(True) if search.pets else true(),
            ShelterLocation.has_staff.is_(True) if search.vulnerable else true(),
        ]
        units += [
            ShelterUnit.status == UnitStatus.AVAILABLE.value,
            ShelterUnit.beds - ShelterUnit.occupied_beds >= size,
            ShelterUnit.occupied_households < ShelterUnit.max_households,
            ShelterUnit.wheelchair_accessible.is_(True) if search.wheelchair else true(),
            ShelterUnit.pets_allowed.is_(True) if search.pets else true(),
            ShelterUnit.families_only.is_(False) if not search.has_children else true(),
            ShelterUnit.women_only.is_(False) if search.adult_men else true(),
        ]
    nearest = _nearest(ShelterLocation, search, ask, locations)
    return _unit_rows().join(nearest, nearest.c.id == col(ShelterLocation.id)).where(*units)


def _hosts_statement(search: _Search, ask: int) -> Select:
    size, move_on = bindparam("size"), bindparam("move_on")
    conditions = [
        col(HostFamily.vetting_status).not_in([VettingStatus.REJECTED.value, VettingStatus.SUSPENDED.value]),
        HostFamily.available_until >= move_on,
    ]
    if search.filtered:
        conditions += [
            HostFamily.beds - HostFamily.occupied_beds >= size,
            HostFamily.occupied_households < HostFamily.max_households,
            HostFamily.available_from <= move_on,
            HostFamily.wheelchair_accessible.is_(True) if search.wheelchair else true(),
            HostFamily.pets_allowed.is_(True) if search.pets else true(),
            HostFamily.accepts_children.is_(True) if search.has_children else true(),
            HostFamily.vetting_status == VettingStatus.VETTED.value if search.vulnerable else true(),
        ]
    nearest = _nearest(HostFamily, search, ask, conditions)
    if search.indexed:
        # The ids as one array, read by the primary key: joined to the subquery, PostgreSQL hashes
        # every host family (a sequential scan of the table) to find the sixty it named.
        return _host_rows().where(
            col(HostFamily.id) == any_(func.array(select(nearest.c.id).scalar_subquery()))
        )
    return _host_rows().join(nearest, nearest.c.id == col(HostFamily.id))


@lru_cache(maxsize=512)
def _searches_statement(searches: tuple[_Search, ...]) -> CompoundSelect:
    """The units and host families of SEARCHES in one statement (one round trip, one plan): the
    rows of _unit_rows and _host_rows under one set of column names (a column the other kind has
    not is NULL), with `part`: 2 × the search's number, plus 1 for host families."""
    parts = [
        statement
        for ask, search in enumerate(searches)
        for statement in (_units_statement(search, ask), _hosts_statement(search, ask))
    ]
    columns: dict[str, Any] = {}
    for statement in parts[:2]:
        for column in statement.selected_columns:
            columns.setdefault(column.name, column.type)
    padded = []
    for number, statement in enumerate(parts):
        own = {column.name: column for column in statement.selected_columns}
        padded.append(
            statement.with_only_columns(
                literal_column(str(number), Integer).label("part"),
                *(
                    own[name] if name in own else type_coerce(null(), kind).label(name)
                    for name, kind in columns.items()
                ),
            )
        )
    return union_all(*padded)


_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
_POSTCOMPILE = re.compile(r"__\[POSTCOMPILE_(\w+)\]")


@lru_cache(maxsize=512)
def _postgresql_searches(
    searches: tuple[_Search, ...], dialect: Dialect
) -> tuple[str, tuple[str, ...], dict]:
    """_searches_statement as PostgreSQL SQL with numbered parameters ($1 …), the parameters'
    names in that order and the values the statement holds itself (statuses, kinds)."""
    compiled = _searches_statement(searches).compile(dialect=dialect)
    values = dict(compiled.params)

    def expand(match: re.Match) -> str:
        """An IN list the statement holds (`__[POSTCOMPILE_name]`), as one parameter per value."""
        name = match.group(1)
        items = compiled.params[name]
        values.update({f"{name}_{k}": value for k, value in enumerate(items, start=1)})
        return ", ".join(f"%({name}_{k})s" for k in range(1, len(items) + 1))

    numbers: dict[str, int] = {}

    def number(match: re.Match) -> str:
        return f"${numbers.setdefault(match.group(1), len(numbers) + 1)}"

    sql = _POSTCOMPILE.sub(expand, compiled.string)
    sql = _PLACEHOLDER.sub(number, sql).replace("%%", "%")
    return sql, tuple(numbers), values


def _search_rows(session: Session, searches: tuple[_Search, ...], parameters: dict[str, Any]) -> list[Any]:
    """The rows of _searches_statement, with fields by name. On PostgreSQL the statement (some
    9,000 characters) goes to psycopg as compiled once, with numbered parameters: given it with
    named ones, psycopg parses the text on every call (it caches that only for short statements).
    Ids come as PostgreSQL writes them (str(UUID)'s text): the page and the table take them as text,
    and parsing some 180 into UUIDs to write them out again cost more than the rows' other values."""
    connection = session.connection()
    if not searches[0].indexed:
        return list(connection.execute(_searches_statement(searches), parameters).all())
    sql, names, values = _postgresql_searches(searches, connection.dialect)
    values = values | parameters
    with psycopg.RawCursor(connection.connection.driver_connection, row_factory=namedtuple_row) as cursor:
        cursor.adapters.register_loader("uuid", TextLoader)  # this cursor only
        # Prepared at once: planning the statement costs more than running it, and psycopg would
        # plan it five times per connection and shape before preparing it.
        cursor.execute(sql, [values[name] for name in names], prepare=True)
        return cursor.fetchall()


@dataclass(frozen=True)
class _Found:
    """The rows one search found (units, then host families), and the same places as columns:
    the ranking judges them all as arrays and turns only the few it explains into Places."""

    units: list[Row]
    hosts: list[Row]
    table: "PlaceTable"
    need: Need
    settings: Settings

    def __len__(self) -> int:
        return len(self.units) + len(self.hosts)

    def places(self, index: list[int]) -> list[tuple[Place, uuid.UUID | None]]:
        """The places at INDEX (positions in the table), in that order."""
        count = len(self.units)
        units = to_places([self.units[i] for i in index if i < count], [], self.need, self.settings)
        hosts = to_places([], [self.hosts[i - count] for i in index if i >= count], self.need, self.settings)
        unit_places, host_places = iter(units), iter(hosts)
        return [next(unit_places) if i < count else next(host_places) for i in index]

    def declined(self, vetoed: set[tuple[str, uuid.UUID]]) -> np.ndarray:
        """Per place of the table: did the household decline it before."""
        keys = {(kind, place_id.hex) for kind, place_id in vetoed}
        return np.array(
            [key in keys for key in zip(self.table.place_types, self.table.hex_ids, strict=True)], dtype=bool
        )


def _nearest_places(
    session: Session,
    need: Need,
    settings: Settings,
    centres: list[tuple[float, float]],
    asks: list[tuple[int, bool, float | None]],
) -> list[_Found]:
    """Per search asked, (count, filtered, within km): the units of the nearest COUNT locations
    and the nearest COUNT host families, all found by one statement.

    Run on the session's connection: plain rows need none of the ORM's work per statement."""
    searches, parameters = [], {}
    for ask, (count, filtered, within_km) in enumerate(asks):
        search, more = _search(session, need, centres, ask, count, filtered=filtered, within_km=within_km)
        searches.append(search)
        parameters |= more
    rows: list[list[Any]] = [[] for _ in range(2 * len(asks))]
    for row in _search_rows(session, tuple(searches), parameters):
        rows[row.part].append(row)
    return [
        _Found(units, hosts, table_of(units, hosts, need, settings), need, settings)
        for units, hosts in zip(rows[::2], rows[1::2], strict=True)
    ]


def table_of(units: list[Row], hosts: list[Row], need: Need, settings: Settings) -> "PlaceTable":
    """Rows of _unit_rows and _host_rows as a PlaceTable, column by column: the same places as
    PlaceTable.of(to_places(…)) gives (tests/matching/test_matching_api.py checks), without
    building a Place per row."""
    from api.matching.batch import PlaceTable  # batch builds on this module

    available, closed = UnitStatus.AVAILABLE.value, LocationStatus.CLOSED.value
    planned, day = LocationStatus.PLANNED.value, timedelta(days=1)
    not_accepting = (VettingStatus.REJECTED.value, VettingStatus.SUSPENDED.value)
    n_units, n_hosts = len(units), len(hosts)
    u, h = _columns(units), _columns(hosts)
    values: dict[str, list] = {
        "lat": [*u["lat"], *h["lat"]],
        "lon": [*u["lon"], *h["lon"]],
        "free_beds": [b - o for b, o in zip(u["beds"], u["occupied_beds"], strict=True)]
        + [b - o for b, o in zip(h["beds"], h["occupied_beds"], strict=True)],
        "free_households": [m - o for m, o in zip(u["max_households"], u["occupied_households"], strict=True)]
        + [m - o for m, o in zip(h["max_households"], h["occupied_households"], strict=True)],
        "wheelchair": [*u["wheelchair_accessible"], *h["wheelchair_accessible"]],
        "pets_allowed": [*u["pets_allowed"], *h["pets_allowed"]],
        "accepts_children": [True] * n_units + [*h["accepts_children"]],
        "families_only": [*u["families_only"]] + [False] * n_hosts,
        "women_only": [*u["women_only"]] + [False] * n_hosts,
        "safeguarded": [*u["has_staff"]] + [is_vetted(host, need.move_on) for host in hosts],
        "accepting": [
            s == available and ls != closed for s, ls in zip(u["status"], u["location_status"], strict=True)
        ]
        + [v not in not_accepting for v in h["vetting_status"]],
        "suspended": [*u["suspended"], *h["suspended"]],
        "available_from": [
            opens or (date.max if status == planned else None)
            for opens, status in zip(u["opens_on"], u["location_status"], strict=True)
        ]
        + [*h["available_from"]],
        "available_until": [closes - day if closes else None for closes in u["closes_on"]]
        + [*h["available_until"]],
        "municipality_code": [*u["municipality_code"], *h["municipality_code"]],
        "languages": [*u["languages_spoken"], *h["languages"]],  # JSON text, decoded once per distinct text
        "small_scale": [beds <= settings.small_scale_max_beds for beds in u["capacity_beds"]]
        + [True] * n_hosts,
        "self_catering": [*u["self_catering"]] + [True] * n_hosts,
        "visiting_rules": [*u["visiting_rules"]] + ["open"] * n_hosts,
        "medical_support_nearby": [*u["medical_support_nearby"], *h["medical_support_nearby"]],
        "special_needs_school_km": [*u["special_needs_school_km"], *h["special_needs_school_km"]],
    }
    return PlaceTable.build(
        [PlaceType.SHELTER_UNIT.value] * n_units + [PlaceType.HOST_FAMILY.value] * n_hosts,
        [str(i) for i in u["id"]] + [str(i) for i in h["id"]],
        [str(i) for i in u["location_id"]] + [None] * n_hosts,
        values["safeguarded"],  # as PlaceTable.of takes it: hosts judged for this need's move date
        [None] * (n_units + n_hosts),
        values,
    )


def _columns(rows: list[Row]) -> dict[str, tuple]:
    """ROWS column by column, by name (no rows: every column empty)."""
    if not rows:
        return defaultdict(tuple)
    return dict(zip(rows[0]._fields, zip(*rows, strict=True), strict=True))


def to_places(
    units: list[Row], hosts: list[Row], need: Need, settings: Settings
) -> list[tuple[Place, uuid.UUID | None]]:
    """Rows of _unit_rows and _host_rows as places (with the unit's location)."""
    places: list[tuple[Place, uuid.UUID | None]] = []
    # The enums' values looked up once, not per row (an enum member's value is a Python property).
    unit_type, host_type = PlaceType.SHELTER_UNIT.value, PlaceType.HOST_FAMILY.value
    closed_status, planned = LocationStatus.CLOSED.value, LocationStatus.PLANNED.value
    available = UnitStatus.AVAILABLE.value
    not_accepting = (VettingStatus.REJECTED.value, VettingStatus.SUSPENDED.value)
    for unit in units:
        closed = unit.location_status == closed_status
        opens = unit.opens_on or (date.max if unit.location_status == planned else None)
        places.append(
            (
                Place(
                    place_type=unit_type,
                    place_id=str(unit.id),
                    name=f"{unit.location_name}, {unit.name}",
                    municipality_code=unit.municipality_code,
                    lat=unit.lat,
                    lon=unit.lon,
                    free_beds=unit.beds - unit.occupied_beds,
                    free_households=unit.max_households - unit.occupied_households,
                    wheelchair=unit.wheelchair_accessible,
                    pets_allowed=unit.pets_allowed,
                    accepts_children=True,
                    families_only=unit.families_only,
                    women_only=unit.women_only,
                    safeguarded=unit.has_staff,
                    accepting=unit.status == available and not closed,
                    suspended=unit.suspended,
                    available_from=opens,
                    available_until=unit.closes_on - timedelta(days=1) if unit.closes_on else None,
                    languages=tuple(json.loads(unit.languages_spoken)),
                    small_scale=unit.capacity_beds <= settings.small_scale_max_beds,
                    self_catering=unit.self_catering,
                    visiting_rules=unit.visiting_rules,
                    medical_support_nearby=unit.medical_support_nearby,
                    special_needs_school_km=unit.special_needs_school_km,
                ),
                unit.location_id,
            )
        )
    for host in hosts:
        places.append(
            (
                Place(
                    place_type=host_type,
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
                    accepting=host.vetting_status not in not_accepting,
                    suspended=host.suspended,
                    available_from=host.available_from,
                    available_until=host.available_until,
                    languages=tuple(json.loads(host.languages)),
                    small_scale=True,
                    self_catering=True,
                    visiting_rules="open",
                    medical_support_nearby=host.medical_support_nearby,
                    special_needs_school_km=host.special_needs_school_km,
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
        units = session.exec(_unit_rows().where(ShelterUnit.id == place_id)).all()
        found = to_places(list(units), [], need, settings)
    else:
        hosts = session.exec(_host_rows().where(HostFamily.id == place_id)).all()
        found = to_places([], list(hosts), need, settings)
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
    municipality_centres: Mapping[str, tuple[float, float]],
    excluded_limit: int = 5,
) -> tuple[list[Ranked], list[Ranked]]:
    """The best possible places (highest score first) and the best few that a constraint excludes;
    MUNICIPALITY_CENTRES: the centres of the need's preferred municipalities, by code."""
    weights = weights_of(settings)
    centres = search_centres(need, municipality_centres)
    asks: list[tuple[int, bool, float | None]] = [(max(20, NEAREST_PER_CANDIDATE * limit), True, None)]
    if excluded_limit:
        asks.append((UNFILTERED, False, min(NEARBY_KM, need.max_distance_km or NEARBY_KM)))
    found, *nearby_found = _nearest_places(session, need, settings, centres, asks)
    possible = []
    contenders = _contenders(need, found.table, weights, found.declined(vetoed), limit)
    for place, location_id in found.places(contenders):
        verdict = _judge(need, place, weights, vetoed)
        if verdict.possible:
            possible.append(Ranked(place, verdict, location_id))
    by_score = lambda r: (-r.verdict.score, r.verdict.distance_km or 0.0, r.place.place_id)  # noqa: E731
    best = sorted(possible, key=by_score)[:limit]
    if excluded_limit == 0:
        return best, []
    (nearby,) = nearby_found
    excluded = []
    for place, location_id in nearby.places(
        _excluded_contenders(need, nearby.table, weights, nearby.declined(vetoed), excluded_limit)
    ):
        verdict = _judge(need, place, weights, vetoed)
        if not verdict.possible:
            excluded.append(Ranked(place, verdict, location_id))
    return best, sorted(excluded, key=by_score)[:excluded_limit]


SCORE_SLACK = 1e-6
"""The array scores equal the explained ones to 1e-9 (tests/matching/test_batch.py): a place whose
array score is this much below the LIMIT-th best cannot be among the LIMIT best."""


def _contenders(
    need: Need, table: "PlaceTable", weights: Weights, declined: np.ndarray, limit: int
) -> list[int]:
    """The positions in TABLE of the possible places that can be among the LIMIT best, judged as
    arrays (the batch path): only those are then judged and explained one by one. Returns the
    same ranking as judging every place, at a fraction of the cost (a few hundred places are found,
    a page shows twenty). DECLINED: per place, whether the household declined it before."""
    return _best_of(need, table, weights, declined, limit, possible=True)


def _excluded_contenders(
    need: Need, table: "PlaceTable", weights: Weights, declined: np.ndarray, limit: int
) -> list[int]:
    """As _contenders, for the places a constraint excludes (the best few are shown, with why)."""
    return _best_of(need, table, weights, declined, limit, possible=False)


def _best_of(
    need: Need, table: "PlaceTable", weights: Weights, declined: np.ndarray, limit: int, *, possible: bool
) -> list[int]:
    from api.matching.batch import judge_all  # batch builds on this module

    if not len(table):
        return []
    judged = judge_all(need, table, np.arange(len(table)), weights, declined)
    ok = np.flatnonzero(judged.possible == possible)
    if len(ok) > limit:
        scores = judged.score[ok]
        threshold = np.partition(scores, len(ok) - limit)[len(ok) - limit] - SCORE_SLACK
        ok = ok[scores >= threshold]
    return ok.tolist()


def _judge(need: Need, place: Place, weights: Weights, vetoed: set[tuple[str, uuid.UUID]]) -> Verdict:
    verdict = evaluate(need, place, weights)
    verdict.constraints_checked.append("not_declined_before")
    if (place.place_type, uuid.UUID(place.place_id)) in vetoed:
        verdict.failed.append("not_declined_before")
    return verdict
