"""Reporting and reviewing incidents; which places are suspended by an open one."""

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Exists, exists, or_
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.errors import Conflict, NotFound
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.hosts.models import HostFamily, VettingStatus
from api.incidents.models import (
    Incident,
    IncidentClose,
    IncidentCreate,
    IncidentPublic,
    IncidentStatus,
    Outcome,
    SubjectType,
)
from api.placements.service import lock_host_family, lock_location, lock_unit, refresh_location
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.webhooks.events import EventType, emit


def suspended_ids(session: Session, subject_type: SubjectType, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these subjects have an open incident."""
    ids = list(ids)
    if not ids:
        return set()
    return set(
        session.exec(
            select(Incident.subject_id).where(
                Incident.subject_type == subject_type.value,
                col(Incident.subject_id).in_(ids),
                Incident.status == IncidentStatus.OPEN.value,
            )
        ).all()
    )


def has_open_incident(subject_type: SubjectType, subject_id: Any) -> Exists:
    """For a query's rows: whether the subject in column SUBJECT_ID has an open incident."""
    return exists().where(
        Incident.subject_type == subject_type.value,
        Incident.subject_id == subject_id,
        Incident.status == IncidentStatus.OPEN.value,
    )


def _subject_municipality_and_operator(
    session: Session, subject_type: SubjectType, subject_id: uuid.UUID
) -> tuple[str, uuid.UUID | None]:
    """The municipality a subject lies in and the organisation that manages it; 404 if none."""
    if subject_type == SubjectType.HOST_FAMILY:
        host = session.get(HostFamily, subject_id)
        if host is None:
            raise NotFound("No such host family.")
        return host.municipality_code, host.organisation_id
    if subject_type == SubjectType.SHELTER_UNIT:
        unit = session.get(ShelterUnit, subject_id)
        if unit is None:
            raise NotFound("No such shelter unit.")
        subject_id = unit.location_id
    location = session.get(ShelterLocation, subject_id)
    if location is None:
        raise NotFound("No such shelter location.")
    return location.municipality_code, location.operator_organisation_id


def _in_scope(session: Session, principal: Principal, incident: Incident) -> bool:
    if principal.role in (Role.ADMIN, Role.DESK):
        return True
    if principal.user_id is not None and incident.reporter_user_id == principal.user_id:
        return True
    municipality, manager = _subject_municipality_and_operator(
        session, SubjectType(incident.subject_type), incident.subject_id
    )
    if principal.role == Role.MUNICIPALITY:
        return municipality == principal.municipality_code
    if principal.role == Role.PARTNER:
        return manager == principal.organisation_id
    return False


def to_public(principal: Principal, incident: Incident) -> IncidentPublic:
    public = IncidentPublic.model_validate(incident)
    if not principal.is_admin:
        public.reporter_user_id = None
        public.reporter_organisation_id = None
    return public


def report(session: Session, principal: Principal, data: IncidentCreate) -> Incident:
    _subject_municipality_and_operator(session, data.subject_type, data.subject_id)
    incident = Incident(
        subject_type=data.subject_type.value,
        subject_id=data.subject_id,
        severity=data.severity.value,
        description=data.description,
        reporter_user_id=principal.user_id,
        reporter_organisation_id=principal.organisation_id,
    )
    session.add(incident)
    session.flush()
    _refresh_free_beds(session, incident)
    emit(session, EventType.INCIDENT_OPENED, incident)
    record(
        session,
        principal,
        "report",
        "incident",
        incident.id,
        {
            "subjectType": incident.subject_type,
            "subjectId": str(incident.subject_id),
            "severity": incident.severity,
        },
    )
    return incident


def list_incidents(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    status: IncidentStatus | None,
    subject_type: SubjectType | None,
    subject_id: uuid.UUID | None,
) -> tuple[list[Incident], int]:
    query = select(Incident)
    if principal.role == Role.MUNICIPALITY:
        query = query.where(
            or_(
                col(Incident.subject_id).in_(
                    select(ShelterLocation.id).where(
                        ShelterLocation.municipality_code == principal.municipality_code
                    )
                ),
                col(Incident.subject_id).in_(
                    select(ShelterUnit.id)
                    .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
                    .where(ShelterLocation.municipality_code == principal.municipality_code)
                ),
                col(Incident.subject_id).in_(
                    select(HostFamily.id).where(HostFamily.municipality_code == principal.municipality_code)
                ),
                Incident.reporter_user_id == principal.user_id,
            )
        )
    elif principal.role == Role.PARTNER:
        query = query.where(
            or_(
                col(Incident.subject_id).in_(
                    select(HostFamily.id).where(HostFamily.organisation_id == principal.organisation_id)
                ),
                col(Incident.subject_id).in_(
                    select(ShelterLocation.id).where(
                        ShelterLocation.operator_organisation_id == principal.organisation_id
                    )
                ),
                col(Incident.subject_id).in_(
                    select(ShelterUnit.id)
                    .join(ShelterLocation, col(ShelterLocation.id) == col(ShelterUnit.location_id))
                    .where(ShelterLocation.operator_organisation_id == principal.organisation_id)
                ),
                Incident.reporter_user_id == principal.user_id,
            )
        )
    elif principal.role not in (Role.ADMIN, Role.DESK):
        query = query.where(Incident.reporter_user_id == principal.user_id)
    if status:
        query = query.where(Incident.status == status.value)
    if subject_type:
        query = query.where(Incident.subject_type == subject_type.value)
    if subject_id:
        query = query.where(Incident.subject_id == subject_id)
    return paginate(session, query.order_by(col(Incident.reported_at).desc(), col(Incident.id)), page)


def get_incident(session: Session, principal: Principal, incident_id: uuid.UUID) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None or not _in_scope(session, principal, incident):
        raise NotFound("No such incident.")
    return incident


def close(session: Session, principal: Principal, incident_id: uuid.UUID, data: IncidentClose) -> Incident:
    """Close with an outcome; `subject_removed` takes the subject out of use for good."""
    incident = get_incident(session, principal, incident_id)
    if incident.status != IncidentStatus.OPEN.value:
        raise Conflict("This incident is closed already.", code="incident-closed")
    incident.status = IncidentStatus.CLOSED.value
    incident.outcome = data.outcome.value
    incident.outcome_note = data.note
    incident.closed_by_user_id = principal.user_id
    incident.closed_at = utcnow()
    session.add(incident)
    subject_type = SubjectType(incident.subject_type)
    if data.outcome == Outcome.SUBJECT_REMOVED:
        if subject_type == SubjectType.HOST_FAMILY:
            host = lock_host_family(session, incident.subject_id)
            host.vetting_status = VettingStatus.REJECTED.value
            session.add(host)
            emit(session, EventType.HOST_FAMILY_VETTING_CHANGED, host)
        elif subject_type == SubjectType.SHELTER_UNIT:
            _, unit = lock_unit(session, incident.subject_id)
            unit.status = UnitStatus.CLOSED.value
            session.add(unit)
        else:
            location = lock_location(session, incident.subject_id)
            location.status = LocationStatus.CLOSED.value
            session.add(location)
    session.flush()
    _refresh_free_beds(session, incident)
    emit(session, EventType.INCIDENT_CLOSED, incident)
    record(session, principal, "close", "incident", incident.id, {"outcome": incident.outcome})
    return incident


def _refresh_free_beds(session: Session, incident: Incident) -> None:
    """A location's free beds leave out suspended units (and all of a suspended location)."""
    subject_type = SubjectType(incident.subject_type)
    if subject_type == SubjectType.SHELTER_UNIT:
        location, _ = lock_unit(session, incident.subject_id)
    elif subject_type == SubjectType.SHELTER_LOCATION:
        location = lock_location(session, incident.subject_id)
    else:
        return
    refresh_location(session, location)
