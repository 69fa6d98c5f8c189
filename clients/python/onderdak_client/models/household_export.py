from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_log_entry import AccessLogEntry
    from ..models.consent_public import ConsentPublic
    from ..models.household_public import HouseholdPublic
    from ..models.notification_export import NotificationExport
    from ..models.placement_event_public import PlacementEventPublic
    from ..models.placement_summary import PlacementSummary
    from ..models.referral_public import ReferralPublic
    from ..models.relocation_request_export import RelocationRequestExport


T = TypeVar("T", bound="HouseholdExport")


@_attrs_define
class HouseholdExport:
    """
    Attributes:
        exported_at (datetime.datetime):
        household (HouseholdPublic):
        relocation_requests (list[RelocationRequestExport]):
        placements (list[PlacementSummary]):
        placement_events (list[PlacementEventPublic]): Check-ins, check-outs, no-shows and longer stays, with their
            reasons.
        notifications (list[NotificationExport]):
        consents (list[ConsentPublic]): Which organisations it allowed to see it, for what.
        referrals (list[ReferralPublic]): The organisations it was referred or transferred to, and their answers.
        access_log (list[AccessLogEntry]): Who read or changed the household's data (the audit log).
    """

    exported_at: datetime.datetime
    household: HouseholdPublic
    relocation_requests: list[RelocationRequestExport]
    placements: list[PlacementSummary]
    placement_events: list[PlacementEventPublic]
    notifications: list[NotificationExport]
    consents: list[ConsentPublic]
    referrals: list[ReferralPublic]
    access_log: list[AccessLogEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exported_at = self.exported_at.isoformat()

        household = self.household.to_dict()

        relocation_requests = []
        for relocation_requests_item_data in self.relocation_requests:
            relocation_requests_item = relocation_requests_item_data.to_dict()
            relocation_requests.append(relocation_requests_item)

        placements = []
        for placements_item_data in self.placements:
            placements_item = placements_item_data.to_dict()
            placements.append(placements_item)

        placement_events = []
        for placement_events_item_data in self.placement_events:
            placement_events_item = placement_events_item_data.to_dict()
            placement_events.append(placement_events_item)

        notifications = []
        for notifications_item_data in self.notifications:
            notifications_item = notifications_item_data.to_dict()
            notifications.append(notifications_item)

        consents = []
        for consents_item_data in self.consents:
            consents_item = consents_item_data.to_dict()
            consents.append(consents_item)

        referrals = []
        for referrals_item_data in self.referrals:
            referrals_item = referrals_item_data.to_dict()
            referrals.append(referrals_item)

        access_log = []
        for access_log_item_data in self.access_log:
            access_log_item = access_log_item_data.to_dict()
            access_log.append(access_log_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exportedAt": exported_at,
                "household": household,
                "relocationRequests": relocation_requests,
                "placements": placements,
                "placementEvents": placement_events,
                "notifications": notifications,
                "consents": consents,
                "referrals": referrals,
                "accessLog": access_log,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.access_log_entry import AccessLogEntry
        from ..models.consent_public import ConsentPublic
        from ..models.household_public import HouseholdPublic
        from ..models.notification_export import NotificationExport
        from ..models.placement_event_public import PlacementEventPublic
        from ..models.placement_summary import PlacementSummary
        from ..models.referral_public import ReferralPublic
        from ..models.relocation_request_export import RelocationRequestExport

        d = dict(src_dict)
        exported_at = datetime.datetime.fromisoformat(d.pop("exportedAt"))

        household = HouseholdPublic.from_dict(d.pop("household"))

        relocation_requests = []
        _relocation_requests = d.pop("relocationRequests")
        for relocation_requests_item_data in _relocation_requests:
            relocation_requests_item = RelocationRequestExport.from_dict(relocation_requests_item_data)

            relocation_requests.append(relocation_requests_item)

        placements = []
        _placements = d.pop("placements")
        for placements_item_data in _placements:
            placements_item = PlacementSummary.from_dict(placements_item_data)

            placements.append(placements_item)

        placement_events = []
        _placement_events = d.pop("placementEvents")
        for placement_events_item_data in _placement_events:
            placement_events_item = PlacementEventPublic.from_dict(placement_events_item_data)

            placement_events.append(placement_events_item)

        notifications = []
        _notifications = d.pop("notifications")
        for notifications_item_data in _notifications:
            notifications_item = NotificationExport.from_dict(notifications_item_data)

            notifications.append(notifications_item)

        consents = []
        _consents = d.pop("consents")
        for consents_item_data in _consents:
            consents_item = ConsentPublic.from_dict(consents_item_data)

            consents.append(consents_item)

        referrals = []
        _referrals = d.pop("referrals")
        for referrals_item_data in _referrals:
            referrals_item = ReferralPublic.from_dict(referrals_item_data)

            referrals.append(referrals_item)

        access_log = []
        _access_log = d.pop("accessLog")
        for access_log_item_data in _access_log:
            access_log_item = AccessLogEntry.from_dict(access_log_item_data)

            access_log.append(access_log_item)

        household_export = cls(
            exported_at=exported_at,
            household=household,
            relocation_requests=relocation_requests,
            placements=placements,
            placement_events=placement_events,
            notifications=notifications,
            consents=consents,
            referrals=referrals,
            access_log=access_log,
        )

        household_export.additional_properties = d
        return household_export

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
