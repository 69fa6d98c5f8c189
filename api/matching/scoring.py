"""Hard constraints and the explained score of one household at one place (pure: no database).

A candidate is impossible when any hard constraint fails; the explanation names every constraint
that was checked and which failed. A possible candidate gets a score in [0, 1]: the weighted mean
of the terms that apply to this household (a household without a school anchor is not scored on
school distance), each term reported with its weight, value and a plain-language detail.
Nationality, ethnicity and legal status never enter a score.
"""

import math
import operator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple

from api.relocation.models import AnchorKind

EARTH_RADIUS_KM = 6371.0

# What each hard constraint means, for explanations and refusals.
CONSTRAINTS = {
    "accepting_households": "the place takes no households now (closed, blocked, or host not available)",
    "not_suspended": "an open safeguarding incident suspends the place",
    "beds": "not enough free beds, or no household slot left",
    "wheelchair": "the household needs wheelchair access",
    "pets": "the household has pets and the place does not allow them",
    "safeguarding": "a household flagged as vulnerable goes only to a vetted host or a staffed location",
    "children": "the place does not take children",
    "families_only": "the unit is for families with children only",
    "women_only": "the unit is for women and children only",
    "available_on_move_date": "the place is not available from the move date for long enough",
    "max_distance": "farther from the household's current home than its maximum distance",
    "not_declined_before": "the household declined this place before",
}


ANCHOR_TERM_KINDS = (AnchorKind.WORK, AnchorKind.SCHOOL, AnchorKind.CARER)
"""The anchors scored on distance, in the order of their terms (each term named as its kind and
weighted by the Weights field of that name)."""


@dataclass(frozen=True)
class Anchor:
    kind: AnchorKind
    label: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Need:
    """What one relocation request asks of a place."""

    size: int
    has_children: bool
    adult_men: bool
    wheelchair: bool
    pets: bool
    vulnerable: bool
    needs_informal_care: bool
    needs_self_catering: bool
    languages: tuple[str, ...]
    move_on: date
    stay_until: date | None
    anchors: tuple[Anchor, ...]
    home_municipality: str | None
    preferred_municipalities: tuple[str, ...]
    max_distance_km: float | None
    days_until_deadline: int
    emergency: bool
    medical_care: bool = False
    special_needs_education: bool = False

    # Derived once per need: every place scored asks for them.
    @cached_property
    def anchors_by_kind(self) -> dict[AnchorKind, list[Anchor]]:
        by_kind: dict[AnchorKind, list[Anchor]] = {}
        for anchor in self.anchors:
            by_kind.setdefault(anchor.kind, []).append(anchor)
        return by_kind

    @cached_property
    def anchor_terms(self) -> tuple[tuple[str, list[Anchor]], ...]:
        """(term name, its anchors) of the anchor terms that apply, in the terms' order."""
        return tuple(
            (kind.value, self.anchors_by_kind[kind])
            for kind in ANCHOR_TERM_KINDS
            if kind in self.anchors_by_kind
        )

    @cached_property
    def reference_point(self) -> tuple[float, float] | None:
        """Where distance limits are measured from: the current home, else the first anchor."""
        for anchor in sorted(self.anchors, key=lambda a: a.kind != AnchorKind.CURRENT_HOME):
            return (anchor.lat, anchor.lon)
        return None

    @cached_property
    def wanted_municipalities(self) -> frozenset[str]:
        return frozenset(m for m in (self.home_municipality, *self.preferred_municipalities) if m)


@dataclass(frozen=True)
class Place:
    """A shelter unit or a host family, with what matching needs to know about it."""

    place_type: str
    place_id: str
    name: str
    municipality_code: str
    lat: float
    lon: float
    free_beds: int
    free_households: int
    wheelchair: bool
    pets_allowed: bool
    accepts_children: bool
    families_only: bool
    women_only: bool
    safeguarded: bool
    accepting: bool
    suspended: bool
    available_from: date | None
    available_until: date | None
    languages: tuple[str, ...]
    small_scale: bool
    self_catering: bool
    visiting_rules: str
    medical_support_nearby: bool = False
    special_needs_school_km: float | None = None


