"""Benchmark: the reports over 50,000 places and 100,000 placements on PostgreSQL.

    .venv/bin/python benchmarks/reports.py [--places 50000] [--placements 100000] [--rounds 5] [--calls 20]

Loads a dedicated database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/bench_reports,
recreated): the CBS municipalities (migration 0301), PLACES locations with 1–4 units, 5,000 host
families, PLACEMENTS placements (a quarter of them ended) each with its household, 20,000 relocation
requests with triage and move events, 30,000 offers and 2,000 incidents. Then calls each report
through the app in this process (HTTP semantics, JSON serialisation included, no network) as a
national desk, for the whole country and for one safety region (VR09), CALLS times per round, and
prints per report and scope the median and p95 in milliseconds (the median over rounds of each
round's figure, and each round's p95), with the load average before and after: the machine is
shared, so read the figures with it. Targets: p95 ≤ 200 ms for a region, ≤ 1 s for the country.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from places_list import recreate_database  # noqa: E402

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/bench_reports"
KINDS = [
    "municipal",
    "hotel",
    "holiday_park",
    "office_building",
    "small_scale",
    "container_homes",
    "boat",
    "other",
]
REPORTS = [
    "/api/v1/reports/occupancy?groupBy=municipality",
    "/api/v1/reports/occupancy?groupBy=safetyRegion",
    "/api/v1/reports/occupancy?groupBy=scale",
    "/api/v1/reports/occupancy?groupBy=kind",
    "/api/v1/reports/relocation-forecast?weeks=12&groupBy=municipality",
    "/api/v1/reports/relocation-forecast?weeks=12&groupBy=kind",
    "/api/v1/reports/requests",
    "/api/v1/reports/locations?format=csv",
    "/api/v1/reports/locations?format=xlsx",
    "/api/v1/reports/occupancy?groupBy=municipality&format=xlsx",
]


def insert(connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    statement = text(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"  # noqa: S608 (our own table and column names)
    )
    for start in range(0, len(rows), 5000):
        connection.execute(statement, rows[start : start + 5000])


def load(url: str, places: int, placements: int, seed: int) -> None:
    env = {**os.environ, "DATABASE_URL": url}
    subprocess.run([sys.executable, "-m", "api", "db", "upgrade"], cwd=REPO, env=env, check=True)
    subprocess.run(
        [sys.executable, "-m", "api", "demo", "load"],
        cwd=REPO,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    rng = random.Random(seed)
    today = date.today()
    now = datetime.now(UTC)
    with engine.begin() as connection:
        codes = [r[0] for r in connection.execute(text("SELECT code FROM municipality"))]
        organisations = [r[0] for r in connection.execute(text("SELECT id FROM organisation"))]
        locations, units, hosts = [], [], []
        for i in range(places):
            location_id = uuid.uuid4()
            locations.append({
                "id": location_id, "name": f"Locatie {i:05d}", "kind": rng.choice(KINDS),
                "municipality_code": rng.choice(codes), "address": f"Straat {i}", "lat": 52.0, "lon": 5.0,
                "status": rng.choices(["open", "planned", "closing", "closed"], [80, 5, 10, 5])[0],
                "opens_on": today - timedelta(days=400),
                "closes_on": rng.choice([None, None, None, today + timedelta(days=rng.randint(1, 200))]),
                "visiting_rules": "open", "languages_spoken": '["nl"]', "self_catering": False, "has_staff": True,
                "capacity_beds": 0, "occupied_beds": 0, "free_beds": 0, "has_free_wheelchair_unit": False,
                "has_free_pets_unit": False, "created_at": now, "updated_at": now,
            })  # fmt: skip
            for u in range(rng.choice([1, 1, 2, 3, 4])):
                units.append({
                    "id": uuid.uuid4(), "location_id": location_id, "name": f"Unit {u}",
                    "beds": rng.choice([2, 3, 4, 6, 8, 12, 20, 40]), "max_households": rng.choice([1, 1, 2, 4]),
                    "status": rng.choices(["available", "blocked", "closed"], [85, 10, 5])[0],
                    "wheelchair_accessible": False, "pets_allowed": False, "families_only": False,
                    "women_only": False, "occupied_beds": 0, "occupied_households": 0, "created_at": now,
                })  # fmt: skip
        for i in range(5000):
            hosts.append({
                "id": uuid.uuid4(), "display_name": f"Familie {i}", "organisation_id": rng.choice(organisations),
                "municipality_code": rng.choice(codes), "lat": 52.0, "lon": 5.0, "beds": rng.randint(1, 6),
                "rooms": 1, "max_households": 1, "pets_allowed": False, "pets_present": False,
                "wheelchair_accessible": False, "accepts_children": True, "languages": '["nl"]',
                "available_from": today - timedelta(days=rng.randint(1, 150)),
                "available_until": today + timedelta(days=rng.randint(1, 200)),
                "vetting_status": rng.choice(["vetted", "vetted", "pending"]), "occupied_beds": 0,
                "occupied_households": 0, "created_at": now, "updated_at": now,
            })  # fmt: skip
        insert(connection, "shelter_location", locations)
        insert(connection, "shelter_unit", units)
        insert(connection, "host_family", hosts)
        households, stays = [], []
        for i in range(placements):
            household_id = uuid.uuid4()
            size = rng.randint(1, 5)
            households.append({
                "id": household_id, "reference": f"HH-{i:08d}", "adults": 1, "children": size - 1,
                "members": "[]", "languages": '["uk"]', "preferred_language": "uk", "legal_status": "ukrainian_tpd",
                "needs_wheelchair": False, "needs_medical_care": False, "has_pets": False,
                "needs_special_needs_education": False, "needs_informal_care": False,
                "needs_informal_childcare": False, "needs_self_catering": False, "women_and_children_only": False,
                "vulnerable": False, "supporting_organisation_id": rng.choice(organisations), "created_at": now,
                "updated_at": now,
            })  # fmt: skip
            at_host = rng.random() < 0.1
            ended = rng.random() < 0.25
            start = today - timedelta(days=rng.randint(1, 400))
            stays.append({
                "id": uuid.uuid4(), "household_id": household_id,
                "place_type": "host_family" if at_host else "shelter_unit",
                "shelter_unit_id": None if at_host else rng.choice(units)["id"],
                "host_family_id": rng.choice(hosts)["id"] if at_host else None, "beds": size, "starts_on": start,
                "planned_end_on": rng.choice([None, today + timedelta(days=rng.randint(-5, 180))]),
                "arrived_on": start, "ended_on": start + timedelta(days=rng.randint(1, 100)) if ended else None,
                "status": "ended" if ended else "active", "created_at": now,
            })  # fmt: skip
        insert(connection, "household", households)
        insert(connection, "placement", stays)
        requests, events, offers = [], [], []
        desks = organisations[:3]
        for stay in rng.sample(stays, 20000):
            request_id = uuid.uuid4()
            created = now - timedelta(hours=rng.randint(10, 3000))
            status = rng.choice(
                ["submitted", "triaged", "matching", "offered", "accepted", "moved", "closed"]
            )
            requests.append({
                "id": request_id, "household_id": stay["household_id"], "reason": "host_stay_ending",
                "urgency": rng.choice(["emergency", "high", "normal"]),
                "must_move_by": today + timedelta(days=rng.randint(-30, 60)), "status": status,
                "preferred_municipalities": "[]", "current_placement_id": stay["id"], "created_at": created,
                "updated_at": created, "status_changed_at": created,
            })  # fmt: skip
            if status != "submitted":
                events.append({"id": uuid.uuid4(), "request_id": request_id, "occurred_at": created + timedelta(hours=2),
                               "kind": "status_changed", "to_status": "triaged", "actor_type": "user",
                               "actor_organisation_id": rng.choice(desks)})  # fmt: skip
            if status in ("moved", "closed"):
                events.append({"id": uuid.uuid4(), "request_id": request_id,
                               "occurred_at": created + timedelta(hours=rng.randint(5, 900)), "kind": "status_changed",
                               "to_status": "moved", "actor_type": "user", "actor_organisation_id": rng.choice(desks)})  # fmt: skip
            for _ in range(rng.choice([0, 1, 1, 2, 3])):
                offer_status = rng.choice(["open", "accepted", "declined", "withdrawn"])
                offers.append({
                    "id": uuid.uuid4(), "request_id": request_id, "household_id": stay["household_id"],
                    "place_type": "shelter_unit", "shelter_unit_id": rng.choice(units)["id"],
                    "move_on": today + timedelta(days=14), "respond_by": today + timedelta(days=7),
                    "status": offer_status, "made_by_organisation_id": rng.choice(desks), "created_at": created,
                    "responded_at": created + timedelta(hours=5) if offer_status in ("accepted", "declined") else None,
                    "decline_reason": rng.choice(["te ver", "geen huisdieren", "school"]) if offer_status == "declined" else None,
                })  # fmt: skip
        insert(connection, "relocation_request", requests)
        insert(connection, "relocation_event", events)
        insert(connection, "offer", offers)
        insert(connection, "incident", [
            {"id": uuid.uuid4(), "subject_type": "shelter_unit", "subject_id": rng.choice(units)["id"], "severity": "low",
             "description": "x", "status": "closed", "reported_at": now - timedelta(days=rng.randint(0, 300))}
            for _ in range(2000)
        ])  # fmt: skip
        # Derived unit and location figures, as api.placements.service computes them.
        connection.execute(
            text("""
            UPDATE shelter_unit u SET occupied_beds = s.beds, occupied_households = s.n
            FROM (SELECT shelter_unit_id, SUM(beds) AS beds, COUNT(*) AS n FROM placement
                  WHERE status = 'active' AND shelter_unit_id IS NOT NULL GROUP BY shelter_unit_id) s
            WHERE u.id = s.shelter_unit_id""")
        )
        connection.execute(
            text("""
            UPDATE shelter_location l SET capacity_beds = s.capacity, occupied_beds = s.occupied,
              free_beds = CASE WHEN l.status = 'closed' THEN 0 ELSE s.free END
            FROM (SELECT location_id, SUM(CASE WHEN status <> 'closed' THEN beds ELSE 0 END) AS capacity,
                         SUM(occupied_beds) AS occupied,
                         SUM(CASE WHEN status = 'available' AND beds > occupied_beds THEN beds - occupied_beds ELSE 0 END) AS free
                  FROM shelter_unit GROUP BY location_id) s
            WHERE l.id = s.location_id""")
        )
    # A production database has autovacuum: vacuum too (not only analyze), so the visibility map is
    # set and index-only scans are possible, as they would be there. VACUUM cannot run in a transaction.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    engine.dispose()


def load_average() -> str:
    """The machine's load (shared with other work): figures mean little without it."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--places", type=int, default=50_000)
    parser.add_argument("--placements", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--no-load", action="store_true", help="Reuse the database of an earlier run.")
    parser.add_argument("--only", default="", help="Only the reports whose path contains this text.")
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    if not args.no_load:
        recreate_database(url)
        started = time.monotonic()
        load(url, args.places, args.placements, args.seed)
        print(
            f"loaded {args.places} places, {args.placements} placements in {time.monotonic() - started:.0f} s"
        )
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("ONDERDAK_ENV", "development")
    from fastapi.testclient import TestClient

    from api.main import create_app

    with TestClient(create_app()) as client:
        login = client.post(
            "/api/v1/auth/token", data={"username": "desk@demo.onderdak.nl", "password": "onderdak-demo"}
        )
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        print(f"load average before: {load_average()}")
        print(f"{'report':<72} {'scope':<8} {'median ms':>10} {'p95 ms':>8}   (per round: p95)")
        for path in (p for p in REPORTS if args.only in p):
            joiner = "&" if "?" in path else "?"
            for scope, suffix in (("country", ""), ("VR09", f"{joiner}safetyRegion=VR09")):
                medians, p95s = [], []
                client.get(path + suffix, headers=headers).raise_for_status()  # warm the caches
                for _ in range(args.rounds):
                    timings = []
                    for _ in range(args.calls):
                        started = time.perf_counter()
                        client.get(path + suffix, headers=headers).raise_for_status()
                        timings.append((time.perf_counter() - started) * 1000)
                    medians.append(statistics.median(timings))
                    p95s.append(percentile(timings, 0.95))
                rounds = " ".join(f"{p:.0f}" for p in p95s)
                print(
                    f"{path:<72} {scope:<8} {statistics.median(medians):>10.1f} {statistics.median(p95s):>8.1f}   ({rounds})",
                    flush=True,
                )
        print(f"load average after: {load_average()}  (1, 5, 15 min; {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
