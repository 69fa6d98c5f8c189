from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_status import ReviewStatus

if TYPE_CHECKING:
    from ..models.staff_ref import StaffRef


T = TypeVar("T", bound="VettingReviewPublic")


@_attrs_define
class VettingReviewPublic:
    """
    Attributes:
        status (ReviewStatus): The second check of a vetting decision (four-eyes), when the platform requires one.
        reviewed_at (datetime.datetime | None):
        reviewed_by (None | StaffRef): Not shown to the host.
        note (None | str):
    """

    status: ReviewStatus
    reviewed_at: datetime.datetime | None
    reviewed_by: None | StaffRef
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.staff_ref import StaffRef

        status = self.status.value

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        reviewed_by: dict[str, Any] | None
        if isinstance(self.reviewed_by, StaffRef):
            reviewed_by = self.reviewed_by.to_dict()
        else:
            reviewed_by = self.reviewed_by

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "reviewedAt": reviewed_at,
                "reviewedBy": reviewed_by,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.staff_ref import StaffRef

        d = dict(src_dict)
        status = ReviewStatus(d.pop("status"))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewedAt"))

        def _parse_reviewed_by(data: object) -> None | StaffRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reviewed_by_type_0 = StaffRef.from_dict(data)

                return reviewed_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StaffRef, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewedBy"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        vetting_review_public = cls(
            status=status,
            reviewed_at=reviewed_at,
            reviewed_by=reviewed_by,
            note=note,
        )

        vetting_review_public.additional_properties = d
        return vetting_review_public

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
