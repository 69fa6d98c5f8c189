"""Benchmark of the batch assignment core against first-come-first-served and greedy matching.

    .venv/bin/python benchmarks/matching.py [--households 10000 --places 5000 --candidates 100
                                             --repeat 5 --seeds 1 --markets scarce tight loose]

For each market and seed it generates one instance (see matching_instances.py; not timed), then times
``solve_json`` on it ``--repeat`` times: parsing the decoded JSON document and building the arrays
is included, decoding the JSON text is not (printed separately). Every result, ours and the
baselines', is checked with ``validate``. Targets: 10,000 × 5,000 × ≤100 in ≤ 2 s median with a
gap ≤ 1 %; on tight markets ≥ 1.08 × FCFS and ≥ 1.03 × greedy; on the bed-limited market (40
candidates each) ≤ 1 % below the optimum of the LP relaxation, which every row prints next to the
ratios with how far our own bound lies above it (HiGHS; ``--no-lp`` skips it, it takes longer than
the solve). Each row also gives the median CPU time, which a busy shared machine inflates less.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout, uninstalled

from matching_instances import MARKETS, generate  # noqa: E402

from api.matching.assignment import solve_json, validate  # noqa: E402


def first_come_first_served(instance: dict) -> list[dict]:
    """Households in listed order; each takes its best candidate that still has room."""
    by_household: dict[str, list[dict]] = {}
    for candidate in instance["candidates"]:
        by_household.setdefault(candidate["household"], []).append(candidate)
    beds = {p["id"]: p["beds"] for p in instance["places"]}
    room = {p["id"]: p["maxHouseholds"] for p in instance["places"]}
    assignments = []
    for household in instance["households"]:
        size = household["size"]
        feasible = [
            c
            for c in by_household.get(household["id"], [])
            if room[c["place"]] > 0 and beds[c["place"]] >= size
        ]
        if feasible:
            best = max(feasible, key=lambda c: c["score"])
            room[best["place"]] -= 1
            beds[best["place"]] -= size
            assignments.append(best)
    return assignments


def greedy_best_pair_first(instance: dict) -> list[dict]:
    """All pairs by score, best first; take a pair when the household is free and it fits."""
    sizes = {h["id"]: h["size"] for h in instance["households"]}
    beds = {p["id"]: p["beds"] for p in instance["places"]}
    room = {p["id"]: p["maxHouseholds"] for p in instance["places"]}
    assigned: set[str] = set()
    assignments = []
    for candidate in sorted(instance["candidates"], key=lambda c: -c["score"]):
        household, place = candidate["household"], candidate["place"]
        size = sizes[household]
        if household not in assigned and room[place] > 0 and beds[place] >= size:
            assigned.add(household)
            room[place] -= 1
            beds[place] -= size
            assignments.append(candidate)
    return assignments


def lp_bound(instance: dict) -> float:
    """The optimum of the LP relaxation (x in [0, 1]): every household at most once, every place
    within maxHouseholds and beds. An upper bound on any assignment; solved with HiGHS."""
    from scipy.optimize import linprog
    from scipy.sparse import csr_array, vstack

    households = {h["id"]: i for i, h in enumerate(instance["households"])}
    places = {p["id"]: j for j, p in enumerate(instance["places"])}
    size = np.array([h["size"] for h in instance["households"]], dtype=float)
    h = np.array([households[c["household"]] for c in instance["candidates"]])
    p = np.array([places[c["place"]] for c in instance["candidates"]])
    score = np.array([c["score"] for c in instance["candidates"]])
    n = len(score)
    columns = np.arange(n)
    one_each = csr_array((np.ones(n), (h, columns)), shape=(len(households), n))
    count = csr_array((np.ones(n), (p, columns)), shape=(len(places), n))
    beds = csr_array((size[h], (p, columns)), shape=(len(places), n))
    limits = np.concatenate(
        [
            np.ones(len(households)),
            [q["maxHouseholds"] for q in instance["places"]],
            [q["beds"] for q in instance["places"]],
        ]
    )
    result = linprog(-score, A_ub=vstack([one_each, count, beds]), b_ub=limits, bounds=(0, 1), method="highs")
    if result.status != 0:
        raise SystemExit(f"LP failed: {result.message}")
    return -result.fun


def checked_objective(instance: dict, assignments: list[dict]) -> float:
    """Validate a baseline's assignments like ours and return their objective."""
    objective = math.fsum(a["score"] for a in assignments)
    result = {
        "assignments": assignments,
        "objective": objective,
        "upperBound": objective,
        "gap": 0.0,
        "seconds": 0.0,
    }
    validate(instance, result)
    return objective


