from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.place_type import PlaceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferCreate")


@_attrs_define
class OfferCreate:
    """
    Attributes:
        place_type (PlaceType):
        place_id (UUID):
        move_on (datetime.date):
        respond_by (datetime.date | None | Unset): Defaults to three days from now, and never after moveOn.
        notice_override_reason (None | str | Unset): Emergencies only: why the minimum notice period is not kept.
    """

    place_type: PlaceType
    place_id: UUID
    move_on: datetime.date
    respond_by: datetime.date | None | Unset = UNSET
    notice_override_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        place_type = self.place_type.value

        place_id = str(self.place_id)

        move_on = self.move_on.isoformat()

        respond_by: None | str | Unset
        if isinstance(self.respond_by, Unset):
            respond_by = UNSET
        elif isinstance(self.respond_by, datetime.date):
            respond_by = self.respond_by.isoformat()
        else:
            respond_by = self.respond_by

        notice_override_reason: None | str | Unset
        if isinstance(self.notice_override_reason, Unset):
            notice_override_reason = UNSET
        else:
            notice_override_reason = self.notice_override_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "placeType": place_type,
                "placeId": place_id,
                "moveOn": move_on,
            }
        )
        if respond_by is not UNSET:
            field_dict["respondBy"] = respond_by
        if notice_override_reason is not UNSET:
            field_dict["noticeOverrideReason"] = notice_override_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        place_type = PlaceType(d.pop("placeType"))

        place_id = UUID(d.pop("placeId"))

        move_on = datetime.date.fromisoformat(d.pop("moveOn"))

        def _parse_respond_by(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                respond_by_type_0 = datetime.date.fromisoformat(data)

                return respond_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        respond_by = _parse_respond_by(d.pop("respondBy", UNSET))

        def _parse_notice_override_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notice_override_reason = _parse_notice_override_reason(d.pop("noticeOverrideReason", UNSET))

        offer_create = cls(
            place_type=place_type,
            place_id=place_id,
            move_on=move_on,
            respond_by=respond_by,
            notice_override_reason=notice_override_reason,
        )

        return offer_create
