from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_status import RunStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.proposal_public import ProposalPublic


T = TypeVar("T", bound="MatchingRunPublic")


@_attrs_define
class MatchingRunPublic:
    """
    Attributes:
        id (UUID):
        organisation_id (UUID):
        status (RunStatus):
        request_count (int): Requests in the run.
        progress (int): Requests ranked so far, of requestCount.
        candidates_per_request (int):
        pair_count (int | None): Set when done, as are the figures below.
        assigned_count (int | None):
        objective (float | None):
        upper_bound (float | None): A proven upper bound on the best possible total.
        gap (float | None): (upperBound - objective) / upperBound.
        seconds (float | None): From the start of ranking to done.
        ranking_seconds (float | None):
        solving_seconds (float | None): Solving and storing the proposals.
        error (None | str): Why the run failed.
        created_at (datetime.datetime):
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
        proposals (list[ProposalPublic] | None | Unset): Included when one run is read.
    """

    id: UUID
    organisation_id: UUID
    status: RunStatus
    request_count: int
    progress: int
    candidates_per_request: int
    pair_count: int | None
    assigned_count: int | None
    objective: float | None
    upper_bound: float | None
    gap: float | None
    seconds: float | None
    ranking_seconds: float | None
    solving_seconds: float | None
    error: None | str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    proposals: list[ProposalPublic] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organisation_id = str(self.organisation_id)

        status = self.status.value

        request_count = self.request_count

        progress = self.progress

        candidates_per_request = self.candidates_per_request

        pair_count: int | None
        pair_count = self.pair_count

        assigned_count: int | None
        assigned_count = self.assigned_count

        objective: float | None
        objective = self.objective

        upper_bound: float | None
        upper_bound = self.upper_bound

        gap: float | None
        gap = self.gap

        seconds: float | None
        seconds = self.seconds

        ranking_seconds: float | None
        ranking_seconds = self.ranking_seconds

        solving_seconds: float | None
        solving_seconds = self.solving_seconds

        error: None | str
        error = self.error

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        proposals: list[dict[str, Any]] | None | Unset
        if isinstance(self.proposals, Unset):
            proposals = UNSET
        elif isinstance(self.proposals, list):
            proposals = []
            for proposals_type_0_item_data in self.proposals:
                proposals_type_0_item = proposals_type_0_item_data.to_dict()
                proposals.append(proposals_type_0_item)

        else:
            proposals = self.proposals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisationId": organisation_id,
                "status": status,
                "requestCount": request_count,
                "progress": progress,
                "candidatesPerRequest": candidates_per_request,
                "pairCount": pair_count,
                "assignedCount": assigned_count,
                "objective": objective,
                "upperBound": upper_bound,
                "gap": gap,
                "seconds": seconds,
                "rankingSeconds": ranking_seconds,
                "solvingSeconds": solving_seconds,
                "error": error,
                "createdAt": created_at,
                "startedAt": started_at,
                "finishedAt": finished_at,
            }
        )
        if proposals is not UNSET:
            field_dict["proposals"] = proposals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.proposal_public import ProposalPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        organisation_id = UUID(d.pop("organisationId"))

        status = RunStatus(d.pop("status"))

        request_count = d.pop("requestCount")

        progress = d.pop("progress")

        candidates_per_request = d.pop("candidatesPerRequest")

        def _parse_pair_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pair_count = _parse_pair_count(d.pop("pairCount"))

        def _parse_assigned_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        assigned_count = _parse_assigned_count(d.pop("assignedCount"))

        def _parse_objective(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        objective = _parse_objective(d.pop("objective"))

        def _parse_upper_bound(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        upper_bound = _parse_upper_bound(d.pop("upperBound"))

        def _parse_gap(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        gap = _parse_gap(d.pop("gap"))

        def _parse_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        seconds = _parse_seconds(d.pop("seconds"))

        def _parse_ranking_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ranking_seconds = _parse_ranking_seconds(d.pop("rankingSeconds"))

        def _parse_solving_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        solving_seconds = _parse_solving_seconds(d.pop("solvingSeconds"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("startedAt"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finishedAt"))

        def _parse_proposals(data: object) -> list[ProposalPublic] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                proposals_type_0 = []
                _proposals_type_0 = data
                for proposals_type_0_item_data in _proposals_type_0:
                    proposals_type_0_item = ProposalPublic.from_dict(proposals_type_0_item_data)

                    proposals_type_0.append(proposals_type_0_item)

                return proposals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProposalPublic] | None | Unset, data)

        proposals = _parse_proposals(d.pop("proposals", UNSET))

        matching_run_public = cls(
            id=id,
            organisation_id=organisation_id,
            status=status,
            request_count=request_count,
            progress=progress,
            candidates_per_request=candidates_per_request,
            pair_count=pair_count,
            assigned_count=assigned_count,
            objective=objective,
            upper_bound=upper_bound,
            gap=gap,
            seconds=seconds,
            ranking_seconds=ranking_seconds,
            solving_seconds=solving_seconds,
            error=error,
            created_at=created_at,
            started_at=started_at,
            finished_at=finished_at,
            proposals=proposals,
        )

        matching_run_public.additional_properties = d
        return matching_run_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
