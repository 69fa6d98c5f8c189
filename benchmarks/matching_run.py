"""Benchmark: asynchronous matching runs over a desk's open requests, 50,000 places on PostgreSQL.

    .venv/bin/python benchmarks/matching_run.py [--places 50000] [--hosts 5000]
        [--requests 1000 10000] [--candidates 100] [--workers 1 2] [--repeat 1]

Loads the same data as benchmarks/candidates.py (database recreated), starts the API, and for every
N, K and W given: `POST /matching/runs` over the first N requests (`requestIds`) with K candidates
per request — one run; the worker that claims a run of 5,000 requests or more splits it into compact
regions of about 2,500 (api/matching/runs.py) — to W standing worker processes started and ready
before the first POST (`onderdak matching run-due --wait`, as `onderdak worker` calls
`execute_due_runs`; their start-up is not timed), and polls the list `GET /matching/runs`
(without proposals) until every run is done; then reads each run with its proposals (not timed).
Prints the time from the first POST to the last `done` (median of the repeats, and every repeat's),
and of the median repeat (the upper middle one of an even number) the runs' own phases (ranking,
solving; the slowest run), each worker's phase times (load_places, rank, progress, store_part,
word_ahead, load_parts, solve, store_picks, explain, store_proposals, unassigned_reasons, store)
with the load average, and figures: a repeat's phases beside another repeat's time would not add up. Targets: 10,000 requests × 100 candidates ≤ 60 s with one worker, ≤ 20 s with two on a
region split; 1,000 requests ≤ 10 s.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from candidates import add_hosts_and_requests
from places_list import DEFAULT_URL, REPO, load, recreate_database, start_server, token
from sqlalchemy import create_engine, text


def load_average() -> str:
    """The one-minute load average: the machine is shared, so every figure says how busy it was."""
    return Path("/proc/loadavg").read_text().split()[0]


def loaded_requests(url: str) -> list[str]:
    """The requests loaded before, in the order they were made; unfinished runs are cancelled."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE matching_run SET status = 'cancelled' WHERE status IN ('queued', 'ranking', 'solving')"
            )
        )
        rows = connection.execute(
            text(
                "SELECT r.id::text FROM relocation_request r JOIN household h ON h.id = r.household_id"
                " WHERE h.reference LIKE 'B-%' ORDER BY h.reference"
            )
        ).all()
    engine.dispose()
    return [row[0] for row in rows]


def time_runs(
    url: str, port: int, bearer: str, request_ids: list[str], candidates: int, workers: int
) -> dict:
    parts = [request_ids]  # one run: a large one is split into parts by the worker that claims it
    env = {**os.environ, "DATABASE_URL": url}
    with httpx.Client(
        base_url=f"http://127.0.0.1:{port}/api/v1", headers={"Authorization": f"Bearer {bearer}"}, timeout=60
    ) as client:
        # Standing workers (as `onderdak worker` is): started and ready before the first POST.
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "api", "matching", "run-due", "--wait", "120"],
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(workers)
        ]
        for process in processes:
            assert process.stderr is not None
            assert process.stderr.readline().strip() == "ready"
        started = time.perf_counter()
        locations = []
        for part in parts:
            response = client.post(
                "/matching/runs", json={"requestIds": part, "candidatesPerRequest": candidates}
            )
            assert response.status_code == 202, response.text
            locations.append(response.headers["Location"].removeprefix("/api/v1"))
        # Poll the list view (the newest runs, without proposals): reading the run itself would
        # download its 10,000 proposals each time it is done.
        ids = {location.rsplit("/", 1)[1] for location in locations}
        finished: set[str] = set()
        while finished != ids:
            time.sleep(0.1)
            listed = client.get("/matching/runs", params={"limit": len(ids)}).json()["items"]
            finished |= {
                r["id"] for r in listed if r["id"] in ids and r["status"] in ("done", "failed", "cancelled")
            }
        seconds = time.perf_counter() - started
        runs = {location: client.get(location).json() for location in locations}
        for run in runs.values():
            if run["status"] == "done":
                assert len(run["proposals"]) == run["assignedCount"], run["id"]
        phases = []
        for process in processes:
            out, _ = process.communicate(timeout=180)
            phases += [line.split("phases: ", 1)[1] for line in out.splitlines() if "phases: " in line]
    results = list(runs.values())
    if any(r["status"] != "done" for r in results):
        raise SystemExit(f"a run did not finish: {[(r['status'], r['error']) for r in results]}")
    return {
        "seconds": seconds,
        "ranking": max(r["rankingSeconds"] for r in results),
        "solving": max(r["solvingSeconds"] for r in results),
        "pairs": sum(r["pairCount"] for r in results),
        "assigned": sum(r["assignedCount"] for r in results),
        "objective": sum(r["objective"] for r in results),
        "gap": max(r["gap"] for r in results),
        "phases": phases,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--places", type=int, default=50_000)
    parser.add_argument("--hosts", type=int, default=5_000)
    parser.add_argument("--requests", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--candidates", type=int, nargs="+", default=[100])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--port", type=int, default=8767)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--reuse", action="store_true", help="Use the data an earlier run loaded.")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    if args.reuse:
        request_ids = loaded_requests(url)
    else:
        print(
            f"loading {args.places} places, {args.hosts} hosts, {max(args.requests)} requests …", flush=True
        )
        recreate_database(url)
        load(url, args.places, args.seed)
        request_ids = add_hosts_and_requests(url, args.hosts, max(args.requests), args.seed)
    server = start_server(url, args.port, 1)
    try:
        bearer = token(args.port)
        print(
            f"{'requests':>8} {'cand/req':>8} {'workers':>7} {'median s':>8} {'ranking s':>9} {'solving s':>9} "
            f"{'pairs':>8} {'assigned':>8} {'objective':>9} {'gap %':>6} repeats s"
        )
        for count in args.requests:
            chosen = request_ids[:count]
            for candidates in args.candidates:
                for workers in args.workers:
                    timed = [
                        time_runs(url, args.port, bearer, chosen, candidates, workers)
                        for _ in range(args.repeat)
                    ]
                    middle = sorted(timed, key=lambda t: t["seconds"])[len(timed) // 2]
                    print(
                        f"{count:>8} {candidates:>8} {workers:>7} {statistics.median(t['seconds'] for t in timed):>8.2f} "
                        f"{middle['ranking']:>9.2f} {middle['solving']:>9.2f} {middle['pairs']:>8} "
                        f"{middle['assigned']:>8} {middle['objective']:>9.2f} {100 * middle['gap']:>6.3f} "
                        + "/".join(f"{t['seconds']:.2f}" for t in timed),
                        flush=True,
                    )
                    for worker_phases in middle["phases"]:
                        print(f"{'':>8} phases: {worker_phases}; load {load_average()}")
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
