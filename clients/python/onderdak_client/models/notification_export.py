from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_kind import NotificationKind
from ..models.notification_status import NotificationStatus
from ..models.recipient_type import RecipientType

T = TypeVar("T", bound="NotificationExport")


@_attrs_define
class NotificationExport:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        kind (NotificationKind):
        channel (str):
        recipient_type (RecipientType):
        recipient (str):
        language (str):
        subject (str):
        body (str):
        status (NotificationStatus):
        sent_at (datetime.datetime | None):
    """

    id: UUID
    created_at: datetime.datetime
    kind: NotificationKind
    channel: str
    recipient_type: RecipientType
    recipient: str
    language: str
    subject: str
    body: str
    status: NotificationStatus
    sent_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        kind = self.kind.value

        channel = self.channel

        recipient_type = self.recipient_type.value

        recipient = self.recipient

        language = self.language

        subject = self.subject

        body = self.body

        status = self.status.value

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "kind": kind,
                "channel": channel,
                "recipientType": recipient_type,
                "recipient": recipient,
                "language": language,
                "subject": subject,
                "body": body,
                "status": status,
                "sentAt": sent_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        kind = NotificationKind(d.pop("kind"))

        channel = d.pop("channel")

        recipient_type = RecipientType(d.pop("recipientType"))

        recipient = d.pop("recipient")

        language = d.pop("language")

        subject = d.pop("subject")

        body = d.pop("body")

        status = NotificationStatus(d.pop("status"))

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

        notification_export = cls(
            id=id,
            created_at=created_at,
            kind=kind,
            channel=channel,
            recipient_type=recipient_type,
            recipient=recipient,
            language=language,
            subject=subject,
            body=body,
            status=status,
            sent_at=sent_at,
        )

        notification_export.additional_properties = d
        return notification_export

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
