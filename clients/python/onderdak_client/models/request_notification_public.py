from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_channel import ContactChannel
from ..models.notification_kind import NotificationKind
from ..models.notification_status import NotificationStatus
from ..models.recipient_type import RecipientType

if TYPE_CHECKING:
    from ..models.delivery_attempt_public import DeliveryAttemptPublic


T = TypeVar("T", bound="RequestNotificationPublic")


@_attrs_define
class RequestNotificationPublic:
    """A message about the request, to the household or its supporting organisation, and its log.

    Attributes:
        id (UUID):
        kind (NotificationKind):
        channel (ContactChannel):
        recipient_type (RecipientType):
        language (str):
        status (NotificationStatus):
        created_at (datetime.datetime):
        sent_at (datetime.datetime | None):
        attempts (list[DeliveryAttemptPublic]): Newest first.
    """

    id: UUID
    kind: NotificationKind
    channel: ContactChannel
    recipient_type: RecipientType
    language: str
    status: NotificationStatus
    created_at: datetime.datetime
    sent_at: datetime.datetime | None
    attempts: list[DeliveryAttemptPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        channel = self.channel.value

        recipient_type = self.recipient_type.value

        language = self.language

        status = self.status.value

        created_at = self.created_at.isoformat()

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "channel": channel,
                "recipientType": recipient_type,
                "language": language,
                "status": status,
                "createdAt": created_at,
                "sentAt": sent_at,
                "attempts": attempts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_attempt_public import DeliveryAttemptPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = NotificationKind(d.pop("kind"))

        channel = ContactChannel(d.pop("channel"))

        recipient_type = RecipientType(d.pop("recipientType"))

        language = d.pop("language")

        status = NotificationStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sentAt"))

        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in _attempts:
            attempts_item = DeliveryAttemptPublic.from_dict(attempts_item_data)

            attempts.append(attempts_item)

        request_notification_public = cls(
            id=id,
            kind=kind,
            channel=channel,
            recipient_type=recipient_type,
            language=language,
            status=status,
            created_at=created_at,
            sent_at=sent_at,
            attempts=attempts,
        )

        request_notification_public.additional_properties = d
        return request_notification_public

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
