from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.location_kind import LocationKind
from ..models.location_status import LocationStatus
from ..models.visiting_rules import VisitingRules
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ShelterLocationCreate")


@_attrs_define
class ShelterLocationCreate:
    """
    Attributes:
        name (str):
        kind (LocationKind):
        municipality_code (str):
        address (str):
        lat (float):
        lon (float):
        operator_organisation_id (None | Unset | UUID):
        status (LocationStatus | Unset):
        opens_on (datetime.date | None | Unset):
        closes_on (datetime.date | None | Unset):
        self_catering (bool | Unset):  Default: False.
        has_staff (bool | Unset):  Default: True.
        visiting_rules (VisitingRules | Unset):
        languages_spoken (list[str] | Unset):
        medical_support_nearby (bool | Unset): A GP, clinic or care team the residents can reach easily. Default: False.
        special_needs_school_km (float | None | Unset): Distance to the nearest special-needs school (speciaal
            onderwijs).
        contact (Contact | None | Unset):
        arrival_instructions (None | str | Unset):
    """

    name: str
    kind: LocationKind
    municipality_code: str
    address: str
    lat: float
    lon: float
    operator_organisation_id: None | Unset | UUID = UNSET
    status: LocationStatus | Unset = UNSET
    opens_on: datetime.date | None | Unset = UNSET
    closes_on: datetime.date | None | Unset = UNSET
    self_catering: bool | Unset = False
    has_staff: bool | Unset = True
    visiting_rules: VisitingRules | Unset = UNSET
    languages_spoken: list[str] | Unset = UNSET
    medical_support_nearby: bool | Unset = False
    special_needs_school_km: float | None | Unset = UNSET
    contact: Contact | None | Unset = UNSET
    arrival_instructions: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact

        name = self.name

        kind = self.kind.value

        municipality_code = self.municipality_code

        address = self.address

        lat = self.lat

        lon = self.lon

        operator_organisation_id: None | str | Unset
        if isinstance(self.operator_organisation_id, Unset):
            operator_organisation_id = UNSET
        elif isinstance(self.operator_organisation_id, UUID):
            operator_organisation_id = str(self.operator_organisation_id)
        else:
            operator_organisation_id = self.operator_organisation_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        opens_on: None | str | Unset
        if isinstance(self.opens_on, Unset):
            opens_on = UNSET
        elif isinstance(self.opens_on, datetime.date):
            opens_on = self.opens_on.isoformat()
        else:
            opens_on = self.opens_on

        closes_on: None | str | Unset
        if isinstance(self.closes_on, Unset):
            closes_on = UNSET
        elif isinstance(self.closes_on, datetime.date):
            closes_on = self.closes_on.isoformat()
        else:
            closes_on = self.closes_on

        self_catering = self.self_catering

        has_staff = self.has_staff

        visiting_rules: str | Unset = UNSET
        if not isinstance(self.visiting_rules, Unset):
            visiting_rules = self.visiting_rules.value

        languages_spoken: list[str] | Unset = UNSET
        if not isinstance(self.languages_spoken, Unset):
            languages_spoken = self.languages_spoken

        medical_support_nearby = self.medical_support_nearby

        special_needs_school_km: float | None | Unset
        if isinstance(self.special_needs_school_km, Unset):
            special_needs_school_km = UNSET
        else:
            special_needs_school_km = self.special_needs_school_km

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, Contact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        arrival_instructions: None | str | Unset
        if isinstance(self.arrival_instructions, Unset):
            arrival_instructions = UNSET
        else:
            arrival_instructions = self.arrival_instructions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "municipalityCode": municipality_code,
                "address": address,
                "lat": lat,
                "lon": lon,
            }
        )
        if operator_organisation_id is not UNSET:
            field_dict["operatorOrganisationId"] = operator_organisation_id
        if status is not UNSET:
            field_dict["status"] = status
        if opens_on is not UNSET:
            field_dict["opensOn"] = opens_on
        if closes_on is not UNSET:
            field_dict["closesOn"] = closes_on
        if self_catering is not UNSET:
            field_dict["selfCatering"] = self_catering
        if has_staff is not UNSET:
            field_dict["hasStaff"] = has_staff
        if visiting_rules is not UNSET:
            field_dict["visitingRules"] = visiting_rules
        if languages_spoken is not UNSET:
            field_dict["languagesSpoken"] = languages_spoken
        if medical_support_nearby is not UNSET:
            field_dict["medicalSupportNearby"] = medical_support_nearby
        if special_needs_school_km is not UNSET:
            field_dict["specialNeedsSchoolKm"] = special_needs_school_km
        if contact is not UNSET:
            field_dict["contact"] = contact
        if arrival_instructions is not UNSET:
            field_dict["arrivalInstructions"] = arrival_instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact import Contact

        d = dict(src_dict)
        name = d.pop("name")

        kind = LocationKind(d.pop("kind"))

        municipality_code = d.pop("municipalityCode")

        address = d.pop("address")

        lat = d.pop("lat")

        lon = d.pop("lon")

        def _parse_operator_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operator_organisation_id_type_0 = UUID(data)

                return operator_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        operator_organisation_id = _parse_operator_organisation_id(d.pop("operatorOrganisationId", UNSET))

        _status = d.pop("status", UNSET)
        status: LocationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LocationStatus(_status)

        def _parse_opens_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opens_on_type_0 = datetime.date.fromisoformat(data)

                return opens_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        opens_on = _parse_opens_on(d.pop("opensOn", UNSET))

        def _parse_closes_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closes_on_type_0 = datetime.date.fromisoformat(data)

                return closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closes_on = _parse_closes_on(d.pop("closesOn", UNSET))

        self_catering = d.pop("selfCatering", UNSET)

        has_staff = d.pop("hasStaff", UNSET)

        _visiting_rules = d.pop("visitingRules", UNSET)
        visiting_rules: VisitingRules | Unset
        if isinstance(_visiting_rules, Unset):
            visiting_rules = UNSET
        else:
            visiting_rules = VisitingRules(_visiting_rules)

        languages_spoken = cast(list[str], d.pop("languagesSpoken", UNSET))

        medical_support_nearby = d.pop("medicalSupportNearby", UNSET)

        def _parse_special_needs_school_km(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        special_needs_school_km = _parse_special_needs_school_km(d.pop("specialNeedsSchoolKm", UNSET))

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

        def _parse_arrival_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arrival_instructions = _parse_arrival_instructions(d.pop("arrivalInstructions", UNSET))

        shelter_location_create = cls(
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
        )

        return shelter_location_create
