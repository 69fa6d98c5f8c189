from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_public import ContactPublic
    from ..models.vetting_public import VettingPublic


T = TypeVar("T", bound="HostFamilyPublic")


@_attrs_define
class HostFamilyPublic:
    """
    Attributes:
        id (UUID):
        display_name (str):
        organisation_id (UUID):
        host_user_id (None | UUID):
        municipality_code (str):
        lat (float):
        lon (float):
        beds (int):
        rooms (int):
        max_households (int):
        pets_allowed (bool):
        pets_present (bool):
        wheelchair_accessible (bool):
        accepts_children (bool):
        languages (list[str]):
        medical_support_nearby (bool):
        special_needs_school_km (float | None):
        available_from (datetime.date):
        available_until (datetime.date):
        vetting (VettingPublic):
        occupied (int):
        available (int):
        suspended (bool):
        contact (ContactPublic | None): Only for the managing organisation, the host, and desks placing with them.
        address (None | str): Shown like the contact.
        arrival_instructions (None | str): Shown like the contact, and to a household once it accepted a stay here.
    """

    id: UUID
    display_name: str
    organisation_id: UUID
    host_user_id: None | UUID
    municipality_code: str
    lat: float
    lon: float
    beds: int
    rooms: int
    max_households: int
    pets_allowed: bool
    pets_present: bool
    wheelchair_accessible: bool
    accepts_children: bool
    languages: list[str]
    medical_support_nearby: bool
    special_needs_school_km: float | None
    available_from: datetime.date
    available_until: datetime.date
    vetting: VettingPublic
    occupied: int
    available: int
    suspended: bool
    contact: ContactPublic | None
    address: None | str
    arrival_instructions: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_public import ContactPublic

        id = str(self.id)

        display_name = self.display_name

        organisation_id = str(self.organisation_id)

        host_user_id: None | str
        if isinstance(self.host_user_id, UUID):
            host_user_id = str(self.host_user_id)
        else:
            host_user_id = self.host_user_id

        municipality_code = self.municipality_code

        lat = self.lat

        lon = self.lon

        beds = self.beds

        rooms = self.rooms

        max_households = self.max_households

        pets_allowed = self.pets_allowed

        pets_present = self.pets_present

        wheelchair_accessible = self.wheelchair_accessible

        accepts_children = self.accepts_children

        languages = self.languages

        medical_support_nearby = self.medical_support_nearby

        special_needs_school_km: float | None
        special_needs_school_km = self.special_needs_school_km

        available_from = self.available_from.isoformat()

        available_until = self.available_until.isoformat()

        vetting = self.vetting.to_dict()

        occupied = self.occupied

        available = self.available

        suspended = self.suspended

        contact: dict[str, Any] | None
        if isinstance(self.contact, ContactPublic):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        address: None | str
        address = self.address

        arrival_instructions: None | str
        arrival_instructions = self.arrival_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "displayName": display_name,
                "organisationId": organisation_id,
                "hostUserId": host_user_id,
                "municipalityCode": municipality_code,
                "lat": lat,
                "lon": lon,
                "beds": beds,
                "rooms": rooms,
                "maxHouseholds": max_households,
                "petsAllowed": pets_allowed,
                "petsPresent": pets_present,
                "wheelchairAccessible": wheelchair_accessible,
                "acceptsChildren": accepts_children,
                "languages": languages,
                "medicalSupportNearby": medical_support_nearby,
                "specialNeedsSchoolKm": special_needs_school_km,
                "availableFrom": available_from,
                "availableUntil": available_until,
                "vetting": vetting,
                "occupied": occupied,
                "available": available,
                "suspended": suspended,
                "contact": contact,
                "address": address,
                "arrivalInstructions": arrival_instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_public import ContactPublic
        from ..models.vetting_public import VettingPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        display_name = d.pop("displayName")

        organisation_id = UUID(d.pop("organisationId"))

        def _parse_host_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                host_user_id_type_0 = UUID(data)

                return host_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        host_user_id = _parse_host_user_id(d.pop("hostUserId"))

        municipality_code = d.pop("municipalityCode")

        lat = d.pop("lat")

        lon = d.pop("lon")

        beds = d.pop("beds")

        rooms = d.pop("rooms")

        max_households = d.pop("maxHouseholds")

        pets_allowed = d.pop("petsAllowed")

        pets_present = d.pop("petsPresent")

        wheelchair_accessible = d.pop("wheelchairAccessible")

        accepts_children = d.pop("acceptsChildren")

        languages = cast(list[str], d.pop("languages"))

        medical_support_nearby = d.pop("medicalSupportNearby")

        def _parse_special_needs_school_km(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        special_needs_school_km = _parse_special_needs_school_km(d.pop("specialNeedsSchoolKm"))

        available_from = datetime.date.fromisoformat(d.pop("availableFrom"))

        available_until = datetime.date.fromisoformat(d.pop("availableUntil"))

        vetting = VettingPublic.from_dict(d.pop("vetting"))

        occupied = d.pop("occupied")

        available = d.pop("available")

        suspended = d.pop("suspended")

        def _parse_contact(data: object) -> ContactPublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = ContactPublic.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactPublic | None, data)

        contact = _parse_contact(d.pop("contact"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        def _parse_arrival_instructions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arrival_instructions = _parse_arrival_instructions(d.pop("arrivalInstructions"))

        host_family_public = cls(
            id=id,
            display_name=display_name,
            organisation_id=organisation_id,
            host_user_id=host_user_id,
            municipality_code=municipality_code,
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
            vetting=vetting,
            occupied=occupied,
            available=available,
            suspended=suspended,
            contact=contact,
            address=address,
            arrival_instructions=arrival_instructions,
        )

        host_family_public.additional_properties = d
        return host_family_public

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
