"""Benchmark: ranked, explained candidates for one request with 50,000 places on PostgreSQL.

    .venv/bin/python benchmarks/candidates.py [--places 50000] [--hosts 5000] [--requests 200]
        [--clients 32] [--seconds 20] [--rounds 3] [--workers 2] [--reuse]

Loads the places as benchmarks/places_list.py does (same database, recreated), adds host families
and REQUESTS households in `matching` with work/school/home anchors spread over the demo
municipalities, starts the API and asks for `/relocation-requests/{id}/candidates?limit=20`:
first one request at a time (the latency of a single call), then from CLIENTS paced users, then
from CLIENTS connections back to back with wrk (the throughput ceiling). Prints p50/p95/p99
and requests per second per round and the median over rounds, with the load average; the targets
are p95 ≤ 50 ms paced and a ceiling of at least 100 requests per second (API with WORKERS
processes, 2 by default).

The machine is shared, so it also prints the CPU time one request costs (the API's processes and
the database's backends, measured over the one-at-a-time rounds): unlike the latencies, that
figure hardly depends on what else runs, and 1000 ms × cores / CPU ms bounds the ceiling.
"""

import argparse
import os
import random
import shutil
import statistics
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import httpx
from places_list import (
    DEFAULT_URL,
    load,
    print_rounds,
    recreate_database,
    run_paced,
    run_wrk,
    start_server,
    token,
    vacuum_analyze,
)
from sqlalchemy import create_engine, text


