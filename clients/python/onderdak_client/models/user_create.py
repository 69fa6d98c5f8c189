from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """
    Attributes:
        email (str):
        full_name (str):
        role (Role):
        organisation_id (UUID):
        is_organisation_admin (bool | Unset):  Default: False.
        password (None | str | Unset): Leave it out to invite the user: they choose a password through a password link
            (POST /users/{userId}/password-links).
    """

    email: str
    full_name: str
    role: Role
    organisation_id: UUID
    is_organisation_admin: bool | Unset = False
    password: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        full_name = self.full_name

        role = self.role.value

        organisation_id = str(self.organisation_id)

        is_organisation_admin = self.is_organisation_admin

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "fullName": full_name,
                "role": role,
                "organisationId": organisation_id,
            }
        )
        if is_organisation_admin is not UNSET:
            field_dict["isOrganisationAdmin"] = is_organisation_admin
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        full_name = d.pop("fullName")

        role = Role(d.pop("role"))

        organisation_id = UUID(d.pop("organisationId"))

        is_organisation_admin = d.pop("isOrganisationAdmin", UNSET)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        user_create = cls(
            email=email,
            full_name=full_name,
            role=role,
            organisation_id=organisation_id,
            is_organisation_admin=is_organisation_admin,
            password=password,
        )

        return user_create
