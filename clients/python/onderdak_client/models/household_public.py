from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.household_access import HouseholdAccess
from ..models.legal_status import LegalStatus

if TYPE_CHECKING:
    from ..models.household_contact_public import HouseholdContactPublic
    from ..models.member import Member
    from ..models.needs_public import NeedsPublic


T = TypeVar("T", bound="HouseholdPublic")


@_attrs_define
class HouseholdPublic:
    """
    Attributes:
        id (UUID):
        reference (str):
        adults (int):
        children (int):
        size (int): Beds needed: adults + children.
        members (list[Member]):
        languages (list[str]):
        preferred_language (str):
        legal_status (LegalStatus | None): Classified: shown to desks, partners and admins (audited, lists too); null
            otherwise.
        needs (NeedsPublic):
        vulnerable (bool | None): Restricted; null when not shown.
        notes (None | str): Restricted; null when not shown.
        contact (HouseholdContactPublic | None): Restricted; null when not shown.
        supporting_organisation_id (None | UUID):
        restricted_fields_shown (bool): Whether the restricted fields were shown (and the read audited).
        access (HouseholdAccess): Why the caller sees a household (decided in api.households.access).
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
    """

    id: UUID
    reference: str
    adults: int
    children: int
    size: int
    members: list[Member]
    languages: list[str]
    preferred_language: str
    legal_status: LegalStatus | None
    needs: NeedsPublic
    vulnerable: bool | None
    notes: None | str
    contact: HouseholdContactPublic | None
    supporting_organisation_id: None | UUID
    restricted_fields_shown: bool
    access: HouseholdAccess
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.household_contact_public import HouseholdContactPublic

        id = str(self.id)

        reference = self.reference

        adults = self.adults

        children = self.children

        size = self.size

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        languages = self.languages

        preferred_language = self.preferred_language

        legal_status: None | str
        if isinstance(self.legal_status, LegalStatus):
            legal_status = self.legal_status.value
        else:
            legal_status = self.legal_status

        needs = self.needs.to_dict()

        vulnerable: bool | None
        vulnerable = self.vulnerable

        notes: None | str
        notes = self.notes

        contact: dict[str, Any] | None
        if isinstance(self.contact, HouseholdContactPublic):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        supporting_organisation_id: None | str
        if isinstance(self.supporting_organisation_id, UUID):
            supporting_organisation_id = str(self.supporting_organisation_id)
        else:
            supporting_organisation_id = self.supporting_organisation_id

        restricted_fields_shown = self.restricted_fields_shown

        access = self.access.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reference": reference,
                "adults": adults,
                "children": children,
                "size": size,
                "members": members,
                "languages": languages,
                "preferredLanguage": preferred_language,
                "legalStatus": legal_status,
                "needs": needs,
                "vulnerable": vulnerable,
                "notes": notes,
                "contact": contact,
                "supportingOrganisationId": supporting_organisation_id,
                "restrictedFieldsShown": restricted_fields_shown,
                "access": access,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.household_contact_public import HouseholdContactPublic
        from ..models.member import Member
        from ..models.needs_public import NeedsPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        reference = d.pop("reference")

        adults = d.pop("adults")

        children = d.pop("children")

        size = d.pop("size")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = Member.from_dict(members_item_data)

            members.append(members_item)

        languages = cast(list[str], d.pop("languages"))

        preferred_language = d.pop("preferredLanguage")

        def _parse_legal_status(data: object) -> LegalStatus | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                legal_status_type_0 = LegalStatus(data)

                return legal_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LegalStatus | None, data)

        legal_status = _parse_legal_status(d.pop("legalStatus"))

        needs = NeedsPublic.from_dict(d.pop("needs"))

        def _parse_vulnerable(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        vulnerable = _parse_vulnerable(d.pop("vulnerable"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_contact(data: object) -> HouseholdContactPublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = HouseholdContactPublic.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HouseholdContactPublic | None, data)

        contact = _parse_contact(d.pop("contact"))

        def _parse_supporting_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supporting_organisation_id_type_0 = UUID(data)

                return supporting_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        supporting_organisation_id = _parse_supporting_organisation_id(d.pop("supportingOrganisationId"))

        restricted_fields_shown = d.pop("restrictedFieldsShown")

        access = HouseholdAccess(d.pop("access"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        household_public = cls(
            id=id,
            reference=reference,
            adults=adults,
            children=children,
            size=size,
            members=members,
            languages=languages,
            preferred_language=preferred_language,
            legal_status=legal_status,
            needs=needs,
            vulnerable=vulnerable,
            notes=notes,
            contact=contact,
            supporting_organisation_id=supporting_organisation_id,
            restricted_fields_shown=restricted_fields_shown,
            access=access,
            created_at=created_at,
            updated_at=updated_at,
        )

        household_public.additional_properties = d
        return household_public

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
