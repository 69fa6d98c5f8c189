from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ForecastWeek")


@_attrs_define
class ForecastWeek:
    """
    Attributes:
        starts_on (datetime.date):
        ends_on (datetime.date):
        endings (int): Households whose placement, host stay or location ends this week.
        people (int): Beds those households hold.
        with_open_request (int): Of them, households with an open relocation request.
        placeable (int): Of them, households a free place in the group fits (by size).
        shortfall (int): Households without a fitting place, cumulated up to this week.
    """

    starts_on: datetime.date
    ends_on: datetime.date
    endings: int
    people: int
    with_open_request: int
    placeable: int
    shortfall: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        endings = self.endings

        people = self.people

        with_open_request = self.with_open_request

        placeable = self.placeable

        shortfall = self.shortfall

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startsOn": starts_on,
                "endsOn": ends_on,
                "endings": endings,
                "people": people,
                "withOpenRequest": with_open_request,
                "placeable": placeable,
                "shortfall": shortfall,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        starts_on = datetime.date.fromisoformat(d.pop("startsOn"))

        ends_on = datetime.date.fromisoformat(d.pop("endsOn"))

        endings = d.pop("endings")

        people = d.pop("people")

        with_open_request = d.pop("withOpenRequest")

        placeable = d.pop("placeable")

        shortfall = d.pop("shortfall")

        forecast_week = cls(
            starts_on=starts_on,
            ends_on=ends_on,
            endings=endings,
            people=people,
            with_open_request=with_open_request,
            placeable=placeable,
            shortfall=shortfall,
        )

        forecast_week.additional_properties = d
        return forecast_week

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
