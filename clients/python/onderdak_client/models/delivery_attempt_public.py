from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_delivery_status import NotificationDeliveryStatus

T = TypeVar("T", bound="DeliveryAttemptPublic")


@_attrs_define
class DeliveryAttemptPublic:
    """
    Attributes:
        attempt (int):
        attempted_at (datetime.datetime):
        via (str): smtp, sms-gateway, mailbox (outside production) or none (no channel configured).
        status (NotificationDeliveryStatus):
        error (None | str): Why it failed, in short; null when sent.
        retry_at (datetime.datetime | None): When it is tried again; null when not.
    """

    attempt: int
    attempted_at: datetime.datetime
    via: str
    status: NotificationDeliveryStatus
    error: None | str
    retry_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        attempted_at = self.attempted_at.isoformat()

        via = self.via

        status = self.status.value

        error: None | str
        error = self.error

        retry_at: None | str
        if isinstance(self.retry_at, datetime.datetime):
            retry_at = self.retry_at.isoformat()
        else:
            retry_at = self.retry_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "attemptedAt": attempted_at,
                "via": via,
                "status": status,
                "error": error,
                "retryAt": retry_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attempt = d.pop("attempt")

        attempted_at = datetime.datetime.fromisoformat(d.pop("attemptedAt"))

        via = d.pop("via")

        status = NotificationDeliveryStatus(d.pop("status"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_retry_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_at_type_0 = datetime.datetime.fromisoformat(data)

                return retry_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retry_at = _parse_retry_at(d.pop("retryAt"))

        delivery_attempt_public = cls(
            attempt=attempt,
            attempted_at=attempted_at,
            via=via,
            status=status,
            error=error,
            retry_at=retry_at,
        )

        delivery_attempt_public.additional_properties = d
        return delivery_attempt_public

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
