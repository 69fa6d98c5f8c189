from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.age_band import AgeBand

T = TypeVar("T", bound="MemberInput")


@_attrs_define
class MemberInput:
    """
    Attributes:
        age_band (AgeBand):
    """

    age_band: AgeBand

    def to_dict(self) -> dict[str, Any]:
        age_band = self.age_band.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ageBand": age_band,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        age_band = AgeBand(d.pop("ageBand"))

        member_input = cls(
            age_band=age_band,
        )

        return member_input
