from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind
from ..models.next_step import NextStep
from ..models.request_status import RequestStatus

if TYPE_CHECKING:
    from ..models.actor_public import ActorPublic


T = TypeVar("T", bound="RelocationEventPublic")


@_attrs_define
class RelocationEventPublic:
    """
    Attributes:
        id (UUID):
        request_id (UUID):
        occurred_at (datetime.datetime):
        kind (EventKind):
        from_status (None | RequestStatus):
        to_status (RequestStatus):
        actor (ActorPublic):
        offer_id (None | UUID):
        note (None | str): Restricted; null when not shown.
        next_step (NextStep | None):
        next_step_expected_on (datetime.date | None):
    """

    id: UUID
    request_id: UUID
    occurred_at: datetime.datetime
    kind: EventKind
    from_status: None | RequestStatus
    to_status: RequestStatus
    actor: ActorPublic
    offer_id: None | UUID
    note: None | str
    next_step: NextStep | None
    next_step_expected_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        request_id = str(self.request_id)

        occurred_at = self.occurred_at.isoformat()

        kind = self.kind.value

        from_status: None | str
        if isinstance(self.from_status, RequestStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status = self.to_status.value

        actor = self.actor.to_dict()

        offer_id: None | str
        if isinstance(self.offer_id, UUID):
            offer_id = str(self.offer_id)
        else:
            offer_id = self.offer_id

        note: None | str
        note = self.note

        next_step: None | str
        if isinstance(self.next_step, NextStep):
            next_step = self.next_step.value
        else:
            next_step = self.next_step

        next_step_expected_on: None | str
        if isinstance(self.next_step_expected_on, datetime.date):
            next_step_expected_on = self.next_step_expected_on.isoformat()
        else:
            next_step_expected_on = self.next_step_expected_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "requestId": request_id,
                "occurredAt": occurred_at,
                "kind": kind,
                "fromStatus": from_status,
                "toStatus": to_status,
                "actor": actor,
                "offerId": offer_id,
                "note": note,
                "nextStep": next_step,
                "nextStepExpectedOn": next_step_expected_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.actor_public import ActorPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        request_id = UUID(d.pop("requestId"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurredAt"))

        kind = EventKind(d.pop("kind"))

        def _parse_from_status(data: object) -> None | RequestStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = RequestStatus(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestStatus, data)

        from_status = _parse_from_status(d.pop("fromStatus"))

        to_status = RequestStatus(d.pop("toStatus"))

        actor = ActorPublic.from_dict(d.pop("actor"))

        def _parse_offer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offer_id_type_0 = UUID(data)

                return offer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        offer_id = _parse_offer_id(d.pop("offerId"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_next_step(data: object) -> NextStep | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_type_0 = NextStep(data)

                return next_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NextStep | None, data)

        next_step = _parse_next_step(d.pop("nextStep"))

        def _parse_next_step_expected_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_expected_on_type_0 = datetime.date.fromisoformat(data)

                return next_step_expected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_step_expected_on = _parse_next_step_expected_on(d.pop("nextStepExpectedOn"))

        relocation_event_public = cls(
            id=id,
            request_id=request_id,
            occurred_at=occurred_at,
            kind=kind,
            from_status=from_status,
            to_status=to_status,
            actor=actor,
            offer_id=offer_id,
            note=note,
            next_step=next_step,
            next_step_expected_on=next_step_expected_on,
        )

        relocation_event_public.additional_properties = d
        return relocation_event_public

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
