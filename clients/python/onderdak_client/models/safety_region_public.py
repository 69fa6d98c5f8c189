from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.safety_region_municipality import SafetyRegionMunicipality


T = TypeVar("T", bound="SafetyRegionPublic")


@_attrs_define
class SafetyRegionPublic:
    """
    Attributes:
        code (str):
        name (str):
        municipalities (list[SafetyRegionMunicipality]):
    """

    code: str
    name: str
    municipalities: list[SafetyRegionMunicipality]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        municipalities = []
        for municipalities_item_data in self.municipalities:
            municipalities_item = municipalities_item_data.to_dict()
            municipalities.append(municipalities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "municipalities": municipalities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.safety_region_municipality import SafetyRegionMunicipality

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        municipalities = []
        _municipalities = d.pop("municipalities")
        for municipalities_item_data in _municipalities:
            municipalities_item = SafetyRegionMunicipality.from_dict(municipalities_item_data)

            municipalities.append(municipalities_item)

        safety_region_public = cls(
            code=code,
            name=name,
            municipalities=municipalities,
        )

        safety_region_public.additional_properties = d
        return safety_region_public

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
