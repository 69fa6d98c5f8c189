from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NeedsInput")


@_attrs_define
class NeedsInput:
    """
    Attributes:
        wheelchair (bool | Unset):  Default: False.
        medical_care (bool | Unset):  Default: False.
        pets (bool | Unset):  Default: False.
        pet_details (None | str | Unset): E.g. `one dog`.
        special_needs_education (bool | Unset):  Default: False.
        informal_care (bool | Unset): Receives informal care (mantelzorg) from someone who visits. Default: False.
        informal_childcare (bool | Unset): Relies on informal childcare by visitors: visiting rules matter. Default:
            False.
        self_catering (bool | Unset): Needs to cook for itself. Default: False.
        women_and_children_only (bool | Unset): No adult men in the household: women-only units may take it. Default:
            False.
        details (None | str | Unset): Restricted: free-text details (health, safety).
    """

    wheelchair: bool | Unset = False
    medical_care: bool | Unset = False
    pets: bool | Unset = False
    pet_details: None | str | Unset = UNSET
    special_needs_education: bool | Unset = False
    informal_care: bool | Unset = False
    informal_childcare: bool | Unset = False
    self_catering: bool | Unset = False
    women_and_children_only: bool | Unset = False
    details: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        wheelchair = self.wheelchair

        medical_care = self.medical_care

        pets = self.pets

        pet_details: None | str | Unset
        if isinstance(self.pet_details, Unset):
            pet_details = UNSET
        else:
            pet_details = self.pet_details

        special_needs_education = self.special_needs_education

        informal_care = self.informal_care

        informal_childcare = self.informal_childcare

        self_catering = self.self_catering

        women_and_children_only = self.women_and_children_only

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if wheelchair is not UNSET:
            field_dict["wheelchair"] = wheelchair
        if medical_care is not UNSET:
            field_dict["medicalCare"] = medical_care
        if pets is not UNSET:
            field_dict["pets"] = pets
        if pet_details is not UNSET:
            field_dict["petDetails"] = pet_details
        if special_needs_education is not UNSET:
            field_dict["specialNeedsEducation"] = special_needs_education
        if informal_care is not UNSET:
            field_dict["informalCare"] = informal_care
        if informal_childcare is not UNSET:
            field_dict["informalChildcare"] = informal_childcare
        if self_catering is not UNSET:
            field_dict["selfCatering"] = self_catering
        if women_and_children_only is not UNSET:
            field_dict["womenAndChildrenOnly"] = women_and_children_only
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        wheelchair = d.pop("wheelchair", UNSET)

        medical_care = d.pop("medicalCare", UNSET)

        pets = d.pop("pets", UNSET)

        def _parse_pet_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pet_details = _parse_pet_details(d.pop("petDetails", UNSET))

        special_needs_education = d.pop("specialNeedsEducation", UNSET)

        informal_care = d.pop("informalCare", UNSET)

        informal_childcare = d.pop("informalChildcare", UNSET)

        self_catering = d.pop("selfCatering", UNSET)

        women_and_children_only = d.pop("womenAndChildrenOnly", UNSET)

        def _parse_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        needs_input = cls(
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

        return needs_input
