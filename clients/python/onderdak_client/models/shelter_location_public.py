from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_kind import LocationKind
from ..models.location_status import LocationStatus
from ..models.visiting_rules import VisitingRules

if TYPE_CHECKING:
    from ..models.contact_public import ContactPublic


T = TypeVar("T", bound="ShelterLocationPublic")


@_attrs_define
class ShelterLocationPublic:
    """
    Attributes:
        id (UUID):
        name (str):
        kind (LocationKind):
        municipality_code (str):
        address (str):
        lat (float):
        lon (float):
        operator_organisation_id (None | UUID):
        status (LocationStatus):
        opens_on (datetime.date | None):
        closes_on (datetime.date | None):
        self_catering (bool):
        has_staff (bool):
        visiting_rules (VisitingRules):
        languages_spoken (list[str]):
        medical_support_nearby (bool):
        special_needs_school_km (float | None):
        contact (ContactPublic | None):
        arrival_instructions (None | str): How to get there and who opens the door; shown to a household once it
            accepted.
        capacity (int): Beds in units that are not closed.
        occupied (int): Beds held by active placements.
        available (int): Free beds in available units.
        small_scale (bool): Capacity at most the small-scale threshold.
        suspended (bool): An open incident suspends it from matching.
    """

    id: UUID
    name: str
    kind: LocationKind
    municipality_code: str
    address: str
    lat: float
    lon: float
    operator_organisation_id: None | UUID
    status: LocationStatus
    opens_on: datetime.date | None
    closes_on: datetime.date | None
    self_catering: bool
    has_staff: bool
    visiting_rules: VisitingRules
    languages_spoken: list[str]
    medical_support_nearby: bool
    special_needs_school_km: float | None
    contact: ContactPublic | None
    arrival_instructions: None | str
    capacity: int
    occupied: int
    available: int
    small_scale: bool
    suspended: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_public import ContactPublic

        id = str(self.id)

        name = self.name

        kind = self.kind.value

        municipality_code = self.municipality_code

        address = self.address

        lat = self.lat

        lon = self.lon

        operator_organisation_id: None | str
        if isinstance(self.operator_organisation_id, UUID):
            operator_organisation_id = str(self.operator_organisation_id)
        else:
            operator_organisation_id = self.operator_organisation_id

        status = self.status.value

        opens_on: None | str
        if isinstance(self.opens_on, datetime.date):
            opens_on = self.opens_on.isoformat()
        else:
            opens_on = self.opens_on

        closes_on: None | str
        if isinstance(self.closes_on, datetime.date):
            closes_on = self.closes_on.isoformat()
        else:
            closes_on = self.closes_on

        self_catering = self.self_catering

        has_staff = self.has_staff

        visiting_rules = self.visiting_rules.value

        languages_spoken = self.languages_spoken

        medical_support_nearby = self.medical_support_nearby

        special_needs_school_km: float | None
        special_needs_school_km = self.special_needs_school_km

        contact: dict[str, Any] | None
        if isinstance(self.contact, ContactPublic):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        arrival_instructions: None | str
        arrival_instructions = self.arrival_instructions

        capacity = self.capacity

        occupied = self.occupied

        available = self.available

        small_scale = self.small_scale

        suspended = self.suspended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "municipalityCode": municipality_code,
                "address": address,
                "lat": lat,
                "lon": lon,
                "operatorOrganisationId": operator_organisation_id,
                "status": status,
                "opensOn": opens_on,
                "closesOn": closes_on,
                "selfCatering": self_catering,
                "hasStaff": has_staff,
                "visitingRules": visiting_rules,
                "languagesSpoken": languages_spoken,
                "medicalSupportNearby": medical_support_nearby,
                "specialNeedsSchoolKm": special_needs_school_km,
                "contact": contact,
                "arrivalInstructions": arrival_instructions,
                "capacity": capacity,
                "occupied": occupied,
                "available": available,
                "smallScale": small_scale,
                "suspended": suspended,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_public import ContactPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        kind = LocationKind(d.pop("kind"))

        municipality_code = d.pop("municipalityCode")

        address = d.pop("address")

        lat = d.pop("lat")

        lon = d.pop("lon")

        def _parse_operator_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_organisation_id_type_0 = UUID(data)

                return operator_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        operator_organisation_id = _parse_operator_organisation_id(d.pop("operatorOrganisationId"))

        status = LocationStatus(d.pop("status"))

        def _parse_opens_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opens_on_type_0 = datetime.date.fromisoformat(data)

                return opens_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        opens_on = _parse_opens_on(d.pop("opensOn"))

        def _parse_closes_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closes_on_type_0 = datetime.date.fromisoformat(data)

                return closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closes_on = _parse_closes_on(d.pop("closesOn"))

        self_catering = d.pop("selfCatering")

        has_staff = d.pop("hasStaff")

        visiting_rules = VisitingRules(d.pop("visitingRules"))

        languages_spoken = cast(list[str], d.pop("languagesSpoken"))

        medical_support_nearby = d.pop("medicalSupportNearby")

        def _parse_special_needs_school_km(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        special_needs_school_km = _parse_special_needs_school_km(d.pop("specialNeedsSchoolKm"))

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

        def _parse_arrival_instructions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arrival_instructions = _parse_arrival_instructions(d.pop("arrivalInstructions"))

        capacity = d.pop("capacity")

        occupied = d.pop("occupied")

        available = d.pop("available")

        small_scale = d.pop("smallScale")

        suspended = d.pop("suspended")

        shelter_location_public = cls(
            id=id,
            name=name,
            kind=kind,
            municipality_code=municipality_code,
            address=address,
            lat=lat,
            lon=lon,
            operator_organisation_id=operator_organisation_id,
            status=status,
            opens_on=opens_on,
            closes_on=closes_on,
            self_catering=self_catering,
            has_staff=has_staff,
            visiting_rules=visiting_rules,
            languages_spoken=languages_spoken,
            medical_support_nearby=medical_support_nearby,
            special_needs_school_km=special_needs_school_km,
            contact=contact,
            arrival_instructions=arrival_instructions,
            capacity=capacity,
            occupied=occupied,
            available=available,
            small_scale=small_scale,
            suspended=suspended,
        )

        shelter_location_public.additional_properties = d
        return shelter_location_public

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
