"""Candidates for many requests at once: the place table loaded once, scored as arrays.

A run loads every shelter unit (of locations that are not closed) and every host family that is
not rejected or suspended into one table of numpy columns, and puts their positions on the unit
sphere into a k-d tree (scipy's cKDTree: straight-line distance there orders places exactly as the
great-circle distance does). Per request it takes the nearest places to each search centre (the
anchors and preferred municipalities, as the per-request path does), widening the search until
enough of them pass the hard constraints, and computes every hard constraint and every score term
for all of them as arrays. The constraints and terms are those of api.matching.scoring, written
over arrays; tests/matching/test_batch.py checks on random data that both give the same verdicts
and scores. Only the proposals a run keeps are explained in words (by the per-pair path).
"""

import io
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
from scipy.spatial import cKDTree
from sqlalchemy import String, cast, or_
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.hosts.models import HostFamily, VettingStatus
from api.households.models import Household
from api.incidents.models import SubjectType
from api.incidents.service import has_open_incident
from api.matching.candidates import (
    BATCH,
    Ranked,
    _host_rows,
    _judge,
    _unit_rows,
    explanation,
    home_municipality,
    home_municipality_from_anchors,
    need_from,
    to_places,
    weights_of,
)
from api.matching.scoring import (
    EARTH_RADIUS_KM,
    PROXIMITY_KM,
    VISITING_VALUES,
    AnchorKind,
    Need,
    Place,
    Weights,
    urgency_value,
)
from api.offers.models import Offer, OfferStatus
from api.placements.models import PlaceType
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.reference.models import Municipality
from api.relocation.models import RelocationAnchor, RelocationRequest

NEAREST_PER_CANDIDATE = 3
"""Per search centre, this many nearest places per candidate asked for are judged first."""
TIE_ROOM = 8
"""Places asked of the k-d tree beyond the nearest COUNT, to break ties at the last distance by id."""

FAR = np.iinfo(np.int64).max


def _unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    phi, lam = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])


def _ranks(keys: list[str]) -> np.ndarray:
    """Each key's position in sorted order (ties in list order): a double argsort, with one sort."""
    order = np.array(sorted(range(len(keys)), key=keys.__getitem__), dtype=np.int64)
    ranks = np.empty(len(keys), dtype=np.int64)
    ranks[order] = np.arange(len(keys))
    return ranks


