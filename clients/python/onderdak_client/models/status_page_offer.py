from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_status import OfferStatus
from ..models.place_type import PlaceType

if TYPE_CHECKING:
    from ..models.contact_public import ContactPublic
    from ..models.status_page_fact import StatusPageFact


T = TypeVar("T", bound="StatusPageOffer")


@_attrs_define
class StatusPageOffer:
    """
    Attributes:
        id (UUID):
        place_type (PlaceType):
        status (OfferStatus):
        description (str):
        municipality_name (str):
        beds (int): Beds reserved for the household.
        move_on (datetime.date):
        respond_by (datetime.date):
        stay_ends_on (datetime.date | None): When the stay is planned to end.
        languages_spoken (list[str]):
        facts (list[StatusPageFact]):
        address (None | str): Only once the offer is accepted.
        arrival_instructions (None | str): How to get there and who opens the door; only once the offer is accepted.
        contact (ContactPublic | None): Whom to call about the arrival (the location, or the host); only once accepted.
    """

    id: UUID
    place_type: PlaceType
    status: OfferStatus
    description: str
    municipality_name: str
    beds: int
    move_on: datetime.date
    respond_by: datetime.date
    stay_ends_on: datetime.date | None
    languages_spoken: list[str]
    facts: list[StatusPageFact]
    address: None | str
    arrival_instructions: None | str
    contact: ContactPublic | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_public import ContactPublic

        id = str(self.id)

        place_type = self.place_type.value

        status = self.status.value

        description = self.description

        municipality_name = self.municipality_name

        beds = self.beds

        move_on = self.move_on.isoformat()

        respond_by = self.respond_by.isoformat()

        stay_ends_on: None | str
        if isinstance(self.stay_ends_on, datetime.date):
            stay_ends_on = self.stay_ends_on.isoformat()
        else:
            stay_ends_on = self.stay_ends_on

        languages_spoken = self.languages_spoken

        facts = []
        for facts_item_data in self.facts:
            facts_item = facts_item_data.to_dict()
            facts.append(facts_item)

        address: None | str
        address = self.address

        arrival_instructions: None | str
        arrival_instructions = self.arrival_instructions

        contact: dict[str, Any] | None
        if isinstance(self.contact, ContactPublic):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "placeType": place_type,
                "status": status,
                "description": description,
                "municipalityName": municipality_name,
                "beds": beds,
                "moveOn": move_on,
                "respondBy": respond_by,
                "stayEndsOn": stay_ends_on,
                "languagesSpoken": languages_spoken,
                "facts": facts,
                "address": address,
                "arrivalInstructions": arrival_instructions,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_public import ContactPublic
        from ..models.status_page_fact import StatusPageFact

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        place_type = PlaceType(d.pop("placeType"))

        status = OfferStatus(d.pop("status"))

        description = d.pop("description")

        municipality_name = d.pop("municipalityName")

        beds = d.pop("beds")

        move_on = datetime.date.fromisoformat(d.pop("moveOn"))

        respond_by = datetime.date.fromisoformat(d.pop("respondBy"))

        def _parse_stay_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stay_ends_on_type_0 = datetime.date.fromisoformat(data)

                return stay_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        stay_ends_on = _parse_stay_ends_on(d.pop("stayEndsOn"))

        languages_spoken = cast(list[str], d.pop("languagesSpoken"))

        facts = []
        _facts = d.pop("facts")
        for facts_item_data in _facts:
            facts_item = StatusPageFact.from_dict(facts_item_data)

            facts.append(facts_item)

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

        status_page_offer = cls(
            id=id,
            place_type=place_type,
            status=status,
            description=description,
            municipality_name=municipality_name,
            beds=beds,
            move_on=move_on,
            respond_by=respond_by,
            stay_ends_on=stay_ends_on,
            languages_spoken=languages_spoken,
            facts=facts,
            address=address,
            arrival_instructions=arrival_instructions,
            contact=contact,
        )

        status_page_offer.additional_properties = d
        return status_page_offer

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
