from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NeedsPublic")


@_attrs_define
class NeedsPublic:
    """
    Attributes:
        wheelchair (bool | None): Classified; null when the caller may not see it.
        medical_care (bool | None): Classified; null when the caller may not see it.
        pets (bool):
        pet_details (None | str):
        special_needs_education (bool | None): Classified; null when the caller may not see it.
        informal_care (bool):
        informal_childcare (bool):
        self_catering (bool):
        women_and_children_only (bool):
        details (None | str): Restricted; null when not shown.
    """

    wheelchair: bool | None
    medical_care: bool | None
    pets: bool
    pet_details: None | str
    special_needs_education: bool | None
    informal_care: bool
    informal_childcare: bool
    self_catering: bool
    women_and_children_only: bool
    details: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wheelchair: bool | None
        wheelchair = self.wheelchair

        medical_care: bool | None
        medical_care = self.medical_care

        pets = self.pets

        pet_details: None | str
        pet_details = self.pet_details

        special_needs_education: bool | None
        special_needs_education = self.special_needs_education

        informal_care = self.informal_care

        informal_childcare = self.informal_childcare

        self_catering = self.self_catering

        women_and_children_only = self.women_and_children_only

        details: None | str
        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "wheelchair": wheelchair,
                "medicalCare": medical_care,
                "pets": pets,
                "petDetails": pet_details,
                "specialNeedsEducation": special_needs_education,
                "informalCare": informal_care,
                "informalChildcare": informal_childcare,
                "selfCatering": self_catering,
                "womenAndChildrenOnly": women_and_children_only,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_wheelchair(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        wheelchair = _parse_wheelchair(d.pop("wheelchair"))

        def _parse_medical_care(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        medical_care = _parse_medical_care(d.pop("medicalCare"))

        pets = d.pop("pets")

        def _parse_pet_details(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pet_details = _parse_pet_details(d.pop("petDetails"))

        def _parse_special_needs_education(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        special_needs_education = _parse_special_needs_education(d.pop("specialNeedsEducation"))

        informal_care = d.pop("informalCare")

        informal_childcare = d.pop("informalChildcare")

        self_catering = d.pop("selfCatering")

        women_and_children_only = d.pop("womenAndChildrenOnly")

        def _parse_details(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        details = _parse_details(d.pop("details"))

        needs_public = cls(
            wheelchair=wheelchair,
            medical_care=medical_care,
            pets=pets,
            pet_details=pet_details,
            special_needs_education=special_needs_education,
            informal_care=informal_care,
            informal_childcare=informal_childcare,
            self_catering=self_catering,
            women_and_children_only=women_and_children_only,
            details=details,
        )

        needs_public.additional_properties = d
        return needs_public

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
