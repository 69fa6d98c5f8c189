from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StakeholderPublic")


@_attrs_define
class StakeholderPublic:
    """
    Attributes:
        role (str):
        organisation (None | str):
        contact (None | str):
    """

    role: str
    organisation: None | str
    contact: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        organisation: None | str
        organisation = self.organisation

        contact: None | str
        contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "organisation": organisation,
                "contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = d.pop("role")

        def _parse_organisation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organisation = _parse_organisation(d.pop("organisation"))

        def _parse_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact = _parse_contact(d.pop("contact"))

        stakeholder_public = cls(
            role=role,
            organisation=organisation,
            contact=contact,
        )

        stakeholder_public.additional_properties = d
        return stakeholder_public

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
