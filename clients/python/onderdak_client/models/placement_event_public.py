from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.placement_event_kind import PlacementEventKind

if TYPE_CHECKING:
    from ..models.placement_actor import PlacementActor


T = TypeVar("T", bound="PlacementEventPublic")


@_attrs_define
class PlacementEventPublic:
    """
    Attributes:
        id (UUID):
        placement_id (UUID):
        kind (PlacementEventKind):
        occurred_at (datetime.datetime):
        on (datetime.date | None): The day it concerns (arrival, departure, no-show).
        previous_planned_end_on (datetime.date | None):
        planned_end_on (datetime.date | None):
        reason (None | str): Restricted; null when not shown.
        actor (PlacementActor):
    """

    id: UUID
    placement_id: UUID
    kind: PlacementEventKind
    occurred_at: datetime.datetime
    on: datetime.date | None
    previous_planned_end_on: datetime.date | None
    planned_end_on: datetime.date | None
    reason: None | str
    actor: PlacementActor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        placement_id = str(self.placement_id)

        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        on: None | str
        if isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        previous_planned_end_on: None | str
        if isinstance(self.previous_planned_end_on, datetime.date):
            previous_planned_end_on = self.previous_planned_end_on.isoformat()
        else:
            previous_planned_end_on = self.previous_planned_end_on

        planned_end_on: None | str
        if isinstance(self.planned_end_on, datetime.date):
            planned_end_on = self.planned_end_on.isoformat()
        else:
            planned_end_on = self.planned_end_on

        reason: None | str
        reason = self.reason

        actor = self.actor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "placementId": placement_id,
                "kind": kind,
                "occurredAt": occurred_at,
                "on": on,
                "previousPlannedEndOn": previous_planned_end_on,
                "plannedEndOn": planned_end_on,
                "reason": reason,
                "actor": actor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.placement_actor import PlacementActor

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        placement_id = UUID(d.pop("placementId"))

        kind = PlacementEventKind(d.pop("kind"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurredAt"))

        def _parse_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        on = _parse_on(d.pop("on"))

        def _parse_previous_planned_end_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_planned_end_on_type_0 = datetime.date.fromisoformat(data)

                return previous_planned_end_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        previous_planned_end_on = _parse_previous_planned_end_on(d.pop("previousPlannedEndOn"))

        def _parse_planned_end_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_end_on_type_0 = datetime.date.fromisoformat(data)

                return planned_end_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        planned_end_on = _parse_planned_end_on(d.pop("plannedEndOn"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        actor = PlacementActor.from_dict(d.pop("actor"))

        placement_event_public = cls(
            id=id,
            placement_id=placement_id,
            kind=kind,
            occurred_at=occurred_at,
            on=on,
            previous_planned_end_on=previous_planned_end_on,
            planned_end_on=planned_end_on,
            reason=reason,
            actor=actor,
        )

        placement_event_public.additional_properties = d
        return placement_event_public

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
