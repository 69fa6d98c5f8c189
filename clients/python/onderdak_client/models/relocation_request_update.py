from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.request_reason import RequestReason
from ..models.urgency import Urgency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anchor_input import AnchorInput


T = TypeVar("T", bound="RelocationRequestUpdate")


@_attrs_define
class RelocationRequestUpdate:
    """
    Attributes:
        reason (RequestReason | Unset):
        urgency (Urgency | Unset):
        must_move_by (datetime.date | Unset):
        anchors (list[AnchorInput] | Unset):
        preferred_municipalities (list[str] | Unset):
        max_distance_km (int | None | Unset):
        notes (None | str | Unset):
    """

    reason: RequestReason | Unset = UNSET
    urgency: Urgency | Unset = UNSET
    must_move_by: datetime.date | Unset = UNSET
    anchors: list[AnchorInput] | Unset = UNSET
    preferred_municipalities: list[str] | Unset = UNSET
    max_distance_km: int | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        must_move_by: str | Unset = UNSET
        if not isinstance(self.must_move_by, Unset):
            must_move_by = self.must_move_by.isoformat()

        anchors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.anchors, Unset):
            anchors = []
            for anchors_item_data in self.anchors:
                anchors_item = anchors_item_data.to_dict()
                anchors.append(anchors_item)

        preferred_municipalities: list[str] | Unset = UNSET
        if not isinstance(self.preferred_municipalities, Unset):
            preferred_municipalities = self.preferred_municipalities

        max_distance_km: int | None | Unset
        if isinstance(self.max_distance_km, Unset):
            max_distance_km = UNSET
        else:
            max_distance_km = self.max_distance_km

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if urgency is not UNSET:
            field_dict["urgency"] = urgency
        if must_move_by is not UNSET:
            field_dict["mustMoveBy"] = must_move_by
        if anchors is not UNSET:
            field_dict["anchors"] = anchors
        if preferred_municipalities is not UNSET:
            field_dict["preferredMunicipalities"] = preferred_municipalities
        if max_distance_km is not UNSET:
            field_dict["maxDistanceKm"] = max_distance_km
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anchor_input import AnchorInput

        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: RequestReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = RequestReason(_reason)

        _urgency = d.pop("urgency", UNSET)
        urgency: Urgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Urgency(_urgency)

        _must_move_by = d.pop("mustMoveBy", UNSET)
        must_move_by: datetime.date | Unset
        if isinstance(_must_move_by, Unset):
            must_move_by = UNSET
        else:
            must_move_by = datetime.date.fromisoformat(_must_move_by)

        _anchors = d.pop("anchors", UNSET)
        anchors: list[AnchorInput] | Unset = UNSET
        if _anchors is not UNSET:
            anchors = []
            for anchors_item_data in _anchors:
                anchors_item = AnchorInput.from_dict(anchors_item_data)

                anchors.append(anchors_item)

        preferred_municipalities = cast(list[str], d.pop("preferredMunicipalities", UNSET))

        def _parse_max_distance_km(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_distance_km = _parse_max_distance_km(d.pop("maxDistanceKm", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        relocation_request_update = cls(
            reason=reason,
            urgency=urgency,
            must_move_by=must_move_by,
            anchors=anchors,
            preferred_municipalities=preferred_municipalities,
            max_distance_km=max_distance_km,
            notes=notes,
        )

        return relocation_request_update
