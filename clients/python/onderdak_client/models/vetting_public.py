from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vetting_status import VettingStatus

T = TypeVar("T", bound="VettingPublic")


@_attrs_define
class VettingPublic:
    """
    Attributes:
        status (VettingStatus):
        vog_checked_on (datetime.date | None):
        home_visit_on (datetime.date | None):
        references_checked_on (datetime.date | None):
        id_checked_on (datetime.date | None):
        expires_on (datetime.date | None):
        is_vetted (bool): Vetted and not expired.
        renewal_due_on (datetime.date | None): Re-vetting is due from this day (some weeks before the vetting expires).
        awaiting_review (None | UUID): A `vetted` decision waiting for a second person's approval (four-eyes).
    """

    status: VettingStatus
    vog_checked_on: datetime.date | None
    home_visit_on: datetime.date | None
    references_checked_on: datetime.date | None
    id_checked_on: datetime.date | None
    expires_on: datetime.date | None
    is_vetted: bool
    renewal_due_on: datetime.date | None
    awaiting_review: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        is_vetted = self.is_vetted

        renewal_due_on: None | str
        if isinstance(self.renewal_due_on, datetime.date):
            renewal_due_on = self.renewal_due_on.isoformat()
        else:
            renewal_due_on = self.renewal_due_on

        awaiting_review: None | str
        if isinstance(self.awaiting_review, UUID):
            awaiting_review = str(self.awaiting_review)
        else:
            awaiting_review = self.awaiting_review

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
                "isVetted": is_vetted,
                "renewalDueOn": renewal_due_on,
                "awaitingReview": awaiting_review,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        is_vetted = d.pop("isVetted")

        def _parse_renewal_due_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                renewal_due_on_type_0 = datetime.date.fromisoformat(data)

                return renewal_due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        renewal_due_on = _parse_renewal_due_on(d.pop("renewalDueOn"))

        def _parse_awaiting_review(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                awaiting_review_type_0 = UUID(data)

                return awaiting_review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        awaiting_review = _parse_awaiting_review(d.pop("awaitingReview"))

        vetting_public = cls(
            status=status,
            vog_checked_on=vog_checked_on,
            home_visit_on=home_visit_on,
            references_checked_on=references_checked_on,
            id_checked_on=id_checked_on,
            expires_on=expires_on,
            is_vetted=is_vetted,
            renewal_due_on=renewal_due_on,
            awaiting_review=awaiting_review,
        )

        vetting_public.additional_properties = d
        return vetting_public

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