@dataclass(frozen=True)
class Weights:
    """How much each term counts (a score is the weighted mean of the terms that apply).

    Calibrated on the demo's and the tests' cases: the anchors (work, school, carers) dominate; a
    household's specific needs (women-only unit, medical support, a special-needs school) count as
    much as an anchor, so that a place meeting them comes first among places at similar distances;
    the municipality next; bed fit separates units of different sizes at the same location (a
    household of 2 in a 2-bed room before a 6-bed room, which a larger family needs); language,
    small scale, care and kitchen after that. Urgency is the same for every place of a request: it
    does not reorder a request's places, it makes the batch solver favour urgent requests."""

    work: float = 3.0
    school: float = 3.0
    carer: float = 3.0
    municipality: float = 2.0
    language: float = 1.0
    small_scale: float = 1.0
    bed_fit: float = 1.0
    women_only_unit: float = 3.0
    medical_support: float = 3.0
    special_needs_school: float = 3.0
    care_fit: float = 1.5
    self_catering: float = 1.5
    urgency: float = 1.0


class Term(NamedTuple):
    """One scored term (a tuple: a few hundred places get some seven terms each per request)."""

    name: str
    weight: float
    value: float
    detail: str
    facts: dict[str, Any]
    """What the detail says, as values (see TermFacts in models.py), for clients that word it."""


_weight = operator.attrgetter("weight")


@dataclass
class Verdict:
    """The outcome for one pair: the constraints checked, those failed, and the scored terms."""

    constraints_checked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    distance_km: float | None = None

    exact_values: list[float] = field(default_factory=list)
    """The terms' values before rounding for display; the score is computed from these."""

    @property
    def possible(self) -> bool:
        return not self.failed

    @property
    def score(self) -> float:
        # The sums as generators over the terms would give the same floats, in the same order;
        # map is cheaper, and a page asks for some sixty scores.
        weights = list(map(_weight, self.terms))
        total = sum(weights)
        if total == 0:
            return 0.0
        if len(weights) != len(self.exact_values):
            raise ValueError("every term has one exact value")
        return sum(map(operator.mul, weights, self.exact_values)) / total


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


PROXIMITY_KM = 10.0
"""Distance at which proximity has fallen to 1/e: 0.90 at 1 km, 0.61 at 5 km, 0.37 at 10 km,
0.14 at 20 km. The decay starts at 0 km: places 1 and 4 km from work differ (0.90 against 0.67),
where a flat first 5 km scored every nearby place alike."""


def proximity(km: float) -> float:
    return math.exp(-km / PROXIMITY_KM)


def _check(verdict: Verdict, name: str, ok: bool) -> None:
    verdict.constraints_checked.append(name)
    if not ok:
        verdict.failed.append(name)


def check_constraints(need: Need, place: Place, reference_point: tuple[float, float] | None) -> Verdict:
    verdict = Verdict()
    _check(verdict, "accepting_households", place.accepting)
    _check(verdict, "not_suspended", not place.suspended)
    _check(verdict, "beds", place.free_beds >= need.size and place.free_households >= 1)
    _check(verdict, "wheelchair", place.wheelchair or not need.wheelchair)
    _check(verdict, "pets", place.pets_allowed or not need.pets)
    _check(verdict, "safeguarding", place.safeguarded or not need.vulnerable)
    _check(verdict, "children", place.accepts_children or not need.has_children)
    _check(verdict, "families_only", not place.families_only or need.has_children)
    _check(verdict, "women_only", not place.women_only or not need.adult_men)
    opens_in_time = place.available_from is None or place.available_from <= need.move_on
    covers_stay = place.available_until is None or place.available_until >= (need.stay_until or need.move_on)
    _check(verdict, "available_on_move_date", opens_in_time and covers_stay)
    if reference_point is not None:
        km = distance_km(*reference_point, place.lat, place.lon)
        verdict.distance_km = round(km, 1)
        if need.max_distance_km is not None:
            _check(verdict, "max_distance", km <= need.max_distance_km)
    return verdict


