from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_type import PlaceType
from ..models.placement_status import PlacementStatus

T = TypeVar("T", bound="PlacementSummary")


@_attrs_define
class PlacementSummary:
    """
    Attributes:
        id (UUID):
        place_type (PlaceType):
        place_id (UUID):
        place_name (str): The location and unit, or the host family's display name.
        municipality_code (str):
        beds (int):
        starts_on (datetime.date): The planned move date.
        planned_end_on (datetime.date | None): When the stay is planned to end.
        arrived_on (datetime.date | None): The check-in: when the household arrived.
        ended_on (datetime.date | None): The check-out, the no-show, or the day the planned move fell through.
        status (PlacementStatus):
        resident (bool): The household lives there (checked in, not checked out).
    """

    id: UUID
    place_type: PlaceType
    place_id: UUID
    place_name: str
    municipality_code: str
    beds: int
    starts_on: datetime.date
    planned_end_on: datetime.date | None
    arrived_on: datetime.date | None
    ended_on: datetime.date | None
    status: PlacementStatus
    resident: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        place_type = self.place_type.value

        place_id = str(self.place_id)

        place_name = self.place_name

        municipality_code = self.municipality_code

        beds = self.beds

        starts_on = self.starts_on.isoformat()

        planned_end_on: None | str
        if isinstance(self.planned_end_on, datetime.date):
            planned_end_on = self.planned_end_on.isoformat()
        else:
            planned_end_on = self.planned_end_on

        arrived_on: None | str
        if isinstance(self.arrived_on, datetime.date):
            arrived_on = self.arrived_on.isoformat()
        else:
            arrived_on = self.arrived_on

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        status = self.status.value

        resident = self.resident

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "placeType": place_type,
                "placeId": place_id,
                "placeName": place_name,
                "municipalityCode": municipality_code,
                "beds": beds,
                "startsOn": starts_on,
                "plannedEndOn": planned_end_on,
                "arrivedOn": arrived_on,
                "endedOn": ended_on,
                "status": status,
                "resident": resident,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        place_type = PlaceType(d.pop("placeType"))

        place_id = UUID(d.pop("placeId"))

        place_name = d.pop("placeName")

        municipality_code = d.pop("municipalityCode")

        beds = d.pop("beds")

        starts_on = datetime.date.fromisoformat(d.pop("startsOn"))

        def _parse_planned_end_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_end_on_type_0 = datetime.date.fromisoformat(data)

                return planned_end_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        planned_end_on = _parse_planned_end_on(d.pop("plannedEndOn"))

        def _parse_arrived_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                arrived_on_type_0 = datetime.date.fromisoformat(data)

                return arrived_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        arrived_on = _parse_arrived_on(d.pop("arrivedOn"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("endedOn"))

        status = PlacementStatus(d.pop("status"))

        resident = d.pop("resident")

        placement_summary = cls(
            id=id,
            place_type=place_type,
            place_id=place_id,
            place_name=place_name,
            municipality_code=municipality_code,
            beds=beds,
            starts_on=starts_on,
            planned_end_on=planned_end_on,
            arrived_on=arrived_on,
            ended_on=ended_on,
            status=status,
            resident=resident,
        )

        placement_summary.additional_properties = d
        return placement_summary

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
