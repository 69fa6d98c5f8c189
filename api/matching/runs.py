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

import gc
import json
import logging
import math
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol

import numpy as np
from sqlalchemy import JSON, Connection, Engine, Table, and_, case, func, insert, or_, update
from sqlalchemy.orm import defer
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.models import utcnow
from api.matching.assignment import Instance, solve
from api.matching.batch import (
    BatchCandidate,
    PlaceTable,
    RankedRequest,
    Ranker,
    declined_of,
    load_table,
    needs_of,
    proposals_of,
    ranked_from_bytes,
    ranked_to_bytes,
    request_rows,
)
from api.matching.models import (
    ACTIVE_STATUSES,
    MatchingProposal,
    MatchingRun,
    MatchingRunPart,
    MatchingUnassigned,
    PartStatus,
    RunStatus,
    UnassignedReason,
)
from api.matching.outcomes import unassigned_of
from api.matching.scoring import Need
from api.relocation.models import RelocationAnchor

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
    parts: list[uuid.UUID] = field(default_factory=list)
    """Parts of split runs this worker ranked."""
    worded: list[uuid.UUID] = field(default_factory=list)
    """Parts of split runs whose proposals and unassigned reasons this worker worded and stored."""
    phases: dict[uuid.UUID, dict[str, float]] = field(default_factory=dict)
    """Per run worked on: the seconds each phase took here (load_places, rank, progress,
    store_part, load_parts, solve, explain, store)."""

    @property
    def executed(self) -> int:
        return len(self.done) + len(self.failed) + len(self.stopped) + len(self.parts) + len(self.worded)


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


class _Ranked(Protocol):
    request_id: uuid.UUID
    size: int
    index: np.ndarray
    scores: np.ndarray


class _Places(Protocol):
    columns: dict[str, np.ndarray]

    @property
    def id_rank(self) -> np.ndarray: ...

    def place_id(self, index: int) -> str: ...


def instance_of(ranked: Sequence[_Ranked], table: _Places | None) -> tuple[Instance, np.ndarray]:
    """The assignment instance of ranked requests, built from their arrays as parse_instance would
    from the JSON document (candidates sorted by household, then place; places in id order, so that
    a run split into parts has the same instance): a run has up to a million pairs, whose dicts would
    cost more than the solve. Also: the table row of each instance place."""
    if not ranked or table is None:
        empty = np.zeros(0, np.int64)
        return Instance([], [], empty, empty, empty, empty, empty, np.zeros(0)), empty
    lengths = np.array([len(r.index) for r in ranked], dtype=np.int64)
    rows = np.concatenate([r.index for r in ranked]).astype(np.int64)
    scores = np.concatenate([r.scores for r in ranked]).astype(float)
    used = np.unique(rows)
    used = used[np.argsort(table.id_rank[used], kind="stable")]
    position = np.empty(int(used.max()) + 1 if len(used) else 0, dtype=np.int64)
    position[used] = np.arange(len(used))
    household = np.repeat(np.arange(len(ranked), dtype=np.int64), lengths)
    place = position[rows]
    order = np.lexsort((place, household))
    instance = Instance(
        household_ids=[str(r.request_id) for r in ranked],
        place_ids=[table.place_id(i) for i in used.tolist()],
        size=np.array([r.size for r in ranked], dtype=np.int64),
        beds=table.columns["free_beds"][used],
        max_households=table.columns["free_households"][used],
        household=household[order],
        place=place[order],
        score=scores[order],
    )
    return instance, used


class _Phases(dict):
    """Seconds per phase of a run, as one worker spent them."""

    def add(self, name: str, since: float) -> float:
        now = time.perf_counter()
        self[name] = round(self.get(name, 0.0) + now - since, 3)
        return now


def _rank_chunks(
    bind: Engine | Connection, ranker: Ranker, request_ids: list[uuid.UUID], phases: _Phases, report_progress
) -> list[RankedRequest]:  # type: ignore[no-untyped-def]
    ranked: list[RankedRequest] = []
    mark = time.perf_counter()
    for start in range(0, len(request_ids), CHUNK):
        with _session(bind) as session:
            ranked += ranker.rank(session, request_ids[start : start + CHUNK])
        mark = phases.add("rank", mark)
        report_progress(start, min(len(request_ids), start + CHUNK))
        mark = phases.add("progress", mark)
    return ranked