def score_terms(need: Need, place: Place, weights: Weights) -> tuple[list[Term], list[float]]:
    """The terms that apply to this household, and their exact values (the terms' are rounded)."""
    terms: list[Term] = []
    exact: list[float] = []

    def add(name: str, weight: float, value: float, detail: str, facts: dict[str, Any]) -> None:
        terms.append(Term(name, weight, round(value, 4), detail, facts))
        exact.append(value)

    for name, anchors in need.anchor_terms:
        km, label = min((distance_km(a.lat, a.lon, place.lat, place.lon), a.label) for a in anchors)
        add(
            name,
            getattr(weights, name),
            proximity(km),
            f"{km:.1f} km to {label}",
            {"km": round(km, 1), "anchor": label},
        )
    wanted = need.wanted_municipalities
    if wanted:
        inside = place.municipality_code in wanted
        add(
            "municipality",
            weights.municipality,
            1.0 if inside else 0.0,
            "stays in the current or a preferred municipality" if inside else "another municipality",
            {"in_wanted_municipality": inside},
        )
    if need.languages:
        shared = sorted(set(need.languages) & set(place.languages))
        add(
            "language",
            weights.language,
            1.0 if shared else 0.0,
            f"speaks {', '.join(shared)}" if shared else "no shared language at the place",
            {"languages": shared},
        )
    add(
        "small_scale",
        weights.small_scale,
        1.0 if place.small_scale else 0.0,
        "small-scale place" if place.small_scale else "large location",
        {"small_scale": place.small_scale},
    )
    fit = bed_fit(need.size, place.free_beds)
    add(
        "bed_fit",
        weights.bed_fit,
        fit,
        f"{need.size} of {max(place.free_beds, 0)} free beds used",
        {"free_beds": place.free_beds, "size": need.size},
    )
    if not need.adult_men:
        add(
            "women_only_unit",
            weights.women_only_unit,
            1.0 if place.women_only else 0.0,
            "a unit for women and children only" if place.women_only else "not a women-only unit",
            {"women_only": place.women_only},
        )
    if need.medical_care:
        add(
            "medical_support",
            weights.medical_support,
            1.0 if place.medical_support_nearby else 0.0,
            "medical support nearby"
            if place.medical_support_nearby
            else "no medical support nearby recorded",
            {"medical_support_nearby": place.medical_support_nearby},
        )
    if need.special_needs_education:
        km = place.special_needs_school_km
        add(
            "special_needs_school",
            weights.special_needs_school,
            0.0 if km is None else proximity(km),
            "no special-needs school recorded" if km is None else f"special-needs school {km:.1f} km away",
            {"km": None if km is None else round(km, 1)},
        )
    if need.needs_informal_care:
        visiting = VISITING_VALUES.get(place.visiting_rules, 0.0)
        add(
            "care_fit",
            weights.care_fit,
            0.7 * visiting + 0.3 * (1.0 if place.self_catering else 0.0),
            f"visiting {place.visiting_rules}, "
            + ("self-catering" if place.self_catering else "meals provided"),
            {"visiting_rules": place.visiting_rules, "self_catering": place.self_catering},
        )
    if need.needs_self_catering:
        add(
            "self_catering",
            weights.self_catering,
            1.0 if place.self_catering else 0.0,
            "self-catering" if place.self_catering else "meals provided, no own kitchen",
            {"self_catering": place.self_catering},
        )
    add(
        "urgency",
        weights.urgency,
        urgency_value(need),
        "emergency" if need.emergency else f"must move within {need.days_until_deadline} days",
        {"emergency": need.emergency, "days_until_deadline": need.days_until_deadline},
    )
    return terms, exact


VISITING_VALUES = {"open": 1.0, "daytime": 0.6, "restricted": 0.0}


def bed_fit(size: int, free_beds: int) -> float:
    """The share of the free beds the household would use (1: it fills the place exactly)."""
    return min(1.0, size / free_beds) if free_beds > 0 else 0.0


def urgency_value(need: Need) -> float:
    return 1.0 if need.emergency else max(0.2, min(1.0, 1 - (need.days_until_deadline - 7) / 90))


def evaluate(need: Need, place: Place, weights: Weights) -> Verdict:
    verdict = check_constraints(need, place, need.reference_point)
    verdict.terms, verdict.exact_values = score_terms(need, place, weights)
    return verdict
