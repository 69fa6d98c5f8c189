from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.incident_status import IncidentStatus
from ..models.outcome import Outcome
from ..models.severity import Severity
from ..models.subject_type import SubjectType

T = TypeVar("T", bound="IncidentPublic")


@_attrs_define
class IncidentPublic:
    """
    Attributes:
        id (UUID):
        subject_type (SubjectType):
        subject_id (UUID):
        severity (Severity):
        description (str):
        status (IncidentStatus):
        reported_at (datetime.datetime):
        suspends_subject (bool): Whether the open report takes the place out of matching: reports from the place's
            operator (or its municipality), the organisation supporting a household placed there, the desk placing there or
            the host itself do; others' wait for review.
        response (None | str): The place operator's answer.
        responded_at (datetime.datetime | None):
        outcome (None | Outcome):
        outcome_note (None | str):
        closed_at (datetime.datetime | None):
        reporter_user_id (None | UUID): Shown to admins only.
        reporter_organisation_id (None | UUID): Shown to admins only.
    """

    id: UUID
    subject_type: SubjectType
    subject_id: UUID
    severity: Severity
    description: str
    status: IncidentStatus
    reported_at: datetime.datetime
    suspends_subject: bool
    response: None | str
    responded_at: datetime.datetime | None
    outcome: None | Outcome
    outcome_note: None | str
    closed_at: datetime.datetime | None
    reporter_user_id: None | UUID
    reporter_organisation_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        subject_type = self.subject_type.value

        subject_id = str(self.subject_id)

        severity = self.severity.value

        description = self.description

        status = self.status.value

        reported_at = self.reported_at.isoformat()

        suspends_subject = self.suspends_subject

        response: None | str
        response = self.response

        responded_at: None | str
        if isinstance(self.responded_at, datetime.datetime):
            responded_at = self.responded_at.isoformat()
        else:
            responded_at = self.responded_at

        outcome: None | str
        if isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        outcome_note: None | str
        outcome_note = self.outcome_note

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        reporter_user_id: None | str
        if isinstance(self.reporter_user_id, UUID):
            reporter_user_id = str(self.reporter_user_id)
        else:
            reporter_user_id = self.reporter_user_id

        reporter_organisation_id: None | str
        if isinstance(self.reporter_organisation_id, UUID):
            reporter_organisation_id = str(self.reporter_organisation_id)
        else:
            reporter_organisation_id = self.reporter_organisation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "subjectType": subject_type,
                "subjectId": subject_id,
                "severity": severity,
                "description": description,
                "status": status,
                "reportedAt": reported_at,
                "suspendsSubject": suspends_subject,
                "response": response,
                "respondedAt": responded_at,
                "outcome": outcome,
                "outcomeNote": outcome_note,
                "closedAt": closed_at,
                "reporterUserId": reporter_user_id,
                "reporterOrganisationId": reporter_organisation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        subject_type = SubjectType(d.pop("subjectType"))

        subject_id = UUID(d.pop("subjectId"))

        severity = Severity(d.pop("severity"))

        description = d.pop("description")

        status = IncidentStatus(d.pop("status"))

        reported_at = datetime.datetime.fromisoformat(d.pop("reportedAt"))

        suspends_subject = d.pop("suspendsSubject")

        def _parse_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response = _parse_response(d.pop("response"))

        def _parse_responded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responded_at_type_0 = datetime.datetime.fromisoformat(data)

                return responded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        responded_at = _parse_responded_at(d.pop("respondedAt"))

        def _parse_outcome(data: object) -> None | Outcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_outcome_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome_note = _parse_outcome_note(d.pop("outcomeNote"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closedAt"))

        def _parse_reporter_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reporter_user_id_type_0 = UUID(data)

                return reporter_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reporter_user_id = _parse_reporter_user_id(d.pop("reporterUserId"))

        def _parse_reporter_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reporter_organisation_id_type_0 = UUID(data)

                return reporter_organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        reporter_organisation_id = _parse_reporter_organisation_id(d.pop("reporterOrganisationId"))

        incident_public = cls(
            id=id,
            subject_type=subject_type,
            subject_id=subject_id,
            severity=severity,
            description=description,
            status=status,
            reported_at=reported_at,
            suspends_subject=suspends_subject,
            response=response,
            responded_at=responded_at,
            outcome=outcome,
            outcome_note=outcome_note,
            closed_at=closed_at,
            reporter_user_id=reporter_user_id,
            reporter_organisation_id=reporter_organisation_id,
        )

        incident_public.additional_properties = d
        return incident_public

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
