"""Batch assignment core of the matching engine (pure: no database, no I/O).

Problem (see ``shared/matching/FORMAT.md``): households with a size, places with ``beds`` and
``maxHouseholds``, and scored candidate pairs. Choose at most one place per household so that every
place takes at most ``maxHouseholds`` households whose sizes sum to at most ``beds``, maximising the
sum of the chosen scores. Besides the assignment we report a proven upper bound on the optimum.

Method:
1. Without bed limits the problem is a maximum-weight b-matching, solved exactly as a min-cost
   flow (OR-Tools). Bed limits only matter at *coupled* places, where ``maxHouseholds`` times the
   largest candidate household exceeds ``beds``.
2. Lagrangian relaxation of the bed limits: a price ``λ_p ≥ 0`` per bed turns a pair's score into
   ``score - λ_p · size``. For every λ the flow optimum plus ``Σ λ_p · beds_p`` bounds the optimum
   from above; a few projected-subgradient rounds (Polyak steps) lower that bound.
3. Every round's flow solution is repaired into a feasible assignment (drop the households with the
   least score per bed from over-full places, then move households, best gain first, into room
   where they score higher; unassigned ones score 0) and the best one is kept.
4. Where bed limits bind (the gap is above ``BED_LIMITED_GAP`` after the first round), the
   second round prices every over-full place at (a share of) its clearing price, the price per
   bed at which its relaxed households just fit (``_clearing_prices``); then a local search
   takes over: every bed-limited place is re-filled with its best set of candidates (an exact
   knapsack over beds and maxHouseholds by dynamic programming, see ``_refill_shelters``), then
   everybody is re-assigned by one exact flow in which each bed-limited place keeps the
   household sizes it holds as slots (``_slot_flow``: chains of moves through host families and
   swaps between shelters).
5. Small instances are then solved exactly with CP-SAT, warm-started from that assignment.

All scores are scaled to integers for the solvers; the reported bound adds what that rounding can
hide, so it stays a true upper bound (see ``_bound_margin``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from ortools.graph.python import min_cost_flow

MAX_COUNT = 1_000_000
"""Upper limit for sizes, beds and maxHouseholds: far above any real value, and keeps sums exact."""

SCORE_SCALE = 1_000_000_000
"""Scores are scaled to integers (nano-points) for the integer min-cost-flow and CP-SAT solvers;
scores closer than 1e-9 count as equal there."""

ROUNDING_GUARD = 1e-6
"""Scaled scores within this distance above an integer round down to it (absorbs float noise such as
0.0041 * 1e9 = 4100000.0000000005); the bound margin pays for it, see ``_bound_margin``."""

DEFAULT_ROUNDS = 5
"""Lagrangian rounds at most. The first costs a min-cost flow over all candidate pairs (~0.3 s per
million), later ones only over the pairs that can still matter (see ``_Relaxation``)."""

GAP_GOAL = 0.0025
"""The rounds stop once the best assignment is proven within this share of the optimum (a quarter
of the 1 % the benchmark asks for): later rounds improve the objective by a few hundredths of a
percent at the cost of a third of the time each."""

ACTIVE_SLACK = 0.05
"""Score points by which a pair may fall short of being worth taking in the previous round and
still join the next round's flow."""

PRUNED_MAX_SHARE = 0.25
"""A round solves the flow over all pairs when the promising ones are more than this share: then
pruning saves less than the re-solves it may need."""

POTENTIAL_MAX_ITERATIONS = 2_000
"""Bellman-Ford passes allowed for the flow's node potentials: markets with a surplus or a
shortage need ~50, markets where places about match households up to ~250 (longer chains of
households displacing each other). Later passes only revisit arcs whose tail got closer, so they
are cheap; beyond the limit the round falls back to a flow over all pairs."""

BED_LIMITED_GAP = 0.01
"""A gap above this share after the first round means the bed limits bind (repairing the relaxed
solution loses much; 0.2-0.4 % on the scarce, tight and loose benchmark markets, 5-6 % on the
bed-limited one). Then the second round prices each bed-limited place at its clearing price
(``CLEARING_PRICE_SHARE``), the rounds stop after ``BED_LIMITED_ROUNDS`` and the rest of the time
goes to the local search on the bed-limited places (``_refill_shelters``, ``_slot_flow``), which
gains far more there."""

BED_LIMITED_ROUNDS = 2
"""Rounds at most where bed limits bind (also at most ``rounds``): the first at zero prices, the
second at the clearing prices. On the bed-limited benchmark seeds a third round lowers the bound
(from 4.7-5.6 % to 2.6-3.0 % above the LP's) but does not improve the assignment the local search
starts from, and costs a full flow (~0.3 s)."""

CLEARING_PRICE_SHARE = 0.7
"""Where bed limits bind, the second round prices each over-full place's beds at this share of
its clearing price (see ``_clearing_prices``). On the three bed-limited benchmark seeds, with two
passes of ``_refill_shelters``, the local search then ends 0.86-0.93 % below the LP bound
(0.84-0.96 % at 0.8, 0.89-0.99 % at 0.6, up to 1.04 % at 1.0; 0.93-0.99 % after the three rounds
of per-place subgradient steps this replaces)."""

LOCAL_SEARCH_ROUNDS = 2
"""Rounds of shelter re-filling followed by a slot flow at most (~0.5 s each on 400,000 pairs),
the second with the other slot design (see ``_slot_flow``): together 0.05-0.1 % better on the
bed-limited benchmark market than twice the same design."""

STEP_FACTOR = 0.25
"""Polyak step factor for the bed prices; larger factors oscillate on realistic instances."""

EXACT_MAX_PAIRS = 5_000
"""Instances with at most this many usable pairs (a desk's batch of a few hundred households) are
also solved exactly with CP-SAT, which takes up to about a second there."""

EXACT_TIME_LIMIT = 2.0
"""Seconds CP-SAT may take; it keeps its best solution and bound when it stops early."""


class InstanceError(ValueError):
    """The input does not follow FORMAT.md; the message names the offending entry."""


class InvalidResult(ValueError):
    """A result violates the instance: not a candidate, over capacity, or inconsistent figures."""


