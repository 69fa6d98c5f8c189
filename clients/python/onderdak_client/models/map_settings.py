from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MapSettings")


@_attrs_define
class MapSettings:
    """
    Attributes:
        tile_url (None | str): An XYZ tile URL template with {z}, {x} and {y}; null: no background (a plain grid).
        attribution (str): Whose map the tiles are, shown on the map.
    """

    tile_url: None | str
    attribution: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tile_url: None | str
        tile_url = self.tile_url

        attribution = self.attribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tileUrl": tile_url,
                "attribution": attribution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_tile_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tile_url = _parse_tile_url(d.pop("tileUrl"))

        attribution = d.pop("attribution")

        map_settings = cls(
            tile_url=tile_url,
            attribution=attribution,
        )

        map_settings.additional_properties = d
        return map_settings

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
