from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.occupancy_group_by import OccupancyGroupBy

if TYPE_CHECKING:
    from ..models.occupancy_row import OccupancyRow


T = TypeVar("T", bound="OccupancyReport")


@_attrs_define
class OccupancyReport:
    """
    Attributes:
        on (datetime.date):
        group_by (OccupancyGroupBy):
        small_scale_max_beds (int): Locations with at most this capacity are small-scale.
        period_days (int):
        groups (list[OccupancyRow]):
        total (OccupancyRow):
    """

    on: datetime.date
    group_by: OccupancyGroupBy
    small_scale_max_beds: int
    period_days: int
    groups: list[OccupancyRow]
    total: OccupancyRow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        group_by = self.group_by.value

        small_scale_max_beds = self.small_scale_max_beds

        period_days = self.period_days

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on": on,
                "groupBy": group_by,
                "smallScaleMaxBeds": small_scale_max_beds,
                "periodDays": period_days,
                "groups": groups,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.occupancy_row import OccupancyRow

        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        group_by = OccupancyGroupBy(d.pop("groupBy"))

        small_scale_max_beds = d.pop("smallScaleMaxBeds")

        period_days = d.pop("periodDays")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = OccupancyRow.from_dict(groups_item_data)

            groups.append(groups_item)

        total = OccupancyRow.from_dict(d.pop("total"))

        occupancy_report = cls(
            on=on,
            group_by=group_by,
            small_scale_max_beds=small_scale_max_beds,
            period_days=period_days,
            groups=groups,
            total=total,
        )

        occupancy_report.additional_properties = d
        return occupancy_report

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
