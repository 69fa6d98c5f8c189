from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="HostFamilyUpdate")


@_attrs_define
class HostFamilyUpdate:
    """
    Attributes:
        display_name (str | Unset):
        lat (float | Unset):
        lon (float | Unset):
        beds (int | Unset):
        rooms (int | Unset):
        max_households (int | Unset):
        pets_allowed (bool | Unset):
        pets_present (bool | Unset):
        wheelchair_accessible (bool | Unset):
        accepts_children (bool | Unset):
        languages (list[str] | Unset):
        medical_support_nearby (bool | None | Unset):
        special_needs_school_km (float | None | Unset):
        available_from (datetime.date | Unset):
        available_until (datetime.date | Unset):
        allow_long_window (bool | Unset):  Default: False.
        contact (Contact | None | Unset):
        address (None | str | Unset):
        arrival_instructions (None | str | Unset):
    """

    display_name: str | Unset = UNSET
    lat: float | Unset = UNSET
    lon: float | Unset = UNSET
    beds: int | Unset = UNSET
    rooms: int | Unset = UNSET
    max_households: int | Unset = UNSET
    pets_allowed: bool | Unset = UNSET
    pets_present: bool | Unset = UNSET
    wheelchair_accessible: bool | Unset = UNSET
    accepts_children: bool | Unset = UNSET
    languages: list[str] | Unset = UNSET
    medical_support_nearby: bool | None | Unset = UNSET
    special_needs_school_km: float | None | Unset = UNSET
    available_from: datetime.date | Unset = UNSET
    available_until: datetime.date | Unset = UNSET
    allow_long_window: bool | Unset = False
    contact: Contact | None | Unset = UNSET
    address: None | str | Unset = UNSET
    arrival_instructions: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact

        display_name = self.display_name

        lat = self.lat

        lon = self.lon

        beds = self.beds

        rooms = self.rooms

        max_households = self.max_households

        pets_allowed = self.pets_allowed

        pets_present = self.pets_present

        wheelchair_accessible = self.wheelchair_accessible

        accepts_children = self.accepts_children

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        medical_support_nearby: bool | None | Unset
        if isinstance(self.medical_support_nearby, Unset):
            medical_support_nearby = UNSET
        else:
            medical_support_nearby = self.medical_support_nearby

        special_needs_school_km: float | None | Unset
        if isinstance(self.special_needs_school_km, Unset):
            special_needs_school_km = UNSET
        else:
            special_needs_school_km = self.special_needs_school_km

        available_from: str | Unset = UNSET
        if not isinstance(self.available_from, Unset):
            available_from = self.available_from.isoformat()

        available_until: str | Unset = UNSET
        if not isinstance(self.available_until, Unset):
            available_until = self.available_until.isoformat()

        allow_long_window = self.allow_long_window

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        arrival_instructions: None | str | Unset
        if isinstance(self.arrival_instructions, Unset):
            arrival_instructions = UNSET
        else:
            arrival_instructions = self.arrival_instructions

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if lat is not UNSET:
            field_dict["lat"] = lat
        if lon is not UNSET:
            field_dict["lon"] = lon
        if beds is not UNSET:
            field_dict["beds"] = beds
        if rooms is not UNSET:
            field_dict["rooms"] = rooms
        if max_households is not UNSET:
            field_dict["maxHouseholds"] = max_households
        if pets_allowed is not UNSET:
            field_dict["petsAllowed"] = pets_allowed
        if pets_present is not UNSET:
            field_dict["petsPresent"] = pets_present
        if wheelchair_accessible is not UNSET:
            field_dict["wheelchairAccessible"] = wheelchair_accessible
        if accepts_children is not UNSET:
            field_dict["acceptsChildren"] = accepts_children
        if languages is not UNSET:
            field_dict["languages"] = languages
        if medical_support_nearby is not UNSET:
            field_dict["medicalSupportNearby"] = medical_support_nearby
        if special_needs_school_km is not UNSET:
            field_dict["specialNeedsSchoolKm"] = special_needs_school_km
        if available_from is not UNSET:
            field_dict["availableFrom"] = available_from
        if available_until is not UNSET:
            field_dict["availableUntil"] = available_until
        if allow_long_window is not UNSET:
            field_dict["allowLongWindow"] = allow_long_window
        if contact is not UNSET:
            field_dict["contact"] = contact
        if address is not UNSET:
            field_dict["address"] = address
        if arrival_instructions is not UNSET:
            field_dict["arrivalInstructions"] = arrival_instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact import Contact

        d = dict(src_dict)
        display_name = d.pop("displayName", UNSET)

        lat = d.pop("lat", UNSET)

        lon = d.pop("lon", UNSET)

        beds = d.pop("beds", UNSET)

        rooms = d.pop("rooms", UNSET)

        max_households = d.pop("maxHouseholds", UNSET)

        pets_allowed = d.pop("petsAllowed", UNSET)

        pets_present = d.pop("petsPresent", UNSET)

        wheelchair_accessible = d.pop("wheelchairAccessible", UNSET)

        accepts_children = d.pop("acceptsChildren", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_medical_support_nearby(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        medical_support_nearby = _parse_medical_support_nearby(d.pop("medicalSupportNearby", UNSET))

        def _parse_special_needs_school_km(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        special_needs_school_km = _parse_special_needs_school_km(d.pop("specialNeedsSchoolKm", UNSET))

        _available_from = d.pop("availableFrom", UNSET)
        available_from: datetime.date | Unset
        if isinstance(_available_from, Unset):
            available_from = UNSET
        else:
            available_from = datetime.date.fromisoformat(_available_from)

        _available_until = d.pop("availableUntil", UNSET)
        available_until: datetime.date | Unset
        if isinstance(_available_until, Unset):
            available_until = UNSET
        else:
            available_until = datetime.date.fromisoformat(_available_until)

        allow_long_window = d.pop("allowLongWindow", UNSET)

        def _parse_contact(data: object) -> Contact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = Contact.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_arrival_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arrival_instructions = _parse_arrival_instructions(d.pop("arrivalInstructions", UNSET))

        host_family_update = cls(
            display_name=display_name,
            lat=lat,
            lon=lon,
            beds=beds,
            rooms=rooms,
            max_households=max_households,
            pets_allowed=pets_allowed,
            pets_present=pets_present,
            wheelchair_accessible=wheelchair_accessible,
            accepts_children=accepts_children,
            languages=languages,
            medical_support_nearby=medical_support_nearby,
            special_needs_school_km=special_needs_school_km,
            available_from=available_from,
            available_until=available_until,
            allow_long_window=allow_long_window,
            contact=contact,
            address=address,
            arrival_instructions=arrival_instructions,
        )

        return host_family_update
