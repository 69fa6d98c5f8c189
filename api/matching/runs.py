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

import numpy as np
from sqlalchemy import Connection, Engine, and_, insert, or_, update
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.models import utcnow
from api.matching.assignment import Instance, solve
from api.matching.batch import RankedRequest, proposals_of, rank_requests
from api.matching.models import ACTIVE_STATUSES, MatchingProposal, MatchingRun, RunStatus

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
    phases: dict[uuid.UUID, dict[str, float]] = field(default_factory=dict)
    """Per run done: the seconds each phase took (load_places, rank, progress, solve, explain, store)."""

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


def instance_of(ranked: list[RankedRequest]) -> tuple[Instance, np.ndarray]:
    """The assignment instance of ranked requests, built from their arrays as parse_instance would
    from the JSON document (candidates sorted by household, then place): a run has up to a million
    pairs, whose dicts would cost more than the solve. Also: the table row of each instance place."""
    table = ranked[0].table if ranked else None
    lengths = np.array([len(r.index) for r in ranked], dtype=np.int64)
    rows = np.concatenate([r.index for r in ranked]) if ranked else np.zeros(0, np.int64)
    scores = np.concatenate([r.scores for r in ranked]) if ranked else np.zeros(0)
    used = np.unique(rows)
    household = np.repeat(np.arange(len(ranked), dtype=np.int64), lengths)
    place = np.searchsorted(used, rows).astype(np.int64)
    order = np.lexsort((place, household))
    instance = Instance(
        household_ids=[str(r.request_id) for r in ranked],
        place_ids=[table.place_id(i) for i in used.tolist()] if table is not None else [],
        size=np.array([r.size for r in ranked], dtype=np.int64),
        beds=table.columns["free_beds"][used] if table is not None else np.zeros(0, np.int64),
        max_households=(
            table.columns["free_households"][used] if table is not None else np.zeros(0, np.int64)
        ),
        household=household[order],
        place=place[order],
        score=scores[order],
    )
    return instance, used


def _execute(bind: Engine | Connection, settings: Settings, claim: _Claim) -> dict[str, float]:
    """Rank, solve and store a run; returns the seconds each phase took."""
    started = time.perf_counter()
    phases: dict[str, float] = {}

    def phase(name: str, since: float) -> float:
        now = time.perf_counter()
        phases[name] = round(phases.get(name, 0.0) + now - since, 3)
        return now

    today = date.today()
    ranked: list[RankedRequest] = []
    with _session(bind) as session:
        ranker = rank_requests(session, settings, today, claim.candidates_per_request)
    mark = phase("load_places", started)
    for start in range(0, len(claim.request_ids), CHUNK):
        with _session(bind) as session:
            ranked += ranker.rank(session, claim.request_ids[start : start + CHUNK])
        mark = phase("rank", mark)
        _heartbeat(bind, claim, progress=min(len(claim.request_ids), start + CHUNK))
        mark = phase("progress", mark)
    ranking_seconds = time.perf_counter() - started
    _heartbeat(bind, claim, status=RunStatus.SOLVING.value, ranking_seconds=round(ranking_seconds, 3))
    mark = phase("progress", mark)

    instance, used = instance_of(ranked)
    solution = solve(instance)
    mark = phase("solve", mark)
    chosen = solution.chosen
    assigned = []
    for h, p in zip(instance.household[chosen].tolist(), instance.place[chosen].tolist(), strict=True):
        request = ranked[h]
        k = int(np.flatnonzero(request.index == used[p])[0])
        assigned.append((request, request.candidate(k)))
    with _session(bind) as session:
        proposals = proposals_of(session, settings, assigned)
        mark = phase("explain", mark)
        if proposals:
            session.connection().execute(  # one multi-row statement per thousand, no ORM objects
                insert(MatchingProposal.__table__),  # type: ignore[arg-type]
                [{"id": uuid.uuid4(), "run_id": claim.run_id, **proposal} for proposal in proposals],
            )
        now = utcnow()
        _guarded(
            session,
            claim,
            status=RunStatus.DONE.value,
            pair_count=len(instance.score),
            assigned_count=len(chosen),
            objective=solution.objective,
            upper_bound=solution.upper_bound,
            gap=solution.gap,
            seconds=round(time.perf_counter() - started, 3),
            solving_seconds=round(time.perf_counter() - started - ranking_seconds, 3),
            finished_at=now,
            lease_token=None,
            lease_expires_at=None,
        )
        session.commit()
    phase("store", mark)
    return phases


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
            report.phases[claim.run_id] = _execute(bind, settings, claim)
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
