from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visiting_rules import VisitingRules
from ..types import UNSET, Unset

T = TypeVar("T", bound="TermFacts")


@_attrs_define
class TermFacts:
    """What a term's detail says, as values, so that a client can word it in its own language.
    Each term fills the facts it is about; the others are null.

        Attributes:
            km (float | None | Unset): work, school, carer: distance to the anchor; special_needs_school: to the school.
            anchor (None | str | Unset): work, school, carer: the anchor's label.
            in_wanted_municipality (bool | None | Unset): municipality
            languages (list[str] | None | Unset): language: the languages the household and the place share.
            small_scale (bool | None | Unset): small_scale
            free_beds (int | None | Unset): bed_fit: the place's free beds.
            size (int | None | Unset): bed_fit: the household's people.
            women_only (bool | None | Unset): women_only_unit
            medical_support_nearby (bool | None | Unset): medical_support
            visiting_rules (None | Unset | VisitingRules): care_fit
            self_catering (bool | None | Unset): care_fit, self_catering
            emergency (bool | None | Unset): urgency
            days_until_deadline (int | None | Unset): urgency
    """

    km: float | None | Unset = UNSET
    anchor: None | str | Unset = UNSET
    in_wanted_municipality: bool | None | Unset = UNSET
    languages: list[str] | None | Unset = UNSET
    small_scale: bool | None | Unset = UNSET
    free_beds: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    women_only: bool | None | Unset = UNSET
    medical_support_nearby: bool | None | Unset = UNSET
    visiting_rules: None | Unset | VisitingRules = UNSET
    self_catering: bool | None | Unset = UNSET
    emergency: bool | None | Unset = UNSET
    days_until_deadline: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        km: float | None | Unset
        if isinstance(self.km, Unset):
            km = UNSET
        else:
            km = self.km

        anchor: None | str | Unset
        if isinstance(self.anchor, Unset):
            anchor = UNSET
        else:
            anchor = self.anchor

        in_wanted_municipality: bool | None | Unset
        if isinstance(self.in_wanted_municipality, Unset):
            in_wanted_municipality = UNSET
        else:
            in_wanted_municipality = self.in_wanted_municipality

        languages: list[str] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = self.languages

        else:
            languages = self.languages

        small_scale: bool | None | Unset
        if isinstance(self.small_scale, Unset):
            small_scale = UNSET
        else:
            small_scale = self.small_scale

        free_beds: int | None | Unset
        if isinstance(self.free_beds, Unset):
            free_beds = UNSET
        else:
            free_beds = self.free_beds

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        women_only: bool | None | Unset
        if isinstance(self.women_only, Unset):
            women_only = UNSET
        else:
            women_only = self.women_only

        medical_support_nearby: bool | None | Unset
        if isinstance(self.medical_support_nearby, Unset):
            medical_support_nearby = UNSET
        else:
            medical_support_nearby = self.medical_support_nearby

        visiting_rules: None | str | Unset
        if isinstance(self.visiting_rules, Unset):
            visiting_rules = UNSET
        elif isinstance(self.visiting_rules, VisitingRules):
            visiting_rules = self.visiting_rules.value
        else:
            visiting_rules = self.visiting_rules

        self_catering: bool | None | Unset
        if isinstance(self.self_catering, Unset):
            self_catering = UNSET
        else:
            self_catering = self.self_catering

        emergency: bool | None | Unset
        if isinstance(self.emergency, Unset):
            emergency = UNSET
        else:
            emergency = self.emergency

        days_until_deadline: int | None | Unset
        if isinstance(self.days_until_deadline, Unset):
            days_until_deadline = UNSET
        else:
            days_until_deadline = self.days_until_deadline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if km is not UNSET:
            field_dict["km"] = km
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if in_wanted_municipality is not UNSET:
            field_dict["inWantedMunicipality"] = in_wanted_municipality
        if languages is not UNSET:
            field_dict["languages"] = languages
        if small_scale is not UNSET:
            field_dict["smallScale"] = small_scale
        if free_beds is not UNSET:
            field_dict["freeBeds"] = free_beds
        if size is not UNSET:
            field_dict["size"] = size
        if women_only is not UNSET:
            field_dict["womenOnly"] = women_only
        if medical_support_nearby is not UNSET:
            field_dict["medicalSupportNearby"] = medical_support_nearby
        if visiting_rules is not UNSET:
            field_dict["visitingRules"] = visiting_rules
        if self_catering is not UNSET:
            field_dict["selfCatering"] = self_catering
        if emergency is not UNSET:
            field_dict["emergency"] = emergency
        if days_until_deadline is not UNSET:
            field_dict["daysUntilDeadline"] = days_until_deadline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_km(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        km = _parse_km(d.pop("km", UNSET))

        def _parse_anchor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anchor = _parse_anchor(d.pop("anchor", UNSET))

        def _parse_in_wanted_municipality(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        in_wanted_municipality = _parse_in_wanted_municipality(d.pop("inWantedMunicipality", UNSET))

        def _parse_languages(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                languages_type_0 = cast(list[str], data)

                return languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))

        def _parse_small_scale(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        small_scale = _parse_small_scale(d.pop("smallScale", UNSET))

        def _parse_free_beds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        free_beds = _parse_free_beds(d.pop("freeBeds", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_women_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        women_only = _parse_women_only(d.pop("womenOnly", UNSET))

        def _parse_medical_support_nearby(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        medical_support_nearby = _parse_medical_support_nearby(d.pop("medicalSupportNearby", UNSET))

        def _parse_visiting_rules(data: object) -> None | Unset | VisitingRules:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                visiting_rules_type_0 = VisitingRules(data)

                return visiting_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VisitingRules, data)

        visiting_rules = _parse_visiting_rules(d.pop("visitingRules", UNSET))

        def _parse_self_catering(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        self_catering = _parse_self_catering(d.pop("selfCatering", UNSET))

        def _parse_emergency(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        emergency = _parse_emergency(d.pop("emergency", UNSET))

        def _parse_days_until_deadline(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_until_deadline = _parse_days_until_deadline(d.pop("daysUntilDeadline", UNSET))

        term_facts = cls(
            km=km,
            anchor=anchor,
            in_wanted_municipality=in_wanted_municipality,
            languages=languages,
            small_scale=small_scale,
            free_beds=free_beds,
            size=size,
            women_only=women_only,
            medical_support_nearby=medical_support_nearby,
            visiting_rules=visiting_rules,
            self_catering=self_catering,
            emergency=emergency,
            days_until_deadline=days_until_deadline,
        )

        term_facts.additional_properties = d
        return term_facts

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
