"""Reporting and reviewing incidents; which places are suspended by an open one."""

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Exists, and_, exists, or_
from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.errors import Conflict, Forbidden, NotFound
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.hosts.models import HostFamily, VettingStatus
from api.households.models import Household
from api.incidents.models import (
    Incident,
    IncidentClose,
    IncidentCreate,
    IncidentPublic,
    IncidentResponse,
    IncidentStatus,
    Outcome,
    Severity,
    SubjectType,
)
from api.offers.models import Offer, OfferStatus
from api.placements.models import Placement, PlacementStatus
from api.placements.service import (
    active_placement_of,
    lock_host_family,
    lock_location,
    lock_unit,
    refresh_location,
)
from api.places.models import LocationStatus, ShelterLocation, ShelterUnit, UnitStatus
from api.webhooks.events import EventType, emit


def suspended_ids(session: Session, subject_type: SubjectType, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these subjects are suspended: they have an open report that suspends them."""
    ids = list(ids)
    if not ids:
        return set()
    return set(
        session.exec(
            select(Incident.subject_id).where(
                Incident.subject_type == subject_type.value,
                col(Incident.subject_id).in_(ids),
                Incident.status == IncidentStatus.OPEN.value,
                Incident.suspends_subject == True,  # noqa: E712
            )
        ).all()
    )


def has_open_incident(subject_type: SubjectType, subject_id: Any) -> Exists:
    """For a query's rows: whether the subject in column SUBJECT_ID has an open, suspending incident."""
    return exists().where(
        Incident.subject_type == subject_type.value,
        Incident.subject_id == subject_id,
        Incident.status == IncidentStatus.OPEN.value,
        Incident.suspends_subject == True,  # noqa: E712
    )


_NO_SUCH_SUBJECT = {
    SubjectType.HOST_FAMILY: "No such host family.",
    SubjectType.SHELTER_UNIT: "No such shelter unit.",
    SubjectType.SHELTER_LOCATION: "No such shelter location.",
}


def _place_of(
    session: Session, subject_type: SubjectType, subject_id: uuid.UUID
) -> HostFamily | ShelterLocation | None:
    """The place a subject is: the host family, or the location (a unit's location)."""
    if subject_type == SubjectType.HOST_FAMILY:
        return session.get(HostFamily, subject_id)
    if subject_type == SubjectType.SHELTER_UNIT:
        unit = session.get(ShelterUnit, subject_id)
        if unit is None:
            return None
        subject_id = unit.location_id
    return session.get(ShelterLocation, subject_id)


def _operates(principal: Principal, place: HostFamily | ShelterLocation) -> bool:
    """The organisation that runs the place: a host family's managing partner, a location's operator,
    or the municipality a location lies in (it registers and manages its sites)."""
    if principal.role == Role.HOST:
        return False
    if isinstance(place, HostFamily):
        return principal.role == Role.PARTNER and place.organisation_id == principal.organisation_id
    if principal.role == Role.MUNICIPALITY:
        return place.municipality_code == principal.municipality_code
    return place.operator_organisation_id == principal.organisation_id


def _sees(principal: Principal, place: HostFamily | ShelterLocation) -> bool:
    """The places' own scope rules (api.places, api.hosts): desks and admins see every place, a
    municipality those in its territory, a partner those it runs, a host its own home."""
    if principal.role in (Role.ADMIN, Role.DESK):
        return True
    if principal.role == Role.MUNICIPALITY:
        return place.municipality_code == principal.municipality_code
    if principal.role == Role.HOST:
        return isinstance(place, HostFamily) and place.host_user_id == principal.user_id
    return _operates(principal, place)


def _has_stake(
    session: Session,
    principal: Principal,
    subject_type: SubjectType,
    subject_id: uuid.UUID,
    place: HostFamily | ShelterLocation,
) -> bool:
    """Whether the caller's report suspends the place: an admin, the place's operator, the host about
    its own home (and guests), the organisation supporting a household placed there, or the desk
    placing there (an open offer, or an accepted one whose placement is active)."""
    if principal.is_admin:
        return True
    if principal.role == Role.HOST:
        return isinstance(place, HostFamily) and place.host_user_id == principal.user_id
    if _operates(principal, place):
        return True
    if subject_type == SubjectType.HOST_FAMILY:
        placed_there, offered_there = Placement.host_family_id == place.id, Offer.host_family_id == place.id
    elif subject_type == SubjectType.SHELTER_UNIT:
        placed_there, offered_there = (
            Placement.shelter_unit_id == subject_id,
            Offer.shelter_unit_id == subject_id,
        )
    else:
        units = select(ShelterUnit.id).where(ShelterUnit.location_id == place.id)
        placed_there, offered_there = (
            col(Placement.shelter_unit_id).in_(units),
            col(Offer.shelter_unit_id).in_(units),
        )
    active = Placement.status == PlacementStatus.ACTIVE.value
    supported = session.exec(
        select(Placement.id)
        .join(Household, col(Household.id) == col(Placement.household_id))
        .where(placed_there, active, Household.supporting_organisation_id == principal.organisation_id)
    ).first()
    if supported is not None:
        return True
    if principal.role != Role.DESK:
        return False
    placing = session.exec(
        select(Offer.id)
        .join(Placement, col(Placement.id) == col(Offer.placement_id), isouter=True)
        .where(
            offered_there,
            Offer.made_by_organisation_id == principal.organisation_id,
            or_(
                Offer.status == OfferStatus.OPEN.value,
                and_(Offer.status == OfferStatus.ACCEPTED.value, active),
            ),
        )
    ).first()
    return placing is not None


def _in_scope(session: Session, principal: Principal, incident: Incident) -> bool:
    """Reviewers (desks, admins) and the reporter see a report; so do those who see the place's
    reports: its municipality and its operator. A host sees only its own reports."""
    if principal.role in (Role.ADMIN, Role.DESK):
        return True
    if principal.user_id is not None and incident.reporter_user_id == principal.user_id:
        return True
    if principal.role == Role.HOST:
        return False
    place = _place_of(session, SubjectType(incident.subject_type), incident.subject_id)
    return place is not None and _sees(principal, place)


def to_public(principal: Principal, incident: Incident) -> IncidentPublic:
    public = IncidentPublic.model_validate(incident)
    if not principal.is_admin:
        public.reporter_user_id = None
        public.reporter_organisation_id = None
    return public


def report(session: Session, principal: Principal, data: IncidentCreate) -> Incident:
    """File a report. Someone with a stake in the place suspends it at once; anyone else who can
    see the place files a report that waits for review. A place the caller cannot see is the same
    404 as one that does not exist, so that reporting tells nobody which ids exist."""
    place = _place_of(session, data.subject_type, data.subject_id)
    stake = place is not None and _has_stake(session, principal, data.subject_type, data.subject_id, place)
    if place is None or not (stake or _sees(principal, place)):
        raise NotFound(_NO_SUCH_SUBJECT[data.subject_type])
    incident = Incident(
        subject_type=data.subject_type.value,
        subject_id=data.subject_id,
        severity=data.severity.value,
        description=data.description,
        reporter_user_id=principal.user_id,
        reporter_organisation_id=principal.organisation_id,
        suspends_subject=stake,
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
            "suspendsSubject": stake,
        },
    )
    return incident