def add_hosts_and_requests(url: str, hosts: int, requests: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    today = date.today()
    with engine.begin() as connection:
        municipalities = connection.execute(text("SELECT code, lat, lon FROM municipality")).all()
        partner = connection.execute(
            text("SELECT id FROM organisation WHERE kind = 'partner' LIMIT 1")
        ).scalar()
        host_rows = []
        for i in range(hosts):
            code, lat, lon = rng.choice(municipalities)
            host_rows.append(
                {
                    "id": uuid.uuid4(),
                    "name": f"Gastgezin {i}",
                    "org": partner,
                    "code": code,
                    "lat": lat + rng.uniform(-0.06, 0.06),
                    "lon": lon + rng.uniform(-0.06, 0.06),
                    "beds": rng.randint(1, 6),
                    "pets": rng.random() < 0.4,
                    "wheel": rng.random() < 0.1,
                    "from": today - timedelta(days=rng.randint(0, 30)),
                    "until": today + timedelta(days=rng.randint(20, 180)),
                    "vetting": rng.choices(["vetted", "pending"], [70, 30])[0],
                }
            )
        connection.execute(
            text(
                "INSERT INTO host_family (id, display_name, organisation_id, municipality_code, lat, lon, beds, rooms,"
                " max_households, pets_allowed, pets_present, wheelchair_accessible, accepts_children, languages,"
                " available_from, available_until, vetting_status, vetting_expires_on, occupied_beds,"
                " occupied_households, created_at, updated_at) VALUES (:id, :name, :org, :code, :lat, :lon, :beds, 1,"
                ' 1, :pets, false, :wheel, true, \'["nl", "en"]\', :from, :until, :vetting, NULL, 0, 0, now(), now())'
            ),
            host_rows,
        )
        request_ids = []
        for i in range(requests):
            code, lat, lon = rng.choice(municipalities)
            household_id, request_id = uuid.uuid4(), uuid.uuid4()
            adults, children = rng.choice([(1, 0), (1, 1), (2, 1), (2, 2), (1, 3), (3, 2)])
            connection.execute(
                text(
                    "INSERT INTO household (id, reference, adults, children, members, languages, preferred_language,"
                    " legal_status, needs_wheelchair, needs_medical_care, has_pets, needs_special_needs_education,"
                    " needs_informal_care, needs_informal_childcare, needs_self_catering, women_and_children_only,"
                    " vulnerable, created_at, updated_at) VALUES (:id, :ref, :adults, :children, '[]', '[\"uk\"]',"
                    " 'uk', 'ukrainian_tpd', :wheel, false, :pets, false, :care, false, false, false, :vulnerable,"
                    " now(), now())"
                ),
                {
                    "id": household_id,
                    "ref": f"B-{i:06d}",
                    "adults": adults,
                    "children": children,
                    "wheel": rng.random() < 0.05,
                    "pets": rng.random() < 0.15,
                    "care": rng.random() < 0.2,
                    "vulnerable": rng.random() < 0.1,
                },
            )
            connection.execute(
                text(
                    "INSERT INTO relocation_request (id, household_id, reason, urgency, must_move_by, status,"
                    " preferred_municipalities, max_distance_km, created_at, updated_at, status_changed_at)"
                    " VALUES (:id, :household, 'host_stay_ending', 'normal', :by, 'matching', :preferred, :max,"
                    " now(), now(), now())"
                ),
                {
                    "id": request_id,
                    "household": household_id,
                    "by": today + timedelta(days=rng.randint(10, 60)),
                    "preferred": f'["{code}"]',
                    "max": rng.choice([None, 30, 50]),
                },
            )
            for position, kind in enumerate(("current_home", "work", "school")):
                connection.execute(
                    text(
                        "INSERT INTO relocation_anchor (id, request_id, position, kind, label, lat, lon,"
                        " municipality_code) VALUES (:id, :request, :position, :kind, :kind, :lat, :lon, :code)"
                    ),
                    {
                        "id": uuid.uuid4(),
                        "request": request_id,
                        "position": position,
                        "kind": kind,
                        "lat": lat + rng.uniform(-0.08, 0.08),
                        "lon": lon + rng.uniform(-0.08, 0.08),
                        "code": code,
                    },
                )
            request_ids.append(str(request_id))
    vacuum_analyze(engine)
    engine.dispose()
    return request_ids


def loaded_requests(url: str) -> list[str]:
    """The requests an earlier load made (households B-…), in the order they were made."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT r.id::text FROM relocation_request r JOIN household h ON h.id = r.household_id"
                " WHERE h.reference LIKE 'B-%' AND r.status = 'matching' ORDER BY h.reference"
            )
        ).all()
    engine.dispose()
    return [row[0] for row in rows]


def sequential(port: int, paths: list[str], bearer: str, count: int) -> dict:
    latencies = []
    with httpx.Client(
        base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {bearer}"}
    ) as client:
        started = time.monotonic()
        for path in paths[:count]:
            t0 = time.perf_counter()
            response = client.get(path)
            latencies.append((time.perf_counter() - t0) * 1000)
            response.raise_for_status()
        duration = time.monotonic() - started
    ordered = sorted(latencies)
    pct = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {
        "p50": pct(0.5),
        "p95": pct(0.95),
        "p99": pct(0.99),
        "rps": len(ordered) / duration,
        "errors": 0,
        "requests": len(ordered),
    }


def _cpu_ms(pids: list[int]) -> float:
    """User + system CPU time of the processes, in ms (those that have ended count as 0)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total * 1000 / os.sysconf("SC_CLK_TCK")


def server_processes(server_pid: int) -> list[int]:
    """The server and its worker processes (children of the supervisor)."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == server_pid:
                children.append(int(stat.parent.name))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return [server_pid, *children]


def database_backends(url: str) -> list[int]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        pids = (
            connection.execute(
                text(
                    "SELECT pid FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            .scalars()
            .all()
        )
    engine.dispose()
    return list(pids)


def cpu_per_request(server_pid: int, url: str, run) -> tuple[dict, float, float]:  # type: ignore[no-untyped-def]
    """RUN's result, and the CPU ms per request it cost the API processes and the database."""
    api, backends = server_processes(server_pid), database_backends(url)
    api_before, database_before = _cpu_ms(api), {pid: _cpu_ms([pid]) for pid in backends}
    result = run()
    backends_after = database_backends(url)
    database = sum(_cpu_ms([pid]) - database_before.get(pid, 0.0) for pid in backends_after)
    requests = result["requests"]
    return result, (_cpu_ms(api) - api_before) / requests, database / requests


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--places", type=int, default=50_000)
    parser.add_argument("--hosts", type=int, default=5_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--think-ms", type=float, default=500)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--reuse", action="store_true", help="Use the data an earlier run loaded.")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    if args.reuse:
        request_ids = loaded_requests(url)[: args.requests]
    else:
        print(
            f"loading {args.places} places, {args.hosts} host families, {args.requests} requests …",
            flush=True,
        )
        recreate_database(url)
        load(url, args.places, args.seed)
        request_ids = add_hosts_and_requests(url, args.hosts, args.requests, args.seed)
    paths = [f"/api/v1/relocation-requests/{rid}/candidates?limit=20" for rid in request_ids]
    server = start_server(url, args.port, args.workers)
    try:
        bearer = token(args.port)
        sample = httpx.get(
            f"http://127.0.0.1:{args.port}{paths[0]}", headers={"Authorization": f"Bearer {bearer}"}
        ).json()
        print(
            f"sample: {len(sample['items'])} candidates, best score {sample['items'][0]['score'] if sample['items'] else None},"
            f" {len(sample['excluded'])} excluded shown"
        )
        measured = [
            cpu_per_request(server.pid, url, lambda: sequential(args.port, paths, bearer, len(paths)))
            for _ in range(args.rounds)
        ]
        print_rounds("one request at a time", [result for result, _, _ in measured])
        api_ms = statistics.median(api for _, api, _ in measured)
        database_ms = statistics.median(database for _, _, database in measured)
        cores = os.cpu_count() or 1
        print(
            f"  CPU per request (median): API {api_ms:.1f} ms + PostgreSQL {database_ms:.1f} ms"
            f" = {api_ms + database_ms:.1f} ms, so at most {1000 * cores / (api_ms + database_ms):.0f} req/s"
            f" on {cores} cores; load {Path('/proc/loadavg').read_text().split()[0]}"
        )
        paced = print_rounds(
            f"paced: {args.clients} users, each one request per {args.think_ms:.0f} ms on average",
            [
                run_paced(args.port, paths, bearer, args.clients, args.seconds, args.think_ms)
                for _ in range(args.rounds)
            ],
        )
        verdict = "met" if paced["p95"] <= 50 else "NOT met"
        print(
            f"target p95 ≤ 50 ms ({args.places} places + {args.hosts} hosts, {args.clients} paced users): {verdict}"
            f"; load {Path('/proc/loadavg').read_text().split()[0]}"
        )
        if shutil.which("wrk"):
            saturated = print_rounds(
                f"saturated: {args.clients} connections back to back (wrk), the throughput ceiling",
                [run_wrk(args.port, paths, bearer, args.clients, args.seconds) for _ in range(args.rounds)],
            )
            verdict = "met" if saturated["rps"] >= 100 else "NOT met"
            print(
                f"target ceiling ≥ 100 req/s ({args.workers} API workers): {verdict}"
                f"; load {Path('/proc/loadavg').read_text().split()[0]}"
            )
        else:
            print("wrk is not installed: no throughput ceiling measured (apt-get install wrk)")
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
