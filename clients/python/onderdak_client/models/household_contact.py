from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contact_channel import ContactChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="HouseholdContact")


@_attrs_define
class HouseholdContact:
    """
    Attributes:
        email (None | str | Unset):
        phone (None | str | Unset):
        preferred_channel (ContactChannel | None | Unset): Messages go only this way when the household gave its
            address; otherwise (and when null) by e-mail and SMS, as far as it gave addresses.
    """

    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    preferred_channel: ContactChannel | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        preferred_channel: None | str | Unset
        if isinstance(self.preferred_channel, Unset):
            preferred_channel = UNSET
        elif isinstance(self.preferred_channel, ContactChannel):
            preferred_channel = self.preferred_channel.value
        else:
            preferred_channel = self.preferred_channel

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if preferred_channel is not UNSET:
            field_dict["preferredChannel"] = preferred_channel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_preferred_channel(data: object) -> ContactChannel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_channel_type_0 = ContactChannel(data)

                return preferred_channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactChannel | None | Unset, data)

        preferred_channel = _parse_preferred_channel(d.pop("preferredChannel", UNSET))

        household_contact = cls(
            email=email,
            phone=phone,
            preferred_channel=preferred_channel,
        )

        return household_contact
