"""The work-item queue: `enqueue` work of a kind in the caller's transaction; workers claim it.

A worker claims due items with `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL (two workers never
take the same item and never wait for each other; SQLite runs the same statement without the lock,
with one worker), leases them (`locked_until`), and runs each kind's registered handler in its own
transaction. A failure is retried with exponential back-off until `max_attempts`, then the item is
`failed`; a crashed worker's items are taken over once their lease runs out. Nothing is kept in
process memory but the registry of handlers, which is code: a domain registers its handler with
`@handles(kind)` in its own module, and api/operations/worker.py imports that module so that every
worker knows the kind. A worker claims only kinds it has a handler for.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, or_, update
from sqlmodel import Session, col, select

from api.core.models import utcnow
from api.operations.models import WorkItem, WorkStatus

logger = logging.getLogger("onderdak.worker")

Handler = Callable[[Session, dict[str, Any]], None]

HANDLERS: dict[str, Handler] = {}

LEASE = timedelta(minutes=5)
BACKOFF_BASE = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=1)


def handles(kind: str) -> Callable[[Handler], Handler]:
    """Register the handler of KIND: `@handles("webhook_delivery") def deliver(session, payload)`.

    The handler does its work in SESSION (the item is marked done in the same transaction) and
    raises to have the item retried later."""

    def register(handler: Handler) -> Handler:
        if kind in HANDLERS and HANDLERS[kind] is not handler:
            raise ValueError(f"a handler for {kind!r} is registered already")
        HANDLERS[kind] = handler
        return handler

    return register


def enqueue(
    session: Session,
    kind: str,
    payload: dict[str, Any],
    run_after: datetime | None = None,
    *,
    max_attempts: int = 5,
) -> WorkItem:
    """Queue work in the caller's transaction: it is kept exactly when the caller's change is."""
    item = WorkItem(kind=kind, payload=payload, run_after=run_after or utcnow(), max_attempts=max_attempts)
    session.add(item)
    return item


def backoff(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, 4 min, … after the 1st, 2nd, 3rd, 4th failure; at most an hour."""
    return min(BACKOFF_BASE * 2 ** (attempts - 1), MAX_BACKOFF)


def claim(session: Session, worker: str, now: datetime, limit: int) -> list[WorkItem]:
    """Lease due items of the kinds this process handles (and items whose lease ran out)."""
    if not HANDLERS:
        return []
    due = session.exec(
        select(WorkItem)
        .where(
            col(WorkItem.kind).in_(sorted(HANDLERS)),
            or_(
                and_(WorkItem.status == WorkStatus.QUEUED.value, col(WorkItem.run_after) <= now),
                and_(WorkItem.status == WorkStatus.RUNNING.value, col(WorkItem.locked_until) < now),
            ),
        )
        .order_by(col(WorkItem.run_after), col(WorkItem.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    for item in due:
        item.status = WorkStatus.RUNNING.value
        item.locked_until = now + LEASE
        item.locked_by = worker
        item.attempts += 1
        session.add(item)
    return list(due)


@dataclass
class QueueReport:
    done: int = 0
    retried: int = 0
    failed: int = 0

    @property
    def handled(self) -> int:
        return self.done + self.retried + self.failed


def _settle(engine: Engine, item: WorkItem, worker: str, error: str) -> str:
    """Record a failure: queued again after a back-off, or failed for good after its last attempt."""
    now = utcnow()
    gives_up = item.attempts >= item.max_attempts
    status = WorkStatus.FAILED if gives_up else WorkStatus.QUEUED
    with Session(engine) as session:
        session.execute(
            update(WorkItem)
            .where(col(WorkItem.id) == item.id, col(WorkItem.locked_by) == worker)
            .values(
                status=status.value,
                run_after=item.run_after if gives_up else now + backoff(item.attempts),
                locked_until=None,
                locked_by=None,
                last_error=error[:1000],
                finished_at=now if gives_up else None,
            )
        )
        session.commit()
    return status.value


def _run(engine: Engine, item: WorkItem, worker: str) -> str:
    """Run one claimed item's handler; its work and the `done` mark commit together."""
    try:
        with Session(engine) as session:
            HANDLERS[item.kind](session, dict(item.payload))
            marked = session.execute(
                update(WorkItem)
                .where(col(WorkItem.id) == item.id, col(WorkItem.locked_by) == worker)
                .values(
                    status=WorkStatus.DONE.value,
                    locked_until=None,
                    locked_by=None,
                    last_error=None,
                    finished_at=utcnow(),
                )
            )
            if marked.rowcount != 1:  # type: ignore[attr-defined]
                # Our lease ran out and another worker took the item over: leave it to them.
                session.rollback()
                return WorkStatus.RUNNING.value
            session.commit()
            return WorkStatus.DONE.value
    except Exception as exc:  # any failure: the item is kept and tried again later
        logger.warning("work item %s (%s) failed: %s", item.id, item.kind, exc)
        return _settle(engine, item, worker, f"{type(exc).__name__}: {exc}")


def drain(
    engine: Engine,
    worker: str,
    *,
    batch: int = 20,
    now: Callable[[], datetime] = utcnow,
    keep_going: Callable[[], bool] = lambda: True,
) -> QueueReport:
    """Work through the due items until none is left (or KEEP_GOING says stop)."""
    report = QueueReport()
    while keep_going():
        with Session(engine, expire_on_commit=False) as session:
            claimed = claim(session, worker, now(), batch)
            session.commit()
        for item in claimed:
            outcome = _run(engine, item, worker)
            if outcome == WorkStatus.DONE.value:
                report.done += 1
            elif outcome == WorkStatus.FAILED.value:
                report.failed += 1
            elif outcome == WorkStatus.QUEUED.value:
                report.retried += 1
        if len(claimed) < batch:
            break
    return report
