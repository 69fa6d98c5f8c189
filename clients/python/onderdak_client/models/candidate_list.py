from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.candidate_public import CandidatePublic


T = TypeVar("T", bound="CandidateList")


@_attrs_define
class CandidateList:
    """
    Attributes:
        request_id (UUID):
        move_on (datetime.date): The move date the places were checked for.
        items (list[CandidatePublic]):
        excluded (list[CandidatePublic]): The best places a hard constraint excludes, with the constraint that does.
    """

    request_id: UUID
    move_on: datetime.date
    items: list[CandidatePublic]
    excluded: list[CandidatePublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = str(self.request_id)

        move_on = self.move_on.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        excluded = []
        for excluded_item_data in self.excluded:
            excluded_item = excluded_item_data.to_dict()
            excluded.append(excluded_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestId": request_id,
                "moveOn": move_on,
                "items": items,
                "excluded": excluded,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.candidate_public import CandidatePublic

        d = dict(src_dict)
        request_id = UUID(d.pop("requestId"))

        move_on = datetime.date.fromisoformat(d.pop("moveOn"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CandidatePublic.from_dict(items_item_data)

            items.append(items_item)

        excluded = []
        _excluded = d.pop("excluded")
        for excluded_item_data in _excluded:
            excluded_item = CandidatePublic.from_dict(excluded_item_data)

            excluded.append(excluded_item)

        candidate_list = cls(
            request_id=request_id,
            move_on=move_on,
            items=items,
            excluded=excluded,
        )

        candidate_list.additional_properties = d
        return candidate_list

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
