from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestFlowRow")


@_attrs_define
class RequestFlowRow:
    """
    Attributes:
        key (None | str): Desk organisation id or safety region code; null: none yet.
        name (None | str):
        open_ (int):
        submitted (int):
        triaged (int):
        matching (int):
        offered (int):
        accepted (int):
        emergency (int):
        high (int):
        normal (int):
        overdue (int): Open, past mustMoveBy, and not placed.
        moved (int): Requests that moved in the period.
        median_days_to_move (float | None):
        p_90_days_to_move (float | None):
        offers_made (int):
        offers_accepted (int):
        offers_declined (int):
        offers_open (int):
    """

    key: None | str
    name: None | str
    open_: int
    submitted: int
    triaged: int
    matching: int
    offered: int
    accepted: int
    emergency: int
    high: int
    normal: int
    overdue: int
    moved: int
    median_days_to_move: float | None
    p_90_days_to_move: float | None
    offers_made: int
    offers_accepted: int
    offers_declined: int
    offers_open: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str
        key = self.key

        name: None | str
        name = self.name

        open_ = self.open_

        submitted = self.submitted

        triaged = self.triaged

        matching = self.matching

        offered = self.offered

        accepted = self.accepted

        emergency = self.emergency

        high = self.high

        normal = self.normal

        overdue = self.overdue

        moved = self.moved

        median_days_to_move: float | None
        median_days_to_move = self.median_days_to_move

        p_90_days_to_move: float | None
        p_90_days_to_move = self.p_90_days_to_move

        offers_made = self.offers_made

        offers_accepted = self.offers_accepted

        offers_declined = self.offers_declined

        offers_open = self.offers_open

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "open": open_,
                "submitted": submitted,
                "triaged": triaged,
                "matching": matching,
                "offered": offered,
                "accepted": accepted,
                "emergency": emergency,
                "high": high,
                "normal": normal,
                "overdue": overdue,
                "moved": moved,
                "medianDaysToMove": median_days_to_move,
                "p90DaysToMove": p_90_days_to_move,
                "offersMade": offers_made,
                "offersAccepted": offers_accepted,
                "offersDeclined": offers_declined,
                "offersOpen": offers_open,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        open_ = d.pop("open")

        submitted = d.pop("submitted")

        triaged = d.pop("triaged")

        matching = d.pop("matching")

        offered = d.pop("offered")

        accepted = d.pop("accepted")

        emergency = d.pop("emergency")

        high = d.pop("high")

        normal = d.pop("normal")

        overdue = d.pop("overdue")

        moved = d.pop("moved")

        def _parse_median_days_to_move(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median_days_to_move = _parse_median_days_to_move(d.pop("medianDaysToMove"))

        def _parse_p_90_days_to_move(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p_90_days_to_move = _parse_p_90_days_to_move(d.pop("p90DaysToMove"))

        offers_made = d.pop("offersMade")

        offers_accepted = d.pop("offersAccepted")

        offers_declined = d.pop("offersDeclined")

        offers_open = d.pop("offersOpen")

        request_flow_row = cls(
            key=key,
            name=name,
            open_=open_,
            submitted=submitted,
            triaged=triaged,
            matching=matching,
            offered=offered,
            accepted=accepted,
            emergency=emergency,
            high=high,
            normal=normal,
            overdue=overdue,
            moved=moved,
            median_days_to_move=median_days_to_move,
            p_90_days_to_move=p_90_days_to_move,
            offers_made=offers_made,
            offers_accepted=offers_accepted,
            offers_declined=offers_declined,
            offers_open=offers_open,
        )

        request_flow_row.additional_properties = d
        return request_flow_row

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
