from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.consent_purpose import ConsentPurpose
from ..models.referral_end_reason import ReferralEndReason
from ..models.referral_kind import ReferralKind
from ..models.referral_status import ReferralStatus

T = TypeVar("T", bound="ReferralPublic")


@_attrs_define
class ReferralPublic:
    """
    Attributes:
        id (UUID):
        kind (ReferralKind):
        purpose (ConsentPurpose): What the named organisation may see the household for.
        status (ReferralStatus):
        household_id (UUID):
        household_reference (str): Shown to the receiver before it accepts.
        household_size (int): Beds the household needs: adults + children.
        from_organisation_id (UUID):
        from_organisation_name (str):
        to_organisation_id (UUID):
        to_organisation_name (str):
        consent_id (UUID):
        consent_valid_until (datetime.datetime):
        message (None | str):
        receiver_sees_household (bool): Whether the receiver has the household in its scope through this referral now.
        sent_at (datetime.datetime):
        sent_by_user_id (None | UUID):
        responded_at (datetime.datetime | None):
        responded_by_user_id (None | UUID):
        decline_reason (None | str):
        revoked_at (datetime.datetime | None):
        revoked_by_user_id (None | UUID):
        revoke_reason (None | str):
        ended_at (datetime.datetime | None):
        end_reason (None | ReferralEndReason):
    """

    id: UUID
    kind: ReferralKind
    purpose: ConsentPurpose
    status: ReferralStatus
    household_id: UUID
    household_reference: str
    household_size: int
    from_organisation_id: UUID
    from_organisation_name: str
    to_organisation_id: UUID
    to_organisation_name: str
    consent_id: UUID
    consent_valid_until: datetime.datetime
    message: None | str
    receiver_sees_household: bool
    sent_at: datetime.datetime
    sent_by_user_id: None | UUID
    responded_at: datetime.datetime | None
    responded_by_user_id: None | UUID
    decline_reason: None | str
    revoked_at: datetime.datetime | None
    revoked_by_user_id: None | UUID
    revoke_reason: None | str
    ended_at: datetime.datetime | None
    end_reason: None | ReferralEndReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        purpose = self.purpose.value

        status = self.status.value

        household_id = str(self.household_id)

        household_reference = self.household_reference

        household_size = self.household_size

        from_organisation_id = str(self.from_organisation_id)

        from_organisation_name = self.from_organisation_name

        to_organisation_id = str(self.to_organisation_id)

        to_organisation_name = self.to_organisation_name

        consent_id = str(self.consent_id)

        consent_valid_until = self.consent_valid_until.isoformat()

        message: None | str
        message = self.message

        receiver_sees_household = self.receiver_sees_household

        sent_at = self.sent_at.isoformat()

        sent_by_user_id: None | str
        if isinstance(self.sent_by_user_id, UUID):
            sent_by_user_id = str(self.sent_by_user_id)
        else:
            sent_by_user_id = self.sent_by_user_id

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        responded_by_user_id: None | str
        if isinstance(self.responded_by_user_id, UUID):
            responded_by_user_id = str(self.responded_by_user_id)
        else:
            responded_by_user_id = self.responded_by_user_id

        decline_reason: None | str
        decline_reason = self.decline_reason

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        revoked_by_user_id: None | str
        if isinstance(self.revoked_by_user_id, UUID):
            revoked_by_user_id = str(self.revoked_by_user_id)
        else:
            revoked_by_user_id = self.revoked_by_user_id

        revoke_reason: None | str
        revoke_reason = self.revoke_reason

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        end_reason: None | str
        if isinstance(self.end_reason, ReferralEndReason):
            end_reason = self.end_reason.value
        else:
            end_reason = self.end_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "purpose": purpose,
                "status": status,
                "householdId": household_id,
                "householdReference": household_reference,
                "householdSize": household_size,
                "fromOrganisationId": from_organisation_id,
                "fromOrganisationName": from_organisation_name,
                "toOrganisationId": to_organisation_id,
                "toOrganisationName": to_organisation_name,
                "consentId": consent_id,
                "consentValidUntil": consent_valid_until,
                "message": message,
                "receiverSeesHousehold": receiver_sees_household,
                "sentAt": sent_at,
                "sentByUserId": sent_by_user_id,
                "respondedAt": responded_at,
                "respondedByUserId": responded_by_user_id,
                "declineReason": decline_reason,
                "revokedAt": revoked_at,
                "revokedByUserId": revoked_by_user_id,
                "revokeReason": revoke_reason,
                "endedAt": ended_at,
                "endReason": end_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = ReferralKind(d.pop("kind"))

        purpose = ConsentPurpose(d.pop("purpose"))

        status = ReferralStatus(d.pop("status"))

        household_id = UUID(d.pop("householdId"))

        household_reference = d.pop("householdReference")

        household_size = d.pop("householdSize")

        from_organisation_id = UUID(d.pop("fromOrganisationId"))

        from_organisation_name = d.pop("fromOrganisationName")

        to_organisation_id = UUID(d.pop("toOrganisationId"))

        to_organisation_name = d.pop("toOrganisationName")

        consent_id = UUID(d.pop("consentId"))

        consent_valid_until = datetime.datetime.fromisoformat(d.pop("consentValidUntil"))

        def _parse_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message = _parse_message(d.pop("message"))

        receiver_sees_household = d.pop("receiverSeesHousehold")

        sent_at = datetime.datetime.fromisoformat(d.pop("sentAt"))

        def _parse_sent_by_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_by_user_id_type_0 = UUID(data)

                return sent_by_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        sent_by_user_id = _parse_sent_by_user_id(d.pop("sentByUserId"))

        def _parse_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        responded_at = _parse_responded_at(d.pop("respondedAt"))

        def _parse_responded_by_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_by_user_id_type_0 = UUID(data)

                return responded_by_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        responded_by_user_id = _parse_responded_by_user_id(d.pop("respondedByUserId"))

        def _parse_decline_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decline_reason = _parse_decline_reason(d.pop("declineReason"))

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revokedAt"))

        def _parse_revoked_by_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_by_user_id_type_0 = UUID(data)

                return revoked_by_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        revoked_by_user_id = _parse_revoked_by_user_id(d.pop("revokedByUserId"))

        def _parse_revoke_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revoke_reason = _parse_revoke_reason(d.pop("revokeReason"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("endedAt"))

        def _parse_end_reason(data: object) -> None | ReferralEndReason:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_reason_type_0 = ReferralEndReason(data)

                return end_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReferralEndReason, data)

        end_reason = _parse_end_reason(d.pop("endReason"))

        referral_public = cls(
            id=id,
            kind=kind,
            purpose=purpose,
            status=status,
            household_id=household_id,
            household_reference=household_reference,
            household_size=household_size,
            from_organisation_id=from_organisation_id,
            from_organisation_name=from_organisation_name,
            to_organisation_id=to_organisation_id,
            to_organisation_name=to_organisation_name,
            consent_id=consent_id,
            consent_valid_until=consent_valid_until,
            message=message,
            receiver_sees_household=receiver_sees_household,
            sent_at=sent_at,
            sent_by_user_id=sent_by_user_id,
            responded_at=responded_at,
            responded_by_user_id=responded_by_user_id,
            decline_reason=decline_reason,
            revoked_at=revoked_at,
            revoked_by_user_id=revoked_by_user_id,
            revoke_reason=revoke_reason,
            ended_at=ended_at,
            end_reason=end_reason,
        )

        referral_public.additional_properties = d
        return referral_public

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