@dataclass(frozen=True)
class Instance:
    """A parsed instance as arrays; candidate arrays are sorted by (household, place)."""

    household_ids: list[str]
    place_ids: list[str]
    size: np.ndarray
    beds: np.ndarray
    max_households: np.ndarray
    household: np.ndarray
    place: np.ndarray
    score: np.ndarray

    @property
    def n_households(self) -> int:
        return len(self.household_ids)

    @property
    def n_places(self) -> int:
        return len(self.place_ids)


@dataclass(frozen=True)
class Solution:
    """``chosen`` holds indices into the instance's candidate arrays, in household order."""

    chosen: np.ndarray
    objective: float
    upper_bound: float
    seconds: float

    @property
    def gap(self) -> float:
        if self.upper_bound <= 0.0:
            return 0.0
        return (self.upper_bound - self.objective) / self.upper_bound


# --------------------------------------------------------------------------------------- parsing


def parse_instance(data: Any) -> Instance:
    """Check an instance (already decoded from JSON) and turn it into arrays.

    Raises InstanceError with a one-line message naming the first offending entry.
    """
    if not isinstance(data, dict):
        raise InstanceError("the instance must be a JSON object with households, places, candidates")
    household_index, (size,) = _parse_entities(_list_field(data, "households"), "households", [("size", 1)])
    place_index, (beds, max_households) = _parse_entities(
        _list_field(data, "places"), "places", [("beds", 1), ("maxHouseholds", 0)]
    )
    household, place, score = _parse_candidates(_list_field(data, "candidates"), household_index, place_index)
    # One sort gives household-major order and puts repeated pairs next to each other.
    key = household * max(len(place_index), 1) + place
    order = np.argsort(key, kind="stable")
    key = key[order]
    repeated = np.flatnonzero(key[1:] == key[:-1])
    if len(repeated):
        first, second = sorted(order[repeated[0] : repeated[0] + 2].tolist())
        raise InstanceError(f"candidates[{second}] repeats the pair of candidates[{first}]")
    return Instance(
        household_ids=list(household_index),
        place_ids=list(place_index),
        size=size,
        beds=beds,
        max_households=max_households,
        household=household[order],
        place=place[order],
        score=score[order],
    )


def _list_field(data: dict, name: str) -> list:
    if name not in data:
        raise InstanceError(f"missing field {name!r}")
    if not isinstance(data[name], list):
        raise InstanceError(f"{name!r} must be a list")
    return data[name]


def _parse_entities(
    items: list, name: str, fields: Sequence[tuple[str, int]]
) -> tuple[dict[str, int], list[np.ndarray]]:
    """Parse households or places: a unique string id plus whole-number fields with a minimum."""
    index: dict[str, int] = {}
    columns: list[list[int]] = [[] for _ in fields]
    for i, entry in enumerate(items):
        where = f"{name}[{i}]"
        if not isinstance(entry, dict):
            raise InstanceError(f"{where} must be an object")
        ident = entry.get("id")
        if type(ident) is not str or not ident:
            raise InstanceError(f"{where}.id must be a non-empty string")
        if ident in index:
            raise InstanceError(f"{where}.id {_show(ident)} duplicates {name}[{index[ident]}].id")
        index[ident] = i
        for column, (field, minimum) in zip(columns, fields, strict=True):
            if field not in entry:
                raise InstanceError(f"{where}: missing field {field!r}")
            value = entry[field]
            if type(value) is not int:
                raise InstanceError(f"{where}.{field} must be a whole number, got {_show(value)}")
            if not minimum <= value <= MAX_COUNT:
                raise InstanceError(
                    f"{where}.{field} must be between {minimum} and {MAX_COUNT}, got {_show(value)}"
                )
            column.append(value)
    return index, [np.array(column, dtype=np.int64) for column in columns]


