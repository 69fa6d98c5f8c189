from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="HostAccountCreate")


@_attrs_define
class HostAccountCreate:
    """The person of the host family who will use the host screens.

    Attributes:
        email (str):
        full_name (str):
    """

    email: str
    full_name: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name = self.full_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "fullName": full_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        full_name = d.pop("fullName")

        host_account_create = cls(
            email=email,
            full_name=full_name,
        )

        return host_account_create
