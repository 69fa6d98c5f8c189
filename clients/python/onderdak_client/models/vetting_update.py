from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.vetting_status import VettingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VettingUpdate")


@_attrs_define
class VettingUpdate:
    """
    Attributes:
        status (VettingStatus):
        vog_checked_on (datetime.date | None | Unset):
        home_visit_on (datetime.date | None | Unset):
        references_checked_on (datetime.date | None | Unset):
        id_checked_on (datetime.date | None | Unset): When an identity document was seen (never stored: only the date).
        expires_on (datetime.date | None | Unset):
        note (None | str | Unset): What was checked; kept in the history.
    """

    status: VettingStatus
    vog_checked_on: datetime.date | None | Unset = UNSET
    home_visit_on: datetime.date | None | Unset = UNSET
    references_checked_on: datetime.date | None | Unset = UNSET
    id_checked_on: datetime.date | None | Unset = UNSET
    expires_on: datetime.date | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        vog_checked_on: None | str | Unset
        if isinstance(self.vog_checked_on, Unset):
            vog_checked_on = UNSET
        elif isinstance(self.vog_checked_on, datetime.date):
            vog_checked_on = self.vog_checked_on.isoformat()
        else:
            vog_checked_on = self.vog_checked_on

        home_visit_on: None | str | Unset
        if isinstance(self.home_visit_on, Unset):
            home_visit_on = UNSET
        elif isinstance(self.home_visit_on, datetime.date):
            home_visit_on = self.home_visit_on.isoformat()
        else:
            home_visit_on = self.home_visit_on

        references_checked_on: None | str | Unset
        if isinstance(self.references_checked_on, Unset):
            references_checked_on = UNSET
        elif isinstance(self.references_checked_on, datetime.date):
            references_checked_on = self.references_checked_on.isoformat()
        else:
            references_checked_on = self.references_checked_on

        id_checked_on: None | str | Unset
        if isinstance(self.id_checked_on, Unset):
            id_checked_on = UNSET
        elif isinstance(self.id_checked_on, datetime.date):
            id_checked_on = self.id_checked_on.isoformat()
        else:
            id_checked_on = self.id_checked_on

        expires_on: None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        elif isinstance(self.expires_on, datetime.date):
            expires_on = self.expires_on.isoformat()
        else:
            expires_on = self.expires_on

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )
        if vog_checked_on is not UNSET:
            field_dict["vogCheckedOn"] = vog_checked_on
        if home_visit_on is not UNSET:
            field_dict["homeVisitOn"] = home_visit_on
        if references_checked_on is not UNSET:
            field_dict["referencesCheckedOn"] = references_checked_on
        if id_checked_on is not UNSET:
            field_dict["idCheckedOn"] = id_checked_on
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = VettingStatus(d.pop("status"))

        def _parse_vog_checked_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vog_checked_on_type_0 = datetime.date.fromisoformat(data)

                return vog_checked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        vog_checked_on = _parse_vog_checked_on(d.pop("vogCheckedOn", UNSET))

        def _parse_home_visit_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                home_visit_on_type_0 = datetime.date.fromisoformat(data)

                return home_visit_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        home_visit_on = _parse_home_visit_on(d.pop("homeVisitOn", UNSET))

        def _parse_references_checked_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                references_checked_on_type_0 = datetime.date.fromisoformat(data)

                return references_checked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        references_checked_on = _parse_references_checked_on(d.pop("referencesCheckedOn", UNSET))

        def _parse_id_checked_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_checked_on_type_0 = datetime.date.fromisoformat(data)

                return id_checked_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        id_checked_on = _parse_id_checked_on(d.pop("idCheckedOn", UNSET))

        def _parse_expires_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_on_type_0 = datetime.date.fromisoformat(data)

                return expires_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expiresOn", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        vetting_update = cls(
            status=status,
            vog_checked_on=vog_checked_on,
            home_visit_on=home_visit_on,
            references_checked_on=references_checked_on,
            id_checked_on=id_checked_on,
            expires_on=expires_on,
            note=note,
        )

        return vetting_update
