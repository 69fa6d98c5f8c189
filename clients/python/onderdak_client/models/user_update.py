from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """
    Attributes:
        full_name (str | Unset):
        role (Role | Unset):
        is_organisation_admin (bool | Unset):
        is_active (bool | Unset):
        password (str | Unset):
    """

    full_name: str | Unset = UNSET
    role: Role | Unset = UNSET
    is_organisation_admin: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    password: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        is_organisation_admin = self.is_organisation_admin

        is_active = self.is_active

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if role is not UNSET:
            field_dict["role"] = role
        if is_organisation_admin is not UNSET:
            field_dict["isOrganisationAdmin"] = is_organisation_admin
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        full_name = d.pop("fullName", UNSET)

        _role = d.pop("role", UNSET)
        role: Role | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = Role(_role)

        is_organisation_admin = d.pop("isOrganisationAdmin", UNSET)

        is_active = d.pop("isActive", UNSET)

        password = d.pop("password", UNSET)

        user_update = cls(
            full_name=full_name,
            role=role,
            is_organisation_admin=is_organisation_admin,
            is_active=is_active,
            password=password,
        )

        return user_update
