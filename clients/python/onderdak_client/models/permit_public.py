from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permit_status import PermitStatus

T = TypeVar("T", bound="PermitPublic")


@_attrs_define
class PermitPublic:
    """
    Attributes:
        kind (str):
        status (PermitStatus):
        requested_on (datetime.date | None):
        decided_on (datetime.date | None):
    """

    kind: str
    status: PermitStatus
    requested_on: datetime.date | None
    decided_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        status = self.status.value

        requested_on: None | str
        if isinstance(self.requested_on, datetime.date):
            requested_on = self.requested_on.isoformat()
        else:
            requested_on = self.requested_on

        decided_on: None | str
        if isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "status": status,
                "requestedOn": requested_on,
                "decidedOn": decided_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind")

        status = PermitStatus(d.pop("status"))

        def _parse_requested_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_on_type_0 = datetime.date.fromisoformat(data)

                return requested_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        requested_on = _parse_requested_on(d.pop("requestedOn"))

        def _parse_decided_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        decided_on = _parse_decided_on(d.pop("decidedOn"))

        permit_public = cls(
            kind=kind,
            status=status,
            requested_on=requested_on,
            decided_on=decided_on,
        )

        permit_public.additional_properties = d
        return permit_public

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
