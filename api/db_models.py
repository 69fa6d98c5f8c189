"""Every table, imported in one place so that Alembic and the tests see the whole schema."""

from api.audit.models import AuditEvent
from api.consents.models import Consent
from api.hosts.models import HostFamily, VettingDecision, VettingReminder
from api.households.models import Household
from api.identity.models import (
    ApiKey,
    LoginKnownClient,
    LoginThrottle,
    Organisation,
    PasswordLink,
    RefreshToken,
    TwoFactorChallenge,
    TwoFactorRecoveryCode,
    User,
    UserTwoFactor,
)
from api.incidents.models import Incident
from api.initiatives.models import CitizenInitiative, InitiativeStageEvent
from api.matching.models import MatchingProposal, MatchingRun, MatchingUnassigned
from api.notifications.models import Notification, NotificationDelivery
from api.offers.models import Offer
from api.operations.models import JobSchedule, WorkItem
from api.placements.models import Placement, PlacementEvent
from api.places.models import ShelterLocation, ShelterUnit
from api.reference.models import Municipality, SafetyRegion
from api.referrals.models import Referral
from api.relocation.models import (
    RelocationAnchor,
    RelocationEvent,
    RelocationRequest,
    StatusLink,
    StatusLookupThrottle,
)
from api.webhooks.models import WebhookDelivery, WebhookEvent, WebhookSubscription

__all__ = [
    "ApiKey",
    "AuditEvent",
    "CitizenInitiative",
    "Consent",
    "HostFamily",
    "Household",
    "TwoFactorChallenge",
    "TwoFactorRecoveryCode",
    "UserTwoFactor",
    "Incident",
    "InitiativeStageEvent",
    "MatchingProposal",
    "MatchingUnassigned",
    "MatchingRun",
    "JobSchedule",
    "Notification",
    "NotificationDelivery",
    "Offer",
    "PasswordLink",
    "Placement",
    "Referral",
    "PlacementEvent",
    "RelocationAnchor",
    "RelocationEvent",
    "RelocationRequest",
    "ShelterLocation",
    "ShelterUnit",
    "StatusLink",
    "StatusLookupThrottle",
    "LoginKnownClient",
    "LoginThrottle",
    "Municipality",
    "Organisation",
    "RefreshToken",
    "SafetyRegion",
    "User",
    "VettingDecision",
    "VettingReminder",
    "WorkItem",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookSubscription",
]
