from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganisationContact")


@_attrs_define
class OrganisationContact:
    """How households reach the organisation: besides a name, phone and e-mail, where and when they
    can come by.

        Attributes:
            name (None | str | Unset):
            phone (None | str | Unset):
            email (None | str | Unset):
            visiting_address (None | str | Unset): Where households can come by, e.g. 'Stadsplateau 1, Utrecht'.
            opening_hours (None | str | Unset): When, in words, e.g. 'ma–vr 9.00–17.00, woensdag tot 20.00'.
    """

    name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    visiting_address: None | str | Unset = UNSET
    opening_hours: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        visiting_address: None | str | Unset
        if isinstance(self.visiting_address, Unset):
            visiting_address = UNSET
        else:
            visiting_address = self.visiting_address

        opening_hours: None | str | Unset
        if isinstance(self.opening_hours, Unset):
            opening_hours = UNSET
        else:
            opening_hours = self.opening_hours

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if visiting_address is not UNSET:
            field_dict["visitingAddress"] = visiting_address
        if opening_hours is not UNSET:
            field_dict["openingHours"] = opening_hours

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_visiting_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visiting_address = _parse_visiting_address(d.pop("visitingAddress", UNSET))

        def _parse_opening_hours(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        opening_hours = _parse_opening_hours(d.pop("openingHours", UNSET))

        organisation_contact = cls(
            name=name,
            phone=phone,
            email=email,
            visiting_address=visiting_address,
            opening_hours=opening_hours,
        )

        return organisation_contact
