"""Benchmark: a batch matching run over a desk's open requests, 50,000 places on PostgreSQL.

    .venv/bin/python benchmarks/matching_run.py [--places 50000] [--hosts 5000]
        [--requests 100 300] [--candidates 20 100] [--repeat 3]

Loads the same data as benchmarks/candidates.py (database recreated), starts the API and times
`POST /matching/runs` over the first N requests (`requestIds`) with K candidates per request, for
every N and K given: wall time of the call (median of the repeats), the run's own figures (pairs,
assigned, objective, gap) and the time per request. A run ranks every request and then solves the
assignment in the call; this shows how long a desk waits for it.
"""

import argparse
import os
import statistics
import time

import httpx
from candidates import add_hosts_and_requests
from places_list import DEFAULT_URL, load, recreate_database, start_server, token


def time_runs(port: int, bearer: str, request_ids: list[str], candidates: int, repeat: int) -> dict:
    seconds, run = [], {}
    with httpx.Client(
        base_url=f"http://127.0.0.1:{port}/api/v1",
        headers={"Authorization": f"Bearer {bearer}"},
        timeout=600,
    ) as client:
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.post(
                "/matching/runs", json={"requestIds": request_ids, "candidatesPerRequest": candidates}
            )
            seconds.append(time.perf_counter() - started)
            response.raise_for_status()
            run = response.json()
    return {"median": statistics.median(seconds), "min": min(seconds), "max": max(seconds), "run": run}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--places", type=int, default=50_000)
    parser.add_argument("--hosts", type=int, default=5_000)
    parser.add_argument("--requests", type=int, nargs="+", default=[100, 300])
    parser.add_argument("--candidates", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--port", type=int, default=8767)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    print(
        f"loading {args.places} places, {args.hosts} host families, {max(args.requests)} requests …",
        flush=True,
    )
    recreate_database(url)
    load(url, args.places, args.seed)
    request_ids = add_hosts_and_requests(url, args.hosts, max(args.requests), args.seed)
    server = start_server(url, args.port, 1)
    try:
        bearer = token(args.port)
        print(
            f"{'requests':>8} {'cand/req':>8} {'median s':>8} {'(min-max)':>11} {'ms/req':>7} "
            f"{'pairs':>7} {'assigned':>8} {'objective':>9} {'gap %':>6}"
        )
        for count in args.requests:
            for candidates in args.candidates:
                timed = time_runs(args.port, bearer, request_ids[:count], candidates, args.repeat)
                run = timed["run"]
                print(
                    f"{count:>8} {candidates:>8} {timed['median']:>8.2f} "
                    f"{timed['min']:>5.2f}-{timed['max']:<5.2f} {1000 * timed['median'] / count:>7.1f} "
                    f"{run['pairCount']:>7} {run['assignedCount']:>8} {run['objective']:>9.2f} "
                    f"{100 * run['gap']:>6.3f}",
                    flush=True,
                )
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
