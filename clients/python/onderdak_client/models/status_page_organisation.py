from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organisation_contact_public import OrganisationContactPublic


T = TypeVar("T", bound="StatusPageOrganisation")


@_attrs_define
class StatusPageOrganisation:
    """The organisation that supports the household: whom to ask, always shown.

    Attributes:
        name (str):
        contact (None | OrganisationContactPublic):
    """

    name: str
    contact: None | OrganisationContactPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.organisation_contact_public import OrganisationContactPublic

        name = self.name

        contact: dict[str, Any] | None
        if isinstance(self.contact, OrganisationContactPublic):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organisation_contact_public import OrganisationContactPublic

        d = dict(src_dict)
        name = d.pop("name")

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

        status_page_organisation = cls(
            name=name,
            contact=contact,
        )

        status_page_organisation.additional_properties = d
        return status_page_organisation

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
