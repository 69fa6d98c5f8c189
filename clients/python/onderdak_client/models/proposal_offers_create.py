from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProposalOffersCreate")


@_attrs_define
class ProposalOffersCreate:
    """
    Attributes:
        request_ids (list[UUID]): The proposals to offer, by their request.
        move_on (datetime.date): The move date of every offer.
        respond_by (datetime.date | None | Unset): Defaults to three days from now, and never after moveOn.
    """

    request_ids: list[UUID]
    move_on: datetime.date
    respond_by: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        request_ids = []
        for request_ids_item_data in self.request_ids:
            request_ids_item = str(request_ids_item_data)
            request_ids.append(request_ids_item)

        move_on = self.move_on.isoformat()

        respond_by: None | str | Unset
        if isinstance(self.respond_by, Unset):
            respond_by = UNSET
        elif isinstance(self.respond_by, datetime.date):
            respond_by = self.respond_by.isoformat()
        else:
            respond_by = self.respond_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "requestIds": request_ids,
                "moveOn": move_on,
            }
        )
        if respond_by is not UNSET:
            field_dict["respondBy"] = respond_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_ids = []
        _request_ids = d.pop("requestIds")
        for request_ids_item_data in _request_ids:
            request_ids_item = UUID(request_ids_item_data)

            request_ids.append(request_ids_item)

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

        proposal_offers_create = cls(
            request_ids=request_ids,
            move_on=move_on,
            respond_by=respond_by,
        )

        return proposal_offers_create
