from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="HostFamilyCreate")


@_attrs_define
class HostFamilyCreate:
    """
    Attributes:
        display_name (str):
        municipality_code (str):
        lat (float):
        lon (float):
        beds (int):
        available_from (datetime.date):
        available_until (datetime.date):
        organisation_id (None | Unset | UUID): The managing partner; defaults to the caller's organisation.
        rooms (int | Unset):  Default: 1.
        max_households (int | Unset):  Default: 1.
        pets_allowed (bool | Unset):  Default: False.
        pets_present (bool | Unset):  Default: False.
        wheelchair_accessible (bool | Unset):  Default: False.
        accepts_children (bool | Unset):  Default: True.
        languages (list[str] | Unset):
        medical_support_nearby (bool | Unset): A GP, clinic or care team the household can reach easily. Default: False.
        special_needs_school_km (float | None | Unset): Distance to the nearest special-needs school (speciaal
            onderwijs).
        allow_long_window (bool | Unset): Admins only: accept a window longer than the maximum. Default: False.
        contact (Contact | None | Unset):
        address (None | str | Unset):
        arrival_instructions (None | str | Unset):
    """

    display_name: str
    municipality_code: str
    lat: float
    lon: float
    beds: int
    available_from: datetime.date
    available_until: datetime.date
    organisation_id: None | Unset | UUID = UNSET
    rooms: int | Unset = 1
    max_households: int | Unset = 1
    pets_allowed: bool | Unset = False
    pets_present: bool | Unset = False
    wheelchair_accessible: bool | Unset = False
    accepts_children: bool | Unset = True
    languages: list[str] | Unset = UNSET
    medical_support_nearby: bool | Unset = False
    special_needs_school_km: float | None | Unset = UNSET
    allow_long_window: bool | Unset = False
    contact: Contact | None | Unset = UNSET
    address: None | str | Unset = UNSET
    arrival_instructions: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact

        display_name = self.display_name

        municipality_code = self.municipality_code

        lat = self.lat

        lon = self.lon

        beds = self.beds

        available_from = self.available_from.isoformat()

        available_until = self.available_until.isoformat()

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        rooms = self.rooms

        max_households = self.max_households

        pets_allowed = self.pets_allowed

        pets_present = self.pets_present

        wheelchair_accessible = self.wheelchair_accessible

        accepts_children = self.accepts_children

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        medical_support_nearby = self.medical_support_nearby

        special_needs_school_km: float | None | Unset
        if isinstance(self.special_needs_school_km, Unset):
            special_needs_school_km = UNSET
        else:
            special_needs_school_km = self.special_needs_school_km

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

        field_dict.update(
            {
                "displayName": display_name,
                "municipalityCode": municipality_code,
                "lat": lat,
                "lon": lon,
                "beds": beds,
                "availableFrom": available_from,
                "availableUntil": available_until,
            }
        )
        if organisation_id is not UNSET:
            field_dict["organisationId"] = organisation_id
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
        display_name = d.pop("displayName")

        municipality_code = d.pop("municipalityCode")

        lat = d.pop("lat")

        lon = d.pop("lon")

        beds = d.pop("beds")

        available_from = datetime.date.fromisoformat(d.pop("availableFrom"))

        available_until = datetime.date.fromisoformat(d.pop("availableUntil"))

        def _parse_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisationId", UNSET))

        rooms = d.pop("rooms", UNSET)

        max_households = d.pop("maxHouseholds", UNSET)

        pets_allowed = d.pop("petsAllowed", UNSET)

        pets_present = d.pop("petsPresent", UNSET)

        wheelchair_accessible = d.pop("wheelchairAccessible", UNSET)

        accepts_children = d.pop("acceptsChildren", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        medical_support_nearby = d.pop("medicalSupportNearby", UNSET)

        def _parse_special_needs_school_km(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        special_needs_school_km = _parse_special_needs_school_km(d.pop("specialNeedsSchoolKm", UNSET))

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

        host_family_create = cls(
            display_name=display_name,
            municipality_code=municipality_code,
            lat=lat,
            lon=lon,
            beds=beds,
            available_from=available_from,
            available_until=available_until,
            organisation_id=organisation_id,
            rooms=rooms,
            max_households=max_households,
            pets_allowed=pets_allowed,
            pets_present=pets_present,
            wheelchair_accessible=wheelchair_accessible,
            accepts_children=accepts_children,
            languages=languages,
            medical_support_nearby=medical_support_nearby,
            special_needs_school_km=special_needs_school_km,
            allow_long_window=allow_long_window,
            contact=contact,
            address=address,
            arrival_instructions=arrival_instructions,
        )

        return host_family_create
