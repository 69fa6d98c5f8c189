from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkQueuePublic")


@_attrs_define
class WorkQueuePublic:
    """
    Attributes:
        kind (str): `notification` is the outbox; the others are work items.
        queued (int):
        running (int):
        failed (int):
        oldest_queued_at (datetime.datetime | None):
    """

    kind: str
    queued: int
    running: int
    failed: int
    oldest_queued_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        queued = self.queued

        running = self.running

        failed = self.failed

        oldest_queued_at: None | str
        if isinstance(self.oldest_queued_at, datetime.datetime):
            oldest_queued_at = self.oldest_queued_at.isoformat()
        else:
            oldest_queued_at = self.oldest_queued_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "queued": queued,
                "running": running,
                "failed": failed,
                "oldestQueuedAt": oldest_queued_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind")

        queued = d.pop("queued")

        running = d.pop("running")

        failed = d.pop("failed")

        def _parse_oldest_queued_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                oldest_queued_at_type_0 = datetime.datetime.fromisoformat(data)

                return oldest_queued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        oldest_queued_at = _parse_oldest_queued_at(d.pop("oldestQueuedAt"))

        work_queue_public = cls(
            kind=kind,
            queued=queued,
            running=running,
            failed=failed,
            oldest_queued_at=oldest_queued_at,
        )

        work_queue_public.additional_properties = d
        return work_queue_public

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
