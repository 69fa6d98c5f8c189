from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_kind import PlaceKind

T = TypeVar("T", bound="PlaceFound")


@_attrs_define
class PlaceFound:
    """
    Attributes:
        label (str):
        kind (PlaceKind):
        lat (float):
        lon (float):
        municipality_code (None | str):
        municipality_name (None | str):
    """

    label: str
    kind: PlaceKind
    lat: float
    lon: float
    municipality_code: None | str
    municipality_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        kind = self.kind.value

        lat = self.lat

        lon = self.lon

        municipality_code: None | str
        municipality_code = self.municipality_code

        municipality_name: None | str
        municipality_name = self.municipality_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "kind": kind,
                "lat": lat,
                "lon": lon,
                "municipalityCode": municipality_code,
                "municipalityName": municipality_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label")

        kind = PlaceKind(d.pop("kind"))

        lat = d.pop("lat")

        lon = d.pop("lon")

        def _parse_municipality_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        municipality_code = _parse_municipality_code(d.pop("municipalityCode"))

        def _parse_municipality_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        municipality_name = _parse_municipality_name(d.pop("municipalityName"))

        place_found = cls(
            label=label,
            kind=kind,
            lat=lat,
            lon=lon,
            municipality_code=municipality_code,
            municipality_name=municipality_name,
        )

        place_found.additional_properties = d
        return place_found

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
