"""Referrals: one organisation hands a household to another, relying on the household's consent.

A referral is a record of its own (as in Primero), never an edit of an owner field:
- kind `referral` shares the household: once the receiver accepts, it sees the household (read
  only) for as long as the consent the referral cites is valid;
- kind `transfer` hands over the care: once the receiver accepts, it becomes the household's
  supporting organisation and the sender's care ends.

pending → accepted | declined (by the receiver, with a reason) | revoked (by the sender) | ended
(its consent was withdrawn or ran out, or the household's data was erased). Each change is
audited; later each will be a webhook event (`referral.sent`, `referral.accepted`, …).
"""

import uuid
from datetime import datetime
from enum import StrEnum

from pydantic import Field as PydanticField
from sqlalchemy import Index, String
from sqlmodel import Field, SQLModel

from api.consents.models import ConsentPurpose
from api.core.models import InputSchema, Reason, Schema, id_field, timestamp_field


class ReferralKind(StrEnum):
    REFERRAL = "referral"
    TRANSFER = "transfer"


class ReferralStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    REVOKED = "revoked"
    ENDED = "ended"


class ReferralEndReason(StrEnum):
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CONSENT_EXPIRED = "consent_expired"
    HOUSEHOLD_ERASED = "household_erased"


class ReferralDirection(StrEnum):
    RECEIVED = "received"
    SENT = "sent"


# A transfer makes the receiver the household's supporting organisation: its consent says so.
TRANSFER_PURPOSE = ConsentPurpose.ONGOING_SUPPORT


class Referral(SQLModel, table=True):
    __table_args__ = (
        Index("ix_referral_to_status", "to_organisation_id", "status"),
        Index("ix_referral_from_status", "from_organisation_id", "status"),
        Index("ix_referral_household_status", "household_id", "status"),
    )

    id: uuid.UUID = id_field()
    household_id: uuid.UUID = Field(foreign_key="household.id")
    kind: str = Field(sa_type=String(16))
    purpose: str = Field(sa_type=String(32))
    from_organisation_id: uuid.UUID = Field(foreign_key="organisation.id")
    to_organisation_id: uuid.UUID = Field(foreign_key="organisation.id")
    consent_id: uuid.UUID = Field(foreign_key="consent.id", index=True)
    status: str = Field(sa_type=String(16), default=ReferralStatus.PENDING.value)
    message: str | None = Field(default=None, max_length=1000)
    # The supporting organisation when a transfer was sent: accepting it checks nothing changed since.
    supporting_organisation_at_send: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    sent_by_user_id: uuid.UUID | None = None  # None: an integration (the audit log names its key)
    created_at: datetime = timestamp_field()
    responded_at: datetime | None = timestamp_field(nullable=True)
    responded_by_user_id: uuid.UUID | None = None
    decline_reason: str | None = Field(default=None, max_length=1000)
    revoked_at: datetime | None = timestamp_field(nullable=True)
    revoked_by_user_id: uuid.UUID | None = None
    revoke_reason: str | None = Field(default=None, max_length=1000)
    ended_at: datetime | None = timestamp_field(nullable=True)
    end_reason: str | None = Field(default=None, sa_type=String(24))


class ReferralCreate(InputSchema):
    household_id: uuid.UUID
    kind: ReferralKind = ReferralKind.REFERRAL
    purpose: ConsentPurpose = PydanticField(
        description=f"What the receiver takes the household on for; a transfer's: `{TRANSFER_PURPOSE.value}`."
    )
    to_organisation_id: uuid.UUID
    consent_id: uuid.UUID = PydanticField(
        description="The household's valid consent for the receiver and this purpose."
    )
    message: Reason | None = PydanticField(
        default=None,
        description="For the receiver, shown before it accepts: what is asked (no health or safety details).",
    )


class ReferralDecline(InputSchema):
    reason: Reason = PydanticField(description="Why the receiver declines; the sender sees it.")


class ReferralRevoke(InputSchema):
    reason: Reason | None = None


class ReferralPublic(Schema):
    id: uuid.UUID
    kind: ReferralKind
    purpose: ConsentPurpose
    status: ReferralStatus
    household_id: uuid.UUID
    household_reference: str = PydanticField(description="Shown to the receiver before it accepts.")
    household_size: int = PydanticField(description="Beds the household needs: adults + children.")
    from_organisation_id: uuid.UUID
    from_organisation_name: str
    to_organisation_id: uuid.UUID
    to_organisation_name: str
    consent_id: uuid.UUID
    consent_valid_until: datetime
    message: str | None
    receiver_sees_household: bool = PydanticField(
        description="Whether the receiver has the household in its scope through this referral now."
    )
    sent_at: datetime
    sent_by_user_id: uuid.UUID | None
    responded_at: datetime | None
    responded_by_user_id: uuid.UUID | None
    decline_reason: str | None
    revoked_at: datetime | None
    revoked_by_user_id: uuid.UUID | None
    revoke_reason: str | None
    ended_at: datetime | None
    end_reason: ReferralEndReason | None
