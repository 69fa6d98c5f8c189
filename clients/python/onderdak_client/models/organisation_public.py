from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organisation_kind import OrganisationKind

if TYPE_CHECKING:
    from ..models.organisation_contact_public import OrganisationContactPublic


T = TypeVar("T", bound="OrganisationPublic")


@_attrs_define
class OrganisationPublic:
    """
    Attributes:
        id (UUID):
        name (str):
        kind (OrganisationKind):
        municipality_code (None | str):
        contact (None | OrganisationContactPublic): How households reach the organisation; shown on the status page of
            every household it supports.
        two_factor_required (bool): Every member logs in with a second factor (TOTP), besides the roles the platform
            requires it for.
        safety_region_codes (list[str] | None): A relocation desk's working area: it sees the households anchored,
            placed or preferring to live in these safety regions (VR01–VR25), those it registered and those referred to it.
            Null: the whole country. Set by platform administrators.
    """

    id: UUID
    name: str
    kind: OrganisationKind
    municipality_code: None | str
    contact: None | OrganisationContactPublic
    two_factor_required: bool
    safety_region_codes: list[str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.organisation_contact_public import OrganisationContactPublic

        id = str(self.id)

        name = self.name

        kind = self.kind.value

        municipality_code: None | str
        municipality_code = self.municipality_code

        contact: dict[str, Any] | None
        if isinstance(self.contact, OrganisationContactPublic):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        two_factor_required = self.two_factor_required

        safety_region_codes: list[str] | None
        if isinstance(self.safety_region_codes, list):
            safety_region_codes = self.safety_region_codes

        else:
            safety_region_codes = self.safety_region_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "municipalityCode": municipality_code,
                "contact": contact,
                "twoFactorRequired": two_factor_required,
                "safetyRegionCodes": safety_region_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organisation_contact_public import OrganisationContactPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        kind = OrganisationKind(d.pop("kind"))

        def _parse_municipality_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        municipality_code = _parse_municipality_code(d.pop("municipalityCode"))

        def _parse_contact(data: object) -> None | OrganisationContactPublic:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = OrganisationContactPublic.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganisationContactPublic, data)

        contact = _parse_contact(d.pop("contact"))

        two_factor_required = d.pop("twoFactorRequired")

        def _parse_safety_region_codes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                safety_region_codes_type_0 = cast(list[str], data)

                return safety_region_codes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        safety_region_codes = _parse_safety_region_codes(d.pop("safetyRegionCodes"))

        organisation_public = cls(
            id=id,
            name=name,
            kind=kind,
            municipality_code=municipality_code,
            contact=contact,
            two_factor_required=two_factor_required,
            safety_region_codes=safety_region_codes,
        )

        organisation_public.additional_properties = d
        return organisation_public

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
