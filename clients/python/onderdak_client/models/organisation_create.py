from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.organisation_kind import OrganisationKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organisation_contact import OrganisationContact


T = TypeVar("T", bound="OrganisationCreate")


@_attrs_define
class OrganisationCreate:
    """
    Attributes:
        name (str):
        kind (OrganisationKind):
        municipality_code (None | str | Unset):
        contact (None | OrganisationContact | Unset): How households reach the organisation; shown on the status page of
            every household it supports.
        two_factor_required (bool | Unset): Every member logs in with a second factor (TOTP), besides the roles the
            platform requires it for. Default: False.
        safety_region_codes (list[str] | None | Unset): A relocation desk's working area: it sees the households
            anchored, placed or preferring to live in these safety regions (VR01–VR25), those it registered and those
            referred to it. Null: the whole country. Set by platform administrators.
    """

    name: str
    kind: OrganisationKind
    municipality_code: None | str | Unset = UNSET
    contact: None | OrganisationContact | Unset = UNSET
    two_factor_required: bool | Unset = False
    safety_region_codes: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.organisation_contact import OrganisationContact

        name = self.name

        kind = self.kind.value

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

        two_factor_required = self.two_factor_required

        safety_region_codes: list[str] | None | Unset
        if isinstance(self.safety_region_codes, Unset):
            safety_region_codes = UNSET
        elif isinstance(self.safety_region_codes, list):
            safety_region_codes = self.safety_region_codes

        else:
            safety_region_codes = self.safety_region_codes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "kind": kind,
            }
        )
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
        name = d.pop("name")

        kind = OrganisationKind(d.pop("kind"))

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

        two_factor_required = d.pop("twoFactorRequired", UNSET)

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

        organisation_create = cls(
            name=name,
            kind=kind,
            municipality_code=municipality_code,
            contact=contact,
            two_factor_required=two_factor_required,
            safety_region_codes=safety_region_codes,
        )

        return organisation_create