def _parse_candidates(
    items: list, household_index: dict[str, int], place_index: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fast path over up to millions of pairs; on any failure a slow pass names the bad entry."""
    try:
        household = np.array([household_index[c["household"]] for c in items], dtype=np.int64)
        place = np.array([place_index[c["place"]] for c in items], dtype=np.int64)
        raw_scores = [c["score"] for c in items]
        if not set(map(type, raw_scores)) <= {float, int}:
            raise TypeError("score of the wrong type")
        score = np.array(raw_scores, dtype=np.float64)
    except (KeyError, TypeError, OverflowError):
        _explain_bad_candidate(items, household_index, place_index)
        raise
    out_of_range = np.flatnonzero(~((score >= 0.0) & (score <= 1.0)))  # also catches NaN
    if len(out_of_range):
        i = int(out_of_range[0])
        raise InstanceError(f"candidates[{i}].score must be between 0 and 1, got {_show(raw_scores[i])}")
    return household, place, score


def _explain_bad_candidate(items: list, household_index: dict[str, int], place_index: dict[str, int]) -> None:
    for i, entry in enumerate(items):
        where = f"candidates[{i}]"
        if not isinstance(entry, dict):
            raise InstanceError(f"{where} must be an object")
        for field, index in (("household", household_index), ("place", place_index)):
            if field not in entry:
                raise InstanceError(f"{where}: missing field {field!r}")
            if type(entry[field]) is not str:
                raise InstanceError(f"{where}.{field} must be a string id, got {_show(entry[field])}")
            if entry[field] not in index:
                raise InstanceError(f"{where}: unknown {field} {_show(entry[field])}")
        if "score" not in entry:
            raise InstanceError(f"{where}: missing field 'score'")
        score = entry["score"]
        if type(score) not in (float, int) or not (0 <= score <= 1):
            raise InstanceError(f"{where}.score must be a number between 0 and 1, got {_show(score)}")


def _show(value: Any) -> str:
    """A value for an error message: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# --------------------------------------------------------------------------------------- solving


@dataclass(frozen=True)
class _Pairs:
    """The candidate pairs that can ever be chosen (positive score, household fits the beds)."""

    index: np.ndarray  # into the instance's candidate arrays
    household: np.ndarray
    place: np.ndarray
    score: np.ndarray
    size: np.ndarray  # size of the pair's household
    coupled: np.ndarray  # per place: can the bed limit bind?
    households_with_pairs: int

    @classmethod
    def usable(cls, instance: Instance) -> _Pairs:
        size = instance.size[instance.household]
        index = np.flatnonzero(
            (instance.score > 0.0)
            & (size <= instance.beds[instance.place])
            & (instance.max_households[instance.place] > 0)
        )
        place = instance.place[index]
        largest = np.zeros(instance.n_places, dtype=np.int64)
        np.maximum.at(largest, place, size[index])
        return cls(
            index=index,
            household=instance.household[index],
            place=place,
            score=instance.score[index],
            size=size[index],
            coupled=instance.max_households * largest > instance.beds,
            households_with_pairs=int(np.count_nonzero(np.bincount(instance.household[index]))),
        )


def solve(
    instance: Instance,
    *,
    rounds: int = DEFAULT_ROUNDS,
    gap_goal: float = GAP_GOAL,
    exact_max_pairs: int = EXACT_MAX_PAIRS,
) -> Solution:
    """Assign households to places; see the module docstring for the method.

    ``rounds`` bounds the Lagrangian rounds (at least one: it gives the first bound and solution);
    they stop early once the gap is at most ``gap_goal``, and after ``BED_LIMITED_ROUNDS`` where
    bed limits bind (then the shelter local search follows unless the gap already meets
    ``gap_goal``). Instances with at most
    ``exact_max_pairs`` usable pairs are then solved exactly with CP-SAT.
    """
    start = time.perf_counter()
    pairs = _Pairs.usable(instance)
    relaxation = _Relaxation(instance, pairs)
    prices = np.zeros(instance.n_places)
    best_bound = math.inf
    best_chosen = np.zeros(0, dtype=np.int64)
    best_objective = 0.0
    proven_optimal = False
    bed_limited = False
    for round_ in range(max(1, rounds)):
        relaxed, bound = relaxation.solve(prices, prune=not bed_limited)
        best_bound = min(best_bound, bound)
        chosen = _repair(instance, pairs, relaxed)
        objective = math.fsum(pairs.score[chosen])
        if objective > best_objective:
            best_objective, best_chosen = objective, chosen
        subgradient = _price_subgradient(instance, pairs, relaxed, prices)
        if best_objective >= best_bound or not subgradient.any():
            # No subgradient: the relaxed solution fits the beds and every priced place is full,
            # so it is optimal (up to the rounding margin) and the repair kept all of it.
            proven_optimal = True
            break
        if best_bound - best_objective <= gap_goal * best_bound:
            break
        if round_ == 0 and best_bound - best_objective > BED_LIMITED_GAP * best_bound:
            bed_limited = True
        if bed_limited:
            if round_ + 1 >= min(rounds, BED_LIMITED_ROUNDS):
                break  # the local search below gains more than further rounds
            # The common Polyak step suits places of similar size, but here a few crowded
            # shelters would set it for all: each place gets its own price instead.
            prices = CLEARING_PRICE_SHARE * _clearing_prices(instance, pairs, relaxed)
        else:
            step = STEP_FACTOR * (bound - best_objective) / float(subgradient @ subgradient)
            prices = np.clip(prices - step * subgradient, 0.0, 1.0)

    if not proven_optimal and 0 < len(pairs.index) <= exact_max_pairs:
        exact = _solve_exactly(instance, pairs, best_chosen)
        if exact is not None:
            chosen, bound = exact
            best_bound = min(best_bound, bound)
            objective = math.fsum(pairs.score[chosen])
            if objective > best_objective:
                best_objective, best_chosen = objective, chosen

    if bed_limited and not proven_optimal and best_bound - best_objective > gap_goal * best_bound:
        for round_ in range(LOCAL_SEARCH_ROUNDS):
            chosen = _slot_flow(
                instance, pairs, _refill_shelters(instance, pairs, best_chosen), extra_slot=round_ % 2 == 0
            )
            objective = math.fsum(pairs.score[chosen])
            if objective <= best_objective:
                break
            best_objective, best_chosen = objective, chosen

    best_chosen = np.sort(best_chosen)
    return Solution(
        chosen=pairs.index[best_chosen],
        objective=best_objective,
        upper_bound=best_bound,
        seconds=time.perf_counter() - start,
    )


def _clearing_prices(instance: Instance, pairs: _Pairs, relaxed: np.ndarray) -> np.ndarray:
    """Per place, the price per bed at which its relaxed households would just fit its beds.

    At an over-full bed-limited place the relaxed households, by score per bed best first, fill
    the beds until one does not fit: its score per bed is the price (0 at places that fit). A
    round at (a share of) these prices keeps the households a repair would keep there and lets
    the others look elsewhere: a better start for the local search than small subgradient steps.
    """
    relaxed_place = pairs.place[relaxed]
    used = np.bincount(relaxed_place, weights=pairs.size[relaxed], minlength=instance.n_places)
    over_full = relaxed[pairs.coupled[relaxed_place] & (used[relaxed_place] > instance.beds[relaxed_place])]
    per_bed = pairs.score[over_full] / pairs.size[over_full]
    order = np.lexsort((-per_bed, pairs.place[over_full]))
    over_full, per_bed = over_full[order], per_bed[order]
    place = pairs.place[over_full]
    size = pairs.size[over_full]
    beds_so_far = np.cumsum(size)
    beds_so_far -= (beds_so_far - size)[np.searchsorted(place, place)]  # ... at the same place
    fits = beds_so_far <= instance.beds[place]
    first_misfit = ~fits & np.r_[True, fits[:-1] | (place[1:] != place[:-1])]
    prices = np.zeros(instance.n_places)
    prices[place[first_misfit]] = per_bed[first_misfit]
    return prices


def _scaled_weights(reduced_score: np.ndarray) -> np.ndarray:
    """Integer weights that are never below ``reduced_score * SCORE_SCALE - ROUNDING_GUARD``."""
    return np.ceil(reduced_score * SCORE_SCALE - ROUNDING_GUARD).astype(np.int64)


def _bound_margin(households_with_pairs: int, flow_value: float, price_term: float) -> float:
    """What rounding can hide, so that the reported bound stays a true upper bound.

    A household contributes at most one pair; its integer weight can fall short of its real
    reduced score by the rounding guard plus float error (< 1e-6 scaled units, since only pairs
    with a reduced score in (0, 1] are used). Scaling the flow value back and adding ``Σ λ·beds``
    (summed exactly by fsum from products with one rounding each) costs a few relative ulps.
    """
    rounding = households_with_pairs * 2 * ROUNDING_GUARD / SCORE_SCALE
    return rounding + 4e-16 * (flow_value + price_term)


class _Relaxation:
    """Solves the Lagrangian relaxation round after round.

    For bed prices λ, ``L(λ) = max Σ (score - λ·size) + Σ λ·beds`` over choices that respect
    maxHouseholds (not beds) is an upper bound on the optimum. The max is a b-matching solved as
    a min-cost flow. After a round, node potentials of that flow show how far each pair is from
    being worth taking; the next round first solves the flow over the pairs within
    ``ACTIVE_SLACK`` of that (unless they are many), then checks every other pair against the new
    potentials and adds any that could improve the flow, until none can. So each round is exact,
    at a fraction of the cost of a flow over all pairs.
    """

    def __init__(
        self,
        instance: Instance,
        pairs: _Pairs,
        active_slack: float = ACTIVE_SLACK,
        pruned_max_share: float = PRUNED_MAX_SHARE,
    ):
        self.instance = instance
        self.pairs = pairs
        self.active_slack = active_slack * SCORE_SCALE
        self.pruned_max_share = pruned_max_share
        self._last_flow: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._potentials: np.ndarray | None = None
        self._potentials_known = False

    def solve(self, prices: np.ndarray, prune: bool = True) -> tuple[np.ndarray, float]:
        """Return the positions (into pairs) of the relaxed solution and the bound L(λ).

        ``prune=False`` solves the flow over all pairs: cheaper where the prices moved much since
        the previous round (then few pairs stay out and the pruned flow needs re-solves)."""
        instance, pairs = self.instance, self.pairs
        weights = _scaled_weights(pairs.score - prices[pairs.place] * pairs.size)
        positive = weights > 0
        active = positive
        potentials = self.potentials() if prune else None
        if potentials is not None:
            promising = positive & (weights >= self._worth(potentials) - self.active_slack)
            if promising.sum() <= self.pruned_max_share * positive.sum():
                active = promising
        while True:
            subset = np.flatnonzero(active)
            chosen, total_weight = max_weight_b_matching(
                instance.n_households,
                instance.max_households,
                pairs.household[subset],
                pairs.place[subset],
                weights[subset],
            )
            self._last_flow = (subset, weights[subset], chosen)
            self._potentials_known = False
            if active is positive:
                break  # exact over all pairs; potentials only when a later round prunes
            potentials = self.potentials()
            if potentials is None:
                active = positive  # no certificate: fall back to all pairs
                continue
            worth = self._worth(potentials)
            left_out = positive & ~active
            if not (left_out & (weights > worth)).any():
                break
            # Some pair could improve the flow: add it, and with it the near misses.
            active = active | (left_out & (weights >= worth - self.active_slack))
        flow_value = total_weight / SCORE_SCALE
        price_term = math.fsum(prices * instance.beds)
        bound = flow_value + price_term
        bound += _bound_margin(pairs.households_with_pairs, flow_value, price_term)
        return subset[chosen], bound

    def potentials(self) -> np.ndarray | None:
        """Node potentials proving the last flow optimal (see ``_node_potentials``), computed
        once per flow and only when asked for; None before the first flow or without a proof."""
        if not self._potentials_known and self._last_flow is not None:
            subset, weights, chosen = self._last_flow
            self._potentials = _node_potentials(
                self.instance.n_households,
                self.instance.max_households,
                self.pairs.household[subset],
                self.pairs.place[subset],
                weights,
                chosen,
            )
            self._potentials_known = True
        return self._potentials

    def _worth(self, potentials: np.ndarray) -> np.ndarray:
        """Per pair, the weight above which taking it would improve a flow with these potentials."""
        n_households = self.instance.n_households
        return potentials[self.pairs.household] - potentials[n_households + self.pairs.place]


def _node_potentials(
    n_households: int,
    capacity: np.ndarray,
    household: np.ndarray,
    place: np.ndarray,
    weight: np.ndarray,
    chosen: np.ndarray,
) -> np.ndarray | None:
    """Potentials ``d`` proving the flow of ``max_weight_b_matching`` optimal, or None if
    Bellman-Ford needs more than ``POTENTIAL_MAX_ITERATIONS`` rounds.

    ``d`` satisfies ``d[head] <= d[tail] + cost`` on every residual arc (shortest distances from a
    virtual root joined to every node at cost 0; an optimal flow has no negative cycle). Then a
    pair outside the network with ``weight <= d[household] - d[place node]`` cannot improve it.
    """
    n_places = len(capacity)
    sink = n_households + n_places
    used = np.zeros(len(household), dtype=bool)
    used[chosen] = True
    assigned = np.zeros(n_households, dtype=bool)
    assigned[household[chosen]] = True
    load = np.bincount(place[chosen], minlength=n_places)
    households = np.arange(n_households)
    places = np.arange(n_households, sink)
    room, taken = load < capacity, load > 0
    place_node = place + n_households
    # Residual arcs: unused pairs forward at -weight, used pairs backward at +weight, and the
    # zero-cost arcs to and from the sink that still have capacity in that direction.
    tail = np.concatenate(
        [
            np.where(used, place_node, household),
            np.where(assigned, households, sink),
            places[room],
            np.full(int(taken.sum()), sink),
        ]
    )
    head = np.concatenate(
        [
            np.where(used, household, place_node),
            np.where(assigned, sink, households),
            np.full(int(room.sum()), sink),
            places[taken],
        ]
    )
    cost = np.concatenate(
        [
            np.where(used, weight, -weight),
            np.zeros(len(tail) - len(weight), dtype=np.int64),
        ]
    )
    # Label-correcting Bellman-Ford: each pass only revisits arcs whose tail got closer.
    distance = np.zeros(sink + 1, dtype=np.int64)
    arcs = np.arange(len(tail))
    for _ in range(POTENTIAL_MAX_ITERATIONS):
        arc_head = head[arcs]
        candidate = distance[tail[arcs]] + cost[arcs]
        better = candidate < distance[arc_head]
        if not better.any():
            return distance
        changed = np.zeros(sink + 1, dtype=bool)
        changed[arc_head[better]] = True
        np.minimum.at(distance, arc_head[better], candidate[better])
        arcs = np.flatnonzero(changed[tail])
    return None


def _price_subgradient(
    instance: Instance, pairs: _Pairs, relaxed: np.ndarray, prices: np.ndarray
) -> np.ndarray:
    """Projected subgradient of L(λ): free beds per coupled place (negative when over-full)."""
    used = np.bincount(pairs.place[relaxed], weights=pairs.size[relaxed], minlength=instance.n_places)
    subgradient = np.where(pairs.coupled, instance.beds - used, 0.0)
    subgradient[(prices <= 0.0) & (subgradient > 0.0)] = 0.0
    return subgradient


def max_weight_b_matching(
    n_households: int,
    capacity: np.ndarray,
    household: np.ndarray,
    place: np.ndarray,
    weight: np.ndarray,
) -> tuple[np.ndarray, int]:
    """Exact maximum-weight choice of arcs: each household at most once, place p at most
    ``capacity[p]`` times. Weights are positive integers.

    Min-cost flow: every household node supplies one unit that reaches the sink either through
    a place (cost ``-weight``; place → sink has capacity ``capacity[p]``) or directly (stays
    unassigned, cost 0). Returns the indices of the chosen arcs and their total weight.
    """
    n_places = len(capacity)
    sink = n_households + n_places
    households = np.arange(n_households, dtype=np.int64)
    places = np.arange(n_households, sink, dtype=np.int64)
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        np.concatenate([household, households, places]),
        np.concatenate([place + n_households, np.full(n_households + n_places, sink)]),
        np.concatenate([np.ones(len(household) + n_households, dtype=np.int64), capacity]),
        np.concatenate([-weight, np.zeros(n_households + n_places, dtype=np.int64)]),
    )
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n_households] = 1
    supplies[sink] = -n_households
    flow.set_nodes_supplies(np.arange(sink + 1, dtype=np.int64), supplies)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    chosen = np.flatnonzero(flow.flows(np.arange(len(household), dtype=np.int64)) > 0)
    return chosen, -flow.optimal_cost()


