from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.unit_status import UnitStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShelterUnitUpdate")


@_attrs_define
class ShelterUnitUpdate:
    """
    Attributes:
        name (str | Unset):
        beds (int | Unset):
        max_households (int | Unset):
        wheelchair_accessible (bool | Unset):
        pets_allowed (bool | Unset):
        families_only (bool | Unset):
        women_only (bool | Unset):
        status (UnitStatus | Unset):
    """

    name: str | Unset = UNSET
    beds: int | Unset = UNSET
    max_households: int | Unset = UNSET
    wheelchair_accessible: bool | Unset = UNSET
    pets_allowed: bool | Unset = UNSET
    families_only: bool | Unset = UNSET
    women_only: bool | Unset = UNSET
    status: UnitStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        beds = self.beds

        max_households = self.max_households

        wheelchair_accessible = self.wheelchair_accessible

        pets_allowed = self.pets_allowed

        families_only = self.families_only

        women_only = self.women_only

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if beds is not UNSET:
            field_dict["beds"] = beds
        if max_households is not UNSET:
            field_dict["maxHouseholds"] = max_households
        if wheelchair_accessible is not UNSET:
            field_dict["wheelchairAccessible"] = wheelchair_accessible
        if pets_allowed is not UNSET:
            field_dict["petsAllowed"] = pets_allowed
        if families_only is not UNSET:
            field_dict["familiesOnly"] = families_only
        if women_only is not UNSET:
            field_dict["womenOnly"] = women_only
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        beds = d.pop("beds", UNSET)

        max_households = d.pop("maxHouseholds", UNSET)

        wheelchair_accessible = d.pop("wheelchairAccessible", UNSET)

        pets_allowed = d.pop("petsAllowed", UNSET)

        families_only = d.pop("familiesOnly", UNSET)

        women_only = d.pop("womenOnly", UNSET)

        _status = d.pop("status", UNSET)
        status: UnitStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UnitStatus(_status)

        shelter_unit_update = cls(
            name=name,
            beds=beds,
            max_households=max_households,
            wheelchair_accessible=wheelchair_accessible,
            pets_allowed=pets_allowed,
            families_only=families_only,
            women_only=women_only,
            status=status,
        )

        return shelter_unit_update
