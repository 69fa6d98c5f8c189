"""The batch assignment core: known optima, honest bounds, input checks and the result checker."""

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.matching import assignment
from api.matching.assignment import (
    InstanceError,
    InvalidResult,
    max_weight_b_matching,
    parse_instance,
    solve,
    solve_json,
    validate,
)

RESOLUTION = 1e-8
"""The solvers see scores in steps of 1e-9, so optima agree to that per household."""

HEURISTIC_ONLY = {"exact_max_pairs": 0}
"""Options that skip the exact CP-SAT step, so the Lagrangian heuristic itself is tested."""


def make_instance(sizes, places, candidates):
    """sizes: {household: size}; places: {place: (beds, maxHouseholds)}; candidates: (h, p, s)."""
    return {
        "households": [{"id": h, "size": s} for h, s in sizes.items()],
        "places": [{"id": p, "beds": b, "maxHouseholds": m} for p, (b, m) in places.items()],
        "candidates": [{"household": h, "place": p, "score": s} for h, p, s in candidates],
    }


def brute_force(instance):
    """Optimum by trying every choice (households × their candidates or nothing)."""
    sizes = {h["id"]: h["size"] for h in instance["households"]}
    limits = {p["id"]: (p["beds"], p["maxHouseholds"]) for p in instance["places"]}
    options = {h: [None] for h in sizes}
    for c in instance["candidates"]:
        options[c["household"]].append((c["place"], c["score"]))
    best = 0.0
    for choice in itertools.product(*options.values()):
        beds, count, total = {}, {}, 0.0
        for household, option in zip(options, choice, strict=True):
            if option is None:
                continue
            place, score = option
            beds[place] = beds.get(place, 0) + sizes[household]
            count[place] = count.get(place, 0) + 1
            total += score
        if all(beds[p] <= limits[p][0] and count[p] <= limits[p][1] for p in beds):
            best = max(best, total)
    return best


def greedy_best_pair_first(instance):
    sizes = {h["id"]: h["size"] for h in instance["households"]}
    beds = {p["id"]: p["beds"] for p in instance["places"]}
    room = {p["id"]: p["maxHouseholds"] for p in instance["places"]}
    done, total = set(), 0.0
    for c in sorted(instance["candidates"], key=lambda c: -c["score"]):
        h, p = c["household"], c["place"]
        if h not in done and room[p] > 0 and beds[p] >= sizes[h]:
            done.add(h)
            room[p] -= 1
            beds[p] -= sizes[h]
            total += c["score"]
    return total


def assigned_pairs(result):
    return {(a["household"], a["place"]) for a in result["assignments"]}


# ------------------------------------------------------------------------- known optima


def test_greedy_best_pair_first_is_beaten():
    instance = make_instance(
        {"h1": 2, "h2": 2},
        {"p1": (4, 1), "p2": (4, 1)},
        [("h1", "p1", 0.9), ("h1", "p2", 0.8), ("h2", "p1", 0.85)],
    )
    assert greedy_best_pair_first(instance) == pytest.approx(0.9)
    for options in ({}, HEURISTIC_ONLY):  # a plain assignment: the flow alone is exact
        result = solve_json(instance, **options)
        validate(instance, result)
        assert assigned_pairs(result) == {("h1", "p2"), ("h2", "p1")}
        assert result["objective"] == pytest.approx(1.65)
        assert result["gap"] < 1e-9


def test_bed_limits_bind():
    # Shelter p1 has room for three households but only four beds: the best use is the two
    # small households (1.2), with the large one going to the host family p2 (0.5).
    instance = make_instance(
        {"h1": 3, "h2": 2, "h3": 2},
        {"p1": (4, 3), "p2": (3, 1)},
        [("h1", "p1", 0.93), ("h2", "p1", 0.6), ("h3", "p1", 0.6), ("h1", "p2", 0.5)],
    )
    result = solve_json(instance)
    validate(instance, result)
    assert assigned_pairs(result) == {("h1", "p2"), ("h2", "p1"), ("h3", "p1")}
    assert result["objective"] == pytest.approx(1.7)
    assert result["upperBound"] == pytest.approx(1.7)
    # Without the exact step the heuristic may miss it, but its bound stays a true bound.
    heuristic = solve_json(instance, **HEURISTIC_ONLY)
    validate(instance, heuristic)
    assert heuristic["upperBound"] >= 1.7


