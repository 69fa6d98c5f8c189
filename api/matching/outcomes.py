"""Why a run left a request without a proposal, worked out when the run finishes.

- `no_feasible_place`: the request had no candidate. The nearest places to its search centres (as
  many as the ranking looked at, at most EXAMINED) are judged again, and the hard constraint that
  fails at the most of them is kept, with the count.
- `outcompeted`: it had candidates, and the run gave its best place that another request took to
  that other request. Of several requests at one place, the one with the lowest score there is named
  (the last one in), with the score difference.
- `within_gap`: it had a candidate nobody took (the solver stopped within its gap).
- `no_longer_open`: it left matching between queueing and ranking; the ranker skipped it.
"""

import uuid
from collections.abc import Sequence
from typing import Any

import numpy as np
from sqlmodel import Session, col, select

from api.core.config import Settings
from api.core.pagination import PageParams, paginate
from api.matching.batch import BatchCandidate, PlaceTable, RankedRequest, judge_all
from api.matching.candidates import search_centres, weights_of
from api.matching.models import MatchingRun, MatchingUnassigned, RunStatus, UnassignedPublic, UnassignedReason

EXAMINED = 2000
"""At most this many places (the nearest) are judged again to say why none fits."""


def _vetoed(table: PlaceTable, request: RankedRequest, index: np.ndarray) -> np.ndarray:
    keys = [table.key_index.get((kind, place.hex)) for kind, place in request.vetoed]
    vetoed = [k for k in keys if k is not None]
    return np.isin(index, vetoed) if vetoed else np.zeros(len(index), dtype=bool)


def _no_feasible_place(table: PlaceTable, settings: Settings, request: RankedRequest) -> dict[str, Any]:
    fields: dict[str, Any] = {"reason": UnassignedReason.NO_FEASIBLE_PLACE.value, "examined_count": 0}
    if not len(table):
        return fields
    index = table.nearest(search_centres(request.need, table.centres), min(EXAMINED, len(table)))
    judged = judge_all(request.need, table, index, weights_of(settings), _vetoed(table, request, index))
    failing = {name: int((~passed).sum()) for name, passed in judged.constraints.items()}
    # Ties go to the constraint checked first (the order of scoring.check_constraints).
    constraint = max(failing, key=lambda name: failing[name])
    fields["examined_count"] = len(index)
    if failing[constraint]:
        fields |= {"constraint": constraint, "excluded_count": failing[constraint]}
    return fields


def unassigned_of(
    table: PlaceTable,
    settings: Settings,
    request_ids: Sequence[uuid.UUID],
    ranked: Sequence[RankedRequest],
    assigned: Sequence[tuple[RankedRequest, BatchCandidate]],
    place_names: dict[str, str],
) -> list[dict[str, Any]]:
    """The fields of a MatchingUnassigned per request of the run without a proposal, in run order.

    PLACE_NAMES: the names of the places proposed (by place id), for the place another request took."""
    taken: dict[str, list[tuple[float, str]]] = {}
    for request, candidate in assigned:
        taken.setdefault(candidate.place_id, []).append((candidate.score, str(request.request_id)))
    placed = {request.request_id for request, _ in assigned}
    by_id = {request.request_id: request for request in ranked}
    rows: list[dict[str, Any]] = []
    for request_id in request_ids:
        if request_id in placed:
            continue
        request = by_id.get(request_id)
        fields: dict[str, Any]
        if request is None:
            fields = {"reason": UnassignedReason.NO_LONGER_OPEN.value}
        elif not request.candidates:
            fields = _no_feasible_place(table, settings, request)
        else:
            contested = next((c for c in request.candidates if c.place_id in taken), None)
            best = contested or request.candidates[0]
            fields = {
                "reason": (UnassignedReason.OUTCOMPETED if contested else UnassignedReason.WITHIN_GAP).value,
                "place_type": best.place_type,
                "place_id": uuid.UUID(best.place_id),
                "place_name": place_names.get(best.place_id),
                "score": best.score,
            }
            if contested is not None:
                score, by = min(taken[contested.place_id])
                fields |= {"taken_by_request_id": uuid.UUID(by), "taken_by_score": score}
        rows.append({"request_id": request_id, **fields})
    return rows


def unassigned_public(row: MatchingUnassigned) -> UnassignedPublic:
    difference = None
    if row.taken_by_score is not None and row.score is not None:
        difference = round(row.taken_by_score - row.score, 6)
    return UnassignedPublic.model_validate({**row.model_dump(), "score_difference": difference})


def list_unassigned(
    session: Session, matching_run: MatchingRun, page: PageParams
) -> tuple[list[UnassignedPublic], int]:
    """The run's unassigned requests with their reasons (none until the run is done)."""
    if matching_run.status != RunStatus.DONE.value:  # a split run stores its reasons part by part
        return [], 0
    query = (
        select(MatchingUnassigned)
        .where(MatchingUnassigned.run_id == matching_run.id)
        .order_by(col(MatchingUnassigned.reason), col(MatchingUnassigned.request_id))
    )
    rows, total = paginate(session, query, page)
    return [unassigned_public(r) for r in rows], total
