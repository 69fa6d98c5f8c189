from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_type import PlaceType

if TYPE_CHECKING:
    from ..models.explanation_public import ExplanationPublic


T = TypeVar("T", bound="ProposalPublic")


@_attrs_define
class ProposalPublic:
    """
    Attributes:
        request_id (UUID):
        place_type (PlaceType):
        place_id (UUID):
        place_name (str):
        score (float):
        explanation (ExplanationPublic):
    """

    request_id: UUID
    place_type: PlaceType
    place_id: UUID
    place_name: str
    score: float
    explanation: ExplanationPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = str(self.request_id)

        place_type = self.place_type.value

        place_id = str(self.place_id)

        place_name = self.place_name

        score = self.score

        explanation = self.explanation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "placeType": place_type,
                "placeId": place_id,
                "placeName": place_name,
                "score": score,
                "explanation": explanation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.explanation_public import ExplanationPublic

        d = dict(src_dict)
        request_id = UUID(d.pop("requestId"))

        place_type = PlaceType(d.pop("placeType"))

        place_id = UUID(d.pop("placeId"))

        place_name = d.pop("placeName")

        score = d.pop("score")

        explanation = ExplanationPublic.from_dict(d.pop("explanation"))

        proposal_public = cls(
            request_id=request_id,
            place_type=place_type,
            place_id=place_id,
            place_name=place_name,
            score=score,
            explanation=explanation,
        )

        proposal_public.additional_properties = d
        return proposal_public

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
