from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.separation_public import SeparationPublic
    from ..models.term_public import TermPublic


T = TypeVar("T", bound="ExplanationPublic")


@_attrs_define
class ExplanationPublic:
    """
    Attributes:
        terms (list[TermPublic]):
        constraints_checked (list[str]):
        distance_km (float | None): From the current home (or first anchor).
        failed_constraints (list[str] | Unset):
        separation (None | SeparationPublic | Unset): Candidates: against the next candidate in the ranking (none for
            the last); proposals: against the request's best other candidate in the run.
    """

    terms: list[TermPublic]
    constraints_checked: list[str]
    distance_km: float | None
    failed_constraints: list[str] | Unset = UNSET
    separation: None | SeparationPublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.separation_public import SeparationPublic

        terms = []
        for terms_item_data in self.terms:
            terms_item = terms_item_data.to_dict()
            terms.append(terms_item)

        constraints_checked = self.constraints_checked

        distance_km: float | None
        distance_km = self.distance_km

        failed_constraints: list[str] | Unset = UNSET
        if not isinstance(self.failed_constraints, Unset):
            failed_constraints = self.failed_constraints

        separation: dict[str, Any] | None | Unset
        if isinstance(self.separation, Unset):
            separation = UNSET
        elif isinstance(self.separation, SeparationPublic):
            separation = self.separation.to_dict()
        else:
            separation = self.separation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terms": terms,
                "constraintsChecked": constraints_checked,
                "distanceKm": distance_km,
            }
        )
        if failed_constraints is not UNSET:
            field_dict["failedConstraints"] = failed_constraints
        if separation is not UNSET:
            field_dict["separation"] = separation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.separation_public import SeparationPublic
        from ..models.term_public import TermPublic

        d = dict(src_dict)
        terms = []
        _terms = d.pop("terms")
        for terms_item_data in _terms:
            terms_item = TermPublic.from_dict(terms_item_data)

            terms.append(terms_item)

        constraints_checked = cast(list[str], d.pop("constraintsChecked"))

        def _parse_distance_km(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        distance_km = _parse_distance_km(d.pop("distanceKm"))

        failed_constraints = cast(list[str], d.pop("failedConstraints", UNSET))

        def _parse_separation(data: object) -> None | SeparationPublic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                separation_type_0 = SeparationPublic.from_dict(data)

                return separation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SeparationPublic | Unset, data)

        separation = _parse_separation(d.pop("separation", UNSET))

        explanation_public = cls(
            terms=terms,
            constraints_checked=constraints_checked,
            distance_km=distance_km,
            failed_constraints=failed_constraints,
            separation=separation,
        )

        explanation_public.additional_properties = d
        return explanation_public

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
