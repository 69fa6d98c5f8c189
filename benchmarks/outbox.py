"""Benchmark: the worker delivering the notification outbox on PostgreSQL.

    .venv/bin/python benchmarks/outbox.py [--notifications 2000] [--rounds 3] [--batch 50]

Uses a dedicated database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/bench_outbox,
recreated and migrated). Each round fills the outbox with N pending notifications and times how long
workers take to deliver all of them with the log sender (no SMTP configured): first one worker, then
two worker processes in parallel (each claims with FOR UPDATE SKIP LOCKED, so they share the
outbox without doing a notification twice). Prints notifications per second per round and the
median over rounds, and checks that every notification was sent exactly once.
"""

import argparse
import multiprocessing
import os
import statistics
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from places_list import recreate_database  # noqa: E402

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/bench_outbox"


def fill(url: str, count: int) -> None:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    now = datetime.now(UTC)
    rows = [
        {
            "id": uuid.uuid4(),
            "created_at": now,
            "kind": "status_changed",
            "channel": "email",
            "recipient_type": "household",
            "recipient": f"household{i}@example.org",
            "language": "uk",
            "subject": "Новини щодо вашого запиту",
            "body": "Статус вашого запиту змінився.",
            "status": "pending",
            "attempts": 0,
            "next_attempt_at": now,
        }
        for i in range(count)
    ]
    columns = list(rows[0])
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM notification"))
        statement = (
            f"INSERT INTO notification ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"  # noqa: S608 (our own column names)
        )
        connection.execute(text(statement), rows)
    engine.dispose()


def sent_counts(url: str) -> tuple[int, int, int]:
    """(sent, not sent, sent more than once: attempts > 1)."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as connection:
        sent, other, twice = connection.execute(
            text(
                "SELECT count(*) FILTER (WHERE status = 'sent'), count(*) FILTER (WHERE status <> 'sent'), "
                "count(*) FILTER (WHERE attempts > 1) FROM notification"
            )
        ).one()
    engine.dispose()
    return sent, other, twice


def drain(
    batch: int, start: "multiprocessing.synchronize.Event", results: "multiprocessing.Queue[int]"
) -> None:
    """One worker process: wait for the start signal, deliver until the outbox is empty."""
    from api.core.config import get_settings
    from api.core.db import get_engine
    from api.operations.worker import Worker

    worker = Worker(get_engine(), get_settings(), batch=batch)
    with get_engine().connect():  # connect before the clock starts
        pass
    start.wait()
    results.put(worker.deliver_notifications().sent)


def timed(workers: int, batch: int) -> tuple[float, list[int]]:
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    processes = [context.Process(target=drain, args=(batch, start, results)) for _ in range(workers)]
    for process in processes:
        process.start()
    time.sleep(3)  # let each process import the app and connect before the clock starts
    began = time.perf_counter()
    start.set()
    counts = [results.get(timeout=600) for _ in processes]
    elapsed = time.perf_counter() - began
    for process in processes:
        process.join()
    return elapsed, counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notifications", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch", type=int, default=50)
    args = parser.parse_args()
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    os.environ["DATABASE_URL"] = url
    os.environ.pop("ONDERDAK_SMTP_HOST", None)  # the log sender
    recreate_database(url)
    subprocess.run([sys.executable, "-m", "api", "db", "upgrade"], cwd=REPO, check=True)
    print(f"outbox: {args.notifications} notifications, batch {args.batch}, log sender, PostgreSQL")
    for workers in (1, 2):
        rates = []
        for round_ in range(1, args.rounds + 1):
            fill(url, args.notifications)
            elapsed, counts = timed(workers, args.batch)
            sent, unsent, twice = sent_counts(url)
            assert sent == args.notifications and unsent == 0 and twice == 0, (sent, unsent, twice)
            assert sum(counts) == args.notifications, counts
            rates.append(args.notifications / elapsed)
            print(
                f"  {workers} worker(s), round {round_}: {elapsed:.2f} s, {rates[-1]:.0f}/s (per worker: {counts})"
            )
        print(f"{workers} worker(s): median {statistics.median(rates):.0f} notifications/s")


if __name__ == "__main__":
    main()
