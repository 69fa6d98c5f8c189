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
    search_centres,
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
JUDGED_TOGETHER = 128
"""Needs searched and judged together (their pairs as one set of arrays, a few hundred thousand)."""


def _unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    phi, lam = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])


def _ranks(keys: list[str]) -> np.ndarray:
    """Each key's position in sorted order (ties in list order): a double argsort, with one sort."""
    order = np.array(sorted(range(len(keys)), key=keys.__getitem__), dtype=np.int64)
    ranks = np.empty(len(keys), dtype=np.int64)
    ranks[order] = np.arange(len(keys))
    return ranks


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
    _tree: Any = None
    centres: dict[str, tuple[float, float]] = field(default_factory=dict)
    """Municipality centres, for the preferred municipalities' search centres."""

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
        columns["rad_lat"] = np.radians(columns["lat"])
        columns["cos_lat"] = np.cos(columns["rad_lat"])
        table.columns = columns
        return table

    @property
    def tree(self) -> Any:
        """The places on the unit sphere as a k-d tree; built when first needed (a page of
        candidates judges the places its query found, and never asks for the nearest)."""
        if self._tree is None:
            self._tree = cKDTree(_unit_vectors(self.columns["lat"], self.columns["lon"]))
        return self._tree

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

    def nearest(self, centres: list[tuple[float, float]], count: int) -> np.ndarray:
        """The indices of the COUNT nearest places to each centre, together (sorted, unique).
        Places at the same distance (the units of one location) are taken in id order."""
        return self.nearest_many([centres], count)[1]

    def nearest_many(
        self, searches: Sequence[list[tuple[float, float]]], count: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """nearest for several searches (each a list of centres) with one k-d tree query: the
        places found as pairs (the search, the place; by search, then place, unique). A search
        without centres finds every place."""
        n = len(self)
        if not n:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        count = min(count, n)
        sizes = np.array([len(c) for c in searches], dtype=np.int64)
        centres = [c for search in searches for c in search]
        keys = []
        if centres:
            points = _unit_vectors(np.array([c[0] for c in centres]), np.array([c[1] for c in centres]))
            asked = min(count + TIE_ROOM, n)
            distance, found = self.tree.query(points, k=asked)
            distance = np.asarray(distance).reshape(len(centres), -1)
            found = np.asarray(found).reshape(len(centres), -1)
            chosen = found[:, :count]
            if asked > count:
                # Rows where places at the last distance fall on both sides of the cut: the nearer
                # places, then those at the last distance in id order.
                tied = np.flatnonzero(distance[:, count] == distance[:, count - 1])
                if len(tied):
                    rows = found[tied]
                    order = np.lexsort((self.id_rank[rows], distance[tied]), axis=-1)
                    chosen = chosen.copy()
                    chosen[tied] = np.take_along_axis(rows, order[:, :count], axis=1)
            search_of = np.repeat(np.arange(len(searches)), sizes)
            keys.append((search_of[:, None] * n + chosen).reshape(-1))
        for search in np.flatnonzero(sizes == 0).tolist():
            keys.append(search * n + np.arange(n))
        flat = np.sort(np.concatenate(keys))
        flat = flat[np.concatenate(([True], flat[1:] != flat[:-1]))]  # np.unique, faster
        return flat // n, flat % n


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
    """Verdicts and scores of needs over some places of a table, as arrays (one entry per pair)."""

    index: np.ndarray
    constraints: dict[str, np.ndarray]
    """Per constraint checked: does each place pass it."""
    score: np.ndarray
    distance_km: np.ndarray | None
    """From the need's reference point, unrounded; None without one (judging several needs: 0 at
    the pairs of a need without one)."""

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
    return judge_pairs([need], None, table, index, weights, vetoed)


def judge_pairs(
    needs: Sequence[Need],
    owner: np.ndarray | None,
    table: PlaceTable,
    index: np.ndarray,
    weights: Weights,
    vetoed: np.ndarray,
) -> Judged:
    """judge_all for pairs of several needs: the place at INDEX judged for the need at OWNER
    (None: every place for the one need). Each pair gets the values judging its need alone gives,
    to the last bit: the same operations on the same numbers, a need's own values (computed as
    for one need) taken per pair, and a term that does not apply to a pair's need adding 0."""
    c = _Columns(table.columns, index)
    one = owner is None

    def per(values: list) -> Any:
        """Each need's value at its pairs (with one need: the value itself)."""
        return values[0] if one else np.asarray(values)[owner]

    move_on = per([n.move_on.toordinal() for n in needs])
    host = table.host_vetted[index] & (table.host_vetting_expires[index] >= move_on)
    safeguarded = np.where(table.is_host[index], host, c["safeguarded"])
    stay_until = per([(n.stay_until or n.move_on).toordinal() for n in needs])
    constraints = {
        "accepting_households": c["accepting"],
        "not_suspended": ~c["suspended"],
        "beds": (c["free_beds"] >= per([n.size for n in needs])) & (c["free_households"] >= 1),
        "wheelchair": c["wheelchair"] | np.logical_not(per([n.wheelchair for n in needs])),
        "pets": c["pets_allowed"] | np.logical_not(per([n.pets for n in needs])),
        "safeguarding": safeguarded | np.logical_not(per([n.vulnerable for n in needs])),
        "children": c["accepts_children"] | np.logical_not(per([n.has_children for n in needs])),
        "families_only": ~c["families_only"] | per([n.has_children for n in needs]),
        "women_only": ~c["women_only"] | np.logical_not(per([n.adult_men for n in needs])),
        "available_on_move_date": (c["available_from"] <= move_on) & (c["available_until"] >= stay_until),
    }

    def km_from(points: list[tuple[float, float] | None]) -> np.ndarray:
        """scoring.distance_km from each pair's need's point (the haversine; its point's sine and
        cosine computed per need, as for one need)."""
        p1 = [np.radians(p[0]) if p else 0.0 for p in points]
        cos_p1 = per([np.cos(p) for p in p1])
        dp, dl = c["rad_lat"] - per(p1), np.radians(c["lon"] - per([p[1] if p else 0.0 for p in points]))
        a = np.sin(dp / 2) ** 2 + cos_p1 * c["cos_lat"] * np.sin(dl / 2) ** 2
        return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))

    distance = None
    references = [n.reference_point for n in needs]
    if any(references):
        distance = km_from(references)
        if not one and not all(references):
            distance = np.where(per([r is not None for r in references]), distance, 0.0)
        limits = [
            n.max_distance_km if r is not None else None for n, r in zip(needs, references, strict=True)
        ]
        if any(km is not None for km in limits):
            unlimited = np.logical_not(per([km is not None for km in limits]))
            constraints["max_distance"] = (
                distance <= per([np.inf if km is None else km for km in limits])
            ) | unlimited
    constraints["not_declined_before"] = ~vetoed
    constraints = {
        name: ok
        if isinstance(ok, np.ndarray) and ok.shape == index.shape
        else np.broadcast_to(ok, index.shape)
        for name, ok in constraints.items()
    }

    total = np.zeros(len(index))
    weight_sums = [0.0] * len(needs)

    def add(weight: float, value: np.ndarray | float, applies: list[bool]) -> None:
        """Add a term to the pairs of the needs it APPLIES to (per need)."""
        nonlocal total
        for k, applied in enumerate(applies):
            if applied:
                weight_sums[k] += weight
        if one or all(applies):
            total = total + weight * value
        else:
            total = total + np.where(per(applies), weight * value, 0.0)

    for kind, weight in (
        (AnchorKind.WORK, weights.work),
        (AnchorKind.SCHOOL, weights.school),
        (AnchorKind.CARER, weights.carer),
    ):
        anchors = [n.anchors_by_kind.get(kind) or [] for n in needs]
        if any(anchors):
            km = None
            for k in range(max(len(a) for a in anchors)):
                more = km_from([(a[k].lat, a[k].lon) if len(a) > k else None for a in anchors])
                if km is None:
                    km = more
                elif one or all(len(a) > k for a in anchors):
                    km = np.minimum(km, more)
                else:
                    km = np.where(per([len(a) > k for a in anchors]), np.minimum(km, more), km)
            add(weight, np.exp(-km / PROXIMITY_KM), [bool(a) for a in anchors])
    if any(n.wanted_municipalities for n in needs):
        codes = table.municipality_index
        wanted = [
            codes[m] + k * len(codes)
            for k, n in enumerate(needs)
            for m in n.wanted_municipalities
            if m in codes
        ]
        at = c["municipality"] if one else owner * len(codes) + c["municipality"]
        add(
            weights.municipality,
            np.isin(at, wanted).astype(float),
            [bool(n.wanted_municipalities) for n in needs],
        )
    if any(n.languages for n in needs):
        bits = [
            sum(1 << table.language_bits[x] for x in set(n.languages) if x in table.language_bits)
            for n in needs
        ]
        add(
            weights.language,
            ((c["languages"] & per(bits)) != 0).astype(float),
            [bool(n.languages) for n in needs],
        )
    everyone = [True] * len(needs)
    add(weights.small_scale, c["small_scale"].astype(float), everyone)
    free = c["free_beds"]
    with np.errstate(divide="ignore", invalid="ignore"):
        size = per([n.size for n in needs])
        add(weights.bed_fit, np.where(free > 0, np.minimum(1.0, size / np.maximum(free, 1)), 0.0), everyone)
    if not all(n.adult_men for n in needs):
        add(weights.women_only_unit, c["women_only"].astype(float), [not n.adult_men for n in needs])
    if any(n.medical_care for n in needs):
        add(weights.medical_support, c["medical"].astype(float), [n.medical_care for n in needs])
    if any(n.special_needs_education for n in needs):
        km = c["school_km"]
        add(
            weights.special_needs_school,
            np.where(np.isnan(km), 0.0, np.exp(-np.nan_to_num(km) / PROXIMITY_KM)),
            [n.special_needs_education for n in needs],
        )
    if any(n.needs_informal_care for n in needs):
        add(
            weights.care_fit,
            0.7 * c["visiting"] + 0.3 * c["self_catering"].astype(float),
            [n.needs_informal_care for n in needs],
        )
    if any(n.needs_self_catering for n in needs):
        add(weights.self_catering, c["self_catering"].astype(float), [n.needs_self_catering for n in needs])
    add(weights.urgency, per([urgency_value(n) for n in needs]), everyone)
    if one:
        score = total / weight_sums[0] if weight_sums[0] else np.zeros(len(index))
    else:
        sums = per(weight_sums)
        score = np.where(sums != 0, total / np.where(sums != 0, sums, 1.0), 0.0)
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
    return best_many([need], table, weights, [vetoed_keys], limit)[0]


