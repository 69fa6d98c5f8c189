from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organisation_contact import OrganisationContact


T = TypeVar("T", bound="OrganisationUpdate")


@_attrs_define
class OrganisationUpdate:
    """
    Attributes:
        name (None | str | Unset):
        kind (None | OrganisationKind | Unset): Changes only while every member's role and every active API key fit the
            new kind.
        municipality_code (None | str | Unset):
        contact (None | OrganisationContact | Unset): How households reach the organisation; shown on the status page of
            every household it supports.
        two_factor_required (bool | None | Unset): Every member logs in with a second factor (TOTP), besides the roles
            the platform requires it for.
        safety_region_codes (list[str] | None | Unset): A relocation desk's working area: it sees the households
            anchored, placed or preferring to live in these safety regions (VR01–VR25), those it registered and those
            referred to it. Null: the whole country. Set by platform administrators. Null makes it national again.
    """

    name: None | str | Unset = UNSET
    kind: None | OrganisationKind | Unset = UNSET
    municipality_code: None | str | Unset = UNSET
    contact: None | OrganisationContact | Unset = UNSET
    two_factor_required: bool | None | Unset = UNSET
    safety_region_codes: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.organisation_contact import OrganisationContact

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, OrganisationKind):
            kind = self.kind.value
        else:
            kind = self.kind

        municipality_code: None | str | Unset
        if isinstance(self.municipality_code, Unset):
            municipality_code = UNSET
        else:
            municipality_code = self.municipality_code

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, OrganisationContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        two_factor_required: bool | None | Unset
        if isinstance(self.two_factor_required, Unset):
            two_factor_required = UNSET
        else:
            two_factor_required = self.two_factor_required

        safety_region_codes: list[str] | None | Unset
        if isinstance(self.safety_region_codes, Unset):
            safety_region_codes = UNSET
        elif isinstance(self.safety_region_codes, list):
            safety_region_codes = self.safety_region_codes

        else:
            safety_region_codes = self.safety_region_codes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if municipality_code is not UNSET:
            field_dict["municipalityCode"] = municipality_code
        if contact is not UNSET:
            field_dict["contact"] = contact
        if two_factor_required is not UNSET:
            field_dict["twoFactorRequired"] = two_factor_required
        if safety_region_codes is not UNSET:
            field_dict["safetyRegionCodes"] = safety_region_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organisation_contact import OrganisationContact

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_kind(data: object) -> None | OrganisationKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = OrganisationKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganisationKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_municipality_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        municipality_code = _parse_municipality_code(d.pop("municipalityCode", UNSET))

        def _parse_contact(data: object) -> None | OrganisationContact | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = OrganisationContact.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganisationContact | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_two_factor_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        two_factor_required = _parse_two_factor_required(d.pop("twoFactorRequired", UNSET))

        def _parse_safety_region_codes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                safety_region_codes_type_0 = cast(list[str], data)

                return safety_region_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        safety_region_codes = _parse_safety_region_codes(d.pop("safetyRegionCodes", UNSET))

        organisation_update = cls(
            name=name,
            kind=kind,
            municipality_code=municipality_code,
            contact=contact,
            two_factor_required=two_factor_required,
            safety_region_codes=safety_region_codes,
        )

        return organisation_update
