from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vetting_status import VettingStatus

if TYPE_CHECKING:
    from ..models.staff_ref import StaffRef
    from ..models.vetting_review_public import VettingReviewPublic


T = TypeVar("T", bound="VettingDecisionPublic")


@_attrs_define
class VettingDecisionPublic:
    """
    Attributes:
        status (VettingStatus):
        vog_checked_on (datetime.date | None):
        home_visit_on (datetime.date | None):
        references_checked_on (datetime.date | None):
        id_checked_on (datetime.date | None):
        expires_on (datetime.date | None):
        id (UUID):
        host_family_id (UUID):
        note (None | str):
        decided_at (datetime.datetime):
        decided_by (None | StaffRef): Not shown to the host; null before history.
        review (VettingReviewPublic):
        in_effect (bool): This decision is the host's current vetting.
    """

    status: VettingStatus
    vog_checked_on: datetime.date | None
    home_visit_on: datetime.date | None
    references_checked_on: datetime.date | None
    id_checked_on: datetime.date | None
    expires_on: datetime.date | None
    id: UUID
    host_family_id: UUID
    note: None | str
    decided_at: datetime.datetime
    decided_by: None | StaffRef
    review: VettingReviewPublic
    in_effect: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.staff_ref import StaffRef

        status = self.status.value

        vog_checked_on: None | str
        if isinstance(self.vog_checked_on, datetime.date):
            vog_checked_on = self.vog_checked_on.isoformat()
        else:
            vog_checked_on = self.vog_checked_on

        home_visit_on: None | str
        if isinstance(self.home_visit_on, datetime.date):
            home_visit_on = self.home_visit_on.isoformat()
        else:
            home_visit_on = self.home_visit_on

        references_checked_on: None | str
        if isinstance(self.references_checked_on, datetime.date):
            references_checked_on = self.references_checked_on.isoformat()
        else:
            references_checked_on = self.references_checked_on

        id_checked_on: None | str
        if isinstance(self.id_checked_on, datetime.date):
            id_checked_on = self.id_checked_on.isoformat()
        else:
            id_checked_on = self.id_checked_on

        expires_on: None | str
        if isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        id = str(self.id)

        host_family_id = str(self.host_family_id)

        note: None | str
        note = self.note

        decided_at = self.decided_at.isoformat()

        decided_by: dict[str, Any] | None
        if isinstance(self.decided_by, StaffRef):
            decided_by = self.decided_by.to_dict()
        else:
            decided_by = self.decided_by

        review = self.review.to_dict()

        in_effect = self.in_effect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "vogCheckedOn": vog_checked_on,
                "homeVisitOn": home_visit_on,
                "referencesCheckedOn": references_checked_on,
                "idCheckedOn": id_checked_on,
                "expiresOn": expires_on,
                "id": id,
                "hostFamilyId": host_family_id,
                "note": note,
                "decidedAt": decided_at,
                "decidedBy": decided_by,
                "review": review,
                "inEffect": in_effect,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.staff_ref import StaffRef
        from ..models.vetting_review_public import VettingReviewPublic

        d = dict(src_dict)
        status = VettingStatus(d.pop("status"))

        def _parse_vog_checked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vog_checked_on_type_0 = datetime.date.fromisoformat(data)

                return vog_checked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        vog_checked_on = _parse_vog_checked_on(d.pop("vogCheckedOn"))

        def _parse_home_visit_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                home_visit_on_type_0 = datetime.date.fromisoformat(data)

                return home_visit_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        home_visit_on = _parse_home_visit_on(d.pop("homeVisitOn"))

        def _parse_references_checked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                references_checked_on_type_0 = datetime.date.fromisoformat(data)

                return references_checked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        references_checked_on = _parse_references_checked_on(d.pop("referencesCheckedOn"))

        def _parse_id_checked_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_checked_on_type_0 = datetime.date.fromisoformat(data)

                return id_checked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        id_checked_on = _parse_id_checked_on(d.pop("idCheckedOn"))

        def _parse_expires_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        expires_on = _parse_expires_on(d.pop("expiresOn"))

        id = UUID(d.pop("id"))

        host_family_id = UUID(d.pop("hostFamilyId"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        decided_at = datetime.datetime.fromisoformat(d.pop("decidedAt"))

        def _parse_decided_by(data: object) -> None | StaffRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decided_by_type_0 = StaffRef.from_dict(data)

                return decided_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StaffRef, data)

        decided_by = _parse_decided_by(d.pop("decidedBy"))

        review = VettingReviewPublic.from_dict(d.pop("review"))

        in_effect = d.pop("inEffect")

        vetting_decision_public = cls(
            status=status,
            vog_checked_on=vog_checked_on,
            home_visit_on=home_visit_on,
            references_checked_on=references_checked_on,
            id_checked_on=id_checked_on,
            expires_on=expires_on,
            id=id,
            host_family_id=host_family_id,
            note=note,
            decided_at=decided_at,
            decided_by=decided_by,
            review=review,
            in_effect=in_effect,
        )

        vetting_decision_public.additional_properties = d
        return vetting_decision_public

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
