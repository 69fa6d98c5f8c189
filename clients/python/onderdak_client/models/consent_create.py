from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.consent_purpose import ConsentPurpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsentCreate")


@_attrs_define
class ConsentCreate:
    """
    Attributes:
        organisation_id (UUID): The organisation that may see the household.
        purpose (ConsentPurpose): What the named organisation may see the household for.
        valid_until (datetime.datetime): RFC 3339 with a timezone; at most 730 days after validFrom.
        valid_from (datetime.datetime | None | Unset): RFC 3339 with a timezone; now when left out.
    """

    organisation_id: UUID
    purpose: ConsentPurpose
    valid_until: datetime.datetime
    valid_from: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        organisation_id = str(self.organisation_id)

        purpose = self.purpose.value

        valid_until = self.valid_until.isoformat()

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.datetime):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organisationId": organisation_id,
                "purpose": purpose,
                "validUntil": valid_until,
            }
        )
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organisation_id = UUID(d.pop("organisationId"))

        purpose = ConsentPurpose(d.pop("purpose"))

        valid_until = datetime.datetime.fromisoformat(d.pop("validUntil"))

        def _parse_valid_from(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.datetime.fromisoformat(data)

                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_from = _parse_valid_from(d.pop("validFrom", UNSET))

        consent_create = cls(
            organisation_id=organisation_id,
            purpose=purpose,
            valid_until=valid_until,
            valid_from=valid_from,
        )

        return consent_create