def run_market(args: argparse.Namespace, market: str, seed: int) -> dict:
    instance, stats = generate(args.households, args.places, args.candidates, market, seed)
    text = json.dumps(instance)
    started = time.perf_counter()
    json.loads(text)
    decode_seconds = time.perf_counter() - started

    seconds, cpu_seconds, results = [], [], []
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = solve_json(instance)
        seconds.append(time.perf_counter() - started)
        cpu_seconds.append(time.process_time() - cpu_started)
        validate(instance, result)
        results.append(result)
    objectives = {r["objective"] for r in results}
    if len(objectives) != 1:
        raise SystemExit(f"{market}: repeats disagree: {sorted(objectives)}")
    result = results[-1]
    fcfs = checked_objective(instance, first_come_first_served(instance))
    greedy = checked_objective(instance, greedy_best_pair_first(instance))
    lp = math.nan if args.no_lp else lp_bound(instance)
    return {
        "market": market,
        "seed": seed,
        "pairs": len(instance["candidates"]),
        "beds/people": stats.beds / stats.people,
        "slots/households": stats.household_slots / stats.households,
        "decode": decode_seconds,
        "median": statistics.median(seconds),
        "min": min(seconds),
        "max": max(seconds),
        "cpu": statistics.median(cpu_seconds),
        "assigned": len(result["assignments"]),
        "objective": result["objective"],
        "upperBound": result["upperBound"],
        "gap": result["gap"],
        "fcfs": fcfs,
        "greedy": greedy,
        "lp": lp,
    }


def print_table(rows: list[dict], args: argparse.Namespace) -> None:
    print(
        f"{args.households} households × {args.places} places × ≤{args.candidates} candidates, "
        f"{args.repeat} repeats; time = solve_json incl. parsing, all results "
        "validated"
    )
    header = (
        f"{'market':<7} {'seed':>4} {'pairs':>7} {'beds/ppl':>8} {'slots/hh':>8} {'median s':>8} "
        f"{'(min-max)':>11} {'cpu s':>5} {'assigned':>8} {'objective':>10} {'upperBound':>10} {'gap %':>6} "
        f"{'FCFS':>9} {'greedy':>9} {'/FCFS':>6} {'/greedy':>7} {'bound/greedy':>12} {'LP bound':>10} "
        f"{'below LP %':>10} {'bound above LP %':>16}"
    )
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['market']:<7} {r['seed']:>4} {r['pairs']:>7} {r['beds/people']:>8.2f} "
            f"{r['slots/households']:>8.2f} {r['median']:>8.2f} "
            f"{r['min']:>5.2f}-{r['max']:<5.2f} {r['cpu']:>5.2f} {r['assigned']:>8} {r['objective']:>10.2f} "
            f"{r['upperBound']:>10.2f} {100 * r['gap']:>6.3f} {r['fcfs']:>9.2f} "
            f"{r['greedy']:>9.2f} {r['objective'] / r['fcfs']:>6.3f} "
            f"{r['objective'] / r['greedy']:>7.3f} {r['upperBound'] / r['greedy']:>12.3f} {r['lp']:>10.2f} "
            f"{100 * (r['lp'] - r['objective']) / r['lp']:>10.3f} "
            f"{100 * (r['upperBound'] - r['lp']) / r['lp']:>16.3f}"
        )
    print(
        "bound/greedy: no assignment can beat greedy by more than this; cpu s: median CPU time of "
        "the process in solve_json (less sensitive to a busy machine than the wall time). "
        + "; ".join(
            f"{r['market']} {r['seed']}: json.loads of the file text {r['decode']:.2f} s" for r in rows
        )
        + " (not in the timings)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--households", type=int, default=10_000)
    parser.add_argument("--places", type=int, default=5_000)
    parser.add_argument("--candidates", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1])
    parser.add_argument(
        "--markets", nargs="+", choices=MARKETS, default=["scarce", "tight", "loose", "bedlimited"]
    )
    parser.add_argument("--no-lp", action="store_true", help="Skip the LP relaxation's bound (HiGHS).")
    args = parser.parse_args()
    print_table([run_market(args, market, seed) for market in args.markets for seed in args.seeds], args)


if __name__ == "__main__":
    main()
