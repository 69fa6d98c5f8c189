from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TwoFactorEnrolRequest")


@_attrs_define
class TwoFactorEnrolRequest:
    """
    Attributes:
        password (str): The user's password (a stolen session cannot enrol).
    """

    password: str

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        password = d.pop("password")

        two_factor_enrol_request = cls(
            password=password,
        )

        return two_factor_enrol_request
