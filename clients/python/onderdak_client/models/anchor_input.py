from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.anchor_kind import AnchorKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnchorInput")


@_attrs_define
class AnchorInput:
    """
    Attributes:
        kind (AnchorKind):
        lat (float):
        lon (float):
        label (None | str | Unset):
        municipality_code (None | str | Unset):
    """

    kind: AnchorKind
    lat: float
    lon: float
    label: None | str | Unset = UNSET
    municipality_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        lat = self.lat

        lon = self.lon

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        municipality_code: None | str | Unset
        if isinstance(self.municipality_code, Unset):
            municipality_code = UNSET
        else:
            municipality_code = self.municipality_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "lat": lat,
                "lon": lon,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if municipality_code is not UNSET:
            field_dict["municipalityCode"] = municipality_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = AnchorKind(d.pop("kind"))

        lat = d.pop("lat")

        lon = d.pop("lon")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_municipality_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        municipality_code = _parse_municipality_code(d.pop("municipalityCode", UNSET))

        anchor_input = cls(
            kind=kind,
            lat=lat,
            lon=lon,
            label=label,
            municipality_code=municipality_code,
        )

        return anchor_input
