from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.term_difference import TermDifference


T = TypeVar("T", bound="SeparationPublic")


@_attrs_define
class SeparationPublic:
    """What separates this place from another candidate of the same request: the score difference
    split over the terms (the shares add up to the difference), largest first.

        Attributes:
            versus_place_id (UUID):
            versus_place_name (str):
            score_difference (float): This place's score minus the other's.
            terms (list[TermDifference]): The terms that differ, at most three.
            detail (str): In English; `terms` holds the same as values.
    """

    versus_place_id: UUID
    versus_place_name: str
    score_difference: float
    terms: list[TermDifference]
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versus_place_id = str(self.versus_place_id)

        versus_place_name = self.versus_place_name

        score_difference = self.score_difference

        terms = []
        for terms_item_data in self.terms:
            terms_item = terms_item_data.to_dict()
            terms.append(terms_item)

        detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versusPlaceId": versus_place_id,
                "versusPlaceName": versus_place_name,
                "scoreDifference": score_difference,
                "terms": terms,
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.term_difference import TermDifference

        d = dict(src_dict)
        versus_place_id = UUID(d.pop("versusPlaceId"))

        versus_place_name = d.pop("versusPlaceName")

        score_difference = d.pop("scoreDifference")

        terms = []
        _terms = d.pop("terms")
        for terms_item_data in _terms:
            terms_item = TermDifference.from_dict(terms_item_data)

            terms.append(terms_item)

        detail = d.pop("detail")

        separation_public = cls(
            versus_place_id=versus_place_id,
            versus_place_name=versus_place_name,
            score_difference=score_difference,
            terms=terms,
            detail=detail,
        )

        separation_public.additional_properties = d
        return separation_public

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
