from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusConcernCreate")


@_attrs_define
class StatusConcernCreate:
    """
    Attributes:
        description (str): What is not right where the household lives. Sent without its name.
        urgent (bool | Unset): Someone is at risk now. Default: False.
    """

    description: str
    urgent: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        urgent = self.urgent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
            }
        )
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        urgent = d.pop("urgent", UNSET)

        status_concern_create = cls(
            description=description,
            urgent=urgent,
        )

        return status_concern_create
