"""`onderdak worker` (all background work) and `onderdak people send-notifications`."""

import logging
import signal
from typing import Annotated

import typer

from api.core.config import get_settings
from api.core.db import get_engine

app = typer.Typer(help="People and moves: the notification outbox.", no_args_is_help=True)


def worker(
    once: Annotated[
        bool, typer.Option("--once", help="Run the due jobs, drain the queues once, then exit.")
    ] = False,
    poll_interval: Annotated[
        float, typer.Option(min=0.1, max=3600, help="Seconds between passes when idle.")
    ] = 5.0,
    batch: Annotated[int, typer.Option(min=1, max=1000, help="Items claimed at a time.")] = 50,
) -> None:
    """Take all background work from the database: scheduled jobs, work items, notifications.

    Run as many as you like, on any machines: every run and item is claimed once, in the database.
    """
    from api.operations.worker import Worker

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    runner = Worker(get_engine(), get_settings(), batch=batch)
    if once:
        report = runner.run_once()
        for job in report.jobs:
            typer.echo(f"{job.job}: {job.status.value} {job.details}")
        items, sent = report.items, report.notifications
        typer.echo(f"work items: done {items.done}, to retry {items.retried}, failed for good {items.failed}")
        typer.echo(f"notifications: sent {sent.sent}, to retry {sent.retried}, failed for good {sent.failed}")
        return
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: runner.stop())
    runner.run_forever(poll_interval)


@app.command("send-notifications")
def send_notifications(
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="At most this many per run.")] = 200,
) -> None:
    """Deliver due notifications from the outbox now (the worker does this on every pass)."""
    from api.notifications.sender import send_pending

    report = send_pending(get_engine(), get_settings(), limit=limit)
    typer.echo(f"sent {report.sent}, to retry {report.retried}, failed for good {report.failed}")
