from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.forecast_week import ForecastWeek


T = TypeVar("T", bound="ForecastGroup")


@_attrs_define
class ForecastGroup:
    """
    Attributes:
        key (None | str):
        name (None | str):
        free_places (int): Free units and host families that stay open past the horizon.
        free_beds (int):
        flagged (bool): Endings exceed the fitting free places within the horizon.
        shortfall_starts_on (datetime.date | None):
        endings (int):
        weeks (list[ForecastWeek]):
    """

    key: None | str
    name: None | str
    free_places: int
    free_beds: int
    flagged: bool
    shortfall_starts_on: datetime.date | None
    endings: int
    weeks: list[ForecastWeek]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: None | str
        key = self.key

        name: None | str
        name = self.name

        free_places = self.free_places

        free_beds = self.free_beds

        flagged = self.flagged

        shortfall_starts_on: None | str
        if isinstance(self.shortfall_starts_on, datetime.date):
            shortfall_starts_on = self.shortfall_starts_on.isoformat()
        else:
            shortfall_starts_on = self.shortfall_starts_on

        endings = self.endings

        weeks = []
        for weeks_item_data in self.weeks:
            weeks_item = weeks_item_data.to_dict()
            weeks.append(weeks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "name": name,
                "freePlaces": free_places,
                "freeBeds": free_beds,
                "flagged": flagged,
                "shortfallStartsOn": shortfall_starts_on,
                "endings": endings,
                "weeks": weeks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.forecast_week import ForecastWeek

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

        free_places = d.pop("freePlaces")

        free_beds = d.pop("freeBeds")

        flagged = d.pop("flagged")

        def _parse_shortfall_starts_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shortfall_starts_on_type_0 = datetime.date.fromisoformat(data)

                return shortfall_starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        shortfall_starts_on = _parse_shortfall_starts_on(d.pop("shortfallStartsOn"))

        endings = d.pop("endings")

        weeks = []
        _weeks = d.pop("weeks")
        for weeks_item_data in _weeks:
            weeks_item = ForecastWeek.from_dict(weeks_item_data)

            weeks.append(weeks_item)

        forecast_group = cls(
            key=key,
            name=name,
            free_places=free_places,
            free_beds=free_beds,
            flagged=flagged,
            shortfall_starts_on=shortfall_starts_on,
            endings=endings,
            weeks=weeks,
        )

        forecast_group.additional_properties = d
        return forecast_group

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
