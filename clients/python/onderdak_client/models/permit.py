from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.permit_status import PermitStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Permit")


@_attrs_define
class Permit:
    """
    Attributes:
        kind (str): E.g. omgevingsvergunning, kruimelregeling.
        status (PermitStatus | Unset):
        requested_on (datetime.date | None | Unset):
        decided_on (datetime.date | None | Unset):
    """

    kind: str
    status: PermitStatus | Unset = UNSET
    requested_on: datetime.date | None | Unset = UNSET
    decided_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        requested_on: None | str | Unset
        if isinstance(self.requested_on, Unset):
            requested_on = UNSET
        elif isinstance(self.requested_on, datetime.date):
            requested_on = self.requested_on.isoformat()
        else:
            requested_on = self.requested_on

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if requested_on is not UNSET:
            field_dict["requestedOn"] = requested_on
        if decided_on is not UNSET:
            field_dict["decidedOn"] = decided_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind")

        _status = d.pop("status", UNSET)
        status: PermitStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PermitStatus(_status)

        def _parse_requested_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requested_on_type_0 = datetime.date.fromisoformat(data)

                return requested_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        requested_on = _parse_requested_on(d.pop("requestedOn", UNSET))

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decidedOn", UNSET))

        permit = cls(
            kind=kind,
            status=status,
            requested_on=requested_on,
            decided_on=decided_on,
        )

        return permit
