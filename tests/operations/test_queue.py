"""The schedule's and the queue's claims: once across racing workers, leases taken over, back-off."""

from datetime import timedelta

import pytest
from sqlmodel import col, select

from api.audit.models import AuditEvent
from api.audit.service import record
from api.core.config import get_settings
from api.core.models import utcnow
from api.operations import queue
from api.operations.jobs import JOBS_BY_NAME, LEASE, Job, claim_run, ensure_schedule, run_claimed
from api.operations.models import JobSchedule, WorkItem
from tests.conftest import IS_POSTGRES
from tests.people.committed import at_once


def _items(committed, kind: str) -> list[WorkItem]:  # type: ignore[no-untyped-def]
    with committed.session() as session:
        return list(
            session.exec(select(WorkItem).where(WorkItem.kind == kind).order_by(col(WorkItem.created_at)))
        )


def _enqueue(committed, kind: str, count: int = 1, **options: object) -> None:  # type: ignore[no-untyped-def]
    with committed.session() as session:
        for n in range(count):
            queue.enqueue(session, kind, {"n": n}, **options)  # type: ignore[arg-type]
        session.commit()


def test_of_eight_workers_racing_for_a_due_run_exactly_one_claims_it(committed) -> None:
    now = utcnow()
    ensure_schedule(committed.engine, now)
    job = JOBS_BY_NAME["retention"]
    claims = at_once(
        *(lambda name=f"worker-{i}": claim_run(committed.engine, job, name, now) for i in range(8))
    )
    assert sorted(claims) == [False] * 7 + [True]


def test_a_dead_workers_run_is_taken_over_when_its_lease_runs_out(committed) -> None:
    now = utcnow()
    ensure_schedule(committed.engine, now)
    job = JOBS_BY_NAME["throttle-cleanup"]
    assert claim_run(committed.engine, job, "dead", now)  # …and then the process was killed
    assert not claim_run(committed.engine, job, "alive", now + LEASE - timedelta(seconds=1))
    later = now + LEASE + timedelta(seconds=1)
    assert claim_run(committed.engine, job, "alive", later)
    # The dead worker coming back late does not overwrite the run it lost.
    assert run_claimed(committed.engine, get_settings(), job, "dead", now).status.value == "running"
    assert run_claimed(committed.engine, get_settings(), job, "alive", later).status.value == "succeeded"


def test_a_failing_job_is_recorded_and_retried_with_back_off(committed) -> None:
    attempts: list[int] = []

    def flaky(session, settings, now):  # type: ignore[no-untyped-def]
        attempts.append(1)
        if len(attempts) < 3:
            raise RuntimeError("the register is down")
        return {"ok": True}

    job = Job("test-flaky", flaky, every=timedelta(hours=6))
    now = utcnow()
    with committed.session() as session:
        session.add(JobSchedule(name=job.name, next_run_at=now))
        session.commit()
    settings = get_settings()
    delays = []
    for _ in range(3):
        assert claim_run(committed.engine, job, "worker-1", now)
        result = run_claimed(committed.engine, settings, job, "worker-1", now)
        with committed.session() as session:
            row = session.get(JobSchedule, job.name)
            assert row is not None
        delays.append(row.next_run_at - now)
        if result.status.value == "failed":
            assert row.last_status == "failed" and row.last_error == "RuntimeError: the register is down"
            assert not claim_run(committed.engine, job, "worker-1", now)  # not before the back-off
            now = row.next_run_at
    assert delays == [timedelta(minutes=1), timedelta(minutes=2), timedelta(hours=6)]
    assert row.last_status == "succeeded" and row.consecutive_failures == 0 and row.last_error is None
    assert row.last_details == {"ok": True}


def test_work_items_are_handled_and_failures_retried_with_back_off(committed) -> None:
    seen: list[dict] = []
    queue.handles("test-echo")(lambda session, payload: seen.append(payload))

    def failing(session, payload):  # type: ignore[no-untyped-def]
        raise TimeoutError("the webhook receiver did not answer")

    queue.handles("test-failing")(failing)
    _enqueue(committed, "test-echo", 3)
    _enqueue(committed, "test-failing", max_attempts=3)
    _enqueue(committed, "test-echo", run_after=utcnow() + timedelta(hours=1))  # not due yet

    now = utcnow()
    report = queue.drain(committed.engine, "worker-1", now=lambda: now)
    assert (report.done, report.retried, report.failed) == (3, 1, 0)
    assert sorted(p["n"] for p in seen) == [0, 1, 2]
    [failed] = _items(committed, "test-failing")
    assert failed.status == "queued" and failed.attempts == 1 and failed.locked_by is None
    assert failed.last_error == "TimeoutError: the webhook receiver did not answer"
    assert failed.run_after >= now + timedelta(seconds=30)
    assert queue.drain(committed.engine, "worker-1", now=lambda: now).handled == 0  # backing off

    for attempt in (2, 3):
        later = _items(committed, "test-failing")[0].run_after
        queue.drain(committed.engine, "worker-1", now=lambda later=later: later)
        [failed] = _items(committed, "test-failing")
        assert failed.attempts == attempt
    assert failed.status == "failed" and failed.finished_at is not None  # after its last attempt
    assert [i.status for i in _items(committed, "test-echo")] == ["done", "done", "done", "queued"]


def test_a_killed_workers_items_are_taken_over_when_the_lease_runs_out(committed) -> None:
    queue.handles("test-echo")(lambda session, payload: None)
    _enqueue(committed, "test-echo", 2)
    now = utcnow()
    with committed.session() as session:
        claimed = queue.claim(session, "killed", now, limit=10)
        session.commit()  # …and then the process was killed
    assert len(claimed) == 2
    assert queue.drain(committed.engine, "alive", now=lambda: now).handled == 0  # the lease holds
    report = queue.drain(committed.engine, "alive", now=lambda: now + queue.LEASE + timedelta(seconds=1))
    assert report.done == 2
    assert {(i.status, i.attempts) for i in _items(committed, "test-echo")} == {("done", 2)}


def test_items_of_a_kind_without_a_handler_wait_for_a_worker_that_has_one(committed) -> None:
    _enqueue(committed, "test-count")
    assert queue.drain(committed.engine, "worker-1").handled == 0
    assert _items(committed, "test-count")[0].status == "queued"


@pytest.mark.skipif(not IS_POSTGRES, reason="two workers at once need PostgreSQL's row locks")
def test_two_workers_draining_at_once_do_every_item_exactly_once(committed) -> None:
    def count(session, payload):  # type: ignore[no-untyped-def]
        record(session, None, "handled", "test_item", str(payload["n"]))

    queue.handles("test-count")(count)
    with committed.session() as session:
        for n in range(200):
            queue.enqueue(session, "test-count", {"n": n})
        session.commit()
    reports = at_once(
        lambda: queue.drain(committed.engine, "worker-1", batch=5),
        lambda: queue.drain(committed.engine, "worker-2", batch=5),
    )
    assert sum(r.done for r in reports) == 200 and all(r.done > 0 for r in reports)
    with committed.session() as session:
        handled = session.exec(
            select(AuditEvent.subject_id).where(AuditEvent.subject_type == "test_item")
        ).all()
    assert sorted(handled, key=int) == [str(n) for n in range(200)]  # each once
    assert {i.status for i in _items(committed, "test-count")} == {"done"}
