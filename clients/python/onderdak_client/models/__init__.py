"""Contains all the data models used in inputs/outputs"""

from .access_log_entry import AccessLogEntry
from .actor_public import ActorPublic
from .actor_type import ActorType
from .age_band import AgeBand
from .anchor_input import AnchorInput
from .anchor_kind import AnchorKind
from .anchor_public import AnchorPublic
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_page import ApiKeyPage
from .api_key_public import ApiKeyPublic
from .api_key_scopes import ApiKeyScopes
from .assignee_public import AssigneePublic
from .assignee_update import AssigneeUpdate
from .audit_event_page import AuditEventPage
from .audit_event_public import AuditEventPublic
from .audit_event_public_details_type_0 import AuditEventPublicDetailsType0
from .auth_login_form import AuthLoginForm
from .cancel_create import CancelCreate
from .candidate_list import CandidateList
from .candidate_public import CandidatePublic
from .citizen_initiative_create import CitizenInitiativeCreate
from .citizen_initiative_page import CitizenInitiativePage
from .citizen_initiative_public import CitizenInitiativePublic
from .citizen_initiative_update import CitizenInitiativeUpdate
from .closing_action import ClosingAction
from .closing_create import ClosingCreate
from .closing_household import ClosingHousehold
from .closing_report import ClosingReport
from .consent_create import ConsentCreate
from .consent_page import ConsentPage
from .consent_public import ConsentPublic
from .consent_purpose import ConsentPurpose
from .consent_status import ConsentStatus
from .contact import Contact
from .contact_channel import ContactChannel
from .contact_public import ContactPublic
from .current_user_public import CurrentUserPublic
from .decline_create import DeclineCreate
from .decline_reason_count import DeclineReasonCount
from .delivery_attempt_public import DeliveryAttemptPublic
from .delivery_status import DeliveryStatus
from .event_kind import EventKind
from .event_type import EventType
from .explanation_public import ExplanationPublic
from .field_error import FieldError
from .forecast_group import ForecastGroup
from .forecast_group_by import ForecastGroupBy
from .forecast_week import ForecastWeek
from .health_health_response_health_health import HealthHealthResponseHealthHealth
from .host_family_create import HostFamilyCreate
from .host_family_page import HostFamilyPage
from .host_family_public import HostFamilyPublic
from .host_family_update import HostFamilyUpdate
from .host_sort import HostSort
from .host_stay_list import HostStayList
from .host_stay_public import HostStayPublic
from .host_stay_status import HostStayStatus
from .household_access import HouseholdAccess
from .household_contact import HouseholdContact
from .household_contact_public import HouseholdContactPublic
from .household_create import HouseholdCreate
from .household_export import HouseholdExport
from .household_page import HouseholdPage
from .household_public import HouseholdPublic
from .household_update import HouseholdUpdate
from .inbox_message import InboxMessage
from .inbox_page import InboxPage
from .incident_close import IncidentClose
from .incident_create import IncidentCreate
from .incident_page import IncidentPage
from .incident_public import IncidentPublic
from .incident_response import IncidentResponse
from .incident_status import IncidentStatus
from .initiative_kind import InitiativeKind
from .job_run_status import JobRunStatus
from .jobs_overview import JobsOverview
from .legal_status import LegalStatus
from .location_kind import LocationKind
from .location_list import LocationList
from .location_list_row import LocationListRow
from .location_sort import LocationSort
from .location_status import LocationStatus
from .map_settings import MapSettings
from .matching_run_create import MatchingRunCreate
from .matching_run_page import MatchingRunPage
from .matching_run_public import MatchingRunPublic
from .member import Member
from .member_input import MemberInput
from .municipality_page import MunicipalityPage
from .municipality_public import MunicipalityPublic
from .needs_input import NeedsInput
from .needs_public import NeedsPublic
from .next_step import NextStep
from .notification_delivery_status import NotificationDeliveryStatus
from .notification_export import NotificationExport
from .notification_kind import NotificationKind
from .notification_status import NotificationStatus
from .occupancy_group_by import OccupancyGroupBy
from .occupancy_report import OccupancyReport
from .occupancy_row import OccupancyRow
from .offer_create import OfferCreate
from .offer_list import OfferList
from .offer_public import OfferPublic
from .offer_status import OfferStatus
from .organisation_contact import OrganisationContact
from .organisation_contact_public import OrganisationContactPublic
from .organisation_create import OrganisationCreate
from .organisation_kind import OrganisationKind
from .organisation_page import OrganisationPage
from .organisation_public import OrganisationPublic
from .organisation_update import OrganisationUpdate
from .outcome import Outcome
from .password_link_created import PasswordLinkCreated
from .permission import Permission
from .permit import Permit
from .permit_public import PermitPublic
from .permit_status import PermitStatus
from .place_type import PlaceType
from .placement_actor import PlacementActor
from .placement_check_in import PlacementCheckIn
from .placement_end import PlacementEnd
from .placement_event_kind import PlacementEventKind
from .placement_event_list import PlacementEventList
from .placement_event_public import PlacementEventPublic
from .placement_no_show import PlacementNoShow
from .placement_page import PlacementPage
from .placement_public import PlacementPublic
from .placement_status import PlacementStatus
from .placement_summary import PlacementSummary
from .problem_details import ProblemDetails
from .proposal_offer_outcome import ProposalOfferOutcome
from .proposal_offer_outcome_kind import ProposalOfferOutcomeKind
from .proposal_offers_create import ProposalOffersCreate
from .proposal_offers_result import ProposalOffersResult
from .proposal_public import ProposalPublic
from .recipient_type import RecipientType
from .recovery_codes import RecoveryCodes
from .referral_create import ReferralCreate
from .referral_decline import ReferralDecline
from .referral_direction import ReferralDirection
from .referral_end_reason import ReferralEndReason
from .referral_kind import ReferralKind
from .referral_page import ReferralPage
from .referral_public import ReferralPublic
from .referral_revoke import ReferralRevoke
from .referral_status import ReferralStatus
from .refresh_request import RefreshRequest
from .relocation_event_list import RelocationEventList
from .relocation_event_public import RelocationEventPublic
from .relocation_forecast import RelocationForecast
from .relocation_request_create import RelocationRequestCreate
from .relocation_request_created import RelocationRequestCreated
from .relocation_request_export import RelocationRequestExport
from .relocation_request_page import RelocationRequestPage
from .relocation_request_public import RelocationRequestPublic
from .relocation_request_update import RelocationRequestUpdate
from .report_format import ReportFormat
from .request_flow_row import RequestFlowRow
from .request_notification_page import RequestNotificationPage
from .request_notification_public import RequestNotificationPublic
from .request_reason import RequestReason
from .request_sort import RequestSort
from .request_status import RequestStatus
from .requests_report import RequestsReport
from .requests_report_bystatusandurgency import RequestsReportBystatusandurgency
from .requests_report_bystatusandurgency_additional_property import (
    RequestsReportBystatusandurgencyAdditionalProperty,
)
from .response_channel import ResponseChannel
from .review_outcome import ReviewOutcome
from .review_status import ReviewStatus
from .risk import Risk
from .risk_owner import RiskOwner
from .risk_public import RiskPublic
from .role import Role
from .run_status import RunStatus
from .safety_region_municipality import SafetyRegionMunicipality
from .safety_region_page import SafetyRegionPage
from .safety_region_public import SafetyRegionPublic
from .scale_figures import ScaleFigures
from .scheduled_job_public import ScheduledJobPublic
from .second_factor import SecondFactor
from .secret_rotation import SecretRotation
from .separation_public import SeparationPublic
from .set_password_request import SetPasswordRequest
from .set_password_result import SetPasswordResult
from .severity import Severity
from .shelter_location_create import ShelterLocationCreate
from .shelter_location_page import ShelterLocationPage
from .shelter_location_public import ShelterLocationPublic
from .shelter_location_update import ShelterLocationUpdate
from .shelter_unit_create import ShelterUnitCreate
from .shelter_unit_list import ShelterUnitList
from .shelter_unit_public import ShelterUnitPublic
from .shelter_unit_update import ShelterUnitUpdate
from .staff_ref import StaffRef
from .stage import Stage
from .stage_change import StageChange
from .stage_event_list import StageEventList
from .stage_event_public import StageEventPublic
from .stakeholder import Stakeholder
from .stakeholder_public import StakeholderPublic
from .status_concern_create import StatusConcernCreate
from .status_concern_received import StatusConcernReceived
from .status_language import StatusLanguage
from .status_link_created import StatusLinkCreated
from .status_link_info import StatusLinkInfo
from .status_page import StatusPage
from .status_page_event import StatusPageEvent
from .status_page_fact import StatusPageFact
from .status_page_offer import StatusPageOffer
from .status_page_organisation import StatusPageOrganisation
from .stay_extension_create import StayExtensionCreate
from .subject_type import SubjectType
from .term_difference import TermDifference
from .term_facts import TermFacts
from .term_public import TermPublic
from .token_response import TokenResponse
from .transition_create import TransitionCreate
from .two_factor_challenge_confirm import TwoFactorChallengeConfirm
from .two_factor_challenge_request import TwoFactorChallengeRequest
from .two_factor_confirm import TwoFactorConfirm
from .two_factor_disable import TwoFactorDisable
from .two_factor_enrol_request import TwoFactorEnrolRequest
from .two_factor_enrolled import TwoFactorEnrolled
from .two_factor_enrolment import TwoFactorEnrolment
from .two_factor_state import TwoFactorState
from .two_factor_verify import TwoFactorVerify
from .unassigned_page import UnassignedPage
from .unassigned_public import UnassignedPublic
from .unassigned_reason import UnassignedReason
from .unit_status import UnitStatus
from .urgency import Urgency
from .user_create import UserCreate
from .user_page import UserPage
from .user_public import UserPublic
from .user_update import UserUpdate
from .vetting_decision_list import VettingDecisionList
from .vetting_decision_public import VettingDecisionPublic
from .vetting_public import VettingPublic
from .vetting_review_create import VettingReviewCreate
from .vetting_review_public import VettingReviewPublic
from .vetting_status import VettingStatus
from .vetting_update import VettingUpdate
from .visiting_rules import VisitingRules
from .webhook_delivery_page import WebhookDeliveryPage
from .webhook_delivery_public import WebhookDeliveryPublic
from .webhook_subscription_create import WebhookSubscriptionCreate
from .webhook_subscription_page import WebhookSubscriptionPage
from .webhook_subscription_public import WebhookSubscriptionPublic
from .webhook_subscription_update import WebhookSubscriptionUpdate
from .webhook_subscription_with_secret import WebhookSubscriptionWithSecret
from .withdraw_create import WithdrawCreate
from .work_queue_public import WorkQueuePublic

