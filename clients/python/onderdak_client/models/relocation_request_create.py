from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.request_reason import RequestReason
from ..models.urgency import Urgency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anchor_input import AnchorInput


T = TypeVar("T", bound="RelocationRequestCreate")


@_attrs_define
class RelocationRequestCreate:
    """
    Attributes:
        household_id (UUID):
        reason (RequestReason):
        must_move_by (datetime.date):
        urgency (Urgency | Unset):
        anchors (list[AnchorInput] | Unset):
        preferred_municipalities (list[str] | Unset):
        max_distance_km (int | None | Unset):
        current_placement_id (None | Unset | UUID): Defaults to the household's active placement, if any.
        notes (None | str | Unset):
    """

    household_id: UUID
    reason: RequestReason
    must_move_by: datetime.date
    urgency: Urgency | Unset = UNSET
    anchors: list[AnchorInput] | Unset = UNSET
    preferred_municipalities: list[str] | Unset = UNSET
    max_distance_km: int | None | Unset = UNSET
    current_placement_id: None | Unset | UUID = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        household_id = str(self.household_id)

        reason = self.reason.value

        must_move_by = self.must_move_by.isoformat()

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

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

        current_placement_id: None | str | Unset
        if isinstance(self.current_placement_id, Unset):
            current_placement_id = UNSET
        elif isinstance(self.current_placement_id, UUID):
            current_placement_id = str(self.current_placement_id)
        else:
            current_placement_id = self.current_placement_id

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "householdId": household_id,
                "reason": reason,
                "mustMoveBy": must_move_by,
            }
        )
        if urgency is not UNSET:
            field_dict["urgency"] = urgency
        if anchors is not UNSET:
            field_dict["anchors"] = anchors
        if preferred_municipalities is not UNSET:
            field_dict["preferredMunicipalities"] = preferred_municipalities
        if max_distance_km is not UNSET:
            field_dict["maxDistanceKm"] = max_distance_km
        if current_placement_id is not UNSET:
            field_dict["currentPlacementId"] = current_placement_id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anchor_input import AnchorInput

        d = dict(src_dict)
        household_id = UUID(d.pop("householdId"))

        reason = RequestReason(d.pop("reason"))

        must_move_by = datetime.date.fromisoformat(d.pop("mustMoveBy"))

        _urgency = d.pop("urgency", UNSET)
        urgency: Urgency | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Urgency(_urgency)

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

        def _parse_current_placement_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_placement_id_type_0 = UUID(data)

                return current_placement_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        current_placement_id = _parse_current_placement_id(d.pop("currentPlacementId", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        relocation_request_create = cls(
            household_id=household_id,
            reason=reason,
            must_move_by=must_move_by,
            urgency=urgency,
            anchors=anchors,
            preferred_municipalities=preferred_municipalities,
            max_distance_km=max_distance_km,
            current_placement_id=current_placement_id,
            notes=notes,
        )

        return relocation_request_create
