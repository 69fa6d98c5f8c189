from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.place_type import PlaceType

if TYPE_CHECKING:
    from ..models.explanation_public import ExplanationPublic


T = TypeVar("T", bound="CandidatePublic")


@_attrs_define
class CandidatePublic:
    """
    Attributes:
        place_type (PlaceType):
        place_id (UUID):
        location_id (None | UUID): The shelter location of a unit.
        name (str):
        municipality_code (str):
        lat (float):
        lon (float):
        free_beds (int):
        score (float):
        explanation (ExplanationPublic):
    """

    place_type: PlaceType
    place_id: UUID
    location_id: None | UUID
    name: str
    municipality_code: str
    lat: float
    lon: float
    free_beds: int
    score: float
    explanation: ExplanationPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        place_type = self.place_type.value

        place_id = str(self.place_id)

        location_id: None | str
        if isinstance(self.location_id, UUID):
            location_id = str(self.location_id)
        else:
            location_id = self.location_id

        name = self.name

        municipality_code = self.municipality_code

        lat = self.lat

        lon = self.lon

        free_beds = self.free_beds

        score = self.score

        explanation = self.explanation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "placeType": place_type,
                "placeId": place_id,
                "locationId": location_id,
                "name": name,
                "municipalityCode": municipality_code,
                "lat": lat,
                "lon": lon,
                "freeBeds": free_beds,
                "score": score,
                "explanation": explanation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.explanation_public import ExplanationPublic

        d = dict(src_dict)
        place_type = PlaceType(d.pop("placeType"))

        place_id = UUID(d.pop("placeId"))

        def _parse_location_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_id_type_0 = UUID(data)

                return location_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        location_id = _parse_location_id(d.pop("locationId"))

        name = d.pop("name")

        municipality_code = d.pop("municipalityCode")

        lat = d.pop("lat")

        lon = d.pop("lon")

        free_beds = d.pop("freeBeds")

        score = d.pop("score")

        explanation = ExplanationPublic.from_dict(d.pop("explanation"))

        candidate_public = cls(
            place_type=place_type,
            place_id=place_id,
            location_id=location_id,
            name=name,
            municipality_code=municipality_code,
            lat=lat,
            lon=lon,
            free_beds=free_beds,
            score=score,
            explanation=explanation,
        )

        candidate_public.additional_properties = d
        return candidate_public

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
