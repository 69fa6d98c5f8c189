from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.offer_public import OfferPublic
    from ..models.relocation_event_public import RelocationEventPublic
    from ..models.relocation_request_public import RelocationRequestPublic
    from ..models.status_link_info import StatusLinkInfo


T = TypeVar("T", bound="RelocationRequestExport")


@_attrs_define
class RelocationRequestExport:
    """
    Attributes:
        request (RelocationRequestPublic):
        events (list[RelocationEventPublic]):
        offers (list[OfferPublic]):
        status_links (list[StatusLinkInfo]):
    """

    request: RelocationRequestPublic
    events: list[RelocationEventPublic]
    offers: list[OfferPublic]
    status_links: list[StatusLinkInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        offers = []
        for offers_item_data in self.offers:
            offers_item = offers_item_data.to_dict()
            offers.append(offers_item)

        status_links = []
        for status_links_item_data in self.status_links:
            status_links_item = status_links_item_data.to_dict()
            status_links.append(status_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
                "events": events,
                "offers": offers,
                "statusLinks": status_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.offer_public import OfferPublic
        from ..models.relocation_event_public import RelocationEventPublic
        from ..models.relocation_request_public import RelocationRequestPublic
        from ..models.status_link_info import StatusLinkInfo

        d = dict(src_dict)
        request = RelocationRequestPublic.from_dict(d.pop("request"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = RelocationEventPublic.from_dict(events_item_data)

            events.append(events_item)

        offers = []
        _offers = d.pop("offers")
        for offers_item_data in _offers:
            offers_item = OfferPublic.from_dict(offers_item_data)

            offers.append(offers_item)

        status_links = []
        _status_links = d.pop("statusLinks")
        for status_links_item_data in _status_links:
            status_links_item = StatusLinkInfo.from_dict(status_links_item_data)

            status_links.append(status_links_item)

        relocation_request_export = cls(
            request=request,
            events=events,
            offers=offers,
            status_links=status_links,
        )

        relocation_request_export.additional_properties = d
        return relocation_request_export

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
