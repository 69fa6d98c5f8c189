from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.closing_household import ClosingHousehold


T = TypeVar("T", bound="ClosingReport")


@_attrs_define
class ClosingReport:
    """
    Attributes:
        location_id (UUID):
        unit_id (None | UUID): Set when one unit closes, not the location.
        closes_on (datetime.date):
        status (str): The location's status (closing or closed), or the unit's (blocked until it is empty and the day
            has come, then closed).
        dry_run (bool):
        households (list[ClosingHousehold]): Everyone who lives there or is about to.
    """

    location_id: UUID
    unit_id: None | UUID
    closes_on: datetime.date
    status: str
    dry_run: bool
    households: list[ClosingHousehold]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_id = str(self.location_id)

        unit_id: None | str
        if isinstance(self.unit_id, UUID):
            unit_id = str(self.unit_id)
        else:
            unit_id = self.unit_id

        closes_on = self.closes_on.isoformat()

        status = self.status

        dry_run = self.dry_run

        households = []
        for households_item_data in self.households:
            households_item = households_item_data.to_dict()
            households.append(households_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locationId": location_id,
                "unitId": unit_id,
                "closesOn": closes_on,
                "status": status,
                "dryRun": dry_run,
                "households": households,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.closing_household import ClosingHousehold

        d = dict(src_dict)
        location_id = UUID(d.pop("locationId"))

        def _parse_unit_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unit_id_type_0 = UUID(data)

                return unit_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        unit_id = _parse_unit_id(d.pop("unitId"))

        closes_on = datetime.date.fromisoformat(d.pop("closesOn"))

        status = d.pop("status")

        dry_run = d.pop("dryRun")

        households = []
        _households = d.pop("households")
        for households_item_data in _households:
            households_item = ClosingHousehold.from_dict(households_item_data)

            households.append(households_item)

        closing_report = cls(
            location_id=location_id,
            unit_id=unit_id,
            closes_on=closes_on,
            status=status,
            dry_run=dry_run,
            households=households,
        )

        closing_report.additional_properties = d
        return closing_report

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
