from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LocationListRow")


@_attrs_define
class LocationListRow:
    """
    Attributes:
        id (str):
        name (str):
        kind (str):
        status (str):
        municipality_code (str):
        municipality_name (str):
        safety_region_code (None | str):
        address (str):
        opens_on (datetime.date | None):
        closes_on (datetime.date | None):
        units (int):
        capacity (int):
        occupied (int):
        free (int):
        small_scale (bool):
    """

    id: str
    name: str
    kind: str
    status: str
    municipality_code: str
    municipality_name: str
    safety_region_code: None | str
    address: str
    opens_on: datetime.date | None
    closes_on: datetime.date | None
    units: int
    capacity: int
    occupied: int
    free: int
    small_scale: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind

        status = self.status

        municipality_code = self.municipality_code

        municipality_name = self.municipality_name

        safety_region_code: None | str
        safety_region_code = self.safety_region_code

        address = self.address

        opens_on: None | str
        if isinstance(self.opens_on, datetime.date):
            opens_on = self.opens_on.isoformat()
        else:
            opens_on = self.opens_on

        closes_on: None | str
        if isinstance(self.closes_on, datetime.date):
            closes_on = self.closes_on.isoformat()
        else:
            closes_on = self.closes_on

        units = self.units

        capacity = self.capacity

        occupied = self.occupied

        free = self.free

        small_scale = self.small_scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "status": status,
                "municipalityCode": municipality_code,
                "municipalityName": municipality_name,
                "safetyRegionCode": safety_region_code,
                "address": address,
                "opensOn": opens_on,
                "closesOn": closes_on,
                "units": units,
                "capacity": capacity,
                "occupied": occupied,
                "free": free,
                "smallScale": small_scale,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = d.pop("kind")

        status = d.pop("status")

        municipality_code = d.pop("municipalityCode")

        municipality_name = d.pop("municipalityName")

        def _parse_safety_region_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        safety_region_code = _parse_safety_region_code(d.pop("safetyRegionCode"))

        address = d.pop("address")

        def _parse_opens_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opens_on_type_0 = datetime.date.fromisoformat(data)

                return opens_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        opens_on = _parse_opens_on(d.pop("opensOn"))

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

        units = d.pop("units")

        capacity = d.pop("capacity")

        occupied = d.pop("occupied")

        free = d.pop("free")

        small_scale = d.pop("smallScale")

        location_list_row = cls(
            id=id,
            name=name,
            kind=kind,
            status=status,
            municipality_code=municipality_code,
            municipality_name=municipality_name,
            safety_region_code=safety_region_code,
            address=address,
            opens_on=opens_on,
            closes_on=closes_on,
            units=units,
            capacity=capacity,
            occupied=occupied,
            free=free,
            small_scale=small_scale,
        )

        location_list_row.additional_properties = d
        return location_list_row

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
