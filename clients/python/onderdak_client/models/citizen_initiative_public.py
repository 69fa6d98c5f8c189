from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.initiative_kind import InitiativeKind
from ..models.stage import Stage

if TYPE_CHECKING:
    from ..models.contact_public import ContactPublic
    from ..models.permit_public import PermitPublic
    from ..models.risk_public import RiskPublic
    from ..models.stakeholder_public import StakeholderPublic


T = TypeVar("T", bound="CitizenInitiativePublic")


@_attrs_define
class CitizenInitiativePublic:
    """
    Attributes:
        id (UUID):
        name (str):
        municipality_code (str):
        kind (InitiativeKind):
        description (None | str):
        planned_places (int):
        stage (Stage):
        permits (list[PermitPublic]):
        stakeholders (list[StakeholderPublic]):
        risks (list[RiskPublic]):
        support_needs (list[str]):
        starts_on (datetime.date | None):
        ends_on (datetime.date | None):
        initiator (ContactPublic | None):
        shelter_location_id (None | UUID):
        allowed_next_stages (list[Stage]):
    """

    id: UUID
    name: str
    municipality_code: str
    kind: InitiativeKind
    description: None | str
    planned_places: int
    stage: Stage
    permits: list[PermitPublic]
    stakeholders: list[StakeholderPublic]
    risks: list[RiskPublic]
    support_needs: list[str]
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    initiator: ContactPublic | None
    shelter_location_id: None | UUID
    allowed_next_stages: list[Stage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_public import ContactPublic

        id = str(self.id)

        name = self.name

        municipality_code = self.municipality_code

        kind = self.kind.value

        description: None | str
        description = self.description

        planned_places = self.planned_places

        stage = self.stage.value

        permits = []
        for permits_item_data in self.permits:
            permits_item = permits_item_data.to_dict()
            permits.append(permits_item)

        stakeholders = []
        for stakeholders_item_data in self.stakeholders:
            stakeholders_item = stakeholders_item_data.to_dict()
            stakeholders.append(stakeholders_item)

        risks = []
        for risks_item_data in self.risks:
            risks_item = risks_item_data.to_dict()
            risks.append(risks_item)

        support_needs = self.support_needs

        starts_on: None | str
        if isinstance(self.starts_on, datetime.date):
            starts_on = self.starts_on.isoformat()
        else:
            starts_on = self.starts_on

        ends_on: None | str
        if isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        initiator: dict[str, Any] | None
        if isinstance(self.initiator, ContactPublic):
            initiator = self.initiator.to_dict()
        else:
            initiator = self.initiator

        shelter_location_id: None | str
        if isinstance(self.shelter_location_id, UUID):
            shelter_location_id = str(self.shelter_location_id)
        else:
            shelter_location_id = self.shelter_location_id

        allowed_next_stages = []
        for allowed_next_stages_item_data in self.allowed_next_stages:
            allowed_next_stages_item = allowed_next_stages_item_data.value
            allowed_next_stages.append(allowed_next_stages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "municipalityCode": municipality_code,
                "kind": kind,
                "description": description,
                "plannedPlaces": planned_places,
                "stage": stage,
                "permits": permits,
                "stakeholders": stakeholders,
                "risks": risks,
                "supportNeeds": support_needs,
                "startsOn": starts_on,
                "endsOn": ends_on,
                "initiator": initiator,
                "shelterLocationId": shelter_location_id,
                "allowedNextStages": allowed_next_stages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_public import ContactPublic
        from ..models.permit_public import PermitPublic
        from ..models.risk_public import RiskPublic
        from ..models.stakeholder_public import StakeholderPublic

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        municipality_code = d.pop("municipalityCode")

        kind = InitiativeKind(d.pop("kind"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        planned_places = d.pop("plannedPlaces")

        stage = Stage(d.pop("stage"))

        permits = []
        _permits = d.pop("permits")
        for permits_item_data in _permits:
            permits_item = PermitPublic.from_dict(permits_item_data)

            permits.append(permits_item)

        stakeholders = []
        _stakeholders = d.pop("stakeholders")
        for stakeholders_item_data in _stakeholders:
            stakeholders_item = StakeholderPublic.from_dict(stakeholders_item_data)

            stakeholders.append(stakeholders_item)

        risks = []
        _risks = d.pop("risks")
        for risks_item_data in _risks:
            risks_item = RiskPublic.from_dict(risks_item_data)

            risks.append(risks_item)

        support_needs = cast(list[str], d.pop("supportNeeds"))

        def _parse_starts_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                starts_on_type_0 = datetime.date.fromisoformat(data)

                return starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        starts_on = _parse_starts_on(d.pop("startsOn"))

        def _parse_ends_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)

                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ends_on = _parse_ends_on(d.pop("endsOn"))

        def _parse_initiator(data: object) -> ContactPublic | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                initiator_type_0 = ContactPublic.from_dict(data)

                return initiator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactPublic | None, data)

        initiator = _parse_initiator(d.pop("initiator"))

        def _parse_shelter_location_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                shelter_location_id_type_0 = UUID(data)

                return shelter_location_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        shelter_location_id = _parse_shelter_location_id(d.pop("shelterLocationId"))

        allowed_next_stages = []
        _allowed_next_stages = d.pop("allowedNextStages")
        for allowed_next_stages_item_data in _allowed_next_stages:
            allowed_next_stages_item = Stage(allowed_next_stages_item_data)

            allowed_next_stages.append(allowed_next_stages_item)

        citizen_initiative_public = cls(
            id=id,
            name=name,
            municipality_code=municipality_code,
            kind=kind,
            description=description,
            planned_places=planned_places,
            stage=stage,
            permits=permits,
            stakeholders=stakeholders,
            risks=risks,
            support_needs=support_needs,
            starts_on=starts_on,
            ends_on=ends_on,
            initiator=initiator,
            shelter_location_id=shelter_location_id,
            allowed_next_stages=allowed_next_stages,
        )

        citizen_initiative_public.additional_properties = d
        return citizen_initiative_public

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
