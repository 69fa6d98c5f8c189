"""GET /operations/jobs: platform administrators see the jobs and queues; nobody else does."""

from datetime import timedelta

import pytest

from api.core.authorization import Role
from api.core.models import utcnow
from api.notifications.models import Notification
from api.operations import queue
from api.operations.jobs import JOBS
from api.operations.models import JobSchedule, WorkItem


def test_an_admin_sees_each_jobs_runs_and_each_queues_depth(client, db, as_role) -> None:
    now = utcnow()
    db.add(
        JobSchedule(
            name="retention",
            next_run_at=now + timedelta(minutes=4),
            last_started_at=now - timedelta(minutes=1),
            last_finished_at=now - timedelta(seconds=50),
            last_status="failed",
            last_error="OperationalError: database is busy",
            consecutive_failures=2,
        )
    )
    db.add(
        JobSchedule(
            name="stay-expiry",
            next_run_at=now - timedelta(minutes=1),
            locked_until=now + timedelta(minutes=29),
            locked_by="host-2:4711:abc123",
            last_status="running",
        )
    )
    db.add(
        JobSchedule(
            name="consent-expiry",
            next_run_at=now - timedelta(hours=1),
            locked_until=now - timedelta(minutes=1),  # a dead worker's lease ran out
            locked_by="host-1:99:def456",
            last_status="running",
        )
    )
    queue.enqueue(db, "webhook_delivery", {"id": 1}, run_after=now - timedelta(minutes=5))
    db.add(WorkItem(kind="webhook_delivery", payload={}, status="failed", attempts=5))
    db.add(WorkItem(kind="webhook_delivery", payload={}, status="done"))
    db.add(
        Notification(
            kind="offer_made",
            recipient_type="household",
            recipient="a@example.org",
            language="uk",
            subject="s",
            body="b",
            status="sending",
        )
    )
    db.commit()
    response = client.get("/api/v1/operations/jobs", headers=as_role(Role.ADMIN))
    assert response.status_code == 200, response.text
    body = response.json()
    assert [job["name"] for job in body["jobs"]] == [job.name for job in JOBS]
    [retention] = [job for job in body["jobs"] if job["name"] == "retention"]
    assert retention["schedule"] == "daily 03:00 UTC"
    assert retention["lastStatus"] == "failed" and retention["consecutiveFailures"] == 2
    assert retention["lastError"] == "OperationalError: database is busy"
    assert retention["nextRunAt"] and retention["lastRunAt"] and retention["runningOn"] is None
    jobs = {job["name"]: job for job in body["jobs"]}
    assert jobs["stay-expiry"]["runningOn"] == "host-2:4711:abc123"
    assert jobs["consent-expiry"]["runningOn"] is None and jobs["consent-expiry"]["lastStatus"] == "running"
    assert jobs["throttle-cleanup"]["lastRunAt"] is None and jobs["throttle-cleanup"]["nextRunAt"] is None
    queues = {q["kind"]: q for q in body["queues"]}
    assert queues["webhook_delivery"] | {"oldestQueuedAt": None} == {
        "kind": "webhook_delivery",
        "queued": 1,
        "running": 0,
        "failed": 1,
        "oldestQueuedAt": None,
    }
    assert queues["webhook_delivery"]["oldestQueuedAt"] is not None
    assert queues["notification"]["running"] >= 1


@pytest.mark.parametrize("role", [Role.DESK, Role.MUNICIPALITY, Role.PARTNER, Role.HOST])
def test_other_roles_are_refused_with_problem_details(client, as_role, role) -> None:
    response = client.get("/api/v1/operations/jobs", headers=as_role(role))
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"


def test_an_anonymous_caller_gets_401(client) -> None:
    response = client.get("/api/v1/operations/jobs")
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
