import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.core.authorization import Permission, Principal
from api.core.config import get_settings
from api.core.dates import CalendarDate
from api.core.db import SessionDep
from api.core.pagination import Page, PageDep
from api.hosts import service
from api.hosts.models import (
    HostAccountCreate,
    HostAccountInvited,
    HostFamilyCreate,
    HostFamilyPublic,
    HostFamilyUpdate,
    VettingDecisionPublic,
    VettingReviewCreate,
    VettingUpdate,
)
from api.identity.dependencies import requires
from api.identity.models import PasswordLink, PasswordLinkCreated, User, UserPublic
from api.placements.models import HostStayPublic
from api.placements.service import host_stays

router = APIRouter(prefix="/host-families", tags=["host-families"])
HostId = Annotated[uuid.UUID, Path(alias="hostFamilyId")]
DecisionId = Annotated[uuid.UUID, Path(alias="decisionId")]


class HostFamilyPage(Page[HostFamilyPublic]):
    pass


class VettingDecisionList(Page[VettingDecisionPublic]):
    pass


class HostStayList(Page[HostStayPublic]):
    pass


@router.get("", response_model=HostFamilyPage, summary="Host families, filtered")
def list_host_families(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.HOST_FAMILIES_READ)],
    municipality_code: Annotated[
        str | None, Query(alias="municipalityCode", pattern=r"^[Gg][Mm]\d{4}$")
    ] = None,
    organisation_id: Annotated[uuid.UUID | None, Query(alias="organisationId")] = None,
    vetted: Annotated[bool | None, Query(description="Vetted and not expired.")] = None,
    min_free_beds: Annotated[int | None, Query(alias="minFreeBeds", ge=0, le=30)] = None,
    pets: Annotated[bool | None, Query(description="Pets allowed.")] = None,
    wheelchair: bool | None = None,
    accepts_children: Annotated[bool | None, Query(alias="acceptsChildren")] = None,
    available_on: Annotated[CalendarDate | None, Query(alias="availableOn")] = None,
    vetting_expires_within_days: Annotated[
        int | None,
        Query(
            alias="vettingExpiresWithinDays",
            ge=0,
            le=365,
            description="Only vetted hosts whose vetting expires within this many days: to re-vet.",
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(min_length=1, max_length=100, description="Part of the name or of the municipality's name."),
    ] = None,
    sort: Annotated[
        service.HostSort, Query(description="The order; `-` reverses it.")
    ] = service.HostSort.NAME,
) -> HostFamilyPage:
    rows, total = service.list_host_families(
        session,
        principal,
        page,
        municipality_code=municipality_code,
        organisation_id=organisation_id,
        vetted=vetted,
        min_free_beds=min_free_beds,
        pets=pets,
        wheelchair=wheelchair,
        accepts_children=accepts_children,
        available_on=available_on,
        vetting_expires_within_days=vetting_expires_within_days,
        q=q,
        sort=sort,
    )
    return HostFamilyPage(items=service.to_public(session, principal, rows), total=total)


@router.post("", response_model=HostFamilyPublic, status_code=201, summary="Register a host family")
def create_host_family(
    session: SessionDep,
    body: HostFamilyCreate,
    principal: Annotated[Principal, requires(Permission.HOST_FAMILIES_WRITE)],
) -> HostFamilyPublic:
    return service.to_public(session, principal, [service.create_host_family(session, principal, body)])[0]


@router.get("/{hostFamilyId}", response_model=HostFamilyPublic, summary="One host family")
def get_host_family(
    session: SessionDep,
    host_id: HostId,
    principal: Annotated[Principal, requires(Permission.HOST_FAMILIES_READ)],
) -> HostFamilyPublic:
    return service.to_public(session, principal, [service.get_host_family(session, principal, host_id)])[0]


