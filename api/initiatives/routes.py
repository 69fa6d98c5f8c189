import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.initiatives import service
from api.initiatives.models import (
    CitizenInitiativeCreate,
    CitizenInitiativePublic,
    CitizenInitiativeUpdate,
    Stage,
    StageChange,
    StageEventPublic,
)

router = APIRouter(prefix="/citizen-initiatives", tags=["citizen-initiatives"])
InitiativeId = Annotated[uuid.UUID, Path(alias="initiativeId")]


class CitizenInitiativePage(Page[CitizenInitiativePublic]):
    pass


class StageEventList(Page[StageEventPublic]):
    pass


@router.get("", response_model=CitizenInitiativePage, summary="Citizen initiatives")
def list_initiatives(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.INITIATIVES_READ)],
    municipality_code: Annotated[
        str | None, Query(alias="municipalityCode", pattern=r"^[Gg][Mm]\d{4}$")
    ] = None,
    stage: Stage | None = None,
) -> CitizenInitiativePage:
    rows, total = service.list_initiatives(
        session, principal, page, municipality_code=municipality_code, stage=stage
    )
    return CitizenInitiativePage(items=[service.to_public(r) for r in rows], total=total)


@router.post("", response_model=CitizenInitiativePublic, status_code=201, summary="Register an initiative")
def create_initiative(
    session: SessionDep,
    body: CitizenInitiativeCreate,
    principal: Annotated[Principal, requires(Permission.INITIATIVES_WRITE)],
) -> CitizenInitiativePublic:
    return service.to_public(service.create_initiative(session, principal, body))


@router.get("/{initiativeId}", response_model=CitizenInitiativePublic, summary="One initiative's dossier")
def get_initiative(
    session: SessionDep,
    initiative_id: InitiativeId,
    principal: Annotated[Principal, requires(Permission.INITIATIVES_READ)],
) -> CitizenInitiativePublic:
    return service.to_public(service.get_initiative(session, principal, initiative_id))


@router.patch("/{initiativeId}", response_model=CitizenInitiativePublic, summary="Change the dossier")
def update_initiative(
    session: SessionDep,
    initiative_id: InitiativeId,
    body: CitizenInitiativeUpdate,
    principal: Annotated[Principal, requires(Permission.INITIATIVES_WRITE)],
) -> CitizenInitiativePublic:
    return service.to_public(service.update_initiative(session, principal, initiative_id, body))


@router.post(
    "/{initiativeId}/stage-changes",
    response_model=CitizenInitiativePublic,
    status_code=201,
    summary="Move the initiative to its next stage",
)
def change_stage(
    session: SessionDep,
    initiative_id: InitiativeId,
    body: StageChange,
    principal: Annotated[Principal, requires(Permission.INITIATIVES_WRITE)],
) -> CitizenInitiativePublic:
    return service.to_public(service.change_stage(session, principal, initiative_id, body))


@router.get("/{initiativeId}/stage-changes", response_model=StageEventList, summary="The stage history")
def list_stage_changes(
    session: SessionDep,
    initiative_id: InitiativeId,
    principal: Annotated[Principal, requires(Permission.INITIATIVES_READ)],
) -> StageEventList:
    events = service.history(session, principal, initiative_id)
    return StageEventList(items=[StageEventPublic.model_validate(e) for e in events], total=len(events))
