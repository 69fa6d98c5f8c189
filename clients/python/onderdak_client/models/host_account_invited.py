from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.password_link_created import PasswordLinkCreated
    from ..models.user_public import UserPublic


T = TypeVar("T", bound="HostAccountInvited")


@_attrs_define
class HostAccountInvited:
    """
    Attributes:
        user (UserPublic):
        password_link (PasswordLinkCreated):
    """

    user: UserPublic
    password_link: PasswordLinkCreated
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        password_link = self.password_link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "passwordLink": password_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.password_link_created import PasswordLinkCreated
        from ..models.user_public import UserPublic

        d = dict(src_dict)
        user = UserPublic.from_dict(d.pop("user"))

        password_link = PasswordLinkCreated.from_dict(d.pop("passwordLink"))

        host_account_invited = cls(
            user=user,
            password_link=password_link,
        )

        host_account_invited.additional_properties = d
        return host_account_invited

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
