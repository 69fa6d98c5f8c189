from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scale_figures import ScaleFigures


T = TypeVar("T", bound="OccupancyRow")


@_attrs_define
class OccupancyRow:
    """
    Attributes:
        key (None | str): Municipality or region code, province, kind, or small/large.
        name (None | str):
        locations (int):
        beds (int): Beds in units that are not closed.
        blocked (int): Beds in blocked units.
        occupied (int): Beds held by placements on the date.
        free (int): Beds in available units not held on the date.
        households (int): Households placed in these locations on the date.
        host_families (int): Host families whose window covers the date (not rejected).
        host_family_beds (int):
        host_family_occupied (int):
        host_family_households (int):
        scale (None | ScaleFigures | Unset): Only with groupBy=scale.
    """

    key: None | str
    name: None | str
    locations: int
    beds: int
    blocked: int
    occupied: int
    free: int
    households: int
    host_families: int
    host_family_beds: int
    host_family_occupied: int
    host_family_households: int
    scale: None | ScaleFigures | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scale_figures import ScaleFigures

        key: None | str
        key = self.key

        name: None | str
        name = self.name

        locations = self.locations

        beds = self.beds

        blocked = self.blocked

        occupied = self.occupied

        free = self.free

        households = self.households

        host_families = self.host_families

        host_family_beds = self.host_family_beds

        host_family_occupied = self.host_family_occupied

        host_family_households = self.host_family_households

        scale: dict[str, Any] | None | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        elif isinstance(self.scale, ScaleFigures):
            scale = self.scale.to_dict()
        else:
            scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "locations": locations,
                "beds": beds,
                "blocked": blocked,
                "occupied": occupied,
                "free": free,
                "households": households,
                "hostFamilies": host_families,
                "hostFamilyBeds": host_family_beds,
                "hostFamilyOccupied": host_family_occupied,
                "hostFamilyHouseholds": host_family_households,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scale_figures import ScaleFigures

        d = dict(src_dict)

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        locations = d.pop("locations")

        beds = d.pop("beds")

        blocked = d.pop("blocked")

        occupied = d.pop("occupied")

        free = d.pop("free")

        households = d.pop("households")

        host_families = d.pop("hostFamilies")

        host_family_beds = d.pop("hostFamilyBeds")

        host_family_occupied = d.pop("hostFamilyOccupied")

        host_family_households = d.pop("hostFamilyHouseholds")

        def _parse_scale(data: object) -> None | ScaleFigures | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scale_type_0 = ScaleFigures.from_dict(data)

                return scale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScaleFigures | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        occupancy_row = cls(
            key=key,
            name=name,
            locations=locations,
            beds=beds,
            blocked=blocked,
            occupied=occupied,
            free=free,
            households=households,
            host_families=host_families,
            host_family_beds=host_family_beds,
            host_family_occupied=host_family_occupied,
            host_family_households=host_family_households,
            scale=scale,
        )

        occupancy_row.additional_properties = d
        return occupancy_row

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
