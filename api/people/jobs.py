"""The daily jobs: open relocation requests before host stays and locations end; retention.

Run by `onderdak people run-daily-jobs` from cron or a timer. Each job runs once per day: the
first process to insert its `job_run` row claims the day; a second process running at the same
time waits for that insert's transaction and then skips. Each expiry request is opened at most
once in any case: its `trigger_key` (placement and end date) is unique and inserted with
ON CONFLICT DO NOTHING.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.config import Settings
from api.core.db import upsert_insert
from api.core.models import utcnow
from api.hosts.models import HostFamily
from api.people import gdpr, notifications
from api.people.models import (
    AnchorKind,
    EventKind,
    JobRun,
    NotificationKind,
    RelocationAnchor,
    RelocationRequest,
    RequestReason,
    RequestStatus,
    StatusLookupThrottle,
    Urgency,
)
from api.people.service import lock_household, open_request_of
from api.people.workflow import SYSTEM, add_event, next_step_for
from api.placements.models import Placement, PlacementStatus
from api.places.models import ShelterLocation, ShelterUnit

THROTTLE_KEEP = timedelta(days=1)


@dataclass(frozen=True)
class Ending:
    """An active placement whose place ends: the household must move by `ends_on`."""

    placement: Placement
    reason: RequestReason
    ends_on: date
    lat: float
    lon: float
    municipality_code: str

    @property
    def trigger_key(self) -> str:
        return f"{self.reason.value}:{self.placement.id}:{self.ends_on.isoformat()}"


def endings(session: Session, horizon: date) -> list[Ending]:
    """Active placements at hosts available until, or in locations closing, by the horizon."""
    active = Placement.status == PlacementStatus.ACTIVE.value
    found = [
        Ending(
            placement,
            RequestReason.HOST_STAY_ENDING,
            host.available_until,
            host.lat,
            host.lon,
            host.municipality_code,
        )
        for placement, host in session.exec(
            select(Placement, HostFamily)
            .join(HostFamily, col(HostFamily.id) == col(Placement.host_family_id))
            .where(active, col(HostFamily.available_until) <= horizon)
        ).all()
    ]
    found += [
        Ending(
            placement,
            RequestReason.LOCATION_CLOSING,
            location.closes_on,
            location.lat,
            location.lon,
            location.municipality_code,
        )
        for placement, location in session.exec(
            select(Placement, ShelterLocation)
            .join(ShelterUnit, col(ShelterUnit.id) == col(Placement.shelter_unit_id))
            .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
            .where(
                active,
                col(ShelterLocation.closes_on).is_not(None),
                col(ShelterLocation.closes_on) <= horizon,
            )
        ).all()
        if location.closes_on is not None
    ]
    # A placement that starts after its place ends is not one the household lives in yet.
    return sorted(
        (e for e in found if e.placement.starts_on < e.ends_on),
        key=lambda e: (e.ends_on, str(e.placement.id)),
    )


def _urgency(days_left: int, settings: Settings) -> Urgency:
    if days_left <= settings.min_notice_days:
        return Urgency.EMERGENCY
    if days_left <= 2 * settings.min_notice_days:
        return Urgency.HIGH
    return Urgency.NORMAL


def open_request_for(
    session: Session, settings: Settings, ending: Ending, today: date
) -> RelocationRequest | None:
    """Open the relocation request for one ending, unless there is one already."""
    if session.exec(
        select(RelocationRequest.id).where(RelocationRequest.trigger_key == ending.trigger_key)
    ).first():
        return None
    household = lock_household(session, ending.placement.household_id)
    if household.erased_at is not None or open_request_of(session, household.id) is not None:
        return None  # someone is on it already; checked again tomorrow if that request ends
    now = utcnow()
    must_move_by = max(ending.ends_on, today)
    request_id = uuid.uuid4()
    table = RelocationRequest.__table__  # type: ignore[attr-defined]
    inserted = session.execute(
        upsert_insert(session, table)
        .values(
            id=request_id,
            household_id=household.id,
            reason=ending.reason.value,
            urgency=_urgency((ending.ends_on - today).days, settings).value,
            must_move_by=must_move_by,
            status=RequestStatus.SUBMITTED.value,
            preferred_municipalities=[],
            current_placement_id=ending.placement.id,
            trigger_key=ending.trigger_key,
            created_at=now,
            updated_at=now,
            status_changed_at=now,
        )
        .on_conflict_do_nothing(index_elements=["trigger_key"])
        .returning(table.c.id)
    ).first()
    if inserted is None:
        return None  # another process opened it a moment ago
    request = session.get(RelocationRequest, request_id)
    assert request is not None
    step, due = next_step_for(request, settings, today)
    request.next_step, request.next_step_due = (step.value if step else None), due
    session.add(request)
    session.add(
        RelocationAnchor(
            request_id=request.id,
            kind=AnchorKind.CURRENT_HOME.value,
            lat=ending.lat,
            lon=ending.lon,
            municipality_code=ending.municipality_code,
        )
    )
    add_event(session, request, SYSTEM, EventKind.CREATED, from_status=None)
    notifications.enqueue(session, NotificationKind.EXPIRY_WARNING, request, household)
    record(
        session,
        None,
        "create",
        "relocation_request",
        request.id,
        {"by": "daily-job", "trigger": ending.trigger_key},
        organisation_id=household.supporting_organisation_id,
    )
    return request


def open_expiry_requests(session: Session, settings: Settings, today: date) -> dict[str, Any]:
    horizon = today + timedelta(days=settings.host_stay_lead_days)
    opened = [r for e in endings(session, horizon) if (r := open_request_for(session, settings, e, today))]
    return {"opened": len(opened), "requestIds": [str(r.id) for r in opened]}


def clean_throttle(session: Session, now: datetime) -> dict[str, Any]:
    result = session.exec(
        delete(StatusLookupThrottle).where(col(StatusLookupThrottle.window_start) < now - THROTTLE_KEEP)
    )
    return {"deleted": result.rowcount}


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
        "retention": lambda session: gdpr.apply_retention(session, settings, now),
        "throttle-cleanup": lambda session: clean_throttle(session, now),
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
