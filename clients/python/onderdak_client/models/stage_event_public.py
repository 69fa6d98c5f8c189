from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stage import Stage

T = TypeVar("T", bound="StageEventPublic")


@_attrs_define
class StageEventPublic:
    """
    Attributes:
        from_stage (None | Stage):
        to_stage (Stage):
        note (None | str):
        actor_user_id (None | UUID):
        occurred_at (datetime.datetime):
    """

    from_stage: None | Stage
    to_stage: Stage
    note: None | str
    actor_user_id: None | UUID
    occurred_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_stage: None | str
        if isinstance(self.from_stage, Stage):
            from_stage = self.from_stage.value
        else:
            from_stage = self.from_stage

        to_stage = self.to_stage.value

        note: None | str
        note = self.note

        actor_user_id: None | str
        if isinstance(self.actor_user_id, UUID):
            actor_user_id = str(self.actor_user_id)
        else:
            actor_user_id = self.actor_user_id

        occurred_at = self.occurred_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromStage": from_stage,
                "toStage": to_stage,
                "note": note,
                "actorUserId": actor_user_id,
                "occurredAt": occurred_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_from_stage(data: object) -> None | Stage:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_stage_type_0 = Stage(data)

                return from_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Stage, data)

        from_stage = _parse_from_stage(d.pop("fromStage"))

        to_stage = Stage(d.pop("toStage"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_actor_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_user_id_type_0 = UUID(data)

                return actor_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_user_id = _parse_actor_user_id(d.pop("actorUserId"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurredAt"))

        stage_event_public = cls(
            from_stage=from_stage,
            to_stage=to_stage,
            note=note,
            actor_user_id=actor_user_id,
            occurred_at=occurred_at,
        )

        stage_event_public.additional_properties = d
        return stage_event_public

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
