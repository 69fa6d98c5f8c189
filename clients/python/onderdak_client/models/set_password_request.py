from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetPasswordRequest")


@_attrs_define
class SetPasswordRequest:
    """
    Attributes:
        token (str):
        password (str):
    """

    token: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")

        password = d.pop("password")

        set_password_request = cls(
            token=token,
            password=password,
        )

        return set_password_request
