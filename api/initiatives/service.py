"""Citizen initiatives: one dossier with its pipeline, permits, stakeholders and risk owners."""

import uuid
from enum import StrEnum

from sqlmodel import Session, col, select

from api.audit.service import record
from api.core.authorization import Principal, Role
from api.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from api.core.models import utcnow
from api.core.pagination import PageParams, paginate
from api.initiatives.models import (
    ALLOWED_TRANSITIONS,
    CitizenInitiative,
    CitizenInitiativeCreate,
    CitizenInitiativePublic,
    CitizenInitiativeUpdate,
    InitiativeStageEvent,
    Stage,
    StageChange,
)
from api.places.models import (
    LocationKind,
    LocationStatus,
    ShelterLocation,
    VisitingRules,
    contact_columns,
    contact_of,
)
from api.reference.models import Municipality

JSON_LISTS = ("permits", "stakeholders", "risks")


def _scoped(query, principal: Principal):  # type: ignore[no-untyped-def]
    """Desks, partners and admins follow every initiative; a municipality those in its territory."""
    if principal.role == Role.MUNICIPALITY:
        return query.where(CitizenInitiative.municipality_code == principal.municipality_code)
    if principal.role in (Role.ADMIN, Role.DESK, Role.PARTNER):
        return query
    return query.where(False)


def get_initiative(session: Session, principal: Principal, initiative_id: uuid.UUID) -> CitizenInitiative:
    initiative = session.exec(
        _scoped(select(CitizenInitiative), principal).where(CitizenInitiative.id == initiative_id)
    ).first()
    if initiative is None:
        raise NotFound("No such citizen initiative.")
    return initiative


def _check_may_edit(principal: Principal) -> None:
    if principal.role not in (Role.ADMIN, Role.MUNICIPALITY):
        raise Forbidden("Only the municipality changes an initiative's dossier.")


def to_public(initiative: CitizenInitiative) -> CitizenInitiativePublic:
    return CitizenInitiativePublic.model_validate(
        {
            **initiative.model_dump(),
            "initiator": contact_of(initiative, "initiator"),
            "allowed_next_stages": [s for s in Stage if s in ALLOWED_TRANSITIONS[Stage(initiative.stage)]],
        }
    )


def list_initiatives(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    municipality_code: str | None,
    stage: Stage | None,
) -> tuple[list[CitizenInitiative], int]:
    query = _scoped(select(CitizenInitiative), principal)
    if municipality_code:
        query = query.where(CitizenInitiative.municipality_code == municipality_code.upper())
    if stage:
        query = query.where(CitizenInitiative.stage == stage.value)
    return paginate(session, query.order_by(col(CitizenInitiative.name), col(CitizenInitiative.id)), page)


def _dossier_fields(data: CitizenInitiativeCreate | CitizenInitiativeUpdate, names: set[str]) -> dict:
    """Column values for NAMES: nested lists as plain JSON, enums as their values."""
    fields = {}
    for name in names - {"initiator"}:
        value = getattr(data, name)
        if name in JSON_LISTS and value is not None:
            value = [item.model_dump(mode="json") for item in value]
        elif isinstance(value, StrEnum):
            value = value.value
        fields[name] = value
    return fields


def _check_dates(initiative: CitizenInitiative) -> None:
    if initiative.starts_on and initiative.ends_on and initiative.ends_on < initiative.starts_on:
        raise Unprocessable("endsOn lies before startsOn.", code="invalid-dates")


def create_initiative(
    session: Session, principal: Principal, data: CitizenInitiativeCreate
) -> CitizenInitiative:
    _check_may_edit(principal)
    if session.get(Municipality, data.municipality_code) is None:
        raise Unprocessable(
            f"Unknown municipality code {data.municipality_code}.", code="unknown-municipality"
        )
    if principal.role == Role.MUNICIPALITY and data.municipality_code != principal.municipality_code:
        raise Forbidden("A municipality registers initiatives in its own territory only.")
    initiative = CitizenInitiative(
        **_dossier_fields(data, set(type(data).model_fields)),
        stage=Stage.IDEA.value,
        **contact_columns(data.initiator, "initiator"),
    )
    _check_dates(initiative)
    session.add(initiative)
    session.flush()
    session.add(
        InitiativeStageEvent(
            initiative_id=initiative.id, to_stage=Stage.IDEA.value, actor_user_id=principal.user_id
        )
    )
    record(session, principal, "create", "citizen_initiative", initiative.id, {"name": initiative.name})
    return initiative


