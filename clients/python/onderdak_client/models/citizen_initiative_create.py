from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.initiative_kind import InitiativeKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact import Contact
    from ..models.permit import Permit
    from ..models.risk import Risk
    from ..models.stakeholder import Stakeholder


T = TypeVar("T", bound="CitizenInitiativeCreate")


@_attrs_define
class CitizenInitiativeCreate:
    """
    Attributes:
        name (str):
        municipality_code (str):
        kind (InitiativeKind):
        planned_places (int):
        description (None | str | Unset):
        permits (list[Permit] | Unset):
        stakeholders (list[Stakeholder] | Unset):
        risks (list[Risk] | Unset):
        support_needs (list[str] | Unset):
        starts_on (datetime.date | None | Unset):
        ends_on (datetime.date | None | Unset):
        initiator (Contact | None | Unset):
    """

    name: str
    municipality_code: str
    kind: InitiativeKind
    planned_places: int
    description: None | str | Unset = UNSET
    permits: list[Permit] | Unset = UNSET
    stakeholders: list[Stakeholder] | Unset = UNSET
    risks: list[Risk] | Unset = UNSET
    support_needs: list[str] | Unset = UNSET
    starts_on: datetime.date | None | Unset = UNSET
    ends_on: datetime.date | None | Unset = UNSET
    initiator: Contact | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact import Contact

        name = self.name

        municipality_code = self.municipality_code

        kind = self.kind.value

        planned_places = self.planned_places

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        permits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permits, Unset):
            permits = []
            for permits_item_data in self.permits:
                permits_item = permits_item_data.to_dict()
                permits.append(permits_item)

        stakeholders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.stakeholders, Unset):
            stakeholders = []
            for stakeholders_item_data in self.stakeholders:
                stakeholders_item = stakeholders_item_data.to_dict()
                stakeholders.append(stakeholders_item)

        risks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.risks, Unset):
            risks = []
            for risks_item_data in self.risks:
                risks_item = risks_item_data.to_dict()
                risks.append(risks_item)

        support_needs: list[str] | Unset = UNSET
        if not isinstance(self.support_needs, Unset):
            support_needs = self.support_needs

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        elif isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        initiator: dict[str, Any] | None | Unset
        if isinstance(self.initiator, Unset):
            initiator = UNSET
        elif isinstance(self.initiator, Contact):
            initiator = self.initiator.to_dict()
        else:
            initiator = self.initiator

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "municipalityCode": municipality_code,
                "kind": kind,
                "plannedPlaces": planned_places,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if permits is not UNSET:
            field_dict["permits"] = permits
        if stakeholders is not UNSET:
            field_dict["stakeholders"] = stakeholders
        if risks is not UNSET:
            field_dict["risks"] = risks
        if support_needs is not UNSET:
            field_dict["supportNeeds"] = support_needs
        if starts_on is not UNSET:
            field_dict["startsOn"] = starts_on
        if ends_on is not UNSET:
            field_dict["endsOn"] = ends_on
        if initiator is not UNSET:
            field_dict["initiator"] = initiator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact import Contact
        from ..models.permit import Permit
        from ..models.risk import Risk
        from ..models.stakeholder import Stakeholder

        d = dict(src_dict)
        name = d.pop("name")

        municipality_code = d.pop("municipalityCode")

        kind = InitiativeKind(d.pop("kind"))

        planned_places = d.pop("plannedPlaces")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _permits = d.pop("permits", UNSET)
        permits: list[Permit] | Unset = UNSET
        if _permits is not UNSET:
            permits = []
            for permits_item_data in _permits:
                permits_item = Permit.from_dict(permits_item_data)

                permits.append(permits_item)

        _stakeholders = d.pop("stakeholders", UNSET)
        stakeholders: list[Stakeholder] | Unset = UNSET
        if _stakeholders is not UNSET:
            stakeholders = []
            for stakeholders_item_data in _stakeholders:
                stakeholders_item = Stakeholder.from_dict(stakeholders_item_data)

                stakeholders.append(stakeholders_item)

        _risks = d.pop("risks", UNSET)
        risks: list[Risk] | Unset = UNSET
        if _risks is not UNSET:
            risks = []
            for risks_item_data in _risks:
                risks_item = Risk.from_dict(risks_item_data)

                risks.append(risks_item)

        support_needs = cast(list[str], d.pop("supportNeeds", UNSET))

        def _parse_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        starts_on = _parse_starts_on(d.pop("startsOn", UNSET))

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("endsOn", UNSET))

        def _parse_initiator(data: object) -> Contact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initiator_type_0 = Contact.from_dict(data)

                return initiator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None | Unset, data)

        initiator = _parse_initiator(d.pop("initiator", UNSET))

        citizen_initiative_create = cls(
            name=name,
            municipality_code=municipality_code,
            kind=kind,
            planned_places=planned_places,
            description=description,
            permits=permits,
            stakeholders=stakeholders,
            risks=risks,
            support_needs=support_needs,
            starts_on=starts_on,
            ends_on=ends_on,
            initiator=initiator,
        )

        return citizen_initiative_create
