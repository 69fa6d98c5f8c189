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

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from scipy.spatial import cKDTree
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.hosts.models import HostFamily, VettingStatus
from api.households.models import Household
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

NEAREST_PER_CANDIDATE = 4
"""Per search centre, this many nearest places per candidate asked for are judged first."""

FAR = np.iinfo(np.int64).max


def _unit_vectors(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    phi, lam = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(phi) * np.cos(lam), np.cos(phi) * np.sin(lam), np.sin(phi)])


def haversine_km(lat1: float, lon1: float, lat2: np.ndarray, lon2: np.ndarray) -> np.ndarray:
    """scoring.distance_km over arrays (the same formula, so the same values)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(lon2 - lon1)
    a = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


@dataclass
class PlaceTable:
    """Places as columns. Dates as ordinals; a missing date is -∞ (from) or +∞ (until)."""

    places: list[Place]
    location_ids: list[uuid.UUID | None]
    # Host families: their vetting decides `safeguarded` per move date.
    host_vetted: np.ndarray
    host_vetting_expires: np.ndarray
    is_host: np.ndarray
    columns: dict[str, np.ndarray] = field(default_factory=dict)
    municipality_index: dict[str, int] = field(default_factory=dict)
    language_bits: dict[str, int] = field(default_factory=dict)
    key_index: dict[tuple[str, uuid.UUID], int] = field(default_factory=dict)
    tree: Any = None
    centres: dict[str, tuple[float, float]] = field(default_factory=dict)
    """Municipality centres, for the preferred municipalities' search centres."""

    @classmethod
    def of(cls, entries: Sequence[tuple[Place, uuid.UUID | None, bool, date | None]]) -> "PlaceTable":
        """From (place, location id, host vetted, host vetting expires on) per place."""
        places = [e[0] for e in entries]
        municipality_index: dict[str, int] = {}
        language_bits: dict[str, int] = {}
        for place in places:
            municipality_index.setdefault(place.municipality_code, len(municipality_index))
            for language in place.languages:
                language_bits.setdefault(language, len(language_bits))
        if len(language_bits) > 63:
            raise ValueError("more than 63 languages spoken at places")

        def column(values: list, dtype: Any) -> np.ndarray:
            return np.array(values, dtype=dtype)

        table = cls(
            places=places,
            location_ids=[e[1] for e in entries],
            host_vetted=column([e[2] for e in entries], bool),
            host_vetting_expires=column([e[3].toordinal() if e[3] else FAR for e in entries], np.int64),
            is_host=column([p.place_type == PlaceType.HOST_FAMILY.value for p in places], bool),
            municipality_index=municipality_index,
            language_bits=language_bits,
        )
        table.columns = {
            "lat": column([p.lat for p in places], float),
            "lon": column([p.lon for p in places], float),
            "free_beds": column([p.free_beds for p in places], np.int64),
            "free_households": column([p.free_households for p in places], np.int64),
            "wheelchair": column([p.wheelchair for p in places], bool),
            "pets_allowed": column([p.pets_allowed for p in places], bool),
            "accepts_children": column([p.accepts_children for p in places], bool),
            "families_only": column([p.families_only for p in places], bool),
            "women_only": column([p.women_only for p in places], bool),
            "safeguarded": column([p.safeguarded for p in places], bool),
            "accepting": column([p.accepting for p in places], bool),
            "suspended": column([p.suspended for p in places], bool),
            "available_from": column(
                [p.available_from.toordinal() if p.available_from else -FAR for p in places], np.int64
            ),
            "available_until": column(
                [p.available_until.toordinal() if p.available_until else FAR for p in places], np.int64
            ),
            "municipality": column([municipality_index[p.municipality_code] for p in places], np.int64),
            "languages": column(
                [sum(1 << language_bits[x] for x in set(p.languages)) for p in places], np.int64
            ),
            "small_scale": column([p.small_scale for p in places], bool),
            "self_catering": column([p.self_catering for p in places], bool),
            "visiting": column([VISITING_VALUES.get(p.visiting_rules, 0.0) for p in places], float),
            "medical": column([p.medical_support_nearby for p in places], bool),
            "school_km": column(
                [np.nan if p.special_needs_school_km is None else p.special_needs_school_km for p in places],
                float,
            ),
        }
        table.key_index = {(p.place_type, uuid.UUID(p.place_id)): i for i, p in enumerate(places)}
        if places:
            table.tree = cKDTree(_unit_vectors(table.columns["lat"], table.columns["lon"]))
        return table

    def __len__(self) -> int:
        return len(self.places)

    def safeguarded(self, need: Need, index: np.ndarray) -> np.ndarray:
        """Units: staffed; hosts: vetted, and not expired on the move date (hosts.is_vetted)."""
        on = need.move_on.toordinal()
        host = self.host_vetted[index] & (self.host_vetting_expires[index] >= on)
        return np.where(self.is_host[index], host, self.columns["safeguarded"][index])

    def nearest(self, centres: list[tuple[float, float]], count: int) -> np.ndarray:
        """The indices of the COUNT nearest places to each centre, together (sorted, unique)."""
        if not len(self) or not centres:
            return np.arange(len(self))
        count = min(count, len(self))
        points = _unit_vectors(np.array([c[0] for c in centres]), np.array([c[1] for c in centres]))
        _, found = self.tree.query(points, k=count)
        return np.unique(np.asarray(found).reshape(-1))


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
    c = {name: values[index] for name, values in table.columns.items()}
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
    constraints = {name: np.broadcast_to(ok, index.shape) for name, ok in constraints.items()}

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
    candidates: list[BatchCandidate]
    table: PlaceTable
    weights: Weights

    def proposal(self, place_id: str) -> dict[str, Any]:
        """The fields of a MatchingProposal for one of the candidates, explained in words (by the
        per-pair path: only kept proposals are worded)."""
        candidate = next(c for c in self.candidates if c.place_id == place_id)
        place = self.table.places[candidate.index]
        verdict = _judge(self.need, place, self.weights, self.vetoed)
        runner_up = next((c for c in self.candidates if c.place_id != place_id), None)
        versus = None
        if runner_up is not None:
            other = self.table.places[runner_up.index]
            versus = Ranked(other, _judge(self.need, other, self.weights, self.vetoed), None)
        return {
            "request_id": self.request_id,
            "place_type": place.place_type,
            "place_id": uuid.UUID(place.place_id),
            "place_name": place.name,
            "score": candidate.score,
            "explanation": explanation(
                Ranked(place, verdict, self.table.location_ids[candidate.index]), versus
            ).model_dump(mode="json"),
        }


