from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consent_purpose import ConsentPurpose
from ..models.consent_status import ConsentStatus

T = TypeVar("T", bound="ConsentPublic")


@_attrs_define
class ConsentPublic:
    """
    Attributes:
        id (UUID):
        household_id (UUID):
        organisation_id (UUID):
        organisation_name (str):
        purpose (ConsentPurpose): What the named organisation may see the household for.
        valid_from (datetime.datetime):
        valid_until (datetime.datetime):
        status (ConsentStatus):
        recorded_at (datetime.datetime):
        recorded_by_organisation_id (UUID):
        recorded_by_user_id (None | UUID):
        withdrawn_at (datetime.datetime | None):
        withdrawn_by_organisation_id (None | UUID):
        withdrawn_by_user_id (None | UUID):
    """

    id: UUID
    household_id: UUID
    organisation_id: UUID
    organisation_name: str
    purpose: ConsentPurpose
    valid_from: datetime.datetime
    valid_until: datetime.datetime
    status: ConsentStatus
    recorded_at: datetime.datetime
    recorded_by_organisation_id: UUID
    recorded_by_user_id: None | UUID
    withdrawn_at: datetime.datetime | None
    withdrawn_by_organisation_id: None | UUID
    withdrawn_by_user_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        household_id = str(self.household_id)

        organisation_id = str(self.organisation_id)

        organisation_name = self.organisation_name

        purpose = self.purpose.value

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()

        status = self.status.value

        recorded_at = self.recorded_at.isoformat()

        recorded_by_organisation_id = str(self.recorded_by_organisation_id)

        recorded_by_user_id: None | str
        if isinstance(self.recorded_by_user_id, UUID):
            recorded_by_user_id = str(self.recorded_by_user_id)
        else:
            recorded_by_user_id = self.recorded_by_user_id

        withdrawn_at: None | str
        if isinstance(self.withdrawn_at, datetime.datetime):
            withdrawn_at = self.withdrawn_at.isoformat()
        else:
            withdrawn_at = self.withdrawn_at

        withdrawn_by_organisation_id: None | str
        if isinstance(self.withdrawn_by_organisation_id, UUID):
            withdrawn_by_organisation_id = str(self.withdrawn_by_organisation_id)
        else:
            withdrawn_by_organisation_id = self.withdrawn_by_organisation_id

        withdrawn_by_user_id: None | str
        if isinstance(self.withdrawn_by_user_id, UUID):
            withdrawn_by_user_id = str(self.withdrawn_by_user_id)
        else:
            withdrawn_by_user_id = self.withdrawn_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "householdId": household_id,
                "organisationId": organisation_id,
                "organisationName": organisation_name,
                "purpose": purpose,
                "validFrom": valid_from,
                "validUntil": valid_until,
                "status": status,
                "recordedAt": recorded_at,
                "recordedByOrganisationId": recorded_by_organisation_id,
                "recordedByUserId": recorded_by_user_id,
                "withdrawnAt": withdrawn_at,
                "withdrawnByOrganisationId": withdrawn_by_organisation_id,
                "withdrawnByUserId": withdrawn_by_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        household_id = UUID(d.pop("householdId"))

        organisation_id = UUID(d.pop("organisationId"))

        organisation_name = d.pop("organisationName")

        purpose = ConsentPurpose(d.pop("purpose"))

        valid_from = datetime.datetime.fromisoformat(d.pop("validFrom"))

        valid_until = datetime.datetime.fromisoformat(d.pop("validUntil"))

        status = ConsentStatus(d.pop("status"))

        recorded_at = datetime.datetime.fromisoformat(d.pop("recordedAt"))

        recorded_by_organisation_id = UUID(d.pop("recordedByOrganisationId"))

        def _parse_recorded_by_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_by_user_id_type_0 = UUID(data)

                return recorded_by_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        recorded_by_user_id = _parse_recorded_by_user_id(d.pop("recordedByUserId"))

        def _parse_withdrawn_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_at_type_0 = datetime.datetime.fromisoformat(data)

                return withdrawn_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        withdrawn_at = _parse_withdrawn_at(d.pop("withdrawnAt"))

        def _parse_withdrawn_by_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_by_organisation_id_type_0 = UUID(data)

                return withdrawn_by_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        withdrawn_by_organisation_id = _parse_withdrawn_by_organisation_id(d.pop("withdrawnByOrganisationId"))

        def _parse_withdrawn_by_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_by_user_id_type_0 = UUID(data)

                return withdrawn_by_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        withdrawn_by_user_id = _parse_withdrawn_by_user_id(d.pop("withdrawnByUserId"))

        consent_public = cls(
            id=id,
            household_id=household_id,
            organisation_id=organisation_id,
            organisation_name=organisation_name,
            purpose=purpose,
            valid_from=valid_from,
            valid_until=valid_until,
            status=status,
            recorded_at=recorded_at,
            recorded_by_organisation_id=recorded_by_organisation_id,
            recorded_by_user_id=recorded_by_user_id,
            withdrawn_at=withdrawn_at,
            withdrawn_by_organisation_id=withdrawn_by_organisation_id,
            withdrawn_by_user_id=withdrawn_by_user_id,
        )

        consent_public.additional_properties = d
        return consent_public

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
