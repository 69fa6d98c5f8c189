"""GDPR: the export of everything about a household."""

import uuid
from datetime import datetime

from pydantic import Field as PydanticField

from api.consents.models import ConsentPublic
from api.core.models import Schema
from api.households.models import HouseholdPublic
from api.notifications.models import NotificationKind, NotificationStatus, RecipientType
from api.offers.models import OfferPublic
from api.placements.models import PlacementEventPublic, PlacementSummary
from api.referrals.models import ReferralPublic
from api.relocation.models import RelocationEventPublic, RelocationRequestPublic


class StatusLinkInfo(Schema):
    id: uuid.UUID
    created_at: datetime
    revoked_at: datetime | None


class NotificationExport(Schema):
    id: uuid.UUID
    created_at: datetime
    kind: NotificationKind
    channel: str
    recipient_type: RecipientType
    recipient: str
    language: str
    subject: str
    body: str
    status: NotificationStatus
    sent_at: datetime | None


class AccessLogEntry(Schema):
    occurred_at: datetime
    action: str
    subject_type: str
    subject_id: str | None
    organisation_id: uuid.UUID | None
    actor_user_id: uuid.UUID | None


class RelocationRequestExport(Schema):
    request: RelocationRequestPublic
    events: list[RelocationEventPublic]
    offers: list[OfferPublic]
    status_links: list[StatusLinkInfo]


class HouseholdExport(Schema):
    exported_at: datetime
    household: HouseholdPublic
    relocation_requests: list[RelocationRequestExport]
    placements: list[PlacementSummary]
    placement_events: list[PlacementEventPublic] = PydanticField(
        description="Check-ins, check-outs, no-shows and longer stays, with their reasons."
    )
    notifications: list[NotificationExport]
    consents: list[ConsentPublic] = PydanticField(
        description="Which organisations it allowed to see it, for what."
    )
    referrals: list[ReferralPublic] = PydanticField(
        description="The organisations it was referred or transferred to, and their answers."
    )
    access_log: list[AccessLogEntry] = PydanticField(
        description="Who read or changed the household's data (the audit log)."
    )
