from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.risk_owner import RiskOwner

T = TypeVar("T", bound="Risk")


@_attrs_define
class Risk:
    """
    Attributes:
        description (str):
        owner (RiskOwner):
    """

    description: str
    owner: RiskOwner

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        owner = self.owner.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "owner": owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        owner = RiskOwner(d.pop("owner"))

        risk = cls(
            description=description,
            owner=owner,
        )

        return risk
