from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.closing_action import ClosingAction

T = TypeVar("T", bound="ClosingHousehold")


@_attrs_define
class ClosingHousehold:
    """
    Attributes:
        placement_id (UUID):
        household_id (UUID):
        household_reference (str):
        unit_id (UUID):
        unit_name (str):
        beds (int):
        resident (bool): Lives there now; otherwise about to arrive.
        move_on (datetime.date): When the household moved, or is to move, in.
        arrived_on (datetime.date | None):
        action (ClosingAction): What closing does (or, in a dry run, would do) for one household.
        relocation_request_id (None | UUID): The request that moves the household on (opened now, or its open one).
        must_move_by (datetime.date | None):
    """

    placement_id: UUID
    household_id: UUID
    household_reference: str
    unit_id: UUID
    unit_name: str
    beds: int
    resident: bool
    move_on: datetime.date
    arrived_on: datetime.date | None
    action: ClosingAction
    relocation_request_id: None | UUID
    must_move_by: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placement_id = str(self.placement_id)

        household_id = str(self.household_id)

        household_reference = self.household_reference

        unit_id = str(self.unit_id)

        unit_name = self.unit_name

        beds = self.beds

        resident = self.resident

        move_on = self.move_on.isoformat()

        arrived_on: None | str
        if isinstance(self.arrived_on, datetime.date):
            arrived_on = self.arrived_on.isoformat()
        else:
            arrived_on = self.arrived_on

        action = self.action.value

        relocation_request_id: None | str
        if isinstance(self.relocation_request_id, UUID):
            relocation_request_id = str(self.relocation_request_id)
        else:
            relocation_request_id = self.relocation_request_id

        must_move_by: None | str
        if isinstance(self.must_move_by, datetime.date):
            must_move_by = self.must_move_by.isoformat()
        else:
            must_move_by = self.must_move_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "placementId": placement_id,
                "householdId": household_id,
                "householdReference": household_reference,
                "unitId": unit_id,
                "unitName": unit_name,
                "beds": beds,
                "resident": resident,
                "moveOn": move_on,
                "arrivedOn": arrived_on,
                "action": action,
                "relocationRequestId": relocation_request_id,
                "mustMoveBy": must_move_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        placement_id = UUID(d.pop("placementId"))

        household_id = UUID(d.pop("householdId"))

        household_reference = d.pop("householdReference")

        unit_id = UUID(d.pop("unitId"))

        unit_name = d.pop("unitName")

        beds = d.pop("beds")

        resident = d.pop("resident")

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

        action = ClosingAction(d.pop("action"))

        def _parse_relocation_request_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                relocation_request_id_type_0 = UUID(data)

                return relocation_request_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        relocation_request_id = _parse_relocation_request_id(d.pop("relocationRequestId"))

        def _parse_must_move_by(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                must_move_by_type_0 = datetime.date.fromisoformat(data)

                return must_move_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        must_move_by = _parse_must_move_by(d.pop("mustMoveBy"))

        closing_household = cls(
            placement_id=placement_id,
            household_id=household_id,
            household_reference=household_reference,
            unit_id=unit_id,
            unit_name=unit_name,
            beds=beds,
            resident=resident,
            move_on=move_on,
            arrived_on=arrived_on,
            action=action,
            relocation_request_id=relocation_request_id,
            must_move_by=must_move_by,
        )

        closing_household.additional_properties = d
        return closing_household

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
