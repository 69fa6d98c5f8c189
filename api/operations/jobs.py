"""The worker's scheduled jobs, on a schedule kept in the database (table `job_schedule`).

A worker claims a due run with one compare-and-set UPDATE (the row is due and not leased to a
live worker), so each run happens once however many workers poll; the job's work and the
record of its success commit together. A run missed while no worker ran is due at once when one
starts (once, not once per missed day). A failed run is retried after a back-off (1, 2, 4 … minutes,
never later than its regular next run); a worker that died mid-run loses its lease to another.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, or_, update
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.db import upsert_insert
from api.core.models import utcnow
from api.gdpr.service import apply_retention
from api.hosts.reminders import remind_expiring_vetting
from api.identity import throttle as login_throttle
from api.offers.service import expire_overdue_offers
from api.operations.models import JobRunStatus, JobSchedule
from api.referrals.service import end_referrals_of_expired_consents
from api.relocation.expiry import open_expiry_requests
from api.relocation.status_page import clean_throttle

logger = logging.getLogger("onderdak.worker")

Work = Callable[[Session, Settings, datetime], dict[str, Any]]

LEASE = timedelta(minutes=30)
FIRST_RETRY = timedelta(minutes=1)


def forget_stale_counts(session: Session, settings: Settings, now: datetime) -> dict[str, Any]:
    """Status-page lookup counts and login failure counts past use; long-unseen login clients."""
    return {
        "statusLookups": clean_throttle(session, now)["deleted"],
        **login_throttle.clean(session, settings, now),
    }


def today_of(now: datetime) -> date:
    return now.astimezone(UTC).date()


@dataclass(frozen=True)
class Job:
    """A job runs EVERY so often, or daily AT a time (UTC)."""

    name: str
    work: Work
    every: timedelta | None = None
    at: time | None = None

    @property
    def schedule(self) -> str:
        if self.at is not None:
            return f"daily {self.at.strftime('%H:%M')} UTC"
        assert self.every is not None
        minutes = int(self.every.total_seconds() // 60)
        return f"every {minutes // 60} h" if minutes % 60 == 0 else f"every {minutes} min"

    def next_after(self, now: datetime) -> datetime:
        if self.every is not None:
            return now + self.every
        assert self.at is not None
        candidate = datetime.combine(today_of(now), self.at, tzinfo=UTC)
        return candidate if candidate > now else candidate + timedelta(days=1)


JOBS: tuple[Job, ...] = (
    Job(
        "stay-expiry",
        lambda session, settings, now: open_expiry_requests(session, settings, today_of(now)),
        at=time(2, 0),
    ),
    Job(
        "overdue-offers",
        lambda session, settings, now: expire_overdue_offers(session, settings, today_of(now)),
        every=timedelta(hours=1),
    ),
    Job(
        "vetting-reminders",
        lambda session, settings, now: remind_expiring_vetting(session, settings, today_of(now)),
        at=time(6, 0),
    ),
    Job(
        "consent-expiry",
        lambda session, settings, now: end_referrals_of_expired_consents(session, now),
        every=timedelta(hours=1),
    ),
    Job("retention", lambda session, settings, now: apply_retention(session, settings, now), at=time(3, 0)),
    Job(
        "throttle-cleanup",
        lambda session, settings, now: forget_stale_counts(session, settings, now),
        at=time(4, 0),
    ),
)
JOBS_BY_NAME = {job.name: job for job in JOBS}


def ensure_schedule(engine: Engine, now: datetime) -> None:
    """Add the jobs the schedule does not know yet, due at once (their first run)."""
    with Session(engine) as session:
        table = JobSchedule.__table__  # type: ignore[attr-defined]
        for job in JOBS:
            session.execute(
                upsert_insert(session, table)
                .values(name=job.name, next_run_at=now, consecutive_failures=0)
                .on_conflict_do_nothing(index_elements=["name"])
            )
        session.commit()


def claim_run(engine: Engine, job: Job, worker: str, now: datetime) -> bool:
    """Claim the job's due run for WORKER: True for exactly one of any number of racing workers."""
    with Session(engine) as session:
        claimed = session.execute(
            update(JobSchedule)
            .where(
                col(JobSchedule.name) == job.name,
                col(JobSchedule.next_run_at) <= now,
                or_(col(JobSchedule.locked_until).is_(None), col(JobSchedule.locked_until) < now),
            )
            .values(
                locked_until=now + LEASE,
                locked_by=worker,
                last_started_at=now,
                last_status=JobRunStatus.RUNNING.value,
            )
        )
        session.commit()
        return claimed.rowcount == 1  # type: ignore[attr-defined]


@dataclass
class JobResult:
    job: str
    status: JobRunStatus
    details: dict[str, Any]


def _ours(job: Job, worker: str):  # type: ignore[no-untyped-def]
    return (col(JobSchedule.name) == job.name) & (col(JobSchedule.locked_by) == worker)


def run_claimed(engine: Engine, settings: Settings, job: Job, worker: str, now: datetime) -> JobResult:
    """Run a claimed job; its work and the record of its success commit in one transaction."""
    try:
        with Session(engine) as session:
            details = job.work(session, settings, now)
            marked = session.execute(
                update(JobSchedule)
                .where(_ours(job, worker))
                .values(
                    next_run_at=job.next_after(now),
                    locked_until=None,
                    locked_by=None,
                    last_finished_at=utcnow(),
                    last_status=JobRunStatus.SUCCEEDED.value,
                    last_error=None,
                    last_details=details,
                    consecutive_failures=0,
                )
            )
            if marked.rowcount != 1:  # type: ignore[attr-defined]
                # Our lease ran out and another worker took the run over: its outcome counts.
                session.rollback()
                return JobResult(job.name, JobRunStatus.RUNNING, {})
            session.commit()
            return JobResult(job.name, JobRunStatus.SUCCEEDED, details)
    except Exception as exc:  # the run failed: its work is rolled back; record it and retry later
        logger.exception("job %s failed", job.name)
        error = f"{type(exc).__name__}: {exc}"[:1000]
        with Session(engine) as session:
            row = session.exec(select(JobSchedule).where(_ours(job, worker))).first()
            if row is not None:
                failures = row.consecutive_failures + 1
                retry_at = now + FIRST_RETRY * 2 ** min(failures - 1, 16)
                row.next_run_at = min(retry_at, job.next_after(now))
                row.locked_until = None
                row.locked_by = None
                row.last_finished_at = utcnow()
                row.last_status = JobRunStatus.FAILED.value
                row.last_error = error
                row.consecutive_failures = failures
                session.add(row)
                session.commit()
        return JobResult(job.name, JobRunStatus.FAILED, {"error": error})


def run_due_jobs(engine: Engine, settings: Settings, worker: str, now: datetime) -> list[JobResult]:
    """Run every job that is due and that no other worker has claimed."""
    return [
        run_claimed(engine, settings, job, worker, now) for job in JOBS if claim_run(engine, job, worker, now)
    ]
