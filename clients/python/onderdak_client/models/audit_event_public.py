from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_event_public_details_type_0 import AuditEventPublicDetailsType0


T = TypeVar("T", bound="AuditEventPublic")


@_attrs_define
class AuditEventPublic:
    """`organisationId` is the acting organisation's (None: the platform itself, e.g. a scheduled job).

    Attributes:
        id (UUID):
        occurred_at (datetime.datetime):
        actor_user_id (None | UUID):
        actor_api_key_id (None | UUID):
        organisation_id (None | UUID):
        action (str):
        subject_type (str):
        subject_id (None | str):
        request_id (None | str):
        details (AuditEventPublicDetailsType0 | None):
        actor_name (None | str | Unset): The acting user's full name or API key's name; none for the platform.
    """

    id: UUID
    occurred_at: datetime.datetime
    actor_user_id: None | UUID
    actor_api_key_id: None | UUID
    organisation_id: None | UUID
    action: str
    subject_type: str
    subject_id: None | str
    request_id: None | str
    details: AuditEventPublicDetailsType0 | None
    actor_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_event_public_details_type_0 import (
            AuditEventPublicDetailsType0,
        )

        id = str(self.id)

        occurred_at = self.occurred_at.isoformat()

        actor_user_id: None | str
        if isinstance(self.actor_user_id, UUID):
            actor_user_id = str(self.actor_user_id)
        else:
            actor_user_id = self.actor_user_id

        actor_api_key_id: None | str
        if isinstance(self.actor_api_key_id, UUID):
            actor_api_key_id = str(self.actor_api_key_id)
        else:
            actor_api_key_id = self.actor_api_key_id

        organisation_id: None | str
        if isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        action = self.action

        subject_type = self.subject_type

        subject_id: None | str
        subject_id = self.subject_id

        request_id: None | str
        request_id = self.request_id

        details: dict[str, Any] | None
        if isinstance(self.details, AuditEventPublicDetailsType0):
            details = self.details.to_dict()
        else:
            details = self.details

        actor_name: None | str | Unset
        if isinstance(self.actor_name, Unset):
            actor_name = UNSET
        else:
            actor_name = self.actor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurredAt": occurred_at,
                "actorUserId": actor_user_id,
                "actorApiKeyId": actor_api_key_id,
                "organisationId": organisation_id,
                "action": action,
                "subjectType": subject_type,
                "subjectId": subject_id,
                "requestId": request_id,
                "details": details,
            }
        )
        if actor_name is not UNSET:
            field_dict["actorName"] = actor_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audit_event_public_details_type_0 import (
            AuditEventPublicDetailsType0,
        )

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurredAt"))

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

        def _parse_actor_api_key_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_api_key_id_type_0 = UUID(data)

                return actor_api_key_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_api_key_id = _parse_actor_api_key_id(d.pop("actorApiKeyId"))

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

        action = d.pop("action")

        subject_type = d.pop("subjectType")

        def _parse_subject_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_id = _parse_subject_id(d.pop("subjectId"))

        def _parse_request_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        request_id = _parse_request_id(d.pop("requestId"))

        def _parse_details(data: object) -> AuditEventPublicDetailsType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = AuditEventPublicDetailsType0.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditEventPublicDetailsType0 | None, data)

        details = _parse_details(d.pop("details"))

        def _parse_actor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_name = _parse_actor_name(d.pop("actorName", UNSET))

        audit_event_public = cls(
            id=id,
            occurred_at=occurred_at,
            actor_user_id=actor_user_id,
            actor_api_key_id=actor_api_key_id,
            organisation_id=organisation_id,
            action=action,
            subject_type=subject_type,
            subject_id=subject_id,
            request_id=request_id,
            details=details,
            actor_name=actor_name,
        )

        audit_event_public.additional_properties = d
        return audit_event_public

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