def _repair(instance: Instance, pairs: _Pairs, relaxed: np.ndarray) -> np.ndarray:
    """Make a relaxed solution feasible, then improve it; returns positions into pairs."""
    chosen = np.zeros(len(pairs.index), dtype=bool)
    chosen[relaxed] = True
    used = np.bincount(pairs.place[relaxed], weights=pairs.size[relaxed], minlength=instance.n_places).astype(
        np.int64
    )
    excess = used - instance.beds
    over_full = np.flatnonzero(chosen & (excess[pairs.place] > 0))
    if len(over_full):
        # Per place, drop the households with the least score per bed until the rest fits.
        order = np.lexsort((pairs.score[over_full] / pairs.size[over_full], pairs.place[over_full]))
        over_full = over_full[order]
        place = pairs.place[over_full]
        size = pairs.size[over_full]
        freed_before = np.cumsum(size) - size  # beds freed by dropping all earlier ones ...
        freed_before -= freed_before[np.searchsorted(place, place)]  # ... at the same place
        chosen[over_full[freed_before < excess[place]]] = False
    return _improve_by_moves(instance, pairs, chosen)


def _improve_by_moves(instance: Instance, pairs: _Pairs, chosen: np.ndarray) -> np.ndarray:
    """Local search from a feasible choice: move households to candidates that have room and score
    higher than where they are (any candidate, if unassigned), best gain first, until no move is
    left. Returns positions into pairs."""
    taken = np.flatnonzero(chosen)
    current = np.full(instance.n_households, -1)
    current[pairs.household[taken]] = taken
    count_left = instance.max_households - np.bincount(pairs.place[taken], minlength=instance.n_places)
    beds_left = instance.beds - np.bincount(
        pairs.place[taken], weights=pairs.size[taken], minlength=instance.n_places
    ).astype(np.int64)
    # Position -1 (unassigned) picks the trailing entry: score 0, no place.
    score_or_none = np.append(pairs.score, 0.0)
    place_or_none = np.append(pairs.place, -1)
    while True:
        current_score = score_or_none[current]
        gain = pairs.score - current_score[pairs.household]
        moves = np.flatnonzero(
            (gain > 0.0) & (count_left[pairs.place] > 0) & (beds_left[pairs.place] >= pairs.size)
        )
        if not len(moves):
            return current[current >= 0]
        moves = moves[np.argsort(-gain[moves], kind="stable")]
        current_place = place_or_none[current].tolist()
        current_score = current_score.tolist()
        current_list = current.tolist()
        count_list = count_left.tolist()
        beds_list = beds_left.tolist()
        for position, household, place, size, score in zip(
            moves.tolist(),
            pairs.household[moves].tolist(),
            pairs.place[moves].tolist(),
            pairs.size[moves].tolist(),
            pairs.score[moves].tolist(),
            strict=True,
        ):
            if count_list[place] == 0 or beds_list[place] < size:
                continue
            if score <= current_score[household]:
                continue  # it moved earlier in this pass
            old_place = current_place[household]
            if old_place >= 0:
                count_list[old_place] += 1
                beds_list[old_place] += size
            count_list[place] -= 1
            beds_list[place] -= size
            current_list[household] = position
            current_place[household] = place
            current_score[household] = score
        current = np.array(current_list)
        count_left = np.array(count_list)
        beds_left = np.array(beds_list)


