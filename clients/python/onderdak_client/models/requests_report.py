from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.decline_reason_count import DeclineReasonCount
    from ..models.request_flow_row import RequestFlowRow
    from ..models.requests_report_bystatusandurgency import (
        RequestsReportBystatusandurgency,
    )


T = TypeVar("T", bound="RequestsReport")


@_attrs_define
class RequestsReport:
    """
    Attributes:
        on (datetime.date):
        period_days (int):
        total (RequestFlowRow):
        by_status_and_urgency (RequestsReportBystatusandurgency): Open requests: status → urgency → count.
        desks (list[RequestFlowRow]): By the desk that triaged the request.
        regions (list[RequestFlowRow]): By the safety region the household lives in.
        moves_this_week (int): Accepted offers whose move date lies in the 7 days from the date.
        decline_reasons (list[DeclineReasonCount] | None): The most given reasons (normalised text); null for roles that
            may not read them.
    """

    on: datetime.date
    period_days: int
    total: RequestFlowRow
    by_status_and_urgency: RequestsReportBystatusandurgency
    desks: list[RequestFlowRow]
    regions: list[RequestFlowRow]
    moves_this_week: int
    decline_reasons: list[DeclineReasonCount] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on = self.on.isoformat()

        period_days = self.period_days

        total = self.total.to_dict()

        by_status_and_urgency = self.by_status_and_urgency.to_dict()

        desks = []
        for desks_item_data in self.desks:
            desks_item = desks_item_data.to_dict()
            desks.append(desks_item)

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        moves_this_week = self.moves_this_week

        decline_reasons: list[dict[str, Any]] | None
        if isinstance(self.decline_reasons, list):
            decline_reasons = []
            for decline_reasons_type_0_item_data in self.decline_reasons:
                decline_reasons_type_0_item = decline_reasons_type_0_item_data.to_dict()
                decline_reasons.append(decline_reasons_type_0_item)

        else:
            decline_reasons = self.decline_reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on": on,
                "periodDays": period_days,
                "total": total,
                "byStatusAndUrgency": by_status_and_urgency,
                "desks": desks,
                "regions": regions,
                "movesThisWeek": moves_this_week,
                "declineReasons": decline_reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.decline_reason_count import DeclineReasonCount
        from ..models.request_flow_row import RequestFlowRow
        from ..models.requests_report_bystatusandurgency import (
            RequestsReportBystatusandurgency,
        )

        d = dict(src_dict)
        on = datetime.date.fromisoformat(d.pop("on"))

        period_days = d.pop("periodDays")

        total = RequestFlowRow.from_dict(d.pop("total"))

        by_status_and_urgency = RequestsReportBystatusandurgency.from_dict(d.pop("byStatusAndUrgency"))

        desks = []
        _desks = d.pop("desks")
        for desks_item_data in _desks:
            desks_item = RequestFlowRow.from_dict(desks_item_data)

            desks.append(desks_item)

        regions = []
        _regions = d.pop("regions")
        for regions_item_data in _regions:
            regions_item = RequestFlowRow.from_dict(regions_item_data)

            regions.append(regions_item)

        moves_this_week = d.pop("movesThisWeek")

        def _parse_decline_reasons(data: object) -> list[DeclineReasonCount] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                decline_reasons_type_0 = []
                _decline_reasons_type_0 = data
                for decline_reasons_type_0_item_data in _decline_reasons_type_0:
                    decline_reasons_type_0_item = DeclineReasonCount.from_dict(
                        decline_reasons_type_0_item_data
                    )

                    decline_reasons_type_0.append(decline_reasons_type_0_item)

                return decline_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeclineReasonCount] | None, data)

        decline_reasons = _parse_decline_reasons(d.pop("declineReasons"))

        requests_report = cls(
            on=on,
            period_days=period_days,
            total=total,
            by_status_and_urgency=by_status_and_urgency,
            desks=desks,
            regions=regions,
            moves_this_week=moves_this_week,
            decline_reasons=decline_reasons,
        )

        requests_report.additional_properties = d
        return requests_report

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
