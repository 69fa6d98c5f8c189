from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_source import PlaceSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.place_found import PlaceFound


T = TypeVar("T", bound="PlaceSearchResult")


@_attrs_define
class PlaceSearchResult:
    """
    Attributes:
        items (list[PlaceFound]):
        source (PlaceSource):
        address_search_failed (bool | Unset):  Default: False.
    """

    items: list[PlaceFound]
    source: PlaceSource
    address_search_failed: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        source = self.source.value

        address_search_failed = self.address_search_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "source": source,
            }
        )
        if address_search_failed is not UNSET:
            field_dict["addressSearchFailed"] = address_search_failed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.place_found import PlaceFound

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PlaceFound.from_dict(items_item_data)

            items.append(items_item)

        source = PlaceSource(d.pop("source"))

        address_search_failed = d.pop("addressSearchFailed", UNSET)

        place_search_result = cls(
            items=items,
            source=source,
            address_search_failed=address_search_failed,
        )

        place_search_result.additional_properties = d
        return place_search_result

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
