from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_channel import ContactChannel

T = TypeVar("T", bound="HouseholdContactPublic")


@_attrs_define
class HouseholdContactPublic:
    """
    Attributes:
        email (None | str):
        phone (None | str):
        preferred_channel (ContactChannel | None):
    """

    email: None | str
    phone: None | str
    preferred_channel: ContactChannel | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        preferred_channel: None | str
        if isinstance(self.preferred_channel, ContactChannel):
            preferred_channel = self.preferred_channel.value
        else:
            preferred_channel = self.preferred_channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "phone": phone,
                "preferredChannel": preferred_channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_preferred_channel(data: object) -> ContactChannel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_channel_type_0 = ContactChannel(data)

                return preferred_channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactChannel | None, data)

        preferred_channel = _parse_preferred_channel(d.pop("preferredChannel"))

        household_contact_public = cls(
            email=email,
            phone=phone,
            preferred_channel=preferred_channel,
        )

        household_contact_public.additional_properties = d
        return household_contact_public

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
