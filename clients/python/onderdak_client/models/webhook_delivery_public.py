from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_status import DeliveryStatus
from ..models.event_type import EventType

T = TypeVar("T", bound="WebhookDeliveryPublic")


@_attrs_define
class WebhookDeliveryPublic:
    """
    Attributes:
        id (UUID):
        subscription_id (UUID):
        event_id (UUID):
        message_id (str): The `webhook-id` header of every attempt.
        event_type (EventType):
        status (DeliveryStatus):
        attempts (int):
        next_attempt_at (datetime.datetime | None): When it is tried next (pending only).
        last_attempt_at (datetime.datetime | None):
        last_response_status (int | None):
        last_error (None | str):
        succeeded_at (datetime.datetime | None):
        created_at (datetime.datetime):
    """

    id: UUID
    subscription_id: UUID
    event_id: UUID
    message_id: str
    event_type: EventType
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime.datetime | None
    last_attempt_at: datetime.datetime | None
    last_response_status: int | None
    last_error: None | str
    succeeded_at: datetime.datetime | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        subscription_id = str(self.subscription_id)

        event_id = str(self.event_id)

        message_id = self.message_id

        event_type = self.event_type.value

        status = self.status.value

        attempts = self.attempts

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        last_attempt_at: None | str
        if isinstance(self.last_attempt_at, datetime.datetime):
            last_attempt_at = self.last_attempt_at.isoformat()
        else:
            last_attempt_at = self.last_attempt_at

        last_response_status: int | None
        last_response_status = self.last_response_status

        last_error: None | str
        last_error = self.last_error

        succeeded_at: None | str
        if isinstance(self.succeeded_at, datetime.datetime):
            succeeded_at = self.succeeded_at.isoformat()
        else:
            succeeded_at = self.succeeded_at

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subscriptionId": subscription_id,
                "eventId": event_id,
                "messageId": message_id,
                "eventType": event_type,
                "status": status,
                "attempts": attempts,
                "nextAttemptAt": next_attempt_at,
                "lastAttemptAt": last_attempt_at,
                "lastResponseStatus": last_response_status,
                "lastError": last_error,
                "succeededAt": succeeded_at,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        subscription_id = UUID(d.pop("subscriptionId"))

        event_id = UUID(d.pop("eventId"))

        message_id = d.pop("messageId")

        event_type = EventType(d.pop("eventType"))

        status = DeliveryStatus(d.pop("status"))

        attempts = d.pop("attempts")

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt"))

        def _parse_last_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_attempt_at = _parse_last_attempt_at(d.pop("lastAttemptAt"))

        def _parse_last_response_status(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_response_status = _parse_last_response_status(d.pop("lastResponseStatus"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("lastError"))

        def _parse_succeeded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                succeeded_at_type_0 = datetime.datetime.fromisoformat(data)

                return succeeded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        succeeded_at = _parse_succeeded_at(d.pop("succeededAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        webhook_delivery_public = cls(
            id=id,
            subscription_id=subscription_id,
            event_id=event_id,
            message_id=message_id,
            event_type=event_type,
            status=status,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            last_attempt_at=last_attempt_at,
            last_response_status=last_response_status,
            last_error=last_error,
            succeeded_at=succeeded_at,
            created_at=created_at,
        )

        webhook_delivery_public.additional_properties = d
        return webhook_delivery_public

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