def best_of(
    need: Need, table: PlaceTable, weights: Weights, vetoed_keys: set, limit: int
) -> list[BatchCandidate]:
    """The LIMIT best possible places for a need (highest score, then nearest, then id)."""
    if not len(table):
        return []
    centres = search_centres_of(need, table)
    count = max(20, NEAREST_PER_CANDIDATE * limit)
    vetoed_index = {table.key_index[k] for k in vetoed_keys if k in table.key_index}
    while True:
        index = table.nearest(centres, count)
        vetoed = np.isin(index, list(vetoed_index)) if vetoed_index else np.zeros(len(index), dtype=bool)
        judged = judge_all(need, table, index, weights, vetoed)
        possible = np.flatnonzero(judged.possible)
        if len(possible) >= limit or count >= len(table):
            break
        count *= 4
    distance = judged.distance_km[possible] if judged.distance_km is not None else np.zeros(len(possible))
    scores = judged.score[possible]
    chosen = index[possible]
    ids = [table.places[i].place_id for i in chosen.tolist()]
    order = sorted(range(len(chosen)), key=lambda k: (-scores[k], round(float(distance[k]), 1), ids[k]))[
        :limit
    ]
    free_beds, free_households = table.columns["free_beds"], table.columns["free_households"]
    return [
        BatchCandidate(
            index=int(chosen[k]),
            place_id=ids[k],
            free_beds=int(free_beds[chosen[k]]),
            free_households=int(free_households[chosen[k]]),
            score=float(scores[k]),
        )
        for k in order
    ]


def search_centres_of(need: Need, table: PlaceTable) -> list[tuple[float, float]]:
    """candidates.search_centres, with the municipality centres the ranker loaded."""
    centres = [(a.lat, a.lon) for a in need.anchors]
    centres += [table.centres[m] for m in need.preferred_municipalities if m in table.centres]
    return list(dict.fromkeys((round(lat, 3), round(lon, 3)) for lat, lon in centres))[:8]


def load_table(session: Session, settings: Settings, today: date) -> PlaceTable:
    """Every unit of a location that is not closed, and every host that is not rejected or
    suspended and available from today on (the per-request search's unfiltered conditions)."""
    connection = session.connection()
    units = connection.execute(
        _unit_rows().where(
            col(ShelterUnit.status) != UnitStatus.CLOSED.value,
            col(ShelterLocation.status) != LocationStatus.CLOSED.value,
        )
    ).all()
    hosts = connection.execute(
        _host_rows().where(
            col(HostFamily.vetting_status).not_in(
                [VettingStatus.REJECTED.value, VettingStatus.SUSPENDED.value]
            ),
            col(HostFamily.available_until) >= today,
        )
    ).all()
    # `safeguarded` of a host depends on the move date: the table keeps its vetting instead.
    probe = Need(
        size=1,
        has_children=False,
        adult_men=True,
        wheelchair=False,
        pets=False,
        vulnerable=False,
        needs_informal_care=False,
        needs_self_catering=False,
        languages=(),
        move_on=today,
        stay_until=None,
        anchors=(),
        home_municipality=None,
        preferred_municipalities=(),
        max_distance_km=None,
        days_until_deadline=0,
        emergency=False,
    )
    places = to_places(list(units), list(hosts), probe, settings)
    entries = [(place, location_id, False, None) for place, location_id in places[: len(units)]]
    entries += [
        (place, None, host.vetting_status == VettingStatus.VETTED.value, host.vetting_expires_on)
        for (place, _), host in zip(places[len(units) :], hosts, strict=True)
    ]
    table = PlaceTable.of(entries)
    table.centres = {
        code: (lat, lon)
        for code, lat, lon in session.exec(select(Municipality.code, Municipality.lat, Municipality.lon))
    }
    return table


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
    """Ranks chunks of a run's requests against one place table."""

    table: PlaceTable
    settings: Settings
    today: date
    limit: int
    statuses: frozenset[str]

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
            ranked.append(
                RankedRequest(
                    request_id=request.id,
                    size=need.size,
                    need=need,
                    vetoed=declined[request.id],
                    candidates=best_of(need, self.table, weights, declined[request.id], self.limit),
                    table=self.table,
                    weights=weights,
                )
            )
        return ranked


def rank_requests(session: Session, settings: Settings, today: date, limit: int) -> Ranker:
    return Ranker(load_table(session, settings, today), settings, today, limit, frozenset(BATCH))
