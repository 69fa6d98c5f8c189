"""Asynchronous matching runs: the `matching_run` row is the queue.

`POST /matching/runs` stores a queued run with the requests it covers (chosen in the asker's
scope). A worker calls `execute_due_runs`: it claims a queued run (`SELECT … FOR UPDATE SKIP
LOCKED` on PostgreSQL, so several workers take different runs; SQLite has one writer at a time
anyway) together with a lease, ranks the requests in chunks, each chunk in its own short read
transaction, and after every chunk commits the progress and renews the lease in a short write
transaction. A worker that crashes stops renewing: once its lease has run out another worker takes
the run over from the start. Every write a worker makes is conditional on its lease token and on
the run not being cancelled, so a worker whose run was cancelled or taken over stops at its next
chunk and writes nothing more.
"""

import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import Connection, Engine, and_, or_, update
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.models import utcnow
from api.matching.assignment import solve_json
from api.matching.batch import RankedRequest, proposals_of, rank_requests
from api.matching.models import (
    ACTIVE_STATUSES,
    MatchingProposal,
    MatchingRun,
    MatchingUnassigned,
    RunStatus,
)
from api.matching.outcomes import unassigned_of

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
"""A run whose worker has not renewed its lease for this long is taken over by another worker."""
MAX_ATTEMPTS = 3
"""A run taken over this many times (its workers kept dying on it) is failed, not retried."""
CHUNK = 500
"""Requests ranked per read transaction; progress is committed after each chunk."""


@dataclass
class RunsReport:
    """What one call of `execute_due_runs` did."""

    done: list[uuid.UUID] = field(default_factory=list)
    failed: list[uuid.UUID] = field(default_factory=list)
    stopped: list[uuid.UUID] = field(default_factory=list)
    """Runs cancelled (or taken over by another worker) while this worker had them."""

    @property
    def executed(self) -> int:
        return len(self.done) + len(self.failed) + len(self.stopped)


class _LeaseLost(Exception):
    """The run was cancelled or taken over: stop without writing."""


@dataclass(frozen=True)
class _Claim:
    run_id: uuid.UUID
    token: uuid.UUID
    request_ids: list[uuid.UUID]
    candidates_per_request: int
    given_up: bool = False


def _session(bind: Engine | Connection) -> Session:
    return Session(bind, expire_on_commit=False)


def claim_run(bind: Engine | Connection, now: datetime) -> _Claim | None:
    """Lease the oldest queued run (or an active one whose lease ran out) to this worker."""
    with _session(bind) as session:
        matching_run = session.exec(
            select(MatchingRun)
            .where(
                or_(
                    MatchingRun.status == RunStatus.QUEUED.value,
                    and_(
                        col(MatchingRun.status).in_(ACTIVE_STATUSES),
                        col(MatchingRun.lease_expires_at) < now,
                    ),
                )
            )
            .order_by(col(MatchingRun.created_at), col(MatchingRun.id))
            .limit(1)
            .with_for_update(skip_locked=True)
        ).first()
        if matching_run is None:
            return None
        if matching_run.attempts >= MAX_ATTEMPTS:
            matching_run.status = RunStatus.FAILED.value
            matching_run.error = f"gave up after {matching_run.attempts} attempts (the workers stopped)"
            matching_run.finished_at = now
            matching_run.lease_token = None
            matching_run.lease_expires_at = None
            session.add(matching_run)
            session.commit()
            return _Claim(matching_run.id, uuid.uuid4(), [], 0, given_up=True)
        token = uuid.uuid4()
        matching_run.status = RunStatus.RANKING.value
        matching_run.lease_token = token
        matching_run.lease_expires_at = now + LEASE
        matching_run.attempts += 1
        matching_run.started_at = now
        matching_run.progress = 0
        session.add(matching_run)
        session.commit()
        return _Claim(
            matching_run.id,
            token,
            [uuid.UUID(i) for i in matching_run.request_ids],
            matching_run.candidates_per_request,
        )


