from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.outcome import Outcome

T = TypeVar("T", bound="IncidentClose")


@_attrs_define
class IncidentClose:
    """
    Attributes:
        outcome (Outcome):
        note (str):
    """

    outcome: Outcome
    note: str

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        outcome = Outcome(d.pop("outcome"))

        note = d.pop("note")

        incident_close = cls(
            outcome=outcome,
            note=note,
        )

        return incident_close
