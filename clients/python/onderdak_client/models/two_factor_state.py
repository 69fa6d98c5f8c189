from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TwoFactorState")


@_attrs_define
class TwoFactorState:
    """
    Attributes:
        enabled (bool):
        required (bool): Whether the role or organisation requires a factor.
        recovery_codes_left (int):
    """

    enabled: bool
    required: bool
    recovery_codes_left: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        required = self.required

        recovery_codes_left = self.recovery_codes_left

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "required": required,
                "recoveryCodesLeft": recovery_codes_left,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        required = d.pop("required")

        recovery_codes_left = d.pop("recoveryCodesLeft")

        two_factor_state = cls(
            enabled=enabled,
            required=required,
            recovery_codes_left=recovery_codes_left,
        )

        two_factor_state.additional_properties = d
        return two_factor_state

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