def test_plain_assignment_is_solved_exactly_by_the_flow():
    rng = np.random.default_rng(7)
    candidates = [
        (f"h{h}", f"p{p}", round(float(rng.random()), 3))
        for h in range(30)
        for p in rng.choice(20, size=5, replace=False)
    ]
    instance = make_instance(
        {f"h{h}": int(rng.integers(1, 5)) for h in range(30)},
        {f"p{p}": (6, 1) for p in range(20)},
        candidates,
    )
    result = solve_json(instance, **HEURISTIC_ONLY)
    validate(instance, result)
    assert result["gap"] < 1e-9
    assert result["objective"] > greedy_best_pair_first(instance)


def test_unusable_pairs_are_never_chosen():
    instance = make_instance(
        {"big": 7, "small": 1},
        {"host": (4, 1), "closed": (10, 0)},
        [("big", "host", 0.9), ("small", "closed", 0.9), ("small", "host", 0.0)],
    )
    result = solve_json(instance)
    validate(instance, result)
    assert result["assignments"] == []
    assert result["objective"] == 0.0
    assert result["upperBound"] < 1e-9
    assert result["gap"] == 0.0


def test_empty_instance():
    result = solve_json({"households": [], "places": [], "candidates": []})
    assert result["assignments"] == []
    assert (result["objective"], result["gap"]) == (0.0, 0.0)


def test_result_is_in_household_order_and_carries_exact_scores():
    instance = make_instance(
        {"b": 1, "a": 1},
        {"p": (2, 2)},
        [("a", "p", 0.1234567891234), ("b", "p", 1)],
    )
    result = solve_json(instance)
    assert result["assignments"] == [
        {"household": "b", "place": "p", "score": 1},
        {"household": "a", "place": "p", "score": 0.1234567891234},
    ]
    assert set(result) == {"assignments", "objective", "upperBound", "gap", "seconds"}


# ------------------------------------------------------------------------- random instances


@st.composite
def instances(draw, max_households=6, max_places=3, max_candidates=3, plain=False):
    n_households = draw(st.integers(1, max_households))
    n_places = draw(st.integers(1, max_places))
    sizes = {f"h{i}": draw(st.integers(1, 4)) for i in range(n_households)}
    if plain:
        places = {f"p{j}": (4, 1) for j in range(n_places)}
    else:
        places = {f"p{j}": (draw(st.integers(1, 8)), draw(st.integers(0, 3))) for j in range(n_places)}
    score = st.one_of(
        st.sampled_from([0.0, 1.0, 0.5]),
        st.floats(0.0, 1.0),
        st.integers(0, 1000).map(lambda k: k / 1000),
    )
    candidates = []
    for h in sizes:
        chosen = draw(st.lists(st.integers(0, n_places - 1), max_size=max_candidates, unique=True))
        candidates += [(h, f"p{j}", draw(score)) for j in chosen]
    return make_instance(sizes, places, candidates)


@settings(max_examples=150, deadline=None)
@given(instances())
def test_tiny_instances_have_honest_bounds_and_exact_optima(instance):
    optimum = brute_force(instance)
    heuristic = solve_json(instance, **HEURISTIC_ONLY)
    validate(instance, heuristic)
    assert heuristic["objective"] <= optimum + 1e-9
    assert optimum <= heuristic["upperBound"] + 1e-12
    exact = solve_json(instance)
    validate(instance, exact)
    assert exact["objective"] == pytest.approx(optimum, abs=RESOLUTION)
    assert optimum <= exact["upperBound"] + 1e-12


@settings(max_examples=60, deadline=None)
@given(instances(plain=True))
def test_plain_assignments_are_optimal_without_the_exact_step(instance):
    result = solve_json(instance, **HEURISTIC_ONLY)
    validate(instance, result)
    assert result["objective"] == pytest.approx(brute_force(instance), abs=RESOLUTION)


@settings(max_examples=40, deadline=None)
@given(instances(max_households=60, max_places=20, max_candidates=8))
def test_larger_instances_validate(instance):
    for options in ({}, HEURISTIC_ONLY, {"rounds": 1, "exact_max_pairs": 0}):
        result = solve_json(instance, **options)
        validate(instance, result)
        assert 0.0 <= result["gap"] <= 1.0


