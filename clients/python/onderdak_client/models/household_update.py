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


T = TypeVar("T", bound="HouseholdUpdate")


@_attrs_define
class HouseholdUpdate:
    """
    Attributes:
        adults (int | Unset):
        children (int | Unset):
        members (list[MemberInput] | Unset):
        languages (list[str] | Unset):
        preferred_language (str | Unset):
        legal_status (LegalStatus | Unset): A category only: Onderdak never stores documents or citizen service numbers
            (BSN).
        needs (NeedsInput | Unset):
        vulnerable (bool | Unset):
        notes (None | str | Unset):
        contact (HouseholdContact | None | Unset):
        supporting_organisation_id (None | Unset | UUID): Only platform admins change it here (a correction, audited);
            anyone else sending a different organisation gets 409 `use-referral`: hand the household over with a transfer
            (POST /referrals).
    """

    adults: int | Unset = UNSET
    children: int | Unset = UNSET
    members: list[MemberInput] | Unset = UNSET
    languages: list[str] | Unset = UNSET
    preferred_language: str | Unset = UNSET
    legal_status: LegalStatus | Unset = UNSET
    needs: NeedsInput | Unset = UNSET
    vulnerable: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    contact: HouseholdContact | None | Unset = UNSET
    supporting_organisation_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.household_contact import HouseholdContact

        adults = self.adults

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

        preferred_language = self.preferred_language

        legal_status: str | Unset = UNSET
        if not isinstance(self.legal_status, Unset):
            legal_status = self.legal_status.value

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

        field_dict.update({})
        if adults is not UNSET:
            field_dict["adults"] = adults
        if children is not UNSET:
            field_dict["children"] = children
        if members is not UNSET:
            field_dict["members"] = members
        if languages is not UNSET:
            field_dict["languages"] = languages
        if preferred_language is not UNSET:
            field_dict["preferredLanguage"] = preferred_language
        if legal_status is not UNSET:
            field_dict["legalStatus"] = legal_status
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
        adults = d.pop("adults", UNSET)

        children = d.pop("children", UNSET)

        _members = d.pop("members", UNSET)
        members: list[MemberInput] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = MemberInput.from_dict(members_item_data)

                members.append(members_item)

        languages = cast(list[str], d.pop("languages", UNSET))

        preferred_language = d.pop("preferredLanguage", UNSET)

        _legal_status = d.pop("legalStatus", UNSET)
        legal_status: LegalStatus | Unset
        if isinstance(_legal_status, Unset):
            legal_status = UNSET
        else:
            legal_status = LegalStatus(_legal_status)

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

        household_update = cls(
            adults=adults,
            children=children,
            members=members,
            languages=languages,
            preferred_language=preferred_language,
            legal_status=legal_status,
            needs=needs,
            vulnerable=vulnerable,
            notes=notes,
            contact=contact,
            supporting_organisation_id=supporting_organisation_id,
        )

        return household_update
