"""Consents: which organisation may see a household, for what purpose, from when until when.

A consent is the household's permission, recorded by an organisation that has the household in its
own care, for one named organisation and one purpose. It is what a referral relies on (see
api.referrals): an organisation sees a referred household only while the consent the referral
cites is valid. Withdrawing it ends that access at once; so does its end date passing.
"""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import Field as PydanticField
from pydantic import model_validator
from sqlalchemy import CheckConstraint, Index, String, and_
from sqlmodel import Field, SQLModel, col

from api.core.models import InputSchema, Schema, id_field, timestamp_field


class ConsentPurpose(StrEnum):
    """What the named organisation may see the household for."""

    RELOCATION = "relocation"  # finding and arranging a new place to live
    HOST_MATCHING = "host_matching"  # matching with a host family
    RECEPTION = "reception"  # receiving the household in a place of a municipality
    SAFEGUARDING = "safeguarding"  # following up a safety concern
    ONGOING_SUPPORT = "ongoing_support"  # becoming the household's supporting organisation


class ConsentStatus(StrEnum):
    SCHEDULED = "scheduled"  # validFrom lies ahead
    ACTIVE = "active"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


class Consent(SQLModel, table=True):
    """Append-mostly: a consent is never edited, only withdrawn (and a new one recorded)."""

    __table_args__ = (
        CheckConstraint("valid_until > valid_from", name="valid_window"),
        Index("ix_consent_household_organisation", "household_id", "organisation_id", "purpose"),
    )

    id: uuid.UUID = id_field()
    household_id: uuid.UUID = Field(foreign_key="household.id")
    organisation_id: uuid.UUID = Field(foreign_key="organisation.id", index=True)
    purpose: str = Field(sa_type=String(32))
    valid_from: datetime = timestamp_field()
    valid_until: datetime = timestamp_field()
    recorded_by_organisation_id: uuid.UUID = Field(foreign_key="organisation.id")
    recorded_by_user_id: uuid.UUID | None = None  # None: an integration (the audit log names its key)
    created_at: datetime = timestamp_field()
    withdrawn_at: datetime | None = timestamp_field(nullable=True)
    withdrawn_by_organisation_id: uuid.UUID | None = Field(default=None, foreign_key="organisation.id")
    withdrawn_by_user_id: uuid.UUID | None = None

    def status_at(self, now: datetime) -> ConsentStatus:
        if self.withdrawn_at is not None:
            return ConsentStatus.WITHDRAWN
        if now < self.valid_from:
            return ConsentStatus.SCHEDULED
        if now >= self.valid_until:
            return ConsentStatus.EXPIRED
        return ConsentStatus.ACTIVE


def consent_valid_at(now: datetime) -> Any:
    """The SQL condition of Consent.status_at(now) == active."""
    return and_(
        col(Consent.withdrawn_at).is_(None),
        col(Consent.valid_from) <= now,
        col(Consent.valid_until) > now,
    )


def consent_status_is(status: ConsentStatus, now: datetime) -> Any:
    """The SQL condition of Consent.status_at(now) == status."""
    not_withdrawn = col(Consent.withdrawn_at).is_(None)
    return {
        ConsentStatus.WITHDRAWN: col(Consent.withdrawn_at).is_not(None),
        ConsentStatus.SCHEDULED: and_(not_withdrawn, col(Consent.valid_from) > now),
        ConsentStatus.EXPIRED: and_(not_withdrawn, col(Consent.valid_until) <= now),
        ConsentStatus.ACTIVE: consent_valid_at(now),
    }[status]


MAX_CONSENT_DAYS = 730


class ConsentCreate(InputSchema):
    organisation_id: uuid.UUID = PydanticField(description="The organisation that may see the household.")
    purpose: ConsentPurpose
    valid_from: datetime | None = PydanticField(
        default=None, description="RFC 3339 with a timezone; now when left out."
    )
    valid_until: datetime = PydanticField(
        description=f"RFC 3339 with a timezone; at most {MAX_CONSENT_DAYS} days after validFrom."
    )

    @model_validator(mode="after")
    def times_have_a_zone(self) -> "ConsentCreate":
        for value in (self.valid_from, self.valid_until):
            if value is not None and value.tzinfo is None:
                raise ValueError("times need a timezone (RFC 3339), e.g. 2027-01-31T23:59:59+01:00")
        return self


class ConsentPublic(Schema):
    id: uuid.UUID
    household_id: uuid.UUID
    organisation_id: uuid.UUID
    organisation_name: str
    purpose: ConsentPurpose
    valid_from: datetime
    valid_until: datetime
    status: ConsentStatus
    recorded_at: datetime
    recorded_by_organisation_id: uuid.UUID
    recorded_by_user_id: uuid.UUID | None
    withdrawn_at: datetime | None
    withdrawn_by_organisation_id: uuid.UUID | None
    withdrawn_by_user_id: uuid.UUID | None