@settings(max_examples=40, deadline=None)
@given(instances(max_households=60, max_places=20, max_candidates=8))
def test_rounds_stop_at_the_gap_goal(instance):
    """The rounds go on while the gap is above the goal (up to their number), and no further."""
    parsed = parse_instance(instance)
    one_round = solve(parsed, rounds=1, gap_goal=1.0, exact_max_pairs=0)
    any_gap = solve(parsed, gap_goal=1.0, exact_max_pairs=0)
    assert (any_gap.objective, any_gap.upper_bound) == (one_round.objective, one_round.upper_bound)
    no_goal = solve(parsed, gap_goal=0.0, exact_max_pairs=0)
    default = solve(parsed, exact_max_pairs=0)
    assert default.gap <= assignment.GAP_GOAL or (
        (default.objective, default.upper_bound) == (no_goal.objective, no_goal.upper_bound)
    )


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 2**32 - 1), st.sampled_from([0.0, 0.01, assignment.ACTIVE_SLACK]))
def test_pruned_relaxation_equals_the_full_flow(seed, slack):
    """Later Lagrangian rounds solve the flow over a subset of pairs; it must stay exact, also
    when a small slack leaves out pairs that turn out to matter."""
    _assert_relaxation_is_exact(seed, slack)


@pytest.mark.parametrize("seed", range(5))
def test_relaxation_without_potentials_falls_back_to_all_pairs(seed, monkeypatch):
    """When Bellman-Ford gives up after a pruned flow, the round has no certificate for the pairs
    it left out and must solve the flow over all of them."""
    certify = assignment._node_potentials
    calls = []

    def certify_only_the_first_flow(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        return certify(*args) if len(calls) == 1 else None

    monkeypatch.setattr(assignment, "_node_potentials", certify_only_the_first_flow)
    _assert_relaxation_is_exact(seed, assignment.ACTIVE_SLACK)


def _assert_relaxation_is_exact(seed: int, slack: float) -> None:
    rng = np.random.default_rng(seed)
    n_households, n_places = 80, 30
    pairs = [(h, p) for h in range(n_households) for p in rng.choice(n_places, 6, replace=False)]
    instance = parse_instance(
        make_instance(
            {f"h{h}": int(rng.integers(1, 6)) for h in range(n_households)},
            {f"p{p}": (int(rng.integers(2, 20)), int(rng.integers(1, 5))) for p in range(n_places)},
            [(f"h{h}", f"p{p}", round(float(rng.random()), 4)) for h, p in pairs],
        )
    )
    usable = assignment._Pairs.usable(instance)
    relaxation = assignment._Relaxation(instance, usable, active_slack=slack, pruned_max_share=1)
    for _ in range(4):
        prices = rng.random(n_places) * rng.choice([0.0, 0.1, 0.3])
        _, bound = relaxation.solve(prices)
        weights = assignment._scaled_weights(usable.score - prices[usable.place] * usable.size)
        positive = weights > 0
        _, total = max_weight_b_matching(
            n_households,
            instance.max_households,
            usable.household[positive],
            usable.place[positive],
            weights[positive],
        )
        expected = total / assignment.SCORE_SCALE + math.fsum(prices * instance.beds)
        assert bound == pytest.approx(expected, abs=1e-6)


def test_b_matching_respects_capacities():
    chosen, total = max_weight_b_matching(
        3,
        np.array([2, 1]),
        household=np.array([0, 1, 2, 2]),
        place=np.array([0, 0, 0, 1]),
        weight=np.array([5, 4, 3, 1]),
    )
    assert sorted(chosen.tolist()) == [0, 1, 3]
    assert total == 10


# ------------------------------------------------------------------------- input checks

GOOD = make_instance({"h1": 2}, {"p1": (4, 1)}, [("h1", "p1", 0.5)])


def altered(section, index, **changes):
    instance = {key: [dict(entry) for entry in value] for key, value in GOOD.items()}
    for field, value in changes.items():
        if value is ...:
            del instance[section][index][field]
        else:
            instance[section][index][field] = value
    return instance


BAD_INSTANCES = {
    "not an object": ([], "JSON object"),
    "missing list": ({"households": [], "places": []}, "missing field 'candidates'"),
    "list of wrong type": ({**GOOD, "places": {}}, "'places' must be a list"),
    "entry not an object": ({**GOOD, "households": ["h1"]}, "households[0] must be an object"),
    "missing id": (altered("households", 0, id=...), "households[0].id"),
    "id not a string": (altered("places", 0, id=7), "places[0].id"),
    "missing size": (altered("households", 0, size=...), "missing field 'size'"),
    "zero size": (altered("households", 0, size=0), "households[0].size must be between 1"),
    "negative size": (altered("households", 0, size=-2), "households[0].size"),
    "fractional size": (altered("households", 0, size=2.5), "must be a whole number"),
    "size as text": (altered("households", 0, size="2"), "must be a whole number"),
    "size as boolean": (altered("households", 0, size=True), "must be a whole number"),
    "zero beds": (altered("places", 0, beds=0), "places[0].beds must be between 1"),
    "negative maxHouseholds": (altered("places", 0, maxHouseholds=-1), "places[0].maxHouseholds"),
    "huge beds": (altered("places", 0, beds=10**30), "places[0].beds must be between"),
    "duplicate household": (
        {**GOOD, "households": GOOD["households"] * 2},
        "households[1].id 'h1' duplicates households[0].id",
    ),
    "duplicate place": ({**GOOD, "places": GOOD["places"] * 2}, "places[1].id 'p1' duplicates"),
    "unknown household": (altered("candidates", 0, household="h9"), "unknown household 'h9'"),
    "unknown place": (altered("candidates", 0, place="p9"), "unknown place 'p9'"),
    "reference not a string": (altered("candidates", 0, place=1), "place must be a string id"),
    "missing score": (altered("candidates", 0, score=...), "missing field 'score'"),
    "score above one": (altered("candidates", 0, score=1.5), "candidates[0].score must be"),
    "negative score": (altered("candidates", 0, score=-0.1), "candidates[0].score must be"),
    "score not finite": (altered("candidates", 0, score=math.inf), "candidates[0].score"),
    "score NaN": (altered("candidates", 0, score=math.nan), "candidates[0].score"),
    "huge score": (altered("candidates", 0, score=10**400), "candidates[0].score must be"),
    "score as text": (altered("candidates", 0, score="0.5"), "candidates[0].score"),
    "score as boolean": (altered("candidates", 0, score=True), "candidates[0].score"),
    "duplicate pair": (
        {**GOOD, "candidates": GOOD["candidates"] * 2},
        "candidates[1] repeats the pair of candidates[0]",
    ),
    "candidate not an object": ({**GOOD, "candidates": [["h1", "p1", 0.5]]}, "candidates[0]"),
}


@pytest.mark.parametrize("instance, message", BAD_INSTANCES.values(), ids=BAD_INSTANCES)
def test_bad_instances_are_rejected_with_the_entry_named(instance, message):
    with pytest.raises(InstanceError) as raised:
        parse_instance(instance)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_zero_max_households_is_a_valid_closed_place():
    parse_instance(altered("places", 0, maxHouseholds=0))


# ------------------------------------------------------------------------- the result checker


CHECKED = make_instance(
    {"h1": 2, "h2": 1, "h3": 3, "h4": 1},
    {"p1": (4, 2), "p2": (4, 1)},
    [("h1", "p1", 0.9), ("h1", "p2", 0.7), ("h2", "p1", 0.1), ("h3", "p1", 0.3), ("h4", "p1", 0.2)],
)


def checked_result(pairs, **overrides):
    scores = {(c["household"], c["place"]): c["score"] for c in CHECKED["candidates"]}
    assignments = [{"household": h, "place": p, "score": scores.get((h, p), 0.4)} for h, p in pairs]
    objective = math.fsum(a["score"] for a in assignments)
    return {
        "assignments": assignments,
        "objective": objective,
        "upperBound": 2.0,
        "gap": (2.0 - objective) / 2.0,
        "seconds": 0.0,
        **overrides,
    }


def test_validate_accepts_a_correct_result():
    validate(CHECKED, checked_result([("h1", "p1"), ("h2", "p1")]))


@pytest.mark.parametrize(
    "result, message",
    [
        (checked_result([("h2", "p2")]), "not a candidate"),
        (checked_result([("h1", "p1"), ("h1", "p2")]), "assigned twice"),
        (checked_result([("h1", "p1"), ("h3", "p1")]), "above its beds"),
        (checked_result([("h1", "p1"), ("h2", "p1"), ("h4", "p1")]), "above maxHouseholds"),
        (checked_result([("h1", "p1")], objective=1.0), "not the sum of scores"),
        (checked_result([("h1", "p1")], upperBound=0.5, gap=0.0), "exceeds upperBound"),
        (checked_result([("h1", "p1")], gap=0.0), "gap"),
    ],
)
def test_validate_catches_broken_results(result, message):
    with pytest.raises(InvalidResult, match=message):
        validate(CHECKED, result)


def test_validate_catches_a_changed_score():
    result = checked_result([("h1", "p1")])
    result["assignments"][0]["score"] = 0.95
    with pytest.raises(InvalidResult, match="score differs"):
        validate(CHECKED, result)


# ------------------------------------------------------------------------- local search


def local_search_start(instance):
    """The repaired first-round solution, as positions into the usable pairs."""
    parsed = parse_instance(instance)
    pairs = assignment._Pairs.usable(parsed)
    relaxed, _ = assignment._Relaxation(parsed, pairs).solve(np.zeros(parsed.n_places))
    return parsed, pairs, assignment._repair(parsed, pairs, relaxed)


def as_result(parsed, pairs, chosen):
    objective = math.fsum(pairs.score[chosen])
    solution = assignment.Solution(np.sort(pairs.index[chosen]), objective, objective, 0.0)
    return assignment.result_json(parsed, solution)


def test_refilling_a_shelter_takes_the_best_set_that_fits_its_beds():
    instance = make_instance(
        {"h1": 3, "h2": 2, "h3": 2},
        {"p1": (4, 3), "p2": (3, 1)},
        [("h1", "p1", 0.93), ("h2", "p1", 0.6), ("h3", "p1", 0.6), ("h1", "p2", 0.5)],
    )
    parsed = parse_instance(instance)
    pairs = assignment._Pairs.usable(parsed)
    h1_at_p1 = np.flatnonzero((pairs.household == 0) & (pairs.place == 0))
    refilled = assignment._refill_shelters(parsed, pairs, h1_at_p1)
    result = as_result(parsed, pairs, refilled)
    validate(instance, result)
    assert assigned_pairs(result) == {("h1", "p2"), ("h2", "p1"), ("h3", "p1")}
    heuristic = solve_json(instance, **HEURISTIC_ONLY)
    assert heuristic["objective"] == pytest.approx(1.7)


def test_slot_flow_reassigns_around_the_sizes_a_shelter_holds():
    # p1 (4 beds, 2 households) holds h1 (2 people) and h2 (2): its slots are 2 and 2. h3 (2)
    # scores higher there than h2, which does better at the host family p2 than h4 does.
    instance = make_instance(
        {"h1": 2, "h2": 2, "h3": 2, "h4": 1},
        {"p1": (4, 2), "p2": (2, 1)},
        [("h1", "p1", 0.9), ("h2", "p1", 0.5), ("h3", "p1", 0.8), ("h2", "p2", 0.7), ("h4", "p2", 0.3)],
    )
    parsed = parse_instance(instance)
    pairs = assignment._Pairs.usable(parsed)
    start = np.flatnonzero(
        ((pairs.household == 0) & (pairs.place == 0))
        | ((pairs.household == 1) & (pairs.place == 0))
        | ((pairs.household == 3) & (pairs.place == 1))
    )
    result = as_result(parsed, pairs, assignment._slot_flow(parsed, pairs, start))
    validate(instance, result)
    assert assigned_pairs(result) == {("h1", "p1"), ("h3", "p1"), ("h2", "p2")}


@settings(max_examples=60, deadline=None)
@given(instances(max_households=30, max_places=8, max_candidates=5))
def test_local_search_keeps_limits_and_never_loses(instance):
    parsed, pairs, start = local_search_start(instance)
    objective = math.fsum(pairs.score[start])
    for step in (assignment._refill_shelters, assignment._slot_flow):
        chosen = step(parsed, pairs, start)
        validate(instance, as_result(parsed, pairs, chosen))
        assert math.fsum(pairs.score[chosen]) >= objective - 1e-12
        assert optimum_bound(instance) >= math.fsum(pairs.score[chosen]) - 1e-9


def optimum_bound(instance):
    return solve_json(instance)["upperBound"]


def test_clearing_price_is_the_score_per_bed_of_the_first_household_that_does_not_fit():
    # p1 (5 beds, 4 households) holds four in the relaxation: by score per bed h1 (0.4) and h4
    # (0.35) take 3 beds, h2 (0.3) is the first that does not fit (by score alone h2 and h1
    # would fill the beds and h3 would set the price). p2 holds one household that fits; p3 (a
    # host family) is never bed-limited.
    instance = make_instance(
        {"h1": 2, "h2": 3, "h3": 2, "h4": 1, "h5": 3, "h6": 2},
        {"p1": (5, 4), "p2": (6, 3), "p3": (2, 1)},
        [
            ("h1", "p1", 0.8),
            ("h2", "p1", 0.9),
            ("h3", "p1", 0.5),
            ("h4", "p1", 0.35),
            ("h5", "p2", 0.6),
            ("h6", "p3", 0.7),
        ],
    )
    parsed = parse_instance(instance)
    pairs = assignment._Pairs.usable(parsed)
    prices = assignment._clearing_prices(parsed, pairs, np.arange(len(pairs.index)))
    assert prices.tolist() == pytest.approx([0.3, 0.0, 0.0])
