from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forecast_group_by import ForecastGroupBy

if TYPE_CHECKING:
    from ..models.forecast_group import ForecastGroup


T = TypeVar("T", bound="RelocationForecast")


@_attrs_define
class RelocationForecast:
    """
    Attributes:
        starts_on (datetime.date):
        weeks (int):
        group_by (ForecastGroupBy):
        groups (list[ForecastGroup]):
        flagged_groups (int):
    """

    starts_on: datetime.date
    weeks: int
    group_by: ForecastGroupBy
    groups: list[ForecastGroup]
    flagged_groups: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        starts_on = self.starts_on.isoformat()

        weeks = self.weeks

        group_by = self.group_by.value

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        flagged_groups = self.flagged_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startsOn": starts_on,
                "weeks": weeks,
                "groupBy": group_by,
                "groups": groups,
                "flaggedGroups": flagged_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.forecast_group import ForecastGroup

        d = dict(src_dict)
        starts_on = datetime.date.fromisoformat(d.pop("startsOn"))

        weeks = d.pop("weeks")

        group_by = ForecastGroupBy(d.pop("groupBy"))

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = ForecastGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        flagged_groups = d.pop("flaggedGroups")

        relocation_forecast = cls(
            starts_on=starts_on,
            weeks=weeks,
            group_by=group_by,
            groups=groups,
            flagged_groups=flagged_groups,
        )

        relocation_forecast.additional_properties = d
        return relocation_forecast

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
