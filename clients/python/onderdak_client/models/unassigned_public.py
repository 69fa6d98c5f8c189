from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_type import PlaceType
from ..models.unassigned_reason import UnassignedReason

T = TypeVar("T", bound="UnassignedPublic")


@_attrs_define
class UnassignedPublic:
    """
    Attributes:
        request_id (UUID):
        reason (UnassignedReason):
        constraint (None | str): no_feasible_place: the hard constraint that excluded the most places examined.
        excluded_count (int | None): no_feasible_place: the places it excluded.
        examined_count (int | None): no_feasible_place: the places examined (the nearest to the request's search
            centres).
        place_type (None | PlaceType): outcompeted, within_gap: the request's best place in the run.
        place_id (None | UUID):
        place_name (None | str):
        score (float | None): This request's score at that place.
        taken_by_request_id (None | UUID): outcompeted: the request the run gave that place to.
        taken_by_score (float | None): outcompeted: that request's score there.
        score_difference (float | None): outcompeted: takenByScore minus score (negative: the run preferred a lower
            score there, to place more requests in all).
    """

    request_id: UUID
    reason: UnassignedReason
    constraint: None | str
    excluded_count: int | None
    examined_count: int | None
    place_type: None | PlaceType
    place_id: None | UUID
    place_name: None | str
    score: float | None
    taken_by_request_id: None | UUID
    taken_by_score: float | None
    score_difference: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = str(self.request_id)

        reason = self.reason.value

        constraint: None | str
        constraint = self.constraint

        excluded_count: int | None
        excluded_count = self.excluded_count

        examined_count: int | None
        examined_count = self.examined_count

        place_type: None | str
        if isinstance(self.place_type, PlaceType):
            place_type = self.place_type.value
        else:
            place_type = self.place_type

        place_id: None | str
        if isinstance(self.place_id, UUID):
            place_id = str(self.place_id)
        else:
            place_id = self.place_id

        place_name: None | str
        place_name = self.place_name

        score: float | None
        score = self.score

        taken_by_request_id: None | str
        if isinstance(self.taken_by_request_id, UUID):
            taken_by_request_id = str(self.taken_by_request_id)
        else:
            taken_by_request_id = self.taken_by_request_id

        taken_by_score: float | None
        taken_by_score = self.taken_by_score

        score_difference: float | None
        score_difference = self.score_difference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "reason": reason,
                "constraint": constraint,
                "excludedCount": excluded_count,
                "examinedCount": examined_count,
                "placeType": place_type,
                "placeId": place_id,
                "placeName": place_name,
                "score": score,
                "takenByRequestId": taken_by_request_id,
                "takenByScore": taken_by_score,
                "scoreDifference": score_difference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = UUID(d.pop("requestId"))

        reason = UnassignedReason(d.pop("reason"))

        def _parse_constraint(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        constraint = _parse_constraint(d.pop("constraint"))

        def _parse_excluded_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        excluded_count = _parse_excluded_count(d.pop("excludedCount"))

        def _parse_examined_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        examined_count = _parse_examined_count(d.pop("examinedCount"))

        def _parse_place_type(data: object) -> None | PlaceType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                place_type_type_0 = PlaceType(data)

                return place_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlaceType, data)

        place_type = _parse_place_type(d.pop("placeType"))

        def _parse_place_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                place_id_type_0 = UUID(data)

                return place_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        place_id = _parse_place_id(d.pop("placeId"))

        def _parse_place_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place_name = _parse_place_name(d.pop("placeName"))

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        def _parse_taken_by_request_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taken_by_request_id_type_0 = UUID(data)

                return taken_by_request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        taken_by_request_id = _parse_taken_by_request_id(d.pop("takenByRequestId"))

        def _parse_taken_by_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        taken_by_score = _parse_taken_by_score(d.pop("takenByScore"))

        def _parse_score_difference(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score_difference = _parse_score_difference(d.pop("scoreDifference"))

        unassigned_public = cls(
            request_id=request_id,
            reason=reason,
            constraint=constraint,
            excluded_count=excluded_count,
            examined_count=examined_count,
            place_type=place_type,
            place_id=place_id,
            place_name=place_name,
            score=score,
            taken_by_request_id=taken_by_request_id,
            taken_by_score=taken_by_score,
            score_difference=score_difference,
        )

        unassigned_public.additional_properties = d
        return unassigned_public

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