def report_from_household(
    session: Session,
    household_id: uuid.UUID,
    supporting_organisation_id: uuid.UUID | None,
    description: str,
    urgent: bool,
) -> Incident:
    """A placed household's own "something is not right", through its status link. It names no
    reporter (neither the host nor the place's staff can learn from the report who filed it) and,
    as a report from someone living there, suspends the place until a reviewer decides."""
    placement = active_placement_of(session, household_id)
    if placement is None:
        raise Conflict(
            "A report through the status page is about where the household lives; it has no place yet.",
            code="household-not-placed",
            keep_changes=True,
        )
    if placement.host_family_id is not None:
        subject_type, subject_id = SubjectType.HOST_FAMILY, placement.host_family_id
    else:
        assert placement.shelter_unit_id is not None
        subject_type, subject_id = SubjectType.SHELTER_UNIT, placement.shelter_unit_id
    incident = Incident(
        subject_type=subject_type.value,
        subject_id=subject_id,
        severity=(Severity.HIGH if urgent else Severity.MEDIUM).value,
        description=description,
        suspends_subject=True,
    )
    session.add(incident)
    session.flush()
    _refresh_free_beds(session, incident)
    emit(session, EventType.INCIDENT_OPENED, incident)
    # The supporting organisation's audit log links the report to the placement, so it can follow up.
    record(
        session,
        None,
        "report",
        "incident",
        incident.id,
        {"via": "status-link", "placementId": str(placement.id), "severity": incident.severity},
        organisation_id=supporting_organisation_id,
    )
    return incident


def respond(
    session: Session, principal: Principal, incident_id: uuid.UUID, data: IncidentResponse
) -> Incident:
    """The place's operator answers a report on it; the reviewer still decides."""
    incident = get_incident(session, principal, incident_id)
    place = _place_of(session, SubjectType(incident.subject_type), incident.subject_id)
    if place is None or not _operates(principal, place):
        raise Forbidden("Only the organisation that runs the place responds to reports on it.")
    if incident.status != IncidentStatus.OPEN.value:
        raise Conflict("This incident is closed already.", code="incident-closed")
    incident.response = data.note
    incident.responded_at = utcnow()
    incident.responded_by_organisation_id = principal.organisation_id
    session.add(incident)
    session.flush()
    record(session, principal, "respond", "incident", incident.id)
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
