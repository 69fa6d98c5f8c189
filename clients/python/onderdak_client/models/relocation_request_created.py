from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.next_step import NextStep
from ..models.request_reason import RequestReason
from ..models.request_status import RequestStatus
from ..models.urgency import Urgency

if TYPE_CHECKING:
    from ..models.anchor_public import AnchorPublic
    from ..models.assignee_public import AssigneePublic
    from ..models.placement_summary import PlacementSummary
    from ..models.status_link_created import StatusLinkCreated


T = TypeVar("T", bound="RelocationRequestCreated")


@_attrs_define
class RelocationRequestCreated:
    """
    Attributes:
        id (UUID):
        household_id (UUID):
        household_reference (str): The household's reference, e.g. `HH-7K3M9Q2P`.
        reason (RequestReason):
        urgency (Urgency):
        must_move_by (datetime.date):
        status (RequestStatus):
        anchors (list[AnchorPublic]):
        preferred_municipalities (list[str]):
        max_distance_km (int | None):
        current_placement (None | PlacementSummary): Where the household lives when the request is made.
        new_placement (None | PlacementSummary): The placement created when an offer was accepted.
        next_step (NextStep | None):
        next_step_expected_on (datetime.date | None):
        allowed_transitions (list[RequestStatus]): Statuses POST …/transitions accepts now (offered and accepted come
            from offers).
        notes (None | str): Restricted; null when not shown.
        overdue (bool): Its must-move-by date has passed and the household has not moved.
        assignee (AssigneePublic | None): Who at the handling organisation follows it.
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        status_changed_at (datetime.datetime):
        closed_at (datetime.datetime | None):
        status_link (StatusLinkCreated):
    """

    id: UUID
    household_id: UUID
    household_reference: str
    reason: RequestReason
    urgency: Urgency
    must_move_by: datetime.date
    status: RequestStatus
    anchors: list[AnchorPublic]
    preferred_municipalities: list[str]
    max_distance_km: int | None
    current_placement: None | PlacementSummary
    new_placement: None | PlacementSummary
    next_step: NextStep | None
    next_step_expected_on: datetime.date | None
    allowed_transitions: list[RequestStatus]
    notes: None | str
    overdue: bool
    assignee: AssigneePublic | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status_changed_at: datetime.datetime
    closed_at: datetime.datetime | None
    status_link: StatusLinkCreated
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assignee_public import AssigneePublic
        from ..models.placement_summary import PlacementSummary

        id = str(self.id)

        household_id = str(self.household_id)

        household_reference = self.household_reference

        reason = self.reason.value

        urgency = self.urgency.value

        must_move_by = self.must_move_by.isoformat()

        status = self.status.value

        anchors = []
        for anchors_item_data in self.anchors:
            anchors_item = anchors_item_data.to_dict()
            anchors.append(anchors_item)

        preferred_municipalities = self.preferred_municipalities

        max_distance_km: int | None
        max_distance_km = self.max_distance_km

        current_placement: dict[str, Any] | None
        if isinstance(self.current_placement, PlacementSummary):
            current_placement = self.current_placement.to_dict()
        else:
            current_placement = self.current_placement

        new_placement: dict[str, Any] | None
        if isinstance(self.new_placement, PlacementSummary):
            new_placement = self.new_placement.to_dict()
        else:
            new_placement = self.new_placement

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

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)

        notes: None | str
        notes = self.notes

        overdue = self.overdue

        assignee: dict[str, Any] | None
        if isinstance(self.assignee, AssigneePublic):
            assignee = self.assignee.to_dict()
        else:
            assignee = self.assignee

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status_changed_at = self.status_changed_at.isoformat()

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        status_link = self.status_link.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "householdId": household_id,
                "householdReference": household_reference,
                "reason": reason,
                "urgency": urgency,
                "mustMoveBy": must_move_by,
                "status": status,
                "anchors": anchors,
                "preferredMunicipalities": preferred_municipalities,
                "maxDistanceKm": max_distance_km,
                "currentPlacement": current_placement,
                "newPlacement": new_placement,
                "nextStep": next_step,
                "nextStepExpectedOn": next_step_expected_on,
                "allowedTransitions": allowed_transitions,
                "notes": notes,
                "overdue": overdue,
                "assignee": assignee,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "statusChangedAt": status_changed_at,
                "closedAt": closed_at,
                "statusLink": status_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.anchor_public import AnchorPublic
        from ..models.assignee_public import AssigneePublic
        from ..models.placement_summary import PlacementSummary
        from ..models.status_link_created import StatusLinkCreated

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        household_id = UUID(d.pop("householdId"))

        household_reference = d.pop("householdReference")

        reason = RequestReason(d.pop("reason"))

        urgency = Urgency(d.pop("urgency"))

        must_move_by = datetime.date.fromisoformat(d.pop("mustMoveBy"))

        status = RequestStatus(d.pop("status"))

        anchors = []
        _anchors = d.pop("anchors")
        for anchors_item_data in _anchors:
            anchors_item = AnchorPublic.from_dict(anchors_item_data)

            anchors.append(anchors_item)

        preferred_municipalities = cast(list[str], d.pop("preferredMunicipalities"))

        def _parse_max_distance_km(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_distance_km = _parse_max_distance_km(d.pop("maxDistanceKm"))

        def _parse_current_placement(data: object) -> None | PlacementSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_placement_type_0 = PlacementSummary.from_dict(data)

                return current_placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlacementSummary, data)

        current_placement = _parse_current_placement(d.pop("currentPlacement"))

        def _parse_new_placement(data: object) -> None | PlacementSummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                new_placement_type_0 = PlacementSummary.from_dict(data)

                return new_placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlacementSummary, data)

        new_placement = _parse_new_placement(d.pop("newPlacement"))

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

        allowed_transitions = []
        _allowed_transitions = d.pop("allowedTransitions")
        for allowed_transitions_item_data in _allowed_transitions:
            allowed_transitions_item = RequestStatus(allowed_transitions_item_data)

            allowed_transitions.append(allowed_transitions_item)

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        overdue = d.pop("overdue")

        def _parse_assignee(data: object) -> AssigneePublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assignee_type_0 = AssigneePublic.from_dict(data)

                return assignee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssigneePublic | None, data)

        assignee = _parse_assignee(d.pop("assignee"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        status_changed_at = datetime.datetime.fromisoformat(d.pop("statusChangedAt"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closedAt"))

        status_link = StatusLinkCreated.from_dict(d.pop("statusLink"))

        relocation_request_created = cls(
            id=id,
            household_id=household_id,
            household_reference=household_reference,
            reason=reason,
            urgency=urgency,
            must_move_by=must_move_by,
            status=status,
            anchors=anchors,
            preferred_municipalities=preferred_municipalities,
            max_distance_km=max_distance_km,
            current_placement=current_placement,
            new_placement=new_placement,
            next_step=next_step,
            next_step_expected_on=next_step_expected_on,
            allowed_transitions=allowed_transitions,
            notes=notes,
            overdue=overdue,
            assignee=assignee,
            created_at=created_at,
            updated_at=updated_at,
            status_changed_at=status_changed_at,
            closed_at=closed_at,
            status_link=status_link,
        )

        relocation_request_created.additional_properties = d
        return relocation_request_created

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
