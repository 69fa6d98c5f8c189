from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_status import UnitStatus

T = TypeVar("T", bound="ShelterUnitPublic")


@_attrs_define
class ShelterUnitPublic:
    """
    Attributes:
        id (UUID):
        location_id (UUID):
        name (str):
        beds (int):
        max_households (int):
        wheelchair_accessible (bool):
        pets_allowed (bool):
        families_only (bool):
        women_only (bool):
        status (UnitStatus):
        closes_on (datetime.date | None): Set by closing the unit.
        occupied (int):
        available (int):
        suspended (bool):
    """

    id: UUID
    location_id: UUID
    name: str
    beds: int
    max_households: int
    wheelchair_accessible: bool
    pets_allowed: bool
    families_only: bool
    women_only: bool
    status: UnitStatus
    closes_on: datetime.date | None
    occupied: int
    available: int
    suspended: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        location_id = str(self.location_id)

        name = self.name

        beds = self.beds

        max_households = self.max_households

        wheelchair_accessible = self.wheelchair_accessible

        pets_allowed = self.pets_allowed

        families_only = self.families_only

        women_only = self.women_only

        status = self.status.value

        closes_on: None | str
        if isinstance(self.closes_on, datetime.date):
            closes_on = self.closes_on.isoformat()
        else:
            closes_on = self.closes_on

        occupied = self.occupied

        available = self.available

        suspended = self.suspended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "locationId": location_id,
                "name": name,
                "beds": beds,
                "maxHouseholds": max_households,
                "wheelchairAccessible": wheelchair_accessible,
                "petsAllowed": pets_allowed,
                "familiesOnly": families_only,
                "womenOnly": women_only,
                "status": status,
                "closesOn": closes_on,
                "occupied": occupied,
                "available": available,
                "suspended": suspended,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        location_id = UUID(d.pop("locationId"))

        name = d.pop("name")

        beds = d.pop("beds")

        max_households = d.pop("maxHouseholds")

        wheelchair_accessible = d.pop("wheelchairAccessible")

        pets_allowed = d.pop("petsAllowed")

        families_only = d.pop("familiesOnly")

        women_only = d.pop("womenOnly")

        status = UnitStatus(d.pop("status"))

        def _parse_closes_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closes_on_type_0 = datetime.date.fromisoformat(data)

                return closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closes_on = _parse_closes_on(d.pop("closesOn"))

        occupied = d.pop("occupied")

        available = d.pop("available")

        suspended = d.pop("suspended")

        shelter_unit_public = cls(
            id=id,
            location_id=location_id,
            name=name,
            beds=beds,
            max_households=max_households,
            wheelchair_accessible=wheelchair_accessible,
            pets_allowed=pets_allowed,
            families_only=families_only,
            women_only=women_only,
            status=status,
            closes_on=closes_on,
            occupied=occupied,
            available=available,
            suspended=suspended,
        )

        shelter_unit_public.additional_properties = d
        return shelter_unit_public

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
