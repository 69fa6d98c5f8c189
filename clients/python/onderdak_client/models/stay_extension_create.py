from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StayExtensionCreate")


@_attrs_define
class StayExtensionCreate:
    """
    Attributes:
        planned_end_on (datetime.date): The new planned end: later than the current one, within the host's availability.
        reason (str): Why the stay lasts longer. It is kept on the timeline.
    """

    planned_end_on: datetime.date
    reason: str

    def to_dict(self) -> dict[str, Any]:
        planned_end_on = self.planned_end_on.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plannedEndOn": planned_end_on,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        planned_end_on = datetime.date.fromisoformat(d.pop("plannedEndOn"))

        reason = d.pop("reason")

        stay_extension_create = cls(
            planned_end_on=planned_end_on,
            reason=reason,
        )

        return stay_extension_create