@router.patch("/{hostFamilyId}", response_model=HostFamilyPublic, summary="Change a host family's offer")
def update_host_family(
    session: SessionDep,
    host_id: HostId,
    body: HostFamilyUpdate,
    principal: Annotated[Principal, requires(Permission.HOST_FAMILIES_WRITE)],
) -> HostFamilyPublic:
    host = service.update_host_family(session, principal, host_id, body)
    return service.to_public(session, principal, [host])[0]


@router.put(
    "/{hostFamilyId}/vetting",
    response_model=HostFamilyPublic,
    summary="Record a vetting decision (kept in the history; may wait for a second check)",
)
def set_vetting(
    session: SessionDep,
    host_id: HostId,
    body: VettingUpdate,
    principal: Annotated[Principal, requires(Permission.HOST_VETTING_WRITE)],
) -> HostFamilyPublic:
    host = service.set_vetting(session, principal, host_id, body, get_settings())
    return service.to_public(session, principal, [host])[0]


@router.get(
    "/{hostFamilyId}/vetting-decisions",
    response_model=VettingDecisionList,
    summary="The vetting history: who checked what, when",
)
def list_vetting_decisions(
    session: SessionDep,
    host_id: HostId,
    principal: Annotated[Principal, requires(Permission.HOST_FAMILIES_READ)],
) -> VettingDecisionList:
    decisions = service.vetting_history(session, principal, host_id)
    return VettingDecisionList(items=decisions, total=len(decisions))


@router.post(
    "/{hostFamilyId}/vetting-decisions/{decisionId}/review",
    response_model=HostFamilyPublic,
    summary="The second check (four-eyes): approve or reject a vetting decision",
)
def review_vetting_decision(
    session: SessionDep,
    host_id: HostId,
    decision_id: DecisionId,
    body: VettingReviewCreate,
    principal: Annotated[Principal, requires(Permission.HOST_VETTING_APPROVE)],
) -> HostFamilyPublic:
    host = service.review_vetting(session, principal, host_id, decision_id, body, date.today())
    return service.to_public(session, principal, [host])[0]


@router.get(
    "/{hostFamilyId}/stays",
    response_model=HostStayList,
    summary="Who lives with, or is coming to, the host family (nothing sensitive)",
)
def list_host_stays(
    session: SessionDep,
    host_id: HostId,
    principal: Annotated[Principal, requires(Permission.HOST_FAMILIES_READ)],
) -> HostStayList:
    stays = host_stays(session, service.get_host_family(session, principal, host_id).id)
    return HostStayList(items=stays, total=len(stays))


def _invited(user: User, link: PasswordLink, token: str) -> HostAccountInvited:
    return HostAccountInvited(
        user=UserPublic.model_validate(user),
        password_link=PasswordLinkCreated(
            token=token, path=f"/set-password#{token}", expires_at=link.expires_at
        ),
    )


@router.post(
    "/{hostFamilyId}/host-account",
    response_model=HostAccountInvited,
    status_code=201,
    summary="Invite the host to the host screens: an account with role host, linked to this host family",
    description="For the organisation that manages the host family (any of its staff) and platform "
    "administrators. The host chooses a password through the link (POST /auth/set-password); it is shown "
    "only once. 409 `host-account-exists` when the host family has an account: send a new link instead.",
)
def invite_host(
    session: SessionDep,
    host_id: HostId,
    body: HostAccountCreate,
    principal: Annotated[Principal, requires(Permission.HOST_ACCOUNTS_WRITE)],
) -> HostAccountInvited:
    return _invited(*service.invite_host(session, get_settings(), principal, host_id, body))


@router.post(
    "/{hostFamilyId}/host-account/password-links",
    response_model=HostAccountInvited,
    status_code=201,
    summary="A new password link for the host family's account (the old link and password stop working)",
)
def reinvite_host(
    session: SessionDep,
    host_id: HostId,
    principal: Annotated[Principal, requires(Permission.HOST_ACCOUNTS_WRITE)],
) -> HostAccountInvited:
    return _invited(*service.reinvite_host(session, get_settings(), principal, host_id))
