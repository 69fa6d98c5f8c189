from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretRotation")


@_attrs_define
class SecretRotation:
    """
    Attributes:
        overlap_hours (int | Unset): How long the old secret keeps signing too (0: not at all). Default: 24.
    """

    overlap_hours: int | Unset = 24

    def to_dict(self) -> dict[str, Any]:
        overlap_hours = self.overlap_hours

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if overlap_hours is not UNSET:
            field_dict["overlapHours"] = overlap_hours

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        overlap_hours = d.pop("overlapHours", UNSET)

        secret_rotation = cls(
            overlap_hours=overlap_hours,
        )

        return secret_rotation
