from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anchor_kind import AnchorKind

T = TypeVar("T", bound="AnchorPublic")


@_attrs_define
class AnchorPublic:
    """
    Attributes:
        kind (AnchorKind):
        label (None | str):
        lat (float):
        lon (float):
        municipality_code (None | str):
    """

    kind: AnchorKind
    label: None | str
    lat: float
    lon: float
    municipality_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        label: None | str
        label = self.label

        lat = self.lat

        lon = self.lon

        municipality_code: None | str
        municipality_code = self.municipality_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "label": label,
                "lat": lat,
                "lon": lon,
                "municipalityCode": municipality_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = AnchorKind(d.pop("kind"))

        def _parse_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label = _parse_label(d.pop("label"))

        lat = d.pop("lat")

        lon = d.pop("lon")

        def _parse_municipality_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        municipality_code = _parse_municipality_code(d.pop("municipalityCode"))

        anchor_public = cls(
            kind=kind,
            label=label,
            lat=lat,
            lon=lon,
            municipality_code=municipality_code,
        )

        anchor_public.additional_properties = d
        return anchor_public

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
