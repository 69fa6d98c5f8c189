from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.term_facts import TermFacts


T = TypeVar("T", bound="TermPublic")


@_attrs_define
class TermPublic:
    """
    Attributes:
        name (str):
        weight (float):
        value (float):
        detail (str): In English; `facts` holds the same as values.
        facts (TermFacts | Unset): What a term's detail says, as values, so that a client can word it in its own
            language.
            Each term fills the facts it is about; the others are null.
    """

    name: str
    weight: float
    value: float
    detail: str
    facts: TermFacts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        weight = self.weight

        value = self.value

        detail = self.detail

        facts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = self.facts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "weight": weight,
                "value": value,
                "detail": detail,
            }
        )
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.term_facts import TermFacts

        d = dict(src_dict)
        name = d.pop("name")

        weight = d.pop("weight")

        value = d.pop("value")

        detail = d.pop("detail")

        _facts = d.pop("facts", UNSET)
        facts: TermFacts | Unset
        if isinstance(_facts, Unset):
            facts = UNSET
        else:
            facts = TermFacts.from_dict(_facts)

        term_public = cls(
            name=name,
            weight=weight,
            value=value,
            detail=detail,
            facts=facts,
        )

        term_public.additional_properties = d
        return term_public

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