def best_many(
    needs: Sequence[Need], table: PlaceTable, weights: Weights, vetoed_keys: Sequence[set], limit: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """best_indices for several needs at once. Each need's search starts at the nearest
    NEAREST_PER_CANDIDATE × LIMIT places to each of its centres and, while fewer than LIMIT of them
    are possible, looks again at four times as many; the needs still searching are searched and
    judged together (one k-d tree query, one judging over all their pairs)."""
    if not len(table):
        return [(np.zeros(0, np.int64), np.zeros(0)) for _ in needs]
    n = len(table)
    centres = [search_centres(need, table.centres) for need in needs]
    vetoed_rows = [
        [table.key_index[(kind, place.hex)] for kind, place in keys if (kind, place.hex) in table.key_index]
        for keys in vetoed_keys
    ]
    results: list[Any] = [None] * len(needs)
    searching = list(range(len(needs)))
    count = max(20, NEAREST_PER_CANDIDATE * limit)
    while searching:
        if n // HOPELESS_SHARE <= count < n:
            searching = [
                k
                for k in searching
                if not _hopeless(needs[k], table, weights, vetoed_rows[k], limit, results, k)
            ]
            if not searching:
                break
        owner, index = table.nearest_many([centres[k] for k in searching], count)
        declined = [s * n + row for s, k in enumerate(searching) for row in vetoed_rows[k]]
        vetoed = np.isin(owner * n + index, declined) if declined else np.zeros(len(index), dtype=bool)
        judged = judge_pairs([needs[k] for k in searching], owner, table, index, weights, vetoed)
        found = np.bincount(owner[judged.possible], minlength=len(searching))
        done = (found >= limit) | (count >= n)
        for s, best in _best_per_need(table, owner, index, judged, done, limit).items():
            results[searching[s]] = best
        searching = [k for s, k in enumerate(searching) if not done[s]]
        count *= 4
    return results


HOPELESS_SHARE = 8
"""A search that has looked at a HOPELESS_SHARE-th of the table first judges every place: when
fewer than it asks for are possible anywhere, it would widen until it judged every place anyway."""


def _hopeless(
    need: Need,
    table: PlaceTable,
    weights: Weights,
    vetoed_rows: list[int],
    limit: int,
    results: list[Any],
    k: int,
) -> bool:
    """Whether fewer than LIMIT places are possible in the whole table for NEED; if so its result
    (what its last, widest search finds: every place judged) is put at RESULTS[K]."""
    rows = np.arange(len(table))
    judged = judge_pairs([need], None, table, rows, weights, np.isin(rows, vetoed_rows))
    if int(judged.possible.sum()) >= limit:
        return False
    results[k] = _best_per_need(table, None, rows, judged, np.ones(1, dtype=bool), limit)[0]
    return True


def _best_per_need(
    table: PlaceTable,
    owner: np.ndarray | None,
    index: np.ndarray,
    judged: Judged,
    wanted: np.ndarray,
    limit: int,
) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Per need WANTED (by position; OWNER None: the one need), its LIMIT best possible places
    (highest score, then nearest, then id) and their scores."""
    at = np.zeros(len(index), np.int64) if owner is None else owner
    take = judged.possible & wanted[at]
    at, chosen, scores = at[take], index[take], judged.score[take]
    distance = judged.distance_km[take] if judged.distance_km is not None else np.zeros(len(chosen))
    order = np.lexsort((table.id_rank[chosen], np.round(distance, 1), -scores, at))
    at, chosen, scores = at[order], chosen[order], scores[order]
    starts = np.searchsorted(at, np.arange(len(wanted) + 1))
    best = {}
    for s in np.flatnonzero(wanted).tolist():
        first, last = starts[s], min(starts[s + 1], starts[s] + limit)
        best[s] = (chosen[first:last].copy(), scores[first:last].copy())
    return best


def best_of(
    need: Need, table: PlaceTable, weights: Weights, vetoed_keys: set, limit: int
) -> list[BatchCandidate]:
    """The LIMIT best possible places for a need (highest score, then nearest, then id)."""
    index, scores = best_indices(need, table, weights, vetoed_keys, limit)
    return [candidate_at(table, i, s) for i, s in zip(index.tolist(), scores.tolist(), strict=True)]


def load_table(
    session: Session,
    settings: Settings,
    today: date,
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
    table.centres = {
        code: (lat, lon)
        for code, lat, lon in session.exec(select(Municipality.code, Municipality.lat, Municipality.lon))
    }
    return table


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


def request_rows(
    session: Session, request_ids: list[uuid.UUID], statuses: frozenset[str] | None = None
) -> list[Any]:
    """The requests (of STATUSES, if given) as rows: need_from reads their fields by name, as it
    reads a RelocationRequest's, at a fraction of the cost of ORM objects (a run reads ten thousand)."""
    table = RelocationRequest.__table__  # type: ignore[attr-defined]
    query = select(table).where(table.c.id.in_(request_ids))
    if statuses is not None:
        query = query.where(table.c.status.in_(statuses))
    return list(session.connection().execute(query))


def needs_of(session: Session, requests: list[Any], settings: Settings, today: date) -> dict[uuid.UUID, Need]:
    """need_of for many requests (request_rows), with one query per table instead of per request;
    households and anchors read as rows too."""
    connection = session.connection()
    households_table = Household.__table__  # type: ignore[attr-defined]
    households = {
        h.id: h
        for h in connection.execute(
            select(households_table).where(households_table.c.id.in_([r.household_id for r in requests]))
        )
    }
    anchors: dict[uuid.UUID, list[Any]] = {r.id: [] for r in requests}
    anchors_table = RelocationAnchor.__table__  # type: ignore[attr-defined]
    for anchor in connection.execute(
        select(anchors_table)
        .where(anchors_table.c.request_id.in_(list(anchors)))
        .order_by(anchors_table.c.request_id, anchors_table.c.position)
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
    """Ranks chunks of a run's requests against one place table."""

    table: PlaceTable
    settings: Settings
    today: date
    limit: int
    statuses: frozenset[str] = frozenset(BATCH)

    def rank(self, session: Session, request_ids: list[uuid.UUID]) -> list[RankedRequest]:
        """The requests (those still open for a run; the others are left out) with their best places."""
        requests = request_rows(session, request_ids, self.statuses)
        if not requests:
            return []
        needs = needs_of(session, requests, self.settings, self.today)
        declined = declined_of(session, [r.id for r in requests])
        weights = weights_of(self.settings)
        order = {r: i for i, r in enumerate(request_ids)}
        requests.sort(key=lambda r: order[r.id])
        ranked = []
        for start in range(0, len(requests), JUDGED_TOGETHER):
            some = [r.id for r in requests[start : start + JUDGED_TOGETHER]]
            found = best_many(
                [needs[r] for r in some], self.table, weights, [declined[r] for r in some], self.limit
            )
            ranked += [
                RankedRequest(
                    request_id=r,
                    size=needs[r].size,
                    need=needs[r],
                    vetoed=declined[r],
                    table=self.table,
                    index=index,
                    scores=scores,
                )
                for r, (index, scores) in zip(some, found, strict=True)
            ]
        return ranked


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
