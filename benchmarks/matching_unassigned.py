"""Benchmark: what saying why a request got no place adds to a matching run (no database).

    .venv/bin/python benchmarks/matching_unassigned.py [--places 50000] [--requests 1000] [--repeat 3]

Builds a place table of random places across the Netherlands (as the ranking loads it), and
REQUESTS random needs of which many cannot be placed (wheelchair, pets, a short maximum distance).
Times, per repeat, ranking every need (`batch.best_of`, 100 candidates) and then
`outcomes.unassigned_of` for all of them with no proposal made (every request is unassigned: the
worst case). Prints the medians, per request, and the share the reasons add to the ranking.
"""

import argparse
import random
import statistics
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.core.config import get_settings  # noqa: E402
from api.matching.batch import PlaceTable, RankedRequest, best_of  # noqa: E402
from api.matching.candidates import weights_of  # noqa: E402
from api.matching.outcomes import unassigned_of  # noqa: E402
from api.matching.scoring import Anchor, AnchorKind, Need, Place  # noqa: E402

TODAY = date(2026, 12, 1)


def random_place(rng: random.Random) -> Place:
    host = rng.random() < 0.1
    return Place(
        place_type="host_family" if host else "shelter_unit",
        place_id=str(uuid.UUID(int=rng.getrandbits(128))),
        name="p",
        municipality_code=rng.choice(("GM0344", "GM0363", "GM0014", "GM0307")),
        lat=rng.uniform(50.8, 53.5),
        lon=rng.uniform(3.4, 7.1),
        free_beds=rng.randint(0, 8),
        free_households=rng.randint(0, 2),
        wheelchair=rng.random() < 0.2,
        pets_allowed=rng.random() < 0.3,
        accepts_children=True,
        families_only=rng.random() < 0.1,
        women_only=rng.random() < 0.05,
        safeguarded=rng.random() < 0.7,
        accepting=rng.random() < 0.95,
        suspended=rng.random() < 0.01,
        available_from=None,
        available_until=None,
        languages=("nl", "uk") if rng.random() < 0.5 else ("nl",),
        small_scale=rng.random() < 0.3,
        self_catering=rng.random() < 0.5,
        visiting_rules="daytime",
        medical_support_nearby=rng.random() < 0.3,
        special_needs_school_km=None,
    )


def random_need(rng: random.Random) -> Need:
    lat, lon = rng.uniform(50.8, 53.5), rng.uniform(3.4, 7.1)
    return Need(
        size=rng.randint(1, 6),
        has_children=rng.random() < 0.5,
        adult_men=rng.random() < 0.5,
        wheelchair=rng.random() < 0.3,
        pets=rng.random() < 0.3,
        vulnerable=rng.random() < 0.2,
        needs_informal_care=False,
        needs_self_catering=False,
        languages=("uk",),
        move_on=TODAY + timedelta(days=7),
        stay_until=None,
        anchors=(Anchor(AnchorKind.CURRENT_HOME, "home", lat, lon),),
        home_municipality=None,
        preferred_municipalities=(),
        max_distance_km=rng.choice((2.0, 5.0, 25.0)),
        days_until_deadline=30,
        emergency=False,
        medical_care=rng.random() < 0.2,
        special_needs_education=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--places", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(15)
    table = PlaceTable.of(
        [(p, None, p.safeguarded, None) for p in (random_place(rng) for _ in range(args.places))]
    )
    settings = get_settings()
    weights = weights_of(settings)
    needs = [random_need(rng) for _ in range(args.requests)]
    ranking, reasons = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        ranked = [
            RankedRequest(uuid.uuid4(), need.size, need, set(), best_of(need, table, weights, set(), 100))
            for need in needs
        ]
        ranking.append(time.perf_counter() - started)
        started = time.perf_counter()
        rows = unassigned_of(table, settings, [r.request_id for r in ranked], ranked, [], {})
        reasons.append(time.perf_counter() - started)
    infeasible = sum(r["reason"] == "no_feasible_place" for r in rows)
    rank_s, reason_s = statistics.median(ranking), statistics.median(reasons)
    print(
        f"{args.places} places, {args.requests} requests ({infeasible} with no feasible place), {args.repeat} repeats"
    )
    print(
        f"ranking (best_of, 100 candidates): median {rank_s:.3f} s ({1000 * rank_s / args.requests:.2f} ms/request)"
    )
    print(
        f"reasons (unassigned_of, all unassigned): median {reason_s:.3f} s ({1000 * reason_s / args.requests:.2f} ms/request)"
    )
    if infeasible:
        print(
            f"  = {1000 * reason_s / infeasible:.2f} ms per request with no feasible place (the others cost ~nothing)"
        )
    print(f"reasons add {100 * reason_s / rank_s:.1f} % to the ranking time")


if __name__ == "__main__":
    main()
