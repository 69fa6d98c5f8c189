from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role

if TYPE_CHECKING:
    from ..models.organisation_public import OrganisationPublic


T = TypeVar("T", bound="CurrentUserPublic")


@_attrs_define
class CurrentUserPublic:
    """
    Attributes:
        id (UUID):
        email (str):
        full_name (str):
        role (Role):
        organisation_id (UUID):
        is_organisation_admin (bool):
        is_active (bool):
        two_factor_enabled (bool): Whether the user logs in with a second factor.
        organisation (OrganisationPublic):
    """

    id: UUID
    email: str
    full_name: str
    role: Role
    organisation_id: UUID
    is_organisation_admin: bool
    is_active: bool
    two_factor_enabled: bool
    organisation: OrganisationPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        full_name = self.full_name

        role = self.role.value

        organisation_id = str(self.organisation_id)

        is_organisation_admin = self.is_organisation_admin

        is_active = self.is_active

        two_factor_enabled = self.two_factor_enabled

        organisation = self.organisation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "fullName": full_name,
                "role": role,
                "organisationId": organisation_id,
                "isOrganisationAdmin": is_organisation_admin,
                "isActive": is_active,
                "twoFactorEnabled": two_factor_enabled,
                "organisation": organisation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organisation_public import OrganisationPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        email = d.pop("email")

        full_name = d.pop("fullName")

        role = Role(d.pop("role"))

        organisation_id = UUID(d.pop("organisationId"))

        is_organisation_admin = d.pop("isOrganisationAdmin")

        is_active = d.pop("isActive")

        two_factor_enabled = d.pop("twoFactorEnabled")

        organisation = OrganisationPublic.from_dict(d.pop("organisation"))

        current_user_public = cls(
            id=id,
            email=email,
            full_name=full_name,
            role=role,
            organisation_id=organisation_id,
            is_organisation_admin=is_organisation_admin,
            is_active=is_active,
            two_factor_enabled=two_factor_enabled,
            organisation=organisation,
        )

        current_user_public.additional_properties = d
        return current_user_public

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