SHELTER_MAX_BEDS = 64
"""Coupled places with at most this many beds are re-filled exactly by ``_refill_shelters``
(larger ones keep what the repair and the moves gave them)."""

SHELTER_PASSES = 1
"""Passes of shelter re-filling and moves at most per call of ``_refill_shelters``. On the three
bed-limited benchmark seeds (after the clearing-price round) one pass ends 0.88-0.95 % below the
LP bound, two 0.86-0.93 %, three 0.87-0.95 %; each further pass costs about a tenth of a second
a call, which the time target (2 s) cannot spare."""


def _refill_shelters(instance: Instance, pairs: _Pairs, chosen: np.ndarray) -> np.ndarray:
    """Local search on the bed-limited places: re-fill each such place with the best set of its
    candidates (a knapsack over beds and maxHouseholds, exact by dynamic programming over the
    household sizes), counting what a newcomer loses where it is now; evicted households become
    unassigned and the moves of ``_improve_by_moves`` then find them room elsewhere. Returns
    positions into pairs; the objective never decreases."""
    shelter = pairs.coupled & (instance.beds <= SHELTER_MAX_BEDS)
    at_shelter = np.flatnonzero(shelter[pairs.place])
    if not len(at_shelter):
        return chosen
    rows = np.full(instance.n_places, -1)
    shelters = np.flatnonzero(shelter)
    rows[shelters] = np.arange(len(shelters))
    beds = instance.beds[shelters]
    limit = np.minimum(instance.max_households[shelters], beds)
    max_beds, max_count = int(beds.max()), int(limit.max())
    row_of = rows[pairs.place[at_shelter]]
    size_of = pairs.size[at_shelter]
    household_of = pairs.household[at_shelter]
    score_of = pairs.score[at_shelter]
    by_row = at_shelter[np.argsort(row_of, kind="stable")]
    row_start = np.searchsorted(np.sort(row_of), np.arange(len(shelters) + 1))
    objective = math.fsum(pairs.score[chosen])
    optimistic = True
    for _ in range(SHELTER_PASSES):
        current = np.full(instance.n_households, -1)
        current[pairs.household[chosen]] = chosen
        current_score = np.append(pairs.score, 0.0)[current]
        current_place = np.append(pairs.place, -1)[current]
        member = current_place[household_of] == pairs.place[at_shelter]
        if optimistic:
            value = score_of - np.where(
                member, _elsewhere(instance, pairs, chosen, current_place)[household_of], 0.0
            )
            refill = _refill_value(instance, pairs, current)
            value[~member] += (np.append(refill, 0.0)[current_place] - current_score)[household_of[~member]]
        else:
            value = score_of - np.where(member, 0.0, current_score[household_of])
        useful = np.flatnonzero(value > 1e-12)
        if not len(useful):
            if optimistic:
                optimistic = False
                continue
            break
        # Per (shelter, size) the candidates by value, best first; a knapsack takes a prefix.
        group = row_of[useful] * (max_beds + 1) + size_of[useful]
        by_group = np.lexsort((-value[useful], group))
        order, group = useful[by_group], group[by_group]
        starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
        rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
        cap = np.minimum(beds[row_of[order]] // size_of[order], limit[row_of[order]])
        keep = rank < cap
        order, rank = order[keep], rank[keep]
        sizes = np.unique(size_of[order])
        max_take = int(rank.max()) + 1
        prefix = np.full((len(shelters), len(sizes), max_take + 1), -np.inf)
        prefix[:, :, 0] = 0.0
        size_index = np.searchsorted(sizes, size_of[order])
        cumulative = np.cumsum(value[order])
        group_start = np.r_[0.0, cumulative][np.flatnonzero(rank == 0)]
        prefix[row_of[order], size_index, rank + 1] = cumulative - np.repeat(
            group_start, np.bincount(np.cumsum(rank == 0) - 1)
        )
        table = np.zeros((len(shelters), max_beds + 1, max_count + 1))
        choices = []
        for s, size in enumerate(sizes.tolist()):
            best = table.copy()
            choice = np.zeros(table.shape, dtype=np.int16)
            for k in range(1, min(max_take, max_beds // size, max_count) + 1):
                gain = prefix[:, s, k]
                if not np.isfinite(gain).any():
                    break
                candidate = table[:, : max_beds + 1 - k * size, : max_count + 1 - k] + gain[:, None, None]
                target = best[:, k * size :, k:]
                np.copyto(choice[:, k * size :, k:], k, where=candidate > target)
                np.maximum(target, candidate, out=target)
            table = best
            choices.append(choice)
        members_value = np.bincount(row_of[member], weights=score_of[member], minlength=len(shelters))
        optimum = table[np.arange(len(shelters)), beds, limit]
        improvement = optimum - members_value
        improving = np.flatnonzero(improvement > 1e-9)
        if not len(improving):
            if optimistic:
                optimistic = False
                continue
            break
        touched = np.zeros(instance.n_households, dtype=bool)
        is_chosen = np.zeros(len(pairs.index), dtype=bool)
        is_chosen[chosen] = True
        group_of_order = row_of[order] * len(sizes) + size_index
        first_of_group = {g: i for i, g in reversed(list(enumerate(group_of_order.tolist())))}
        for row in improving[np.argsort(-improvement[improving], kind="stable")].tolist():
            b, c = int(beds[row]), int(limit[row])
            taken = []
            for s in range(len(sizes) - 1, -1, -1):
                k = int(choices[s][row, b, c])
                if k:
                    start = first_of_group[row * len(sizes) + s]
                    taken.extend(order[start : start + k].tolist())
                    b -= k * int(sizes[s])
                    c -= k
            taken_households = household_of[taken]
            members = by_row[row_start[row] : row_start[row + 1]]
            members = members[is_chosen[members]]
            if touched[taken_households].any() or touched[pairs.household[members]].any():
                continue
            touched[taken_households] = True
            touched[pairs.household[members]] = True
            is_chosen[members] = False
            is_chosen[current[taken_households][current[taken_households] >= 0]] = False
            is_chosen[at_shelter[taken]] = True
        improved = _improve_by_moves(instance, pairs, is_chosen)
        improved_objective = math.fsum(pairs.score[improved])
        if improved_objective > objective:
            chosen, objective = improved, improved_objective
        elif optimistic:
            optimistic = False
        else:
            break
    return chosen


def _elsewhere(
    instance: Instance, pairs: _Pairs, chosen: np.ndarray, current_place: np.ndarray
) -> np.ndarray:
    """Per household, the best score it has at another place with room for it now (0 if none)."""
    count_left = instance.max_households - np.bincount(pairs.place[chosen], minlength=instance.n_places)
    beds_left = instance.beds - np.bincount(
        pairs.place[chosen], weights=pairs.size[chosen], minlength=instance.n_places
    ).astype(np.int64)
    room = np.flatnonzero(
        (count_left[pairs.place] > 0)
        & (beds_left[pairs.place] >= pairs.size)
        & (pairs.place != current_place[pairs.household])
    )
    best = np.zeros(instance.n_households)
    np.maximum.at(best, pairs.household[room], pairs.score[room])
    return best


def _refill_value(instance: Instance, pairs: _Pairs, current: np.ndarray) -> np.ndarray:
    """Per place, the best score of an unassigned candidate: what an uncoupled place regains when
    one of its households leaves (0 for coupled places, where beds decide who fits)."""
    waiting = np.flatnonzero((current[pairs.household] < 0) & ~pairs.coupled[pairs.place])
    best = np.zeros(instance.n_places)
    np.maximum.at(best, pairs.place[waiting], pairs.score[waiting])
    return best


def _reflow_uncoupled(instance: Instance, pairs: _Pairs, chosen: np.ndarray) -> np.ndarray:
    """Re-assign everyone outside the coupled places optimally while the coupled places keep their
    households (those may still leave for a better uncoupled place): at uncoupled places only
    maxHouseholds binds, so this is a b-matching. Returns positions into pairs; the objective
    never decreases (the current assignment is one choice of that b-matching)."""
    current = np.full(instance.n_households, -1)
    current[pairs.household[chosen]] = chosen
    in_coupled = np.zeros(instance.n_households, dtype=bool)
    in_coupled[pairs.household[chosen[pairs.coupled[pairs.place[chosen]]]]] = True
    stay = np.append(pairs.score, 0.0)[current] * in_coupled  # what a coupled household has
    open_pairs = np.flatnonzero(~pairs.coupled[pairs.place])
    weights = _scaled_weights(pairs.score[open_pairs] - stay[pairs.household[open_pairs]])
    usable = weights > 0
    open_pairs, weights = open_pairs[usable], weights[usable]
    relaxed, _ = max_weight_b_matching(
        instance.n_households,
        np.where(pairs.coupled, 0, instance.max_households),
        pairs.household[open_pairs],
        pairs.place[open_pairs],
        weights,
    )
    moved = open_pairs[relaxed]
    result = np.zeros(len(pairs.index), dtype=bool)
    kept = current[in_coupled]
    result[kept] = True
    result[current[pairs.household[moved]][in_coupled[pairs.household[moved]]]] = False
    result[moved] = True
    return _improve_by_moves(instance, pairs, result)


def _slot_flow(instance: Instance, pairs: _Pairs, chosen: np.ndarray, extra_slot: bool = True) -> np.ndarray:
    """Re-assign everyone optimally while every coupled place keeps the sizes of its households.

    Each coupled place becomes a set of slots, one per household it holds, as large as that
    household; its free beds go to a new slot when it may take one more household and
    ``extra_slot`` is set (the local search alternates), else to the largest slot. A household
    fits any slot at least its size. Then every place's limits hold
    whatever the flow chooses, so the exact b-matching over households, uncoupled places and
    slots (smaller slots overflow into larger ones of the same place) is a feasible assignment,
    at least as good as the current one. Returns positions into pairs.
    """
    n_households, n_places = instance.n_households, instance.n_places
    coupled_chosen = chosen[pairs.coupled[pairs.place[chosen]]]
    slot_place = pairs.place[coupled_chosen]
    slot_size = pairs.size[coupled_chosen].copy()
    used = np.bincount(slot_place, weights=slot_size, minlength=n_places).astype(np.int64)
    count = np.bincount(slot_place, minlength=n_places)
    free = np.where(pairs.coupled, instance.beds - used, 0)
    may_add = (count < instance.max_households) & (extra_slot | (count == 0))
    new_slot = np.flatnonzero((free > 0) & may_add)
    grow = np.flatnonzero((free > 0) & ~may_add)
    # The largest slot of a full place takes its free beds.
    order = np.lexsort((-slot_size, slot_place))
    slot_place, slot_size = slot_place[order], slot_size[order]
    first = np.searchsorted(slot_place, grow)
    slot_size[first] += free[grow]
    slot_place = np.concatenate([slot_place, new_slot])
    slot_size = np.concatenate([slot_size, free[new_slot]])
    # One node per (place, slot size), with as many units as slots of that size.
    key = slot_place * (MAX_COUNT + 1) + slot_size
    keys, units = np.unique(key, return_counts=True)
    node_place = keys // (MAX_COUNT + 1)
    first_node = n_households + n_places
    sink = first_node + len(keys)
    # Pairs at uncoupled places go to the place; at coupled places to the smallest slot that fits.
    open_pairs = np.flatnonzero(~pairs.coupled[pairs.place])
    at_coupled = np.flatnonzero(pairs.coupled[pairs.place])
    slot_of = np.searchsorted(keys, pairs.place[at_coupled] * (MAX_COUNT + 1) + pairs.size[at_coupled])
    fits = slot_of < len(keys)
    fits[fits] = node_place[slot_of[fits]] == pairs.place[at_coupled[fits]]
    at_coupled, slot_of = at_coupled[fits], slot_of[fits]
    arc_pairs = np.concatenate([open_pairs, at_coupled])
    chain = np.flatnonzero(node_place[1:] == node_place[:-1])
    households = np.arange(n_households, dtype=np.int64)
    uncoupled_places = np.flatnonzero(~pairs.coupled)
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(
        np.concatenate(
            [
                pairs.household[arc_pairs],
                households,
                uncoupled_places + n_households,
                first_node + np.arange(len(keys)),
                first_node + chain,
            ]
        ),
        np.concatenate(
            [
                pairs.place[open_pairs] + n_households,
                first_node + slot_of,
                np.full(n_households + len(uncoupled_places) + len(keys), sink),
                first_node + chain + 1,
            ]
        ),
        np.concatenate(
            [
                np.ones(len(arc_pairs) + n_households, dtype=np.int64),
                instance.max_households[uncoupled_places],
                units,
                np.full(len(chain), n_households, dtype=np.int64),
            ]
        ).astype(np.int64),
        np.concatenate(
            [
                -_scaled_weights(pairs.score[arc_pairs]),
                np.zeros(n_households + len(uncoupled_places) + len(keys) + len(chain), dtype=np.int64),
            ]
        ),
    )
    supplies = np.zeros(sink + 1, dtype=np.int64)
    supplies[:n_households] = 1
    supplies[sink] = -n_households
    flow.set_nodes_supplies(np.arange(sink + 1, dtype=np.int64), supplies)
    status = flow.solve()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    taken = arc_pairs[flow.flows(np.arange(len(arc_pairs), dtype=np.int64)) > 0]
    result = np.zeros(len(pairs.index), dtype=bool)
    result[taken] = True
    return _improve_by_moves(instance, pairs, result)


def _solve_exactly(instance: Instance, pairs: _Pairs, hint: np.ndarray) -> tuple[np.ndarray, float] | None:
    """CP-SAT on the whole (small) instance. Returns the best solution and a proven bound, or
    None when it found nothing within the time limit."""
    from ortools.sat.python import cp_model

    model = cp_model.CpModel()
    take = [model.new_bool_var(f"x{i}") for i in range(len(pairs.index))]
    by_household: dict[int, list] = {}
    by_place: dict[int, list[int]] = {}
    for i, (household, place) in enumerate(zip(pairs.household.tolist(), pairs.place.tolist(), strict=True)):
        by_household.setdefault(household, []).append(take[i])
        by_place.setdefault(place, []).append(i)
    for variables in by_household.values():
        model.add_at_most_one(variables)
    for place, members in by_place.items():
        model.add(sum(take[i] for i in members) <= int(instance.max_households[place]))
        model.add(sum(int(pairs.size[i]) * take[i] for i in members) <= int(instance.beds[place]))
    weights = _scaled_weights(pairs.score).tolist()
    model.maximize(sum(w * x for w, x in zip(weights, take, strict=True)))
    hinted = set(hint.tolist())
    for i, variable in enumerate(take):
        model.add_hint(variable, i in hinted)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = EXACT_TIME_LIMIT
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    chosen = np.array([i for i, x in enumerate(take) if solver.boolean_value(x)], dtype=np.int64)
    scaled_back = solver.best_objective_bound / SCORE_SCALE
    bound = scaled_back + _bound_margin(pairs.households_with_pairs, scaled_back, 0.0)
    return chosen, bound


# ------------------------------------------------------------------------------------ JSON shapes


def result_json(instance: Instance, solution: Solution, seconds: float | None = None) -> dict:
    """The RESULT.json document for a solution (``seconds`` defaults to the solve time)."""
    household_ids = instance.household_ids
    place_ids = instance.place_ids
    return {
        "assignments": [
            {"household": household_ids[h], "place": place_ids[p], "score": s}
            for h, p, s in zip(
                instance.household[solution.chosen].tolist(),
                instance.place[solution.chosen].tolist(),
                instance.score[solution.chosen].tolist(),
                strict=True,
            )
        ],
        "objective": solution.objective,
        "upperBound": solution.upper_bound,
        "gap": solution.gap,
        "seconds": round(solution.seconds if seconds is None else seconds, 4),
    }


def solve_json(data: Any, **options: Any) -> dict:
    """Parse, solve and format in one go; ``seconds`` covers parsing and array building too."""
    start = time.perf_counter()
    instance = parse_instance(data)
    solution = solve(instance, **options)
    return result_json(instance, solution, seconds=time.perf_counter() - start)


def validate(instance: dict, result: dict, tolerance: float = 1e-9) -> None:
    """Check a RESULT document against its (valid) INSTANCE document, independently of the solver.

    Every assignment must be a listed candidate with its score, each household at most once, each
    place within maxHouseholds and beds; objective must equal the sum of the scores, and
    objective ≤ upperBound with the matching gap. Raises InvalidResult naming the first problem.
    """
    sizes = {h["id"]: h["size"] for h in instance["households"]}
    places = {p["id"]: p for p in instance["places"]}
    scores = {(c["household"], c["place"]): c["score"] for c in instance["candidates"]}
    seen: set[str] = set()
    households_at: dict[str, int] = {}
    beds_at: dict[str, int] = {}
    for i, assignment in enumerate(result["assignments"]):
        household, place = assignment["household"], assignment["place"]
        pair = (household, place)
        if pair not in scores:
            raise InvalidResult(f"assignments[{i}]: {pair} is not a candidate pair")
        if assignment["score"] != scores[pair]:
            raise InvalidResult(f"assignments[{i}]: score differs from the candidate's")
        if household in seen:
            raise InvalidResult(f"assignments[{i}]: household {household!r} assigned twice")
        seen.add(household)
        households_at[place] = households_at.get(place, 0) + 1
        beds_at[place] = beds_at.get(place, 0) + sizes[household]
    for place, count in households_at.items():
        if count > places[place]["maxHouseholds"]:
            raise InvalidResult(f"place {place!r} takes {count} households, above maxHouseholds")
        if beds_at[place] > places[place]["beds"]:
            raise InvalidResult(f"place {place!r} needs {beds_at[place]} beds, above its beds")
    objective = math.fsum(a["score"] for a in result["assignments"])
    scale = max(1.0, abs(objective))
    if abs(result["objective"] - objective) > tolerance * scale:
        raise InvalidResult(f"objective {result['objective']} is not the sum of scores {objective}")
    upper_bound = result["upperBound"]
    if result["objective"] > upper_bound + tolerance * scale:
        raise InvalidResult(f"objective {result['objective']} exceeds upperBound {upper_bound}")
    gap = (upper_bound - result["objective"]) / upper_bound if upper_bound > 0 else 0.0
    if abs(result["gap"] - gap) > tolerance:
        raise InvalidResult(f"gap {result['gap']} does not match (upperBound - objective) / upperBound")
