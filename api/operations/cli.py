"""`onderdak people …`: daily jobs, the notification sender and retention (for cron or timers)."""

from datetime import date
from typing import Annotated

import typer

from api.core.config import get_settings
from api.core.db import get_engine

app = typer.Typer(help="People and moves: daily jobs, notifications, retention.", no_args_is_help=True)

TodayOption = Annotated[
    str | None, typer.Option("--today", help="Run as if today were this date (YYYY-MM-DD).")
]


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _run(today: date, only: str | None, force: bool) -> None:
    from api.operations.jobs import run_daily_jobs

    for result in run_daily_jobs(get_engine(), get_settings(), today, only=only, force=force):
        if result.ran:
            typer.echo(f"{result.job}: done {result.details}")
        else:
            typer.echo(f"{result.job}: ran already on {today}; skipped (use --force to run again)")


@app.command("run-daily-jobs")
def run_daily_jobs(
    today: TodayOption = None,
    force: Annotated[bool, typer.Option(help="Run even if today's run happened already.")] = False,
) -> None:
    """Open requests for ending host stays and closing locations; retention; housekeeping."""
    _run(_day(today), None, force)


@app.command("apply-retention")
def apply_retention(
    today: TodayOption = None,
    force: Annotated[bool, typer.Option(help="Run even if today's run happened already.")] = False,
) -> None:
    """Anonymise requests closed longer ago than the retention period."""
    _run(_day(today), "retention", force)


@app.command("send-notifications")
def send_notifications(
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="At most this many per run.")] = 200,
) -> None:
    """Deliver due notifications from the outbox (SMTP when configured, else the log)."""
    from api.notifications.sender import send_pending

    report = send_pending(get_engine(), get_settings(), limit=limit)
    typer.echo(f"sent {report.sent}, to retry {report.retried}, failed for good {report.failed}")
