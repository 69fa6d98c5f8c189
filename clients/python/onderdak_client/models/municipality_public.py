from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MunicipalityPublic")


@_attrs_define
class MunicipalityPublic:
    """
    Attributes:
        code (str):
        name (str):
        province (str):
        safety_region_code (None | str):
        lat (float):
        lon (float):
    """

    code: str
    name: str
    province: str
    safety_region_code: None | str
    lat: float
    lon: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        province = self.province

        safety_region_code: None | str
        safety_region_code = self.safety_region_code

        lat = self.lat

        lon = self.lon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "province": province,
                "safetyRegionCode": safety_region_code,
                "lat": lat,
                "lon": lon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        province = d.pop("province")

        def _parse_safety_region_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        safety_region_code = _parse_safety_region_code(d.pop("safetyRegionCode"))

        lat = d.pop("lat")

        lon = d.pop("lon")

        municipality_public = cls(
            code=code,
            name=name,
            province=province,
            safety_region_code=safety_region_code,
            lat=lat,
            lon=lon,
        )

        municipality_public.additional_properties = d
        return municipality_public

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
