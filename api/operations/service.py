"""What the worker did and has to do: the jobs' last and next runs, and the depth of each queue."""

from datetime import datetime

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from api.core.models import utcnow
from api.matching.models import ACTIVE_STATUSES, MatchingRun
from api.matching.models import RunStatus as MatchingRunStatus
from api.notifications.models import Notification, NotificationStatus
from api.operations.jobs import JOBS
from api.operations.models import (
    JobRunStatus,
    JobSchedule,
    JobsOverview,
    ScheduledJobPublic,
    WorkItem,
    WorkQueuePublic,
    WorkStatus,
)
from api.operations.queue import HANDLERS
from api.webhooks.models import DeliveryStatus, WebhookDelivery

NOTIFICATION_QUEUE = "notification"
WEBHOOK_QUEUE = "webhook-delivery"
MATCHING_QUEUE = "matching-run"


def _job_rows(session: Session) -> list[ScheduledJobPublic]:
    rows = {row.name: row for row in session.exec(select(JobSchedule)).all()}
    now = utcnow()
    result = []
    for job in JOBS:
        row = rows.get(job.name)
        leased = row is not None and row.locked_until is not None and row.locked_until > now
        result.append(
            ScheduledJobPublic(
                name=job.name,
                schedule=job.schedule,
                last_run_at=row.last_started_at if row else None,
                last_finished_at=row.last_finished_at if row else None,
                last_status=JobRunStatus(row.last_status) if row and row.last_status else None,
                last_error=row.last_error if row else None,
                consecutive_failures=row.consecutive_failures if row else 0,
                next_run_at=row.next_run_at if row else None,
                running_on=row.locked_by if row and leased else None,
            )
        )
    return result


def _depths(rows: list[tuple[str, str, int, datetime | None]], statuses: dict[str, str]) -> dict[str, dict]:
    depths: dict[str, dict] = {}
    for kind, status, count, oldest in rows:
        depth = depths.setdefault(kind, {"queued": 0, "running": 0, "failed": 0, "oldest_queued_at": None})
        if status in statuses:
            depth[statuses[status]] += count
        if status == WorkStatus.QUEUED.value or status == NotificationStatus.PENDING.value:
            depth["oldest_queued_at"] = oldest
    return depths


def _queue_rows(session: Session) -> list[WorkQueuePublic]:
    waiting = (WorkStatus.QUEUED.value, WorkStatus.RUNNING.value, WorkStatus.FAILED.value)
    items = session.exec(
        select(WorkItem.kind, WorkItem.status, func.count(), func.min(WorkItem.created_at))
        .where(col(WorkItem.status).in_(waiting))
        .group_by(WorkItem.kind, WorkItem.status)
    ).all()
    outbox = session.exec(
        select(Notification.status, func.count(), func.min(Notification.created_at))
        .where(
            col(Notification.status).in_(
                (
                    NotificationStatus.PENDING.value,
                    NotificationStatus.SENDING.value,
                    NotificationStatus.FAILED.value,
                )
            )
        )
        .group_by(Notification.status)
    ).all()
    depths = _depths([tuple(row) for row in items], {s: s for s in waiting})  # type: ignore[misc]
    depths |= _depths(
        [(NOTIFICATION_QUEUE, *row) for row in outbox],  # type: ignore[misc]
        {
            NotificationStatus.PENDING.value: "queued",
            NotificationStatus.SENDING.value: "running",
            NotificationStatus.FAILED.value: "failed",
        },
    )
    now = utcnow()
    state = case((col(WebhookDelivery.locked_until) > now, "running"), else_=col(WebhookDelivery.status))
    webhooks = session.exec(
        select(state, func.count(), func.min(WebhookDelivery.created_at))
        .where(col(WebhookDelivery.status).in_((DeliveryStatus.PENDING.value, DeliveryStatus.FAILED.value)))
        .group_by(state)
    ).all()
    depths |= _depths(
        [(WEBHOOK_QUEUE, *row) for row in webhooks],  # type: ignore[misc]
        {DeliveryStatus.PENDING.value: "queued", "running": "running", DeliveryStatus.FAILED.value: "failed"},
    )
    runs = session.exec(
        select(MatchingRun.status, func.count(), func.min(MatchingRun.created_at))
        .where(
            col(MatchingRun.status).in_(
                (MatchingRunStatus.QUEUED.value, *ACTIVE_STATUSES, MatchingRunStatus.FAILED.value)
            )
        )
        .group_by(MatchingRun.status)
    ).all()
    depths |= _depths(
        [
            (MATCHING_QUEUE, "pending" if status == MatchingRunStatus.QUEUED.value else status, *rest)
            for status, *rest in runs
        ],  # type: ignore[misc]
        {
            "pending": "queued",
            **dict.fromkeys(ACTIVE_STATUSES, "running"),
            MatchingRunStatus.FAILED.value: "failed",
        },
    )
    empty = {"queued": 0, "running": 0, "failed": 0, "oldest_queued_at": None}
    kinds = sorted({NOTIFICATION_QUEUE, WEBHOOK_QUEUE, MATCHING_QUEUE, *HANDLERS, *depths})
    return [WorkQueuePublic(kind=kind, **depths.get(kind, empty)) for kind in kinds]


def jobs_overview(session: Session) -> JobsOverview:
    return JobsOverview(jobs=_job_rows(session), queues=_queue_rows(session))