def haversine_km(lat1: float, lon1: float, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """scoring.distance_km over arrays (the same formula, so the same values)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


TABLE_FIELDS = (
    "lat",
    "lon",
    "free_beds",
    "free_households",
    "wheelchair",
    "pets_allowed",
    "accepts_children",
    "families_only",
    "women_only",
    "safeguarded",
    "accepting",
    "suspended",
    "available_from",
    "available_until",
    "municipality_code",
    "languages",
    "small_scale",
    "self_catering",
    "visiting_rules",
    "medical_support_nearby",
    "special_needs_school_km",
)
"""The fields of Place the table holds as columns (`languages` as JSON text or a tuple)."""


@dataclass
class PlaceTable:
    """Places as columns. Dates as ordinals; a missing date is -∞ (from) or +∞ (until).

    Ids are kept as 32 hex digits (how they compare and sort); `place_id` gives the usual form."""

    place_types: list[str]
    hex_ids: list[str]
    location_ids: list[str | None]
    # Host families: their vetting decides `safeguarded` per move date.
    host_vetted: np.ndarray
    host_vetting_expires: np.ndarray
    is_host: np.ndarray
    id_rank: np.ndarray
    columns: dict[str, np.ndarray] = field(default_factory=dict)
    municipality_index: dict[str, int] = field(default_factory=dict)
    language_bits: dict[str, int] = field(default_factory=dict)
    _key_index: dict[tuple[str, str], int] | None = None
    tree: Any = None
    centres: dict[str, tuple[float, float]] = field(default_factory=dict)
    """Municipality centres, for the preferred municipalities' search centres."""
    bounds: tuple[float, float, float, float] | None = None
    """A table of only the places in this box (south, west, north, east); None: every place."""

    @classmethod
    def of(cls, entries: Sequence[tuple[Place, uuid.UUID | None, bool, date | None]]) -> "PlaceTable":
        """From (place, location id, host vetted, host vetting expires on) per place."""
        places = [e[0] for e in entries]
        return cls.build(
            [p.place_type for p in places],
            [p.place_id for p in places],
            [str(e[1]) if e[1] else None for e in entries],
            [e[2] for e in entries],
            [e[3] for e in entries],
            {name: [getattr(p, name) for p in places] for name in TABLE_FIELDS},
        )

    @classmethod
    def build(
        cls,
        place_types: list[str],
        ids: list[str],
        location_ids: list[str | None],
        host_vetted: list[bool],
        host_vetting_expires: list[date | None],
        values: dict[str, list],
    ) -> "PlaceTable":
        """From one list per field (TABLE_FIELDS), in place order."""
        municipality_index: dict[str, int] = {}
        for code in values["municipality_code"]:
            municipality_index.setdefault(code, len(municipality_index))
        language_bits: dict[str, int] = {}
        bits_of: dict[Any, int] = {}
        for spoken in values["languages"]:
            if spoken not in bits_of:
                names = json.loads(spoken) if isinstance(spoken, str) else spoken
                for language in names:
                    language_bits.setdefault(language, len(language_bits))
                bits_of[spoken] = sum(1 << language_bits[x] for x in set(names))
        if len(language_bits) > 63:
            raise ValueError("more than 63 languages spoken at places")
        hex_ids = [i.replace("-", "") for i in ids]
        table = cls(
            place_types=place_types,
            hex_ids=hex_ids,
            location_ids=location_ids,
            host_vetted=np.array(host_vetted, dtype=bool),
            host_vetting_expires=np.array(
                [d.toordinal() if d else FAR for d in host_vetting_expires], np.int64
            ),
            is_host=np.array(place_types, dtype=object) == PlaceType.HOST_FAMILY.value,
            id_rank=_ranks(hex_ids),
            municipality_index=municipality_index,
            language_bits=language_bits,
        )
        floats = ("lat", "lon")
        counts = ("free_beds", "free_households")
        flags = (
            "wheelchair",
            "pets_allowed",
            "accepts_children",
            "families_only",
            "women_only",
            "safeguarded",
            "accepting",
            "suspended",
            "small_scale",
            "self_catering",
        )
        columns = {name: np.array(values[name], dtype=float) for name in floats}
        columns |= {name: np.array(values[name], dtype=np.int64) for name in counts}
        columns |= {name: np.array(values[name], dtype=bool) for name in flags}
        columns["available_from"] = np.array(
            [d.toordinal() if d else -FAR for d in values["available_from"]], np.int64
        )
        columns["available_until"] = np.array(
            [d.toordinal() if d else FAR for d in values["available_until"]], np.int64
        )
        columns["municipality"] = np.array(
            [municipality_index[c] for c in values["municipality_code"]], np.int64
        )
        columns["languages"] = np.array([bits_of[x] for x in values["languages"]], np.int64)
        columns["visiting"] = np.array([VISITING_VALUES.get(v, 0.0) for v in values["visiting_rules"]], float)
        columns["medical"] = np.array(values["medical_support_nearby"], dtype=bool)
        columns["school_km"] = np.array(
            [np.nan if km is None else km for km in values["special_needs_school_km"]], float
        )
        table.columns = columns
        if ids:
            table.tree = cKDTree(_unit_vectors(columns["lat"], columns["lon"]))
        return table

    @property
    def key_index(self) -> dict[tuple[str, str], int]:
        """The row of each (place type, hex id); built when first needed (for declined places)."""
        if self._key_index is None:
            self._key_index = {
                key: i for i, key in enumerate(zip(self.place_types, self.hex_ids, strict=True))
            }
        return self._key_index

    def place_id(self, index: int) -> str:
        """The id in its usual form (8-4-4-4-12 hex digits)."""
        h = self.hex_ids[index]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def __len__(self) -> int:
        return len(self.hex_ids)

    def safeguarded(self, need: Need, index: np.ndarray) -> np.ndarray:
        """Units: staffed; hosts: vetted, and not expired on the move date (hosts.is_vetted)."""
        on = need.move_on.toordinal()
        host = self.host_vetted[index] & (self.host_vetting_expires[index] >= on)
        return np.where(self.is_host[index], host, self.columns["safeguarded"][index])

    def nearest(self, centres: list[tuple[float, float]], count: int) -> np.ndarray:
        """The indices of the COUNT nearest places to each centre, together (sorted, unique)."""
        return self.nearest_checked(centres, count)[0]

    def nearest_checked(self, centres: list[tuple[float, float]], count: int) -> tuple[np.ndarray, bool]:
        """nearest, and whether the answer is the whole place table's: always so for a whole table;
        for a table of the places in `bounds` only if every centre's COUNT nearest lie closer to it
        than the box's edges (every place outside is farther than the edge).

        Places at the same distance (the units of one location) are taken in id order, so a table
        of the places in a box gives the same places as the whole table."""
        if not len(self) or not centres:
            return np.arange(len(self)), self.bounds is None
        complete = self.bounds is None or count <= len(self)
        count = min(count, len(self))
        points = _unit_vectors(np.array([c[0] for c in centres]), np.array([c[1] for c in centres]))
        asked = min(count + TIE_ROOM, len(self))
        distance, found = self.tree.query(points, k=asked)
        distance = np.asarray(distance).reshape(len(centres), -1)
        found = np.asarray(found).reshape(len(centres), -1)
        last = distance[:, count - 1]
        chosen = found[:, :count]
        if asked > count:
            # Rows where places at the last distance fall on both sides of the cut: take those in id order.
            for row in np.flatnonzero(distance[:, count] == last).tolist():
                tied = distance[row] == last[row]
                closer = found[row, :count][~tied[:count]]
                level = found[row][tied]
                level = level[np.argsort(self.id_rank[level], kind="stable")][: count - len(closer)]
                chosen = chosen.copy() if chosen.base is not None else chosen
                chosen[row] = np.concatenate([closer, level])
            if self.bounds is not None:
                # A tie beyond the extra places asked for could be broken either way.
                complete &= bool(np.all(last < distance[:, asked - 1]))
        if self.bounds is not None and complete:
            reach = 2 * np.arcsin(np.minimum(1.0, last / 2))  # chord to angle
            complete = bool(np.all(reach < _angle_to_edges(centres, self.bounds) - 1e-12))
        flat = np.sort(chosen.reshape(-1))
        return flat[np.concatenate(([True], flat[1:] != flat[:-1]))], complete  # np.unique, faster


def _angle_to_edges(
    centres: list[tuple[float, float]], bounds: tuple[float, float, float, float]
) -> np.ndarray:
    """Per centre, the smallest angle (radians) from it to any point outside the box (south, west,
    north, east): to a parallel along the meridian, to a meridian asin(sin Δλ · cos φ). Negative
    for a centre outside the box."""
    south, west, north, east = np.radians(bounds)
    lat = np.radians(np.array([c[0] for c in centres]))
    lon = np.radians(np.array([c[1] for c in centres]))
    meridian = lambda d: np.arcsin(np.clip(np.sin(d), -1, 1) * np.cos(lat))  # noqa: E731
    return np.min([lat - south, north - lat, meridian(lon - west), meridian(east - lon)], axis=0)


class _Columns(dict):
    """The table's columns at some places, each taken when first asked for."""

    def __init__(self, columns: dict[str, np.ndarray], index: np.ndarray) -> None:
        super().__init__()
        self.columns, self.index = columns, index

    def __missing__(self, name: str) -> np.ndarray:
        values = self[name] = self.columns[name][self.index]
        return values


@dataclass
class Judged:
    """Verdicts and scores of one need over some places of a table, as arrays."""

    index: np.ndarray
    constraints: dict[str, np.ndarray]
    """Per constraint checked: does each place pass it."""
    score: np.ndarray
    distance_km: np.ndarray | None
    """From the need's reference point, unrounded; None without one."""

    @property
    def possible(self) -> np.ndarray:
        ok = np.ones(len(self.index), dtype=bool)
        for passed in self.constraints.values():
            ok &= passed
        return ok


def judge_all(
    need: Need, table: PlaceTable, index: np.ndarray, weights: Weights, vetoed: np.ndarray
) -> Judged:
    """scoring.evaluate plus the declined-before check, for the places at INDEX at once.

    VETOED: per place at INDEX, whether the household declined it before."""
    c = _Columns(table.columns, index)
    move_on = need.move_on.toordinal()
    stay_until = (need.stay_until or need.move_on).toordinal()
    constraints = {
        "accepting_households": c["accepting"],
        "not_suspended": ~c["suspended"],
        "beds": (c["free_beds"] >= need.size) & (c["free_households"] >= 1),
        "wheelchair": c["wheelchair"] | (not need.wheelchair),
        "pets": c["pets_allowed"] | (not need.pets),
        "safeguarding": table.safeguarded(need, index) | (not need.vulnerable),
        "children": c["accepts_children"] | (not need.has_children),
        "families_only": ~c["families_only"] | need.has_children,
        "women_only": ~c["women_only"] | (not need.adult_men),
        "available_on_move_date": (c["available_from"] <= move_on) & (c["available_until"] >= stay_until),
    }
    distance = None
    if need.reference_point is not None:
        distance = haversine_km(*need.reference_point, c["lat"], c["lon"])
        if need.max_distance_km is not None:
            constraints["max_distance"] = distance <= need.max_distance_km
    constraints["not_declined_before"] = ~vetoed
    constraints = {
        name: ok
        if isinstance(ok, np.ndarray) and ok.shape == index.shape
        else np.broadcast_to(ok, index.shape)
        for name, ok in constraints.items()
    }

    total = np.zeros(len(index))
    weight_sum = 0.0

    def add(weight: float, value: np.ndarray | float) -> None:
        nonlocal total, weight_sum
        total = total + weight * value
        weight_sum += weight

    for kind, weight in (
        (AnchorKind.WORK, weights.work),
        (AnchorKind.SCHOOL, weights.school),
        (AnchorKind.CARER, weights.carer),
    ):
        anchors = need.anchors_by_kind.get(kind)
        if anchors:
            km = np.min([haversine_km(a.lat, a.lon, c["lat"], c["lon"]) for a in anchors], axis=0)
            add(weight, np.exp(-km / PROXIMITY_KM))
    wanted = [
        table.municipality_index[m] for m in need.wanted_municipalities if m in table.municipality_index
    ]
    if need.wanted_municipalities:
        add(weights.municipality, np.isin(c["municipality"], wanted).astype(float))
    if need.languages:
        bits = sum(1 << table.language_bits[x] for x in set(need.languages) if x in table.language_bits)
        add(weights.language, ((c["languages"] & bits) != 0).astype(float))
    add(weights.small_scale, c["small_scale"].astype(float))
    free = c["free_beds"]
    with np.errstate(divide="ignore", invalid="ignore"):
        add(weights.bed_fit, np.where(free > 0, np.minimum(1.0, need.size / np.maximum(free, 1)), 0.0))
    if not need.adult_men:
        add(weights.women_only_unit, c["women_only"].astype(float))
    if need.medical_care:
        add(weights.medical_support, c["medical"].astype(float))
    if need.special_needs_education:
        km = c["school_km"]
        add(
            weights.special_needs_school,
            np.where(np.isnan(km), 0.0, np.exp(-np.nan_to_num(km) / PROXIMITY_KM)),
        )
    if need.needs_informal_care:
        add(weights.care_fit, 0.7 * c["visiting"] + 0.3 * c["self_catering"].astype(float))
    if need.needs_self_catering:
        add(weights.self_catering, c["self_catering"].astype(float))
    add(weights.urgency, urgency_value(need))
    score = total / weight_sum if weight_sum else np.zeros(len(index))
    return Judged(index=index, constraints=constraints, score=score, distance_km=distance)


@dataclass(frozen=True)
class BatchCandidate:
    index: int
    place_type: str
    place_id: str
    free_beds: int
    free_households: int
    score: float


@dataclass
class RankedRequest:
    request_id: uuid.UUID
    size: int
    need: Need
    vetoed: set[tuple[str, uuid.UUID]]
    table: PlaceTable
    index: np.ndarray
    """The best places' rows in the table, best first."""
    scores: np.ndarray

    def candidate(self, k: int) -> BatchCandidate:
        return candidate_at(self.table, int(self.index[k]), float(self.scores[k]))

    @property
    def candidates(self) -> list[BatchCandidate]:
        return [self.candidate(k) for k in range(len(self.index))]


def candidate_at(table: PlaceTable, i: int, score: float) -> BatchCandidate:
    return BatchCandidate(
        index=i,
        place_type=table.place_types[i],
        place_id=table.place_id(i),
        free_beds=int(table.columns["free_beds"][i]),
        free_households=int(table.columns["free_households"][i]),
        score=score,
    )


def best_indices(
    need: Need, table: PlaceTable, weights: Weights, vetoed_keys: set, limit: int
) -> tuple[np.ndarray, np.ndarray]:
    """The table rows of the LIMIT best possible places for a need (highest score, then nearest,
    then id), and their scores."""
    index, scores, _ = best_checked(need, table, weights, vetoed_keys, limit)
    return index, scores


def best_checked(
    need: Need, table: PlaceTable, weights: Weights, vetoed_keys: set, limit: int
) -> tuple[np.ndarray, np.ndarray, bool]:
    """best_indices, and whether they are the whole place table's (see PlaceTable.nearest_checked)."""
    if not len(table):
        return np.zeros(0, np.int64), np.zeros(0), table.bounds is None
    centres = search_centres_of(need, table)
    count = max(20, NEAREST_PER_CANDIDATE * limit)
    vetoed_index = [
        table.key_index[(kind, place.hex)]
        for kind, place in vetoed_keys
        if (kind, place.hex) in table.key_index
    ]
    while True:
        index, complete = table.nearest_checked(centres, count)
        vetoed = np.isin(index, vetoed_index) if vetoed_index else np.zeros(len(index), dtype=bool)
        judged = judge_all(need, table, index, weights, vetoed)
        possible = np.flatnonzero(judged.possible)
        if len(possible) >= limit or count >= len(table):
            break
        count *= 4
    distance = judged.distance_km[possible] if judged.distance_km is not None else np.zeros(len(possible))
    chosen = index[possible]
    scores = judged.score[possible]
    order = np.lexsort((table.id_rank[chosen], np.round(distance, 1), -scores))[:limit]
    return chosen[order], scores[order], complete


def best_of(
    need: Need, table: PlaceTable, weights: Weights, vetoed_keys: set, limit: int
) -> list[BatchCandidate]:
    """The LIMIT best possible places for a need (highest score, then nearest, then id)."""
    index, scores = best_indices(need, table, weights, vetoed_keys, limit)
    return [candidate_at(table, i, s) for i, s in zip(index.tolist(), scores.tolist(), strict=True)]


def search_centres_of(need: Need, table: PlaceTable) -> list[tuple[float, float]]:
    """candidates.search_centres, with the municipality centres the ranker loaded."""
    centres = [(a.lat, a.lon) for a in need.anchors]
    centres += [table.centres[m] for m in need.preferred_municipalities if m in table.centres]
    return list(dict.fromkeys((round(lat, 3), round(lon, 3)) for lat, lon in centres))[:8]


def load_table(
    session: Session,
    settings: Settings,
    today: date,
    bounds: tuple[float, float, float, float] | None = None,
) -> PlaceTable:
    """Every unit of a location that is not closed, and every host that is not rejected or
    suspended and available from today on (the per-request search's unfiltered conditions).

    Read as plain text and numbers, column by column (ids and languages as text: a run reads
    some 100,000 rows, where parsing each row's JSON and UUIDs would cost more than the query)."""
    connection = session.connection()
    units = connection.execute(
        select(
            cast(ShelterUnit.id, String),
            cast(ShelterUnit.location_id, String),
            ShelterLocation.lat,
            ShelterLocation.lon,
            ShelterUnit.beds - ShelterUnit.occupied_beds,
            ShelterUnit.max_households - ShelterUnit.occupied_households,
            ShelterUnit.wheelchair_accessible,
            ShelterUnit.pets_allowed,
            ShelterUnit.families_only,
            ShelterUnit.women_only,
            ShelterLocation.has_staff,
            ShelterUnit.status,
            ShelterLocation.status,
            ShelterLocation.opens_on,
            ShelterLocation.closes_on,
            ShelterLocation.municipality_code,
            cast(ShelterLocation.languages_spoken, String),
            ShelterLocation.capacity_beds,
            ShelterLocation.self_catering,
            ShelterLocation.visiting_rules,
            ShelterLocation.medical_support_nearby,
            ShelterLocation.special_needs_school_km,
            or_(
                has_open_incident(SubjectType.SHELTER_UNIT, ShelterUnit.id),
                has_open_incident(SubjectType.SHELTER_LOCATION, ShelterLocation.id),
            ),
        )
        .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
        .where(
            col(ShelterUnit.status) != UnitStatus.CLOSED.value,
            col(ShelterLocation.status) != LocationStatus.CLOSED.value,
            *_in_box(ShelterLocation, bounds),
        )
    ).all()
    hosts = connection.execute(
        select(
            cast(HostFamily.id, String),
            HostFamily.lat,
            HostFamily.lon,
            HostFamily.beds - HostFamily.occupied_beds,
            HostFamily.max_households - HostFamily.occupied_households,
            HostFamily.wheelchair_accessible,
            HostFamily.pets_allowed,
            HostFamily.accepts_children,
            HostFamily.available_from,
            HostFamily.available_until,
            HostFamily.municipality_code,
            cast(HostFamily.languages, String),
            HostFamily.vetting_status,
            HostFamily.vetting_expires_on,
            HostFamily.medical_support_nearby,
            HostFamily.special_needs_school_km,
            has_open_incident(SubjectType.HOST_FAMILY, HostFamily.id),
        ).where(
            col(HostFamily.vetting_status).not_in(
                [VettingStatus.REJECTED.value, VettingStatus.SUSPENDED.value]
            ),
            col(HostFamily.available_until) >= today,
            *_in_box(HostFamily, bounds),
        )
    ).all()
    u = list(zip(*units, strict=True)) if units else [[] for _ in range(23)]
    h = list(zip(*hosts, strict=True)) if hosts else [[] for _ in range(17)]
    n_units, n_hosts = len(units), len(hosts)
    available = UnitStatus.AVAILABLE.value
    planned, closed = LocationStatus.PLANNED.value, LocationStatus.CLOSED.value
    small_scale_max_beds = settings.small_scale_max_beds
    day = timedelta(days=1)
    # As candidates.to_places words them.
    values: dict[str, list] = {
        "lat": [*u[2], *h[1]],
        "lon": [*u[3], *h[2]],
        "free_beds": [*u[4], *h[3]],
        "free_households": [*u[5], *h[4]],
        "wheelchair": [*u[6], *h[5]],
        "pets_allowed": [*u[7], *h[6]],
        "accepts_children": [True] * n_units + list(h[7]),
        "families_only": [*u[8], *[False] * n_hosts],
        "women_only": [*u[9], *[False] * n_hosts],
        "safeguarded": [*u[10], *[False] * n_hosts],  # hosts: by their vetting, per move date
        "accepting": [
            *(
                status == available and location != closed
                for status, location in zip(u[11], u[12], strict=True)
            ),
            *[True] * n_hosts,
        ],
        "suspended": [*u[22], *h[16]],
        "available_from": [
            *(
                opens or (date.max if location == planned else None)
                for opens, location in zip(u[13], u[12], strict=True)
            ),
            *h[8],
        ],
        "available_until": [*(closes - day if closes else None for closes in u[14]), *h[9]],
        "municipality_code": [*u[15], *h[10]],
        "languages": [*u[16], *h[11]],
        "small_scale": [*(beds <= small_scale_max_beds for beds in u[17]), *[True] * n_hosts],
        "self_catering": [*u[18], *[True] * n_hosts],
        "visiting_rules": [*u[19], *["open"] * n_hosts],
        "medical_support_nearby": [*u[20], *h[14]],
        "special_needs_school_km": [*u[21], *h[15]],
    }
    vetted = VettingStatus.VETTED.value
    table = PlaceTable.build(
        [PlaceType.SHELTER_UNIT.value] * n_units + [PlaceType.HOST_FAMILY.value] * n_hosts,
        [*u[0], *h[0]],
        [*u[1], *[None] * n_hosts],
        [False] * n_units + [status == vetted for status in h[12]],
        [None] * n_units + list(h[13]),
        values,
    )
    table.bounds = bounds
    table.centres = {
        code: (lat, lon)
        for code, lat, lon in session.exec(select(Municipality.code, Municipality.lat, Municipality.lon))
    }
    return table


def _in_box(
    model: type[ShelterLocation] | type[HostFamily], bounds: tuple[float, float, float, float] | None
) -> list:
    if bounds is None:
        return []
    south, west, north, east = bounds
    return [col(model.lat).between(south, north), col(model.lon).between(west, east)]


def proposals_of(
    session: Session, settings: Settings, assigned: list[tuple[RankedRequest, BatchCandidate]]
) -> list[dict[str, Any]]:
    """The fields of a MatchingProposal per assigned pair, explained in words by the per-pair path
    (only kept proposals are worded), with what separates each from the request's best other
    candidate. Reads the places involved once, as the per-request path does."""
    wanted: dict[str, set[uuid.UUID]] = {
        PlaceType.SHELTER_UNIT.value: set(),
        PlaceType.HOST_FAMILY.value: set(),
    }
    for request, candidate in assigned:
        for other in (candidate, _runner_up(request, candidate)):
            if other is not None:
                wanted[other.place_type].add(uuid.UUID(other.place_id))
    units, hosts = {}, {}
    connection = session.connection()
    unit_ids, host_ids = list(wanted[PlaceType.SHELTER_UNIT.value]), list(wanted[PlaceType.HOST_FAMILY.value])
    for start in range(0, len(unit_ids), 1000):
        for row in connection.execute(
            _unit_rows().where(col(ShelterUnit.id).in_(unit_ids[start : start + 1000]))
        ):
            units[str(row.id)] = row
    for start in range(0, len(host_ids), 1000):
        for row in connection.execute(
            _host_rows().where(col(HostFamily.id).in_(host_ids[start : start + 1000]))
        ):
            hosts[str(row.id)] = row
    weights = weights_of(settings)

    def ranked(request: RankedRequest, candidate: BatchCandidate) -> Ranked:
        unit, host = units.get(candidate.place_id), hosts.get(candidate.place_id)
        place, location_id = to_places(
            [unit] if unit else [], [host] if host else [], request.need, settings
        )[0]
        return Ranked(place, _judge(request.need, place, weights, request.vetoed), location_id)

    fields = []
    for request, candidate in assigned:
        this = ranked(request, candidate)
        runner_up = _runner_up(request, candidate)
        fields.append(
            {
                "request_id": request.request_id,
                "place_type": this.place.place_type,
                "place_id": uuid.UUID(candidate.place_id),
                "place_name": this.place.name,
                "score": candidate.score,
                "explanation": explanation(
                    this, ranked(request, runner_up) if runner_up is not None else None
                ).model_dump(mode="json"),
            }
        )
    return fields


def _runner_up(request: RankedRequest, candidate: BatchCandidate) -> BatchCandidate | None:
    for k in range(min(2, len(request.index))):
        if int(request.index[k]) != candidate.index:
            return request.candidate(k)
    return None


def needs_of(
    session: Session, requests: list[RelocationRequest], settings: Settings, today: date
) -> dict[uuid.UUID, Need]:
    """need_of for many requests, with one query per table instead of per request."""
    households = {
        h.id: h
        for h in session.exec(
            select(Household).where(col(Household.id).in_([r.household_id for r in requests]))
        )
    }
    anchors: dict[uuid.UUID, list[RelocationAnchor]] = {r.id: [] for r in requests}
    for anchor in session.exec(
        select(RelocationAnchor)
        .where(col(RelocationAnchor.request_id).in_(list(anchors)))
        .order_by(col(RelocationAnchor.request_id), col(RelocationAnchor.position))
    ):
        anchors[anchor.request_id].append(anchor)
    needs = {}
    for request in requests:
        own = anchors[request.id]
        home = home_municipality_from_anchors(own)
        if home is None and request.current_placement_id is not None:
            home = home_municipality(session, request, own)
        needs[request.id] = need_from(request, households[request.household_id], own, home, settings, today)
    return needs


def declined_of(
    session: Session, request_ids: list[uuid.UUID]
) -> dict[uuid.UUID, set[tuple[str, uuid.UUID]]]:
    """declined_places for many requests at once."""
    declined: dict[uuid.UUID, set[tuple[str, uuid.UUID]]] = {r: set() for r in request_ids}
    for request_id, kind, unit_id, host_id in session.exec(
        select(Offer.request_id, Offer.place_type, Offer.shelter_unit_id, Offer.host_family_id).where(
            col(Offer.request_id).in_(request_ids), Offer.status == OfferStatus.DECLINED.value
        )
    ):
        declined[request_id].add((kind, unit_id or host_id))
    return declined


@dataclass
class Ranker:
    """Ranks chunks of a run's requests against one place table (a run's part: the places in its
    box, and for the few requests whose nearest places reach past the box the whole table)."""

    table: PlaceTable
    settings: Settings
    today: date
    limit: int
    statuses: frozenset[str]
    whole: PlaceTable | None = None
    beyond_box: int = 0
    """Requests ranked against the whole table because their search reached past the box."""

    def rank(self, session: Session, request_ids: list[uuid.UUID]) -> list[RankedRequest]:
        """The requests (those still open for a run; the others are left out) with their best places."""
        requests = list(
            session.exec(
                select(RelocationRequest).where(
                    col(RelocationRequest.id).in_(request_ids),
                    col(RelocationRequest.status).in_(self.statuses),
                )
            )
        )
        if not requests:
            return []
        needs = needs_of(session, requests, self.settings, self.today)
        declined = declined_of(session, [r.id for r in requests])
        weights = weights_of(self.settings)
        order = {r: i for i, r in enumerate(request_ids)}
        ranked = []
        for request in sorted(requests, key=lambda r: order[r.id]):
            need = needs[request.id]
            table = self.table
            index, scores, complete = best_checked(need, table, weights, declined[request.id], self.limit)
            if not complete:
                if self.whole is None:
                    self.whole = load_table(session, self.settings, self.today)
                table = self.whole
                index, scores = best_indices(need, table, weights, declined[request.id], self.limit)
                self.beyond_box += 1
            ranked.append(
                RankedRequest(
                    request_id=request.id,
                    size=need.size,
                    need=need,
                    vetoed=declined[request.id],
                    table=table,
                    index=index,
                    scores=scores,
                )
            )
        return ranked


def rank_requests(
    session: Session,
    settings: Settings,
    today: date,
    limit: int,
    bounds: tuple[float, float, float, float] | None = None,
) -> Ranker:
    return Ranker(load_table(session, settings, today, bounds), settings, today, limit, frozenset(BATCH))


MARGIN_KM = 40.0
"""A part's box reaches this far beyond its requests' search centres: a hundred candidates' nearest
places lie within a few kilometres where places are dense; requests that need more are ranked
against the whole table."""


def part_bounds(session: Session, request_ids: list[uuid.UUID]) -> tuple[float, float, float, float] | None:
    """The box of a part's search centres (anchors, preferred municipalities; the 1st to 99th
    percentile, so that one far-away anchor does not widen it to the country) plus MARGIN_KM.
    None without any centre."""
    lat: list[float] = []
    lon: list[float] = []
    preferred: set[str] = set()
    for start in range(0, len(request_ids), 1000):
        chunk = request_ids[start : start + 1000]
        for a_lat, a_lon in session.exec(
            select(RelocationAnchor.lat, RelocationAnchor.lon).where(
                col(RelocationAnchor.request_id).in_(chunk)
            )
        ):
            lat.append(a_lat)
            lon.append(a_lon)
        for codes in session.exec(
            select(RelocationRequest.preferred_municipalities).where(col(RelocationRequest.id).in_(chunk))
        ):
            preferred.update(codes)
    if preferred:
        for m_lat, m_lon in session.exec(
            select(Municipality.lat, Municipality.lon).where(col(Municipality.code).in_(sorted(preferred)))
        ):
            lat.append(m_lat)
            lon.append(m_lon)
    if not lat:
        return None
    south, north = np.percentile(lat, [1, 99])
    west, east = np.percentile(lon, [1, 99])
    d_lat = np.degrees(MARGIN_KM / EARTH_RADIUS_KM)
    widest = np.radians(min(89.0, max(abs(south), abs(north)) + d_lat))
    d_lon = np.degrees(MARGIN_KM / EARTH_RADIUS_KM / np.cos(widest))
    return (float(south - d_lat), float(west - d_lon), float(north + d_lat), float(east + d_lon))


@dataclass
class StoredPlaces:
    """The places a run's parts proposed, as their ranked arrays give them (sorted by id): what
    solving and wording the proposals need of a place table."""

    place_types: list[str]
    hex_ids: list[str]
    columns: dict[str, np.ndarray]

    @property
    def id_rank(self) -> np.ndarray:
        return np.arange(len(self.hex_ids))

    def place_id(self, index: int) -> str:
        h = self.hex_ids[index]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ranked_to_bytes(ranked: list[RankedRequest]) -> bytes:
    """A part's ranked requests as arrays (numpy's .npz, uncompressed; ids as 32 hex digits):
    request ids and sizes, per request its number of candidates, the places (id, host or unit,
    free beds and households) and per candidate its place and exact score."""
    places: dict[str, int] = {}
    kinds: list[bool] = []
    beds: list[int] = []
    households: list[int] = []
    rows: list[np.ndarray] = []
    for request in ranked:
        table = request.table
        free_beds, free_households = table.columns["free_beds"], table.columns["free_households"]
        positions = []
        for i in request.index.tolist():
            key = table.hex_ids[i]
            if key not in places:
                places[key] = len(places)
                kinds.append(table.place_types[i] == PlaceType.HOST_FAMILY.value)
                beds.append(int(free_beds[i]))
                households.append(int(free_households[i]))
            positions.append(places[key])
        rows.append(np.array(positions, dtype=np.int64))
    buffer = io.BytesIO()
    np.savez(
        buffer,
        request_ids=np.array([r.request_id.hex for r in ranked], dtype="S32"),
        sizes=np.array([r.size for r in ranked], dtype=np.int64),
        counts=np.array([len(r.index) for r in ranked], dtype=np.int64),
        place_ids=np.array(list(places), dtype="S32"),
        is_host=np.array(kinds, dtype=bool),
        free_beds=np.array(beds, dtype=np.int64),
        free_households=np.array(households, dtype=np.int64),
        place=np.concatenate(rows) if rows else np.zeros(0, np.int64),
        score=np.concatenate([r.scores for r in ranked]) if ranked else np.zeros(0),
    )
    return buffer.getvalue()


@dataclass
class StoredRequest:
    request_id: uuid.UUID
    size: int
    index: np.ndarray
    scores: np.ndarray


def ranked_from_bytes(parts: list[bytes]) -> tuple[StoredPlaces, list[StoredRequest]]:
    """The parts' ranked arrays together, in part order, over one table of their places (sorted by
    id, as an unsplit run's instance has them; a place several parts found keeps the first figures)."""
    loaded = [np.load(io.BytesIO(data)) for data in parts]
    ids = np.concatenate([p["place_ids"] for p in loaded]) if loaded else np.zeros(0, "S32")
    unique, first = np.unique(ids, return_index=True)
    is_host = np.concatenate([p["is_host"] for p in loaded])[first] if loaded else np.zeros(0, bool)
    columns = {
        name: np.concatenate([p[name] for p in loaded])[first] if loaded else np.zeros(0, np.int64)
        for name in ("free_beds", "free_households")
    }
    places = StoredPlaces(
        place_types=[
            PlaceType.HOST_FAMILY.value if host else PlaceType.SHELTER_UNIT.value for host in is_host.tolist()
        ],
        hex_ids=[b.decode() for b in unique.tolist()],
        columns=columns,
    )
    requests = []
    for part in loaded:
        position = np.searchsorted(unique, part["place_ids"])
        place, score = position[part["place"]], part["score"]
        ends = np.cumsum(part["counts"])
        for k, (raw, size) in enumerate(
            zip(part["request_ids"].tolist(), part["sizes"].tolist(), strict=True)
        ):
            start = ends[k - 1] if k else 0
            requests.append(
                StoredRequest(uuid.UUID(raw.decode()), size, place[start : ends[k]], score[start : ends[k]])
            )
    return places, requests
