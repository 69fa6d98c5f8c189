from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.legal_status import LegalStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.household_contact import HouseholdContact
    from ..models.member_input import MemberInput
    from ..models.needs_input import NeedsInput


T = TypeVar("T", bound="HouseholdCreate")


@_attrs_define
class HouseholdCreate:
    """
    Attributes:
        adults (int):
        preferred_language (str): ISO 639-1 code; the status page uses nl, en or uk (ru only when chosen here).
        legal_status (LegalStatus): A category only: Onderdak never stores documents or citizen service numbers (BSN).
        children (int | Unset):  Default: 0.
        members (list[MemberInput] | Unset): Empty, or one entry per person.
        languages (list[str] | Unset):
        needs (NeedsInput | Unset):
        vulnerable (bool | Unset): Restricted: safeguarding flag. Default: False.
        notes (None | str | Unset):
        contact (HouseholdContact | None | Unset):
        supporting_organisation_id (None | Unset | UUID): The partner supporting the household; a partner's own by
            default.
    """

    adults: int
    preferred_language: str
    legal_status: LegalStatus
    children: int | Unset = 0
    members: list[MemberInput] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    needs: NeedsInput | Unset = UNSET
    vulnerable: bool | Unset = False
    notes: None | str | Unset = UNSET
    contact: HouseholdContact | None | Unset = UNSET
    supporting_organisation_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.household_contact import HouseholdContact

        adults = self.adults

        preferred_language = self.preferred_language

        legal_status = self.legal_status.value

        children = self.children

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        needs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.needs, Unset):
            needs = self.needs.to_dict()

        vulnerable = self.vulnerable

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, HouseholdContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        supporting_organisation_id: None | str | Unset
        if isinstance(self.supporting_organisation_id, Unset):
            supporting_organisation_id = UNSET
        elif isinstance(self.supporting_organisation_id, UUID):
            supporting_organisation_id = str(self.supporting_organisation_id)
        else:
            supporting_organisation_id = self.supporting_organisation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "adults": adults,
                "preferredLanguage": preferred_language,
                "legalStatus": legal_status,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children
        if members is not UNSET:
            field_dict["members"] = members
        if languages is not UNSET:
            field_dict["languages"] = languages
        if needs is not UNSET:
            field_dict["needs"] = needs
        if vulnerable is not UNSET:
            field_dict["vulnerable"] = vulnerable
        if notes is not UNSET:
            field_dict["notes"] = notes
        if contact is not UNSET:
            field_dict["contact"] = contact
        if supporting_organisation_id is not UNSET:
            field_dict["supportingOrganisationId"] = supporting_organisation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.household_contact import HouseholdContact
        from ..models.member_input import MemberInput
        from ..models.needs_input import NeedsInput

        d = dict(src_dict)
        adults = d.pop("adults")

        preferred_language = d.pop("preferredLanguage")

        legal_status = LegalStatus(d.pop("legalStatus"))

        children = d.pop("children", UNSET)

        _members = d.pop("members", UNSET)
        members: list[MemberInput] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = MemberInput.from_dict(members_item_data)

                members.append(members_item)

        languages = cast(list[str], d.pop("languages", UNSET))

        _needs = d.pop("needs", UNSET)
        needs: NeedsInput | Unset
        if isinstance(_needs, Unset):
            needs = UNSET
        else:
            needs = NeedsInput.from_dict(_needs)

        vulnerable = d.pop("vulnerable", UNSET)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_contact(data: object) -> HouseholdContact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = HouseholdContact.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HouseholdContact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_supporting_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supporting_organisation_id_type_0 = UUID(data)

                return supporting_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        supporting_organisation_id = _parse_supporting_organisation_id(
            d.pop("supportingOrganisationId", UNSET)
        )

        household_create = cls(
            adults=adults,
            preferred_language=preferred_language,
            legal_status=legal_status,
            children=children,
            members=members,
            languages=languages,
            needs=needs,
            vulnerable=vulnerable,
            notes=notes,
            contact=contact,
            supporting_organisation_id=supporting_organisation_id,
        )

        return household_create
