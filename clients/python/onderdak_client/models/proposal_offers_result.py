from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.proposal_offer_outcome import ProposalOfferOutcome


T = TypeVar("T", bound="ProposalOffersResult")


@_attrs_define
class ProposalOffersResult:
    """
    Attributes:
        items (list[ProposalOfferOutcome]): One per request asked for, in order.
        created (int):
        already_offered (int):
        refused (int):
    """

    items: list[ProposalOfferOutcome]
    created: int
    already_offered: int
    refused: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        created = self.created

        already_offered = self.already_offered

        refused = self.refused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "created": created,
                "alreadyOffered": already_offered,
                "refused": refused,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.proposal_offer_outcome import ProposalOfferOutcome

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ProposalOfferOutcome.from_dict(items_item_data)

            items.append(items_item)

        created = d.pop("created")

        already_offered = d.pop("alreadyOffered")

        refused = d.pop("refused")

        proposal_offers_result = cls(
            items=items,
            created=created,
            already_offered=already_offered,
            refused=refused,
        )

        proposal_offers_result.additional_properties = d
        return proposal_offers_result

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