__all__ = (
    "AccessLogEntry",
    "ActorPublic",
    "ActorType",
    "AgeBand",
    "AnchorInput",
    "AnchorKind",
    "AnchorPublic",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyPage",
    "ApiKeyPublic",
    "ApiKeyScopes",
    "AssigneePublic",
    "AssigneeUpdate",
    "AuditEventPage",
    "AuditEventPublic",
    "AuditEventPublicDetailsType0",
    "AuthLoginForm",
    "CancelCreate",
    "CandidateList",
    "CandidatePublic",
    "CitizenInitiativeCreate",
    "CitizenInitiativePage",
    "CitizenInitiativePublic",
    "CitizenInitiativeUpdate",
    "ClosingAction",
    "ClosingCreate",
    "ClosingHousehold",
    "ClosingReport",
    "ConsentCreate",
    "ConsentPage",
    "ConsentPublic",
    "ConsentPurpose",
    "ConsentStatus",
    "Contact",
    "ContactChannel",
    "ContactPublic",
    "CurrentUserPublic",
    "DeclineCreate",
    "DeclineReasonCount",
    "DeliveryAttemptPublic",
    "DeliveryStatus",
    "EventKind",
    "EventType",
    "ExplanationPublic",
    "FieldError",
    "ForecastGroup",
    "ForecastGroupBy",
    "ForecastWeek",
    "HealthHealthResponseHealthHealth",
    "HostFamilyCreate",
    "HostFamilyPage",
    "HostFamilyPublic",
    "HostFamilyUpdate",
    "HostSort",
    "HostStayList",
    "HostStayPublic",
    "HostStayStatus",
    "HouseholdAccess",
    "HouseholdContact",
    "HouseholdContactPublic",
    "HouseholdCreate",
    "HouseholdExport",
    "HouseholdPage",
    "HouseholdPublic",
    "HouseholdUpdate",
    "InboxMessage",
    "InboxPage",
    "IncidentClose",
    "IncidentCreate",
    "IncidentPage",
    "IncidentPublic",
    "IncidentResponse",
    "IncidentStatus",
    "InitiativeKind",
    "JobRunStatus",
    "JobsOverview",
    "LegalStatus",
    "LocationKind",
    "LocationList",
    "LocationListRow",
    "LocationSort",
    "LocationStatus",
    "MapSettings",
    "MatchingRunCreate",
    "MatchingRunPage",
    "MatchingRunPublic",
    "Member",
    "MemberInput",
    "MunicipalityPage",
    "MunicipalityPublic",
    "NeedsInput",
    "NeedsPublic",
    "NextStep",
    "NotificationDeliveryStatus",
    "NotificationExport",
    "NotificationKind",
    "NotificationStatus",
    "OccupancyGroupBy",
    "OccupancyReport",
    "OccupancyRow",
    "OfferCreate",
    "OfferList",
    "OfferPublic",
    "OfferStatus",
    "OrganisationContact",
    "OrganisationContactPublic",
    "OrganisationCreate",
    "OrganisationKind",
    "OrganisationPage",
    "OrganisationPublic",
    "OrganisationUpdate",
    "Outcome",
    "PasswordLinkCreated",
    "Permission",
    "Permit",
    "PermitPublic",
    "PermitStatus",
    "PlaceType",
    "PlacementActor",
    "PlacementCheckIn",
    "PlacementEnd",
    "PlacementEventKind",
    "PlacementEventList",
    "PlacementEventPublic",
    "PlacementNoShow",
    "PlacementPage",
    "PlacementPublic",
    "PlacementStatus",
    "PlacementSummary",
    "ProblemDetails",
    "ProposalOfferOutcome",
    "ProposalOfferOutcomeKind",
    "ProposalOffersCreate",
    "ProposalOffersResult",
    "ProposalPublic",
    "RecipientType",
    "RecoveryCodes",
    "ReferralCreate",
    "ReferralDecline",
    "ReferralDirection",
    "ReferralEndReason",
    "ReferralKind",
    "ReferralPage",
    "ReferralPublic",
    "ReferralRevoke",
    "ReferralStatus",
    "RefreshRequest",
    "RelocationEventList",
    "RelocationEventPublic",
    "RelocationForecast",
    "RelocationRequestCreate",
    "RelocationRequestCreated",
    "RelocationRequestExport",
    "RelocationRequestPage",
    "RelocationRequestPublic",
    "RelocationRequestUpdate",
    "ReportFormat",
    "RequestFlowRow",
    "RequestNotificationPage",
    "RequestNotificationPublic",
    "RequestReason",
    "RequestSort",
    "RequestStatus",
    "RequestsReport",
    "RequestsReportBystatusandurgency",
    "RequestsReportBystatusandurgencyAdditionalProperty",
    "ResponseChannel",
    "ReviewOutcome",
    "ReviewStatus",
    "Risk",
    "RiskOwner",
    "RiskPublic",
    "Role",
    "RunStatus",
    "SafetyRegionMunicipality",
    "SafetyRegionPage",
    "SafetyRegionPublic",
    "ScaleFigures",
    "ScheduledJobPublic",
    "SecondFactor",
    "SecretRotation",
    "SeparationPublic",
    "SetPasswordRequest",
    "SetPasswordResult",
    "Severity",
    "ShelterLocationCreate",
    "ShelterLocationPage",
    "ShelterLocationPublic",
    "ShelterLocationUpdate",
    "ShelterUnitCreate",
    "ShelterUnitList",
    "ShelterUnitPublic",
    "ShelterUnitUpdate",
    "StaffRef",
    "Stage",
    "StageChange",
    "StageEventList",
    "StageEventPublic",
    "Stakeholder",
    "StakeholderPublic",
    "StatusConcernCreate",
    "StatusConcernReceived",
    "StatusLanguage",
    "StatusLinkCreated",
    "StatusLinkInfo",
    "StatusPage",
    "StatusPageEvent",
    "StatusPageFact",
    "StatusPageOffer",
    "StatusPageOrganisation",
    "StayExtensionCreate",
    "SubjectType",
    "TermDifference",
    "TermFacts",
    "TermPublic",
    "TokenResponse",
    "TransitionCreate",
    "TwoFactorChallengeConfirm",
    "TwoFactorChallengeRequest",
    "TwoFactorConfirm",
    "TwoFactorDisable",
    "TwoFactorEnrolRequest",
    "TwoFactorEnrolled",
    "TwoFactorEnrolment",
    "TwoFactorState",
    "TwoFactorVerify",
    "UnassignedPage",
    "UnassignedPublic",
    "UnassignedReason",
    "UnitStatus",
    "Urgency",
    "UserCreate",
    "UserPage",
    "UserPublic",
    "UserUpdate",
    "VettingDecisionList",
    "VettingDecisionPublic",
    "VettingPublic",
    "VettingReviewCreate",
    "VettingReviewPublic",
    "VettingStatus",
    "VettingUpdate",
    "VisitingRules",
    "WebhookDeliveryPage",
    "WebhookDeliveryPublic",
    "WebhookSubscriptionCreate",
    "WebhookSubscriptionPage",
    "WebhookSubscriptionPublic",
    "WebhookSubscriptionUpdate",
    "WebhookSubscriptionWithSecret",
    "WithdrawCreate",
    "WorkQueuePublic",
)
