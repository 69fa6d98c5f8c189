from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_status import OfferStatus
from ..models.place_type import PlaceType
from ..models.response_channel import ResponseChannel

T = TypeVar("T", bound="OfferPublic")


@_attrs_define
class OfferPublic:
    """
    Attributes:
        id (UUID):
        request_id (UUID):
        household_id (UUID):
        place_type (PlaceType):
        place_id (UUID):
        place_name (str): The location and unit, or the host family's display name.
        municipality_code (str):
        move_on (datetime.date):
        respond_by (datetime.date):
        status (OfferStatus):
        notice_override_reason (None | str): Restricted.
        decline_reason (None | str): Restricted.
        withdraw_reason (None | str): Restricted.
        made_by_organisation_id (UUID):
        created_at (datetime.datetime):
        responded_at (datetime.datetime | None):
        responded_via (None | ResponseChannel):
        placement_id (None | UUID):
    """

    id: UUID
    request_id: UUID
    household_id: UUID
    place_type: PlaceType
    place_id: UUID
    place_name: str
    municipality_code: str
    move_on: datetime.date
    respond_by: datetime.date
    status: OfferStatus
    notice_override_reason: None | str
    decline_reason: None | str
    withdraw_reason: None | str
    made_by_organisation_id: UUID
    created_at: datetime.datetime
    responded_at: datetime.datetime | None
    responded_via: None | ResponseChannel
    placement_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        request_id = str(self.request_id)

        household_id = str(self.household_id)

        place_type = self.place_type.value

        place_id = str(self.place_id)

        place_name = self.place_name

        municipality_code = self.municipality_code

        move_on = self.move_on.isoformat()

        respond_by = self.respond_by.isoformat()

        status = self.status.value

        notice_override_reason: None | str
        notice_override_reason = self.notice_override_reason

        decline_reason: None | str
        decline_reason = self.decline_reason

        withdraw_reason: None | str
        withdraw_reason = self.withdraw_reason

        made_by_organisation_id = str(self.made_by_organisation_id)

        created_at = self.created_at.isoformat()

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        responded_via: None | str
        if isinstance(self.responded_via, ResponseChannel):
            responded_via = self.responded_via.value
        else:
            responded_via = self.responded_via

        placement_id: None | str
        if isinstance(self.placement_id, UUID):
            placement_id = str(self.placement_id)
        else:
            placement_id = self.placement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "requestId": request_id,
                "householdId": household_id,
                "placeType": place_type,
                "placeId": place_id,
                "placeName": place_name,
                "municipalityCode": municipality_code,
                "moveOn": move_on,
                "respondBy": respond_by,
                "status": status,
                "noticeOverrideReason": notice_override_reason,
                "declineReason": decline_reason,
                "withdrawReason": withdraw_reason,
                "madeByOrganisationId": made_by_organisation_id,
                "createdAt": created_at,
                "respondedAt": responded_at,
                "respondedVia": responded_via,
                "placementId": placement_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        request_id = UUID(d.pop("requestId"))

        household_id = UUID(d.pop("householdId"))

        place_type = PlaceType(d.pop("placeType"))

        place_id = UUID(d.pop("placeId"))

        place_name = d.pop("placeName")

        municipality_code = d.pop("municipalityCode")

        move_on = datetime.date.fromisoformat(d.pop("moveOn"))

        respond_by = datetime.date.fromisoformat(d.pop("respondBy"))

        status = OfferStatus(d.pop("status"))

        def _parse_notice_override_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notice_override_reason = _parse_notice_override_reason(d.pop("noticeOverrideReason"))

        def _parse_decline_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decline_reason = _parse_decline_reason(d.pop("declineReason"))

        def _parse_withdraw_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        withdraw_reason = _parse_withdraw_reason(d.pop("withdrawReason"))

        made_by_organisation_id = UUID(d.pop("madeByOrganisationId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

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

        def _parse_responded_via(data: object) -> None | ResponseChannel:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_via_type_0 = ResponseChannel(data)

                return responded_via_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseChannel, data)

        responded_via = _parse_responded_via(d.pop("respondedVia"))

        def _parse_placement_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                placement_id_type_0 = UUID(data)

                return placement_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        placement_id = _parse_placement_id(d.pop("placementId"))

        offer_public = cls(
            id=id,
            request_id=request_id,
            household_id=household_id,
            place_type=place_type,
            place_id=place_id,
            place_name=place_name,
            municipality_code=municipality_code,
            move_on=move_on,
            respond_by=respond_by,
            status=status,
            notice_override_reason=notice_override_reason,
            decline_reason=decline_reason,
            withdraw_reason=withdraw_reason,
            made_by_organisation_id=made_by_organisation_id,
            created_at=created_at,
            responded_at=responded_at,
            responded_via=responded_via,
            placement_id=placement_id,
        )

        offer_public.additional_properties = d
        return offer_public

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
