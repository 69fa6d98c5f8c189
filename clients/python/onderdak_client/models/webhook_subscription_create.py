from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookSubscriptionCreate")


@_attrs_define
class WebhookSubscriptionCreate:
    """
    Attributes:
        url (str): Where events are POSTed; https in production.
        event_types (list[EventType]):
        active (bool | Unset):  Default: True.
    """

    url: str
    event_types: list[EventType]
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event_types = []
        for event_types_item_data in self.event_types:
            event_types_item = event_types_item_data.value
            event_types.append(event_types_item)

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "eventTypes": event_types,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        event_types = []
        _event_types = d.pop("eventTypes")
        for event_types_item_data in _event_types:
            event_types_item = EventType(event_types_item_data)

            event_types.append(event_types_item)

        active = d.pop("active", UNSET)

        webhook_subscription_create = cls(
            url=url,
            event_types=event_types,
            active=active,
        )

        return webhook_subscription_create
