from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InboxMessage")


@_attrs_define
class InboxMessage:
    """
    Attributes:
        id (str):
        written_at (str):
        channel (str):
        to (str):
        kind (str):
        language (str):
        subject (str):
        body (str):
    """

    id: str
    written_at: str
    channel: str
    to: str
    kind: str
    language: str
    subject: str
    body: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        written_at = self.written_at

        channel = self.channel

        to = self.to

        kind = self.kind

        language = self.language

        subject = self.subject

        body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "writtenAt": written_at,
                "channel": channel,
                "to": to,
                "kind": kind,
                "language": language,
                "subject": subject,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        written_at = d.pop("writtenAt")

        channel = d.pop("channel")

        to = d.pop("to")

        kind = d.pop("kind")

        language = d.pop("language")

        subject = d.pop("subject")

        body = d.pop("body")

        inbox_message = cls(
            id=id,
            written_at=written_at,
            channel=channel,
            to=to,
            kind=kind,
            language=language,
            subject=subject,
            body=body,
        )

        inbox_message.additional_properties = d
        return inbox_message

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
