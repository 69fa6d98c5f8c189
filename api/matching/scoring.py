"""Hard constraints and the explained score of one household at one place (pure: no database).

A candidate is impossible when any hard constraint fails; the explanation names every constraint
that was checked and which failed. A possible candidate gets a score in [0, 1]: the weighted mean
of the terms that apply to this household (a household without a school anchor is not scored on
school distance), each term reported with its weight, value and a plain-language detail.
Nationality, ethnicity and legal status never enter a score.
"""

import math
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

    # Derived once per need: every place scored asks for them.
    @cached_property
    def anchors_by_kind(self) -> dict[AnchorKind, list[Anchor]]:
        by_kind: dict[AnchorKind, list[Anchor]] = {}
        for anchor in self.anchors:
            by_kind.setdefault(anchor.kind, []).append(anchor)
        return by_kind

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


@dataclass(frozen=True)
class Weights:
    work: float = 3.0
    school: float = 3.0
    carer: float = 3.0
    municipality: float = 2.0
    language: float = 1.0
    small_scale: float = 1.0
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


@dataclass
class Verdict:
    """The outcome for one pair: the constraints checked, those failed, and the scored terms."""

    constraints_checked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    distance_km: float | None = None

    @property
    def possible(self) -> bool:
        return not self.failed

    @property
    def score(self) -> float:
        total = sum(t.weight for t in self.terms)
        if total == 0:
            return 0.0
        return round(sum(t.weight * t.value for t in self.terms) / total, 6)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def proximity(km: float) -> float:
    """1 within 5 km, then a soft decay: 0.5 at about 15 km, 0.03 at 60 km."""
    return 1.0 if km <= 5 else math.exp(-(km - 5) / 15)


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
        verdict.distance_km = round(distance_km(*reference_point, place.lat, place.lon), 1)
    if need.max_distance_km is not None and verdict.distance_km is not None:
        _check(verdict, "max_distance", verdict.distance_km <= need.max_distance_km)
    return verdict


def score_terms(need: Need, place: Place, weights: Weights) -> list[Term]:
    terms: list[Term] = []
    for kind, weight in (
        (AnchorKind.WORK, weights.work),
        (AnchorKind.SCHOOL, weights.school),
        (AnchorKind.CARER, weights.carer),
    ):
        anchors = need.anchors_by_kind.get(kind)
        if not anchors:
            continue
        km, label = min((distance_km(a.lat, a.lon, place.lat, place.lon), a.label) for a in anchors)
        terms.append(
            Term(
                kind.value,
                weight,
                round(proximity(km), 4),
                f"{km:.1f} km to {label}",
                {"km": round(km, 1), "anchor": label},
            )
        )
    wanted = need.wanted_municipalities
    if wanted:
        inside = place.municipality_code in wanted
        terms.append(
            Term(
                "municipality",
                weights.municipality,
                1.0 if inside else 0.0,
                "stays in the current or a preferred municipality" if inside else "another municipality",
                {"in_wanted_municipality": inside},
            )
        )
    if need.languages:
        shared = sorted(set(need.languages) & set(place.languages))
        terms.append(
            Term(
                "language",
                weights.language,
                1.0 if shared else 0.0,
                f"speaks {', '.join(shared)}" if shared else "no shared language at the place",
                {"languages": shared},
            )
        )
    terms.append(
        Term(
            "small_scale",
            weights.small_scale,
            1.0 if place.small_scale else 0.0,
            "small-scale place" if place.small_scale else "large location",
            {"small_scale": place.small_scale},
        )
    )
    if need.needs_informal_care:
        visiting = {"open": 1.0, "daytime": 0.6, "restricted": 0.0}.get(place.visiting_rules, 0.0)
        value = 0.7 * visiting + 0.3 * (1.0 if place.self_catering else 0.0)
        terms.append(
            Term(
                "care_fit",
                weights.care_fit,
                round(value, 4),
                f"visiting {place.visiting_rules}, "
                + ("self-catering" if place.self_catering else "meals provided"),
                {"visiting_rules": place.visiting_rules, "self_catering": place.self_catering},
            )
        )
    if need.needs_self_catering:
        terms.append(
            Term(
                "self_catering",
                weights.self_catering,
                1.0 if place.self_catering else 0.0,
                "self-catering" if place.self_catering else "meals provided, no own kitchen",
                {"self_catering": place.self_catering},
            )
        )
    urgency = 1.0 if need.emergency else max(0.2, min(1.0, 1 - (need.days_until_deadline - 7) / 90))
    terms.append(
        Term(
            "urgency",
            weights.urgency,
            round(urgency, 4),
            "emergency" if need.emergency else f"must move within {need.days_until_deadline} days",
            {"emergency": need.emergency, "days_until_deadline": need.days_until_deadline},
        )
    )
    return terms


def evaluate(need: Need, place: Place, weights: Weights) -> Verdict:
    verdict = check_constraints(need, place, need.reference_point)
    verdict.terms = score_terms(need, place, weights)
    return verdict
