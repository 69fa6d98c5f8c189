from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccessLogEntry")


@_attrs_define
class AccessLogEntry:
    """
    Attributes:
        occurred_at (datetime.datetime):
        action (str):
        subject_type (str):
        subject_id (None | str):
        organisation_id (None | UUID):
        actor_user_id (None | UUID):
    """

    occurred_at: datetime.datetime
    action: str
    subject_type: str
    subject_id: None | str
    organisation_id: None | UUID
    actor_user_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occurred_at = self.occurred_at.isoformat()

        action = self.action

        subject_type = self.subject_type

        subject_id: None | str
        subject_id = self.subject_id

        organisation_id: None | str
        if isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        actor_user_id: None | str
        if isinstance(self.actor_user_id, UUID):
            actor_user_id = str(self.actor_user_id)
        else:
            actor_user_id = self.actor_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "occurredAt": occurred_at,
                "action": action,
                "subjectType": subject_type,
                "subjectId": subject_id,
                "organisationId": organisation_id,
                "actorUserId": actor_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        occurred_at = datetime.datetime.fromisoformat(d.pop("occurredAt"))

        action = d.pop("action")

        subject_type = d.pop("subjectType")

        def _parse_subject_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_id = _parse_subject_id(d.pop("subjectId"))

        def _parse_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisationId"))

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

        access_log_entry = cls(
            occurred_at=occurred_at,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            organisation_id=organisation_id,
            actor_user_id=actor_user_id,
        )

        access_log_entry.additional_properties = d
        return access_log_entry

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