def update_initiative(
    session: Session, principal: Principal, initiative_id: uuid.UUID, data: CitizenInitiativeUpdate
) -> CitizenInitiative:
    initiative = get_initiative(session, principal, initiative_id)
    _check_may_edit(principal)
    fields = _dossier_fields(data, data.model_fields_set)
    data.refuse_null()
    for name, value in fields.items():
        setattr(initiative, name, value)
    if "initiator" in data.model_fields_set:
        for name, value in contact_columns(data.initiator, "initiator").items():
            setattr(initiative, name, value)
    _check_dates(initiative)
    initiative.updated_at = utcnow()
    session.add(initiative)
    record(
        session,
        principal,
        "update",
        "citizen_initiative",
        initiative.id,
        {"fields": sorted(data.model_fields_set)},
    )
    return initiative


def change_stage(
    session: Session, principal: Principal, initiative_id: uuid.UUID, data: StageChange
) -> CitizenInitiative:
    initiative = get_initiative(session, principal, initiative_id)
    _check_may_edit(principal)
    current = Stage(initiative.stage)
    if data.stage not in ALLOWED_TRANSITIONS[current]:
        allowed = ", ".join(sorted(ALLOWED_TRANSITIONS[current])) or "none (the dossier is final)"
        raise Conflict(
            f"An initiative cannot go from {current.value} to {data.stage.value}; allowed: {allowed}.",
            code="illegal-transition",
        )
    if data.stage == Stage.OPEN:
        initiative.shelter_location_id = _open_location(session, principal, initiative, data).id
    if data.stage == Stage.CLOSED and initiative.shelter_location_id:
        location = session.get(ShelterLocation, initiative.shelter_location_id)
        if location is not None and location.status != LocationStatus.CLOSED.value:
            location.status = LocationStatus.CLOSING.value
            session.add(location)
    initiative.stage = data.stage.value
    initiative.updated_at = utcnow()
    session.add(initiative)
    session.add(
        InitiativeStageEvent(
            initiative_id=initiative.id,
            from_stage=current.value,
            to_stage=data.stage.value,
            note=data.note,
            actor_user_id=principal.user_id,
        )
    )
    record(
        session,
        principal,
        "stage_change",
        "citizen_initiative",
        initiative.id,
        {"from": current.value, "to": data.stage.value},
    )
    return initiative


def _open_location(
    session: Session, principal: Principal, initiative: CitizenInitiative, data: StageChange
) -> ShelterLocation:
    """The location an opening initiative runs as: the one named, or a new small-scale one."""
    if data.shelter_location_id is not None:
        location = session.get(ShelterLocation, data.shelter_location_id)
        if location is None or location.municipality_code != initiative.municipality_code:
            raise Unprocessable(
                "The shelter location must exist in the initiative's municipality.", code="unknown-location"
            )
        return location
    if initiative.shelter_location_id is not None:
        location = session.get(ShelterLocation, initiative.shelter_location_id)
        if location is not None:
            return location
    if data.address is None or data.lat is None or data.lon is None:
        raise Unprocessable(
            "To open, name its shelterLocationId or give address, lat and lon for a new location.",
            code="missing-field",
        )
    location = ShelterLocation(
        name=initiative.name,
        kind=LocationKind.SMALL_SCALE.value,
        municipality_code=initiative.municipality_code,
        address=data.address,
        lat=data.lat,
        lon=data.lon,
        status=LocationStatus.OPEN.value,
        opens_on=utcnow().date(),
        closes_on=initiative.ends_on,
        self_catering=True,
        has_staff=False,
        visiting_rules=VisitingRules.OPEN.value,
        languages_spoken=[],
    )
    session.add(location)
    session.flush()
    record(
        session, principal, "create", "shelter_location", location.id, {"fromInitiative": str(initiative.id)}
    )
    return location


def history(session: Session, principal: Principal, initiative_id: uuid.UUID) -> list[InitiativeStageEvent]:
    get_initiative(session, principal, initiative_id)
    return list(
        session.exec(
            select(InitiativeStageEvent)
            .where(InitiativeStageEvent.initiative_id == initiative_id)
            .order_by(col(InitiativeStageEvent.occurred_at), col(InitiativeStageEvent.id))
        ).all()
    )
