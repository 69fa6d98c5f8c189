from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_stay_status import HostStayStatus

T = TypeVar("T", bound="HostStayPublic")


@_attrs_define
class HostStayPublic:
    """A household staying with (or coming to) a host family, as the host sees it: nothing sensitive.

    Attributes:
        placement_id (UUID):
        status (HostStayStatus):
        move_on (datetime.date): The planned arrival date.
        arrived_on (datetime.date | None):
        planned_end_on (datetime.date | None):
        adults (int):
        children (int):
        languages (list[str]):
    """

    placement_id: UUID
    status: HostStayStatus
    move_on: datetime.date
    arrived_on: datetime.date | None
    planned_end_on: datetime.date | None
    adults: int
    children: int
    languages: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placement_id = str(self.placement_id)

        status = self.status.value

        move_on = self.move_on.isoformat()

        arrived_on: None | str
        if isinstance(self.arrived_on, datetime.date):
            arrived_on = self.arrived_on.isoformat()
        else:
            arrived_on = self.arrived_on

        planned_end_on: None | str
        if isinstance(self.planned_end_on, datetime.date):
            planned_end_on = self.planned_end_on.isoformat()
        else:
            planned_end_on = self.planned_end_on

        adults = self.adults

        children = self.children

        languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "placementId": placement_id,
                "status": status,
                "moveOn": move_on,
                "arrivedOn": arrived_on,
                "plannedEndOn": planned_end_on,
                "adults": adults,
                "children": children,
                "languages": languages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        placement_id = UUID(d.pop("placementId"))

        status = HostStayStatus(d.pop("status"))

        move_on = datetime.date.fromisoformat(d.pop("moveOn"))

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

        adults = d.pop("adults")

        children = d.pop("children")

        languages = cast(list[str], d.pop("languages"))

        host_stay_public = cls(
            placement_id=placement_id,
            status=status,
            move_on=move_on,
            arrived_on=arrived_on,
            planned_end_on=planned_end_on,
            adults=adults,
            children=children,
            languages=languages,
        )

        host_stay_public.additional_properties = d
        return host_stay_public

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
