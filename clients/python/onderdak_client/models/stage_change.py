from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.stage import Stage
from ..types import UNSET, Unset

T = TypeVar("T", bound="StageChange")


@_attrs_define
class StageChange:
    """
    Attributes:
        stage (Stage):
        note (None | str | Unset):
        shelter_location_id (None | Unset | UUID): When opening: the location it runs as; omitted, a small-scale
            location is created.
        address (None | str | Unset):
        lat (float | None | Unset):
        lon (float | None | Unset):
    """

    stage: Stage
    note: None | str | Unset = UNSET
    shelter_location_id: None | Unset | UUID = UNSET
    address: None | str | Unset = UNSET
    lat: float | None | Unset = UNSET
    lon: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        stage = self.stage.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        shelter_location_id: None | str | Unset
        if isinstance(self.shelter_location_id, Unset):
            shelter_location_id = UNSET
        elif isinstance(self.shelter_location_id, UUID):
            shelter_location_id = str(self.shelter_location_id)
        else:
            shelter_location_id = self.shelter_location_id

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        lat: float | None | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        lon: float | None | Unset
        if isinstance(self.lon, Unset):
            lon = UNSET
        else:
            lon = self.lon

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stage": stage,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if shelter_location_id is not UNSET:
            field_dict["shelterLocationId"] = shelter_location_id
        if address is not UNSET:
            field_dict["address"] = address
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lon is not UNSET:
            field_dict["lon"] = lon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        stage = Stage(d.pop("stage"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_shelter_location_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shelter_location_id_type_0 = UUID(data)

                return shelter_location_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        shelter_location_id = _parse_shelter_location_id(d.pop("shelterLocationId", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_lat(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lat = _parse_lat(d.pop("lat", UNSET))

        def _parse_lon(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lon = _parse_lon(d.pop("lon", UNSET))

        stage_change = cls(
            stage=stage,
            note=note,
            shelter_location_id=shelter_location_id,
            address=address,
            lat=lat,
            lon=lon,
        )

        return stage_change
