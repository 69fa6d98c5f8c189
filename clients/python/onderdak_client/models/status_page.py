from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.next_step import NextStep
from ..models.request_status import RequestStatus
from ..models.status_language import StatusLanguage

if TYPE_CHECKING:
    from ..models.status_page_event import StatusPageEvent
    from ..models.status_page_offer import StatusPageOffer
    from ..models.status_page_organisation import StatusPageOrganisation


T = TypeVar("T", bound="StatusPage")


@_attrs_define
class StatusPage:
    """
    Attributes:
        language (StatusLanguage):
        status (RequestStatus):
        status_text (str):
        must_move_by (datetime.date):
        next_step (NextStep | None):
        next_step_text (None | str):
        next_step_expected_on (datetime.date | None):
        timeline (list[StatusPageEvent]):
        offer (None | StatusPageOffer):
        supporting_organisation (None | StatusPageOrganisation): Whom the household can ask about its move.
    """

    language: StatusLanguage
    status: RequestStatus
    status_text: str
    must_move_by: datetime.date
    next_step: NextStep | None
    next_step_text: None | str
    next_step_expected_on: datetime.date | None
    timeline: list[StatusPageEvent]
    offer: None | StatusPageOffer
    supporting_organisation: None | StatusPageOrganisation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.status_page_offer import StatusPageOffer
        from ..models.status_page_organisation import StatusPageOrganisation

        language = self.language.value

        status = self.status.value

        status_text = self.status_text

        must_move_by = self.must_move_by.isoformat()

        next_step: None | str
        if isinstance(self.next_step, NextStep):
            next_step = self.next_step.value
        else:
            next_step = self.next_step

        next_step_text: None | str
        next_step_text = self.next_step_text

        next_step_expected_on: None | str
        if isinstance(self.next_step_expected_on, datetime.date):
            next_step_expected_on = self.next_step_expected_on.isoformat()
        else:
            next_step_expected_on = self.next_step_expected_on

        timeline = []
        for timeline_item_data in self.timeline:
            timeline_item = timeline_item_data.to_dict()
            timeline.append(timeline_item)

        offer: dict[str, Any] | None
        if isinstance(self.offer, StatusPageOffer):
            offer = self.offer.to_dict()
        else:
            offer = self.offer

        supporting_organisation: dict[str, Any] | None
        if isinstance(self.supporting_organisation, StatusPageOrganisation):
            supporting_organisation = self.supporting_organisation.to_dict()
        else:
            supporting_organisation = self.supporting_organisation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "status": status,
                "statusText": status_text,
                "mustMoveBy": must_move_by,
                "nextStep": next_step,
                "nextStepText": next_step_text,
                "nextStepExpectedOn": next_step_expected_on,
                "timeline": timeline,
                "offer": offer,
                "supportingOrganisation": supporting_organisation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.status_page_event import StatusPageEvent
        from ..models.status_page_offer import StatusPageOffer
        from ..models.status_page_organisation import StatusPageOrganisation

        d = dict(src_dict)
        language = StatusLanguage(d.pop("language"))

        status = RequestStatus(d.pop("status"))

        status_text = d.pop("statusText")

        must_move_by = datetime.date.fromisoformat(d.pop("mustMoveBy"))

        def _parse_next_step(data: object) -> NextStep | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_type_0 = NextStep(data)

                return next_step_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NextStep | None, data)

        next_step = _parse_next_step(d.pop("nextStep"))

        def _parse_next_step_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_step_text = _parse_next_step_text(d.pop("nextStepText"))

        def _parse_next_step_expected_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_step_expected_on_type_0 = datetime.date.fromisoformat(data)

                return next_step_expected_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_step_expected_on = _parse_next_step_expected_on(d.pop("nextStepExpectedOn"))

        timeline = []
        _timeline = d.pop("timeline")
        for timeline_item_data in _timeline:
            timeline_item = StatusPageEvent.from_dict(timeline_item_data)

            timeline.append(timeline_item)

        def _parse_offer(data: object) -> None | StatusPageOffer:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                offer_type_0 = StatusPageOffer.from_dict(data)

                return offer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusPageOffer, data)

        offer = _parse_offer(d.pop("offer"))

        def _parse_supporting_organisation(data: object) -> None | StatusPageOrganisation:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supporting_organisation_type_0 = StatusPageOrganisation.from_dict(data)

                return supporting_organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusPageOrganisation, data)

        supporting_organisation = _parse_supporting_organisation(d.pop("supportingOrganisation"))

        status_page = cls(
            language=language,
            status=status,
            status_text=status_text,
            must_move_by=must_move_by,
            next_step=next_step,
            next_step_text=next_step_text,
            next_step_expected_on=next_step_expected_on,
            timeline=timeline,
            offer=offer,
            supporting_organisation=supporting_organisation,
        )

        status_page.additional_properties = d
        return status_page

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
