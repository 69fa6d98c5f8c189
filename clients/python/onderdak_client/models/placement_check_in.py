from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlacementCheckIn")


@_attrs_define
class PlacementCheckIn:
    """
    Attributes:
        arrived_on (datetime.date | None | Unset): The day the household arrived: on or after the planned move date, not
            in the future. Defaults to today.
    """

    arrived_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        arrived_on: None | str | Unset
        if isinstance(self.arrived_on, Unset):
            arrived_on = UNSET
        elif isinstance(self.arrived_on, datetime.date):
            arrived_on = self.arrived_on.isoformat()
        else:
            arrived_on = self.arrived_on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if arrived_on is not UNSET:
            field_dict["arrivedOn"] = arrived_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_arrived_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                arrived_on_type_0 = datetime.date.fromisoformat(data)

                return arrived_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        arrived_on = _parse_arrived_on(d.pop("arrivedOn", UNSET))

        placement_check_in = cls(
            arrived_on=arrived_on,
        )

        return placement_check_in
