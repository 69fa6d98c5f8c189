from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScaleFigures")


@_attrs_define
class ScaleFigures:
    """Small-scale against large locations over the period before the report date.

    Attributes:
        occupancy_rate (float | None): Occupied beds / beds on the date (0–1).
        average_stay_days (float | None): Mean length of the stays that ended in the period.
        moves_out (int): Placements that ended in the period.
        incidents (int): Incidents reported in the period about these locations or their units.
        incidents_per_100_residents (float | None): Incidents per 100 occupied beds on the date.
        offers_declined (int): Offers of units here that households declined in the period.
    """

    occupancy_rate: float | None
    average_stay_days: float | None
    moves_out: int
    incidents: int
    incidents_per_100_residents: float | None
    offers_declined: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occupancy_rate: float | None
        occupancy_rate = self.occupancy_rate

        average_stay_days: float | None
        average_stay_days = self.average_stay_days

        moves_out = self.moves_out

        incidents = self.incidents

        incidents_per_100_residents: float | None
        incidents_per_100_residents = self.incidents_per_100_residents

        offers_declined = self.offers_declined

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "occupancyRate": occupancy_rate,
                "averageStayDays": average_stay_days,
                "movesOut": moves_out,
                "incidents": incidents,
                "incidentsPer100Residents": incidents_per_100_residents,
                "offersDeclined": offers_declined,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_occupancy_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        occupancy_rate = _parse_occupancy_rate(d.pop("occupancyRate"))

        def _parse_average_stay_days(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_stay_days = _parse_average_stay_days(d.pop("averageStayDays"))

        moves_out = d.pop("movesOut")

        incidents = d.pop("incidents")

        def _parse_incidents_per_100_residents(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        incidents_per_100_residents = _parse_incidents_per_100_residents(d.pop("incidentsPer100Residents"))

        offers_declined = d.pop("offersDeclined")

        scale_figures = cls(
            occupancy_rate=occupancy_rate,
            average_stay_days=average_stay_days,
            moves_out=moves_out,
            incidents=incidents,
            incidents_per_100_residents=incidents_per_100_residents,
            offers_declined=offers_declined,
        )

        scale_figures.additional_properties = d
        return scale_figures

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