def _execute(bind: Engine | Connection, settings: Settings, claim: _Claim) -> dict[str, float]:
    """Rank, solve and store a run; returns the seconds each phase took."""
    started = time.perf_counter()
    phases = _Phases()
    today = date.today()
    with _session(bind) as session:
        ranker = Ranker(load_table(session, settings, today), settings, today, claim.candidates_per_request)
    phases.add("load_places", started)
    ranked = _rank_chunks(
        bind, ranker, claim.request_ids, phases, lambda _, done: _heartbeat(bind, claim, progress=done)
    )
    ranking_seconds = time.perf_counter() - started
    mark = time.perf_counter()
    _heartbeat(bind, claim, status=RunStatus.SOLVING.value, ranking_seconds=round(ranking_seconds, 3))
    phases.add("progress", mark)
    _solve_and_store(bind, settings, claim, ranked, ranker.table, ranked, phases)  # type: ignore[arg-type]
    return phases


def _rows_of(run_id: uuid.UUID, values: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": uuid.uuid4(), "run_id": run_id, **value} for value in values]


def _store_proposals(
    session: Session,
    settings: Settings,
    run_id: uuid.UUID,
    assigned: list[tuple[RankedRequest, BatchCandidate]],
    phases: _Phases,
    mark: float,
    worded: dict[tuple[uuid.UUID, str], dict[str, Any]] | None = None,
) -> tuple[dict[str, str], float]:
    """Word the assigned (request, candidate) pairs into proposals and store them; returns the
    proposed places' names by place id (for the unassigned reasons) and the phase mark. WORDED:
    proposals worded ahead, by (request id, place id); only the other pairs are worded here."""
    worded = worded or {}
    fresh = iter(
        proposals_of(
            session, settings, [(r, c) for r, c in assigned if (r.request_id, c.place_id) not in worded]
        )
    )
    proposals = [worded.get((r.request_id, c.place_id)) or next(fresh) for r, c in assigned]
    mark = phases.add("explain", mark)
    _store_rows(session, MatchingProposal.__table__, _rows_of(run_id, proposals))  # type: ignore[arg-type]
    mark = phases.add("store_proposals", mark)
    return {str(p["place_id"]): p["place_name"] for p in proposals}, mark


def _solve_and_store(
    bind: Engine | Connection,
    settings: Settings,
    claim: _Claim,
    ranked: Sequence[_Ranked],
    table: _Places,
    explained: Sequence[RankedRequest],
    phases: _Phases,
) -> None:
    """Solve the assignment over the ranked requests and store the proposals, worded; EXPLAINED:
    the ranked requests with their needs."""
    mark = time.perf_counter()
    instance, used = instance_of(ranked, table)
    solution = solve(instance)
    mark = phases.add("solve", mark)
    chosen = solution.chosen
    picks = [
        (h, int(used[p]))
        for h, p in zip(instance.household[chosen].tolist(), instance.place[chosen].tolist(), strict=True)
    ]
    with _session(bind) as session:
        requests = [explained[h] for h, _ in picks]
        assigned = []
        for request, (_, row) in zip(requests, picks, strict=True):
            k = int(np.flatnonzero(request.index == row)[0])
            assigned.append((request, request.candidate(k)))
        names, mark = _store_proposals(session, settings, claim.run_id, assigned, phases, mark)
        reasons = unassigned_of(table, settings, claim.request_ids, explained, assigned, names)  # type: ignore[arg-type]
        _store_rows(session, MatchingUnassigned.__table__, _rows_of(claim.run_id, reasons))  # type: ignore[arg-type]
        mark = phases.add("unassigned_reasons", mark)
        matching_run = session.get(MatchingRun, claim.run_id)
        assert matching_run is not None
        now = utcnow()
        seconds = (now - matching_run.started_at).total_seconds() if matching_run.started_at else 0.0
        ranking_seconds = matching_run.ranking_seconds or 0.0
        _guarded(
            session,
            claim,
            status=RunStatus.DONE.value,
            pair_count=len(instance.score),
            assigned_count=len(chosen),
            objective=solution.objective,
            upper_bound=solution.upper_bound,
            gap=solution.gap,
            seconds=round(seconds, 3),
            solving_seconds=round(max(0.0, seconds - ranking_seconds), 3),
            finished_at=now,
            lease_token=None,
            lease_expires_at=None,
        )
        session.commit()
    phases.add("store", mark)


def _store_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Many new rows of TABLE (a run stores up to ten thousand proposals): on PostgreSQL with COPY,
    JSON columns written as the JSON type writes them (json.dumps); elsewhere as multi-row inserts.
    Within the session's transaction either way."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        connection.execute(insert(table), rows)
        return
    names = [column.name for column in table.columns]
    as_json = {column.name for column in table.columns if isinstance(column.type, JSON)}
    quoted = ", ".join(connection.dialect.identifier_preparer.quote(name) for name in names)
    driver = connection.connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(f"COPY {table.name} ({quoted}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(
                [
                    json.dumps(row[name]) if name in as_json and row.get(name) is not None else row.get(name)
                    for name in names
                ]
            )


def _with_needs(
    session: Session,
    settings: Settings,
    stored: list[_Ranked],
    table: _Places,
    known: dict[uuid.UUID, RankedRequest] | None = None,
) -> list[RankedRequest]:
    """Stored ranked requests with their needs and declined places (for wording): as this worker
    ranked them (KNOWN, by request id: an unsplit run words with the needs it ranked), else read
    again."""
    known = known or {}
    result = []
    for start in range(0, len(stored), 1000):
        chunk = stored[start : start + 1000]
        mine = [known[r.request_id] for r in chunk if r.request_id in known]
        needs: dict[uuid.UUID, Need] = {r.request_id: r.need for r in mine}
        declined = {r.request_id: r.vetoed for r in mine}
        unknown = [r.request_id for r in chunk if r.request_id not in known]
        if unknown:
            requests = request_rows(session, unknown)
            needs |= needs_of(session, requests, settings, date.today())
            declined |= declined_of(session, [r.id for r in requests])
        for r in chunk:
            result.append(
                RankedRequest(
                    request_id=r.request_id,
                    size=r.size,
                    need=needs[r.request_id],
                    vetoed=declined[r.request_id],
                    table=table,  # type: ignore[arg-type]
                    index=r.index,
                    scores=r.scores,
                )
            )
    return result


# --- a run split into parts -------------------------------------------------------------------

SPLIT_REQUESTS = 2500
"""A run of at least twice this many requests is split into parts of about this many, compact
regions, which several workers rank at once (each against every place, read once per run by
each worker: see _RunTable)."""


@dataclass(frozen=True)
class _PartClaim:
    part_id: uuid.UUID
    run_id: uuid.UUID
    token: uuid.UUID
    request_ids: list[uuid.UUID]
    candidates_per_request: int
    request_count: int
    wording: bool = False
    """Leased to word the part's proposals (its run solving), not to rank it (its run ranking)."""

    @property
    def run_status(self) -> str:
        return (RunStatus.SOLVING if self.wording else RunStatus.RANKING).value


def _has_parts(session: Session, run_id: uuid.UUID) -> bool:
    return (
        session.exec(select(MatchingRunPart.id).where(MatchingRunPart.run_id == run_id).limit(1)).first()
        is not None
    )


def _regions(
    request_ids: list[uuid.UUID], where: dict[uuid.UUID, tuple[float, float]], count: int
) -> list[list[uuid.UUID]]:
    """COUNT compact parts of about equal size: cut across the longer side (in km) of the requests'
    spread, then each side again (a k-d split of the anchors' mean positions)."""
    if count <= 1 or len(request_ids) <= 1:
        return [request_ids]
    lat = [where.get(r, (0.0, 0.0))[0] for r in request_ids]
    lon = [where.get(r, (0.0, 0.0))[1] for r in request_ids]
    north_south = max(lat) - min(lat)
    east_west = (max(lon) - min(lon)) * math.cos(math.radians((max(lat) + min(lat)) / 2))
    axis = 0 if north_south >= east_west else 1
    ordered = sorted(request_ids, key=lambda r: (where.get(r, (0.0, 0.0))[axis], r.hex))
    first = count // 2
    cut = len(ordered) * first // count
    return _regions(ordered[:cut], where, first) + _regions(ordered[cut:], where, count - first)


def _split(bind: Engine | Connection, claim: _Claim) -> None:
    """Queue the run's parts (compact regions of the requests' anchors, see _regions) and give up
    the run's own lease: each part has its own; the worker that ranks the last part solves the run
    over all parts' candidates."""
    with _session(bind) as session:
        where: dict[uuid.UUID, tuple[float, float]] = {}
        for start in range(0, len(claim.request_ids), 1000):
            chunk = claim.request_ids[start : start + 1000]
            for request_id, lat, lon in session.exec(  # type: ignore[call-overload]
                select(
                    RelocationAnchor.request_id,
                    func.avg(RelocationAnchor.lat),
                    func.avg(RelocationAnchor.lon),
                )
                .where(col(RelocationAnchor.request_id).in_(chunk))
                .group_by(col(RelocationAnchor.request_id))
            ):
                where[request_id] = (float(lat), float(lon))
        parts = _regions(list(claim.request_ids), where, max(1, len(claim.request_ids) // SPLIT_REQUESTS))
        for number, part in enumerate(parts):
            session.add(
                MatchingRunPart(run_id=claim.run_id, number=number, request_ids=[str(r) for r in part])
            )
        _guarded(session, claim, lease_token=None, lease_expires_at=None)
        session.commit()


def _due(run: RunStatus, waiting: PartStatus, working: PartStatus, now: datetime) -> Any:
    """Parts of a run in status RUN that wait for a worker, or whose worker's lease ran out."""
    return and_(
        MatchingRun.status == run.value,
        or_(
            MatchingRunPart.status == waiting.value,
            and_(MatchingRunPart.status == working.value, col(MatchingRunPart.lease_expires_at) < now),
        ),
    )


_LEFT_UNREAD_BY_CLAIMS = (
    col(MatchingRunPart.ranked),
    col(MatchingRunPart.picks),
    col(MatchingRun.request_ids),
)


def claim_part(bind: Engine | Connection, now: datetime, report: "RunsReport") -> _PartClaim | None:
    """Lease a part that is due: to rank (its run ranking) or to word (its run solved), either
    waiting or one whose worker's lease ran out; of a run's parts to word, first those this worker
    ranked (REPORT.parts: it words them with the needs it ranked), then the others from the highest
    number down. A part taken over too often fails its run (reported in REPORT); then the next part
    is looked for."""
    mine = col(MatchingRunPart.id).in_(report.parts)
    own = case((mine, 0), else_=1) if report.parts else None
    # Parts to rank, and its own to word, in number order; the others' to word from the highest
    # down, the order in which it words them ahead (see _RunTable._read_part): it meets the
    # workers that word their own parts from the lowest up in the middle.
    number = col(MatchingRunPart.number)
    order = case((and_(~mine, MatchingRun.status == RunStatus.SOLVING.value), -number), else_=number)
    while True:
        with _session(bind) as session:
            row = session.exec(
                select(MatchingRunPart, MatchingRun)
                .join(MatchingRun, col(MatchingRun.id) == col(MatchingRunPart.run_id))
                .where(
                    or_(
                        _due(RunStatus.RANKING, PartStatus.QUEUED, PartStatus.RANKING, now),
                        _due(RunStatus.SOLVING, PartStatus.TO_WORD, PartStatus.WORDING, now),
                    )
                )
                .order_by(col(MatchingRun.created_at), *([own] if own is not None else []), order)
                .limit(1)
                .with_for_update(skip_locked=True, of=MatchingRunPart)  # type: ignore[arg-type]
                # Not what ranking or wording reads on its own: a part's ranked candidates (megabytes
                # once ranked) and picks, the run's request ids (ten thousand).
                .options(*(defer(column) for column in _LEFT_UNREAD_BY_CLAIMS))
            ).first()
            if row is None:
                return None
            part, matching_run = row
            wording = matching_run.status == RunStatus.SOLVING.value
            if part.attempts >= MAX_ATTEMPTS:
                session.exec(  # type: ignore[call-overload]
                    update(MatchingRun)
                    .where(col(MatchingRun.id) == part.run_id, MatchingRun.status == matching_run.status)
                    .values(
                        status=RunStatus.FAILED.value,
                        error=f"gave up on part {part.number} after {part.attempts} attempts "
                        "(the workers stopped)",
                        finished_at=now,
                    )
                )
                session.commit()
                report.failed.append(part.run_id)
                continue
            token = uuid.uuid4()
            part.status = (PartStatus.WORDING if wording else PartStatus.RANKING).value
            part.lease_token = token
            part.lease_expires_at = now + LEASE
            part.attempts += 1
            session.add(part)
            session.commit()
            return _PartClaim(
                part.id,
                part.run_id,
                token,
                [uuid.UUID(i) for i in part.request_ids],
                matching_run.candidates_per_request,
                matching_run.request_count,
                wording,
            )


def _part_guarded(session: Session, claim: _PartClaim, **values: object) -> None:
    """Update the part if this worker still holds it and its run is still being ranked (or, for a
    part leased to word, solved); else _LeaseLost."""
    result = session.exec(  # type: ignore[call-overload]
        update(MatchingRunPart)
        .where(
            col(MatchingRunPart.id) == claim.part_id,
            col(MatchingRunPart.lease_token) == claim.token,
            select(MatchingRun.id)
            .where(col(MatchingRun.id) == claim.run_id, MatchingRun.status == claim.run_status)
            .exists(),
        )
        .values(**values)
    )
    if result.rowcount != 1:
        raise _LeaseLost


def _part_heartbeat(bind: Engine | Connection, claim: _PartClaim, ranked: int) -> None:
    with _session(bind) as session:
        _part_guarded(session, claim, lease_expires_at=utcnow() + LEASE)
        progress = col(MatchingRun.progress) + ranked
        session.exec(  # type: ignore[call-overload]
            update(MatchingRun)
            .where(col(MatchingRun.id) == claim.run_id)
            .values(progress=case((progress > claim.request_count, claim.request_count), else_=progress))
        )
        session.commit()


@dataclass
class _RunTable:
    """The place table a worker read for the run whose parts it is ranking, kept for that run's
    next parts within one execute_due_runs call: every part is ranked against every place (a
    part's own box would leave out the places that requests near its edge, or with few possible
    places anywhere, need), and reading the table is a large part of ranking a part. A run's
    parts rank against what was read while the run was ranking, as an unsplit run ranks all its
    requests against the table it read when it started.

    Also the requests this worker ranked for the run (by id), whose needs wording its parts after
    the solve takes as they were ranked (the worker prefers its own parts to word, see claim_part),
    instead of reading them again; a part another worker ranked has its needs read again."""

    run_id: uuid.UUID | None = None
    table: PlaceTable | None = None
    ranked: dict[uuid.UUID, RankedRequest] = field(default_factory=dict)
    unworded: list[RankedRequest] = field(default_factory=list)
    """Of RANKED, those whose first choice is not worded ahead yet (see word_ahead)."""
    worded: dict[tuple[uuid.UUID, str], dict[str, Any]] = field(default_factory=dict)
    """Proposals worded ahead (proposals_of's fields), by (request id, place id)."""
    read_parts: set[uuid.UUID] = field(default_factory=set)
    """The run's parts whose requests are in RANKED: those ranked here, and those of other
    workers read to word ahead."""
    wording: bool = False
    """This worker words the run's parts (it was solved): nothing more to word ahead."""

    def of(self, bind: Engine | Connection, settings: Settings, run_id: uuid.UUID, today: date) -> PlaceTable:
        if self.table is None or self.run_id != run_id:
            # The earlier run's are let go first.
            self.run_id, self.table, self.ranked, self.unworded, self.worded = None, None, {}, [], {}
            self.read_parts, self.wording = set(), False
            with _session(bind) as session:
                self.table = load_table(session, settings, today)
            self.run_id = run_id
        return self.table

    def ranked_for(self, run_id: uuid.UUID) -> dict[uuid.UUID, RankedRequest]:
        return self.ranked if self.run_id == run_id else {}

    def worded_for(self, run_id: uuid.UUID) -> dict[tuple[uuid.UUID, str], dict[str, Any]]:
        return self.worded if self.run_id == run_id else {}

    def word_ahead(self, bind: Engine | Connection, settings: Settings) -> bool:
        """While the run whose parts this worker ranked is solved (by another worker, or its parts
        still ranked there): word the first choice of the next WORD_AHEAD of its requests, the
        pick most of them get, as proposals_of words it after the solve (a pair's words depend
        only on its request, its place and the request's best other place); once its own are
        worded, those of the parts other workers ranked (see _read_part). False: none left."""
        if self.wording:
            return False
        if not self.unworded:
            self._read_part(bind, settings)
        chunk, self.unworded = self.unworded[:WORD_AHEAD], self.unworded[WORD_AHEAD:]
        if not chunk:
            return False
        first = [(r, r.candidate(0)) for r in chunk if len(r.index)]
        with _session(bind) as session:
            proposals = proposals_of(session, settings, first)
        for (request, candidate), proposal in zip(first, proposals, strict=True):
            self.worded[(request.request_id, candidate.place_id)] = proposal
        return True

    def _read_part(self, bind: Engine | Connection, settings: Settings) -> None:
        """The requests of a part another worker ranked (the highest numbered first: that worker
        words its own parts after the solve in number order, this one the rest), with their needs
        read again, to word ahead; after the solve their needs are not read again either."""
        with _session(bind) as session:
            row = session.exec(
                select(MatchingRunPart.id, MatchingRunPart.ranked)
                .where(
                    MatchingRunPart.run_id == self.run_id,
                    MatchingRunPart.status == PartStatus.DONE.value,
                    col(MatchingRunPart.id).not_in(self.read_parts),
                )
                .order_by(col(MatchingRunPart.number).desc())
                .limit(1)
            ).first()
            if row is None or row[1] is None:
                return
            places, stored = ranked_from_bytes([row[1]])
            ranked = _with_needs(session, settings, stored, places)  # type: ignore[arg-type]
        self.read_parts.add(row[0])
        self.ranked |= {r.request_id: r for r in ranked}
        self.unworded += ranked


WORD_AHEAD = 250
"""Requests whose first choice a waiting worker words at a time (a tenth of a second or so: it
looks for a part to word in between)."""


def _execute_part(
    bind: Engine | Connection, settings: Settings, claim: _PartClaim, phases: _Phases, tables: _RunTable
) -> None:
    """Rank a part against every place and store what it found."""
    started = time.perf_counter()
    today = date.today()
    ranker = Ranker(
        tables.of(bind, settings, claim.run_id, today), settings, today, claim.candidates_per_request
    )
    phases.add("load_places", started)
    ranked = _rank_chunks(
        bind,
        ranker,
        claim.request_ids,
        phases,
        lambda start, done: _part_heartbeat(bind, claim, done - start),
    )
    mark = time.perf_counter()
    data = ranked_to_bytes(ranked)
    with _session(bind) as session:
        _part_guarded(
            session,
            claim,
            status=PartStatus.DONE.value,
            ranked=data,
            seconds=round(time.perf_counter() - started, 3),
            lease_token=None,
            lease_expires_at=None,
        )
        session.commit()
    tables.ranked |= {r.request_id: r for r in ranked}
    tables.unworded += ranked
    tables.read_parts.add(claim.part_id)
    phases.add("store_part", mark)


def _solve_claim(
    bind: Engine | Connection, run_id: uuid.UUID, token: uuid.UUID | None = None
) -> _Claim | None:
    """Take a split run whose parts are all ranked into solving (once: the first worker to ask
    after the last part is stored; with TOKEN, the worker that took the run over holds it already)."""
    now = utcnow()
    with _session(bind) as session:
        all_ranked = ~(
            select(MatchingRunPart.id)
            .where(col(MatchingRunPart.run_id) == run_id, MatchingRunPart.status != PartStatus.DONE.value)
            .exists()
        )
        held = (
            col(MatchingRun.lease_token).is_(None) if token is None else col(MatchingRun.lease_token) == token
        )
        new_token = uuid.uuid4()
        matching_run = session.get(MatchingRun, run_id)
        started_at = matching_run.started_at if matching_run and matching_run.started_at else now
        result = session.exec(  # type: ignore[call-overload]
            update(MatchingRun)
            .where(
                col(MatchingRun.id) == run_id,
                MatchingRun.status == RunStatus.RANKING.value,
                held,
                all_ranked,
            )
            .values(
                status=RunStatus.SOLVING.value,
                lease_token=new_token,
                lease_expires_at=now + LEASE,
                ranking_seconds=round((now - started_at).total_seconds(), 3),
            )
        )
        if result.rowcount != 1:
            session.rollback()
            return None
        session.commit()
        matching_run = session.get(MatchingRun, run_id)
        assert matching_run is not None
        session.refresh(matching_run)
        return _Claim(
            run_id,
            new_token,
            [uuid.UUID(i) for i in matching_run.request_ids],
            matching_run.candidates_per_request,
        )


def _solve_parts(bind: Engine | Connection, claim: _Claim, phases: _Phases) -> None:
    """One solve over every part's candidates, the requests in the run's order (as unsplit); each
    part is given its requests' picks and left to be worded (by any worker, see _word_part), the
    run solving (its figures stored) until the last part is worded."""
    mark = time.perf_counter()
    with _session(bind) as session:
        parts = session.exec(
            select(MatchingRunPart.id, MatchingRunPart.ranked, MatchingRunPart.request_ids)
            .where(MatchingRunPart.run_id == claim.run_id)
            .order_by(col(MatchingRunPart.number))
        ).all()
    places, stored = ranked_from_bytes([blob for _, blob, _ in parts if blob is not None])
    position = {r: i for i, r in enumerate(claim.request_ids)}
    stored.sort(key=lambda r: position.get(r.request_id, len(position)))
    mark = phases.add("load_parts", mark)
    instance, used = instance_of(stored, places)
    solution = solve(instance)
    mark = phases.add("solve", mark)
    chosen = solution.chosen
    picked = {
        stored[h].request_id.hex: [stored[h].request_id.hex, places.place_id(int(used[p])), score]
        for h, p, score in zip(
            instance.household[chosen].tolist(),
            instance.place[chosen].tolist(),
            instance.score[chosen].tolist(),
            strict=True,
        )
    }
    with _session(bind) as session:
        _guarded(
            session,
            claim,
            pair_count=len(instance.score),
            assigned_count=len(chosen),
            objective=solution.objective,
            upper_bound=solution.upper_bound,
            gap=solution.gap,
            lease_token=None,
            lease_expires_at=None,
        )
        for part_id, _, request_ids in parts:
            session.exec(  # type: ignore[call-overload]
                update(MatchingRunPart)
                .where(col(MatchingRunPart.id) == part_id)
                .values(
                    status=PartStatus.TO_WORD.value,
                    picks=[picked[r.replace("-", "")] for r in request_ids if r.replace("-", "") in picked],
                    attempts=0,
                    lease_token=None,
                    lease_expires_at=None,
                )
            )
        session.commit()
    phases.add("store_picks", mark)


@dataclass(frozen=True)
class _Picked:
    """A pick of the joint solve, as unassigned_of reads an assigned pair (request and candidate)."""

    request_id: uuid.UUID
    place_id: str
    score: float


def _word_part(
    bind: Engine | Connection, settings: Settings, claim: _PartClaim, phases: _Phases, tables: _RunTable
) -> None:
    """Word and store a solved part's proposals and its unassigned requests' reasons, as the
    unsplit run does (the places other parts' requests took are read from every part's picks;
    the names of those places are filled in when the run is done, see _finish_words)."""
    mark = time.perf_counter()
    with _session(bind) as session:
        blob = session.exec(select(MatchingRunPart.ranked).where(MatchingRunPart.id == claim.part_id)).one()
        every_pick = session.exec(
            select(MatchingRunPart.picks).where(MatchingRunPart.run_id == claim.run_id)
        ).all()
    places, stored = ranked_from_bytes([blob] if blob is not None else [])
    picked = [_Picked(uuid.UUID(r), p, float(score)) for picks in every_pick for r, p, score in picks or []]
    own = {p.request_id: p.place_id for p in picked}
    mark = phases.add("load_parts", mark)
    with _session(bind) as session:
        _part_guarded(
            session,
            claim,
            status=PartStatus.WORDED.value,
            lease_token=None,
            lease_expires_at=None,
        )  # first: the part's row stays locked until the proposals are stored
        explained = _with_needs(session, settings, stored, places, tables.ranked_for(claim.run_id))  # type: ignore[arg-type]
        row_of = {places.place_id(i): i for i in range(len(places.hex_ids))}
        assigned = []
        for request in explained:
            if request.request_id in own:
                k = int(np.flatnonzero(request.index == row_of[own[request.request_id]])[0])
                assigned.append((request, request.candidate(k)))
        names, mark = _store_proposals(
            session, settings, claim.run_id, assigned, phases, mark, tables.worded_for(claim.run_id)
        )
        reason_table: Any = places
        if any(not len(r.index) for r in explained if r.request_id not in own):
            reason_table = tables.of(bind, settings, claim.run_id, date.today())  # no_feasible_place
        reasons = unassigned_of(
            reason_table,
            settings,
            claim.request_ids,
            explained,
            [(p, p) for p in picked],
            names,  # type: ignore[misc]
        )
        _store_rows(session, MatchingUnassigned.__table__, _rows_of(claim.run_id, reasons))  # type: ignore[arg-type]
        mark = phases.add("unassigned_reasons", mark)
        session.commit()
    phases.add("store", mark)


def _finish_words(bind: Engine | Connection, run_id: uuid.UUID) -> bool:
    """Mark a solved split run done once all its parts are worded (once: the first worker to ask
    after the last part is stored), naming the places that requests of other parts took."""
    with _session(bind) as session:
        all_worded = ~(
            select(MatchingRunPart.id)
            .where(col(MatchingRunPart.run_id) == run_id, MatchingRunPart.status != PartStatus.WORDED.value)
            .exists()
        )
        matching_run = session.get(MatchingRun, run_id)
        if matching_run is None:
            return False
        now = utcnow()
        seconds = (now - matching_run.started_at).total_seconds() if matching_run.started_at else 0.0
        result = session.exec(  # type: ignore[call-overload]
            update(MatchingRun)
            .where(
                col(MatchingRun.id) == run_id,
                MatchingRun.status == RunStatus.SOLVING.value,
                col(MatchingRun.lease_token).is_(None),
                all_worded,
            )
            .values(
                status=RunStatus.DONE.value,
                seconds=round(seconds, 3),
                solving_seconds=round(max(0.0, seconds - (matching_run.ranking_seconds or 0.0)), 3),
                finished_at=now,
            )
        )
        if result.rowcount != 1:
            session.rollback()
            return False
        names = dict(
            session.exec(  # type: ignore[call-overload]
                select(MatchingProposal.place_id, MatchingProposal.place_name).where(
                    MatchingProposal.run_id == run_id
                )
            ).all()
        )
        unnamed = session.exec(
            select(MatchingUnassigned.id, MatchingUnassigned.place_id).where(
                MatchingUnassigned.run_id == run_id,
                MatchingUnassigned.reason == UnassignedReason.OUTCOMPETED.value,
                col(MatchingUnassigned.place_name).is_(None),
            )
        ).all()
        for unassigned_id, place_id in unnamed:
            session.exec(  # type: ignore[call-overload]
                update(MatchingUnassigned)
                .where(col(MatchingUnassigned.id) == unassigned_id)
                .values(place_name=names.get(place_id))
            )
        session.commit()
        return True


def _fail(bind: Engine | Connection, claim: _Claim, error: Exception) -> bool:
    """Fail the run if this worker still holds it; False if it no longer does."""
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
        return True
    except _LeaseLost:
        return False


def _execute_run(
    bind: Engine | Connection, settings: Settings, claim: _Claim, report: RunsReport, tables: "_RunTable"
) -> None:
    """A claimed run: executed whole, or split into parts (or, taken over after its parts were
    queued, solved if they are all ranked, else left to them)."""
    phases = _Phases()
    try:
        with _session(bind) as session:
            split = _has_parts(session, claim.run_id)
        if not split and len(claim.request_ids) < 2 * SPLIT_REQUESTS:
            report.phases[claim.run_id] = _execute(bind, settings, claim)
            report.done.append(claim.run_id)
            return
        if not split:
            _split(bind, claim)
            return
        solving = _solve_claim(bind, claim.run_id, claim.token)
        if solving is None:
            with _session(bind) as session:  # parts still ranking: they carry the run
                _guarded(session, claim, lease_token=None, lease_expires_at=None)
                session.commit()
            return
        claim = solving
        _solve_parts(bind, claim, phases)
        report.phases[claim.run_id] = phases
    except _LeaseLost:
        report.stopped.append(claim.run_id)
    except Exception as error:
        log.exception("matching run %s failed", claim.run_id)
        (report.failed if _fail(bind, claim, error) else report.stopped).append(claim.run_id)


def _execute_claimed_part(
    bind: Engine | Connection,
    settings: Settings,
    claim: _PartClaim,
    report: RunsReport,
    tables: "_RunTable | None" = None,
) -> None:
    tables = tables or _RunTable()
    phases = report.phases.setdefault(claim.run_id, _Phases())
    solving = None
    try:
        if claim.wording:
            tables.wording = tables.wording or tables.run_id == claim.run_id
            _word_part(bind, settings, claim, phases, tables)  # type: ignore[arg-type]
            report.worded.append(claim.part_id)
            if _finish_words(bind, claim.run_id):
                report.done.append(claim.run_id)
            return
        _execute_part(bind, settings, claim, phases, tables)  # type: ignore[arg-type]
        report.parts.append(claim.part_id)
        solving = _solve_claim(bind, claim.run_id)
        if solving is not None:
            _solve_parts(bind, solving, phases)  # type: ignore[arg-type]
    except _LeaseLost:
        report.stopped.append(claim.run_id)
    except Exception as error:
        log.exception("matching run %s, part %s failed", claim.run_id, claim.part_id)
        with _session(bind) as session:
            failed = session.exec(  # type: ignore[call-overload]
                update(MatchingRun)
                .where(
                    col(MatchingRun.id) == claim.run_id,
                    col(MatchingRun.status).in_(ACTIVE_STATUSES),
                    or_(
                        col(MatchingRun.lease_token).is_(None),
                        col(MatchingRun.lease_token) == (solving.token if solving else None),
                    ),
                )
                .values(
                    status=RunStatus.FAILED.value,
                    error=f"{type(error).__name__}: {error}"[:500],
                    finished_at=utcnow(),
                    lease_token=None,
                    lease_expires_at=None,
                )
            ).rowcount
            session.commit()
        (report.failed if failed else report.stopped).append(claim.run_id)


PART_POLL = 0.05
"""Seconds between looks for a part to word while a split run this worker ranked parts of is solved."""


def _still_active(bind: Engine | Connection, run_ids: set[uuid.UUID]) -> bool:
    with _session(bind) as session:
        return (
            session.exec(
                select(MatchingRun.id)
                .where(col(MatchingRun.id).in_(run_ids), col(MatchingRun.status).in_(ACTIVE_STATUSES))
                .limit(1)
            ).first()
            is not None
        )


def execute_due_runs(bind: Engine | Connection, settings: Settings, *, limit: int = 1) -> RunsReport:
    """Claim and execute up to LIMIT due runs, one after the other, and rank and word every part of
    a split run that is due (solving the run after its last part ranked; a worker that ranked parts
    of a run stays with it, for its parts to word, until it ends); returns what happened.

    Safe to call from several workers at once: each claims a different run or part.

    The cyclic garbage collector is paused meanwhile: a run builds hundreds of thousands of objects
    that live until it ends (the place table's rows, every request's needs and candidates), and
    each full collection would walk all of them again (some 40 % of loading the places); what a
    run leaves behind is freed by reference counting, and cycles are collected once it is back on."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _execute_due_runs(bind, settings, limit)
    finally:
        if was_enabled:
            gc.enable()


def _execute_due_runs(bind: Engine | Connection, settings: Settings, limit: int) -> RunsReport:
    report = RunsReport()
    tables = _RunTable()
    claimed = 0
    helped: set[uuid.UUID] = set()
    waiting_since: float | None = None
    while True:
        part = claim_part(bind, utcnow(), report)
        if part is not None:
            helped.add(part.run_id)
            waiting_since = None
            _execute_claimed_part(bind, settings, part, report, tables)
            continue
        if helped and _still_active(bind, helped):  # its parts will be due to word after its solve
            waiting_since = waiting_since or time.perf_counter()
            if time.perf_counter() - waiting_since < LEASE.total_seconds():
                mark = time.perf_counter()
                if tables.run_id in helped and tables.word_ahead(bind, settings):
                    report.phases.setdefault(tables.run_id, _Phases()).add("word_ahead", mark)
                else:
                    time.sleep(PART_POLL)
                continue
        helped.clear()
        if claimed >= limit:
            break
        claim = claim_run(bind, utcnow())
        if claim is None:
            break
        claimed += 1
        if claim.given_up:
            report.failed.append(claim.run_id)
            continue
        _execute_run(bind, settings, claim, report, tables)
    return report