def _guarded(session: Session, claim: _Claim, **values: object) -> None:
    """Update the run if this worker still holds it; else raise _LeaseLost."""
    result = session.exec(  # type: ignore[call-overload]
        update(MatchingRun)
        .where(
            col(MatchingRun.id) == claim.run_id,
            col(MatchingRun.lease_token) == claim.token,
            col(MatchingRun.status).in_(ACTIVE_STATUSES),
        )
        .values(**values)
    )
    if result.rowcount != 1:
        raise _LeaseLost


def _heartbeat(bind: Engine | Connection, claim: _Claim, **values: object) -> None:
    with _session(bind) as session:
        _guarded(session, claim, lease_expires_at=utcnow() + LEASE, **values)
        session.commit()


def _execute(bind: Engine | Connection, settings: Settings, claim: _Claim) -> None:
    started = time.perf_counter()
    today = date.today()
    ranked: list[RankedRequest] = []
    with _session(bind) as session:
        ranker = rank_requests(session, settings, today, claim.candidates_per_request)
    for start in range(0, len(claim.request_ids), CHUNK):
        with _session(bind) as session:
            ranked += ranker.rank(session, claim.request_ids[start : start + CHUNK])
        _heartbeat(bind, claim, progress=min(len(claim.request_ids), start + CHUNK))
    ranking_seconds = time.perf_counter() - started
    _heartbeat(bind, claim, status=RunStatus.SOLVING.value, ranking_seconds=round(ranking_seconds, 3))

    households, places, pairs = [], {}, []
    for request in ranked:
        households.append({"id": str(request.request_id), "size": request.size})
        for candidate in request.candidates:
            places[candidate.place_id] = {
                "id": candidate.place_id,
                "beds": candidate.free_beds,
                "maxHouseholds": candidate.free_households,
            }
            pairs.append(
                {"household": str(request.request_id), "place": candidate.place_id, "score": candidate.score}
            )
    result = solve_json({"households": households, "places": list(places.values()), "candidates": pairs})
    by_request = {str(r.request_id): r for r in ranked}
    assigned = [
        (request, next(c for c in request.candidates if c.place_id == a["place"]))
        for a in result["assignments"]
        for request in (by_request[a["household"]],)
    ]
    with _session(bind) as session:
        proposals = proposals_of(session, settings, assigned)
        for proposal in proposals:
            session.add(MatchingProposal(run_id=claim.run_id, **proposal))
        names = {str(p["place_id"]): p["place_name"] for p in proposals}
        for reason in unassigned_of(ranker.table, settings, claim.request_ids, ranked, assigned, names):
            session.add(MatchingUnassigned(run_id=claim.run_id, **reason))
        now = utcnow()
        _guarded(
            session,
            claim,
            status=RunStatus.DONE.value,
            pair_count=len(pairs),
            assigned_count=len(result["assignments"]),
            objective=result["objective"],
            upper_bound=result["upperBound"],
            gap=result["gap"],
            seconds=round(time.perf_counter() - started, 3),
            solving_seconds=round(time.perf_counter() - started - ranking_seconds, 3),
            finished_at=now,
            lease_token=None,
            lease_expires_at=None,
        )
        session.commit()


def execute_due_runs(bind: Engine | Connection, settings: Settings, *, limit: int = 1) -> RunsReport:
    """Claim and execute up to LIMIT due runs, one after the other; returns what happened.

    Safe to call from several workers at once: each claims a different run."""
    report = RunsReport()
    for _ in range(limit):
        claim = claim_run(bind, utcnow())
        if claim is None:
            break
        if claim.given_up:
            report.failed.append(claim.run_id)
            continue
        try:
            _execute(bind, settings, claim)
        except _LeaseLost:
            report.stopped.append(claim.run_id)
        except Exception as error:
            log.exception("matching run %s failed", claim.run_id)
            try:
                with _session(bind) as session:
                    _guarded(
                        session,
                        claim,
                        status=RunStatus.FAILED.value,
                        error=f"{type(error).__name__}: {error}"[:500],
                        finished_at=utcnow(),
                        lease_token=None,
                        lease_expires_at=None,
                    )
                    session.commit()
                report.failed.append(claim.run_id)
            except _LeaseLost:
                report.stopped.append(claim.run_id)
        else:
            report.done.append(claim.run_id)
    return report
