"""The daily jobs: open relocation requests before host stays and locations end; retention; referrals
whose consent ran out are marked ended (their access ended with the consent already).

Run by `onderdak people run-daily-jobs` from cron or a timer. Each job runs once per day: the
first process to insert its `job_run` row claims the day; a second process running at the same
time waits for that insert's transaction and then skips.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from api.core.config import Settings
from api.core.db import upsert_insert
from api.core.models import utcnow
from api.gdpr.service import apply_retention
from api.operations.models import JobRun
from api.referrals.service import end_referrals_of_expired_consents
from api.relocation.expiry import open_expiry_requests
from api.relocation.status_page import clean_throttle


@dataclass
class JobResult:
    job: str
    ran: bool
    details: dict[str, Any] = field(default_factory=dict)


def claim_run(session: Session, job: str, run_on: date) -> bool:
    """Claim today's run of a job; False when another process has (or is) running it."""
    table = JobRun.__table__  # type: ignore[attr-defined]
    claimed = session.execute(
        upsert_insert(session, table)
        .values(job=job, run_on=run_on, started_at=utcnow())
        .on_conflict_do_nothing(index_elements=["job", "run_on"])
        .returning(table.c.job)
    ).first()
    return claimed is not None


def daily_jobs(settings: Settings, today: date) -> dict[str, Callable[[Session], dict[str, Any]]]:
    now = utcnow()
    return {
        "stay-expiry": lambda session: open_expiry_requests(session, settings, today),
        "retention": lambda session: apply_retention(session, settings, now),
        "throttle-cleanup": lambda session: clean_throttle(session, now),
        "consent-expiry": lambda session: end_referrals_of_expired_consents(session, now),
    }


def run_job(
    engine: Engine,
    name: str,
    work: Callable[[Session], dict[str, Any]],
    today: date,
    *,
    force: bool = False,
) -> JobResult:
    """One job in one transaction with its claim: the work and the 'ran' record commit together."""
    with Session(engine, expire_on_commit=False) as session:
        if not claim_run(session, name, today) and not force:
            session.rollback()
            return JobResult(name, ran=False)
        details = work(session)
        run = session.get(JobRun, (name, today))
        assert run is not None
        run.finished_at = utcnow()
        run.details = details
        session.add(run)
        session.commit()
        return JobResult(name, ran=True, details=details)


def run_daily_jobs(
    engine: Engine, settings: Settings, today: date, *, only: str | None = None, force: bool = False
) -> list[JobResult]:
    return [
        run_job(engine, name, work, today, force=force)
        for name, work in daily_jobs(settings, today).items()
        if only is None or name == only
    ]
