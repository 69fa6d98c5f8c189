from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.severity import Severity
from ..models.subject_type import SubjectType

T = TypeVar("T", bound="IncidentCreate")


@_attrs_define
class IncidentCreate:
    """
    Attributes:
        subject_type (SubjectType):
        subject_id (UUID):
        severity (Severity):
        description (str):
    """

    subject_type: SubjectType
    subject_id: UUID
    severity: Severity
    description: str

    def to_dict(self) -> dict[str, Any]:
        subject_type = self.subject_type.value

        subject_id = str(self.subject_id)

        severity = self.severity.value

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subjectType": subject_type,
                "subjectId": subject_id,
                "severity": severity,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subject_type = SubjectType(d.pop("subjectType"))

        subject_id = UUID(d.pop("subjectId"))

        severity = Severity(d.pop("severity"))

        description = d.pop("description")

        incident_create = cls(
            subject_type=subject_type,
            subject_id=subject_id,
            severity=severity,
            description=description,
        )

        return incident_create
