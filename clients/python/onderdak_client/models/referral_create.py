from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.consent_purpose import ConsentPurpose
from ..models.referral_kind import ReferralKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralCreate")


@_attrs_define
class ReferralCreate:
    """
    Attributes:
        household_id (UUID):
        purpose (ConsentPurpose): What the named organisation may see the household for.
        to_organisation_id (UUID):
        consent_id (UUID): The household's valid consent for the receiver and this purpose.
        kind (ReferralKind | Unset):
        message (None | str | Unset): For the receiver, shown before it accepts: what is asked (no health or safety
            details).
    """

    household_id: UUID
    purpose: ConsentPurpose
    to_organisation_id: UUID
    consent_id: UUID
    kind: ReferralKind | Unset = UNSET
    message: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        household_id = str(self.household_id)

        purpose = self.purpose.value

        to_organisation_id = str(self.to_organisation_id)

        consent_id = str(self.consent_id)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "householdId": household_id,
                "purpose": purpose,
                "toOrganisationId": to_organisation_id,
                "consentId": consent_id,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        household_id = UUID(d.pop("householdId"))

        purpose = ConsentPurpose(d.pop("purpose"))

        to_organisation_id = UUID(d.pop("toOrganisationId"))

        consent_id = UUID(d.pop("consentId"))

        _kind = d.pop("kind", UNSET)
        kind: ReferralKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ReferralKind(_kind)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        referral_create = cls(
            household_id=household_id,
            purpose=purpose,
            to_organisation_id=to_organisation_id,
            consent_id=consent_id,
            kind=kind,
            message=message,
        )

        return referral_create
