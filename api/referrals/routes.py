"""Referrals between organisations: send, list, accept, decline, revoke."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlmodel import Session

from api.core.authorization import Permission, Principal
from api.core.db import SessionDep
from api.core.models import utcnow
from api.core.pagination import Page, PageDep
from api.identity.dependencies import requires
from api.referrals import service
from api.referrals.models import (
    Referral,
    ReferralCreate,
    ReferralDecline,
    ReferralDirection,
    ReferralKind,
    ReferralPublic,
    ReferralRevoke,
    ReferralStatus,
)

router = APIRouter(prefix="/referrals", tags=["referrals"])

ReferralId = Annotated[uuid.UUID, Path(alias="referralId")]


class ReferralPage(Page[ReferralPublic]):
    pass


def _one(session: Session, referral: Referral) -> ReferralPublic:
    return service.referrals_public(session, [referral], utcnow())[0]


@router.get("", response_model=ReferralPage, summary="Referrals the caller's organisation sent or received")
def list_referrals(
    session: SessionDep,
    page: PageDep,
    principal: Annotated[Principal, requires(Permission.REFERRALS_READ)],
    direction: Annotated[
        ReferralDirection | None, Query(description="`received` (the inbox) or `sent`; both when left out.")
    ] = None,
    status_filter: Annotated[ReferralStatus | None, Query(alias="status")] = None,
    kind: ReferralKind | None = None,
    household_id: Annotated[uuid.UUID | None, Query(alias="householdId")] = None,
) -> ReferralPage:
    rows, total = service.list_referrals(
        session,
        principal,
        page,
        direction=direction,
        status=status_filter,
        kind=kind,
        household_id=household_id,
    )
    return ReferralPage(items=service.referrals_public(session, rows, utcnow()), total=total)


@router.post(
    "",
    response_model=ReferralPublic,
    status_code=201,
    summary="Refer a household to another organisation, or transfer it, citing the household's consent",
)
def send_referral(
    session: SessionDep,
    body: ReferralCreate,
    principal: Annotated[Principal, requires(Permission.REFERRALS_WRITE)],
) -> ReferralPublic:
    return _one(session, service.send_referral(session, principal, body, utcnow()))


@router.get("/{referralId}", response_model=ReferralPublic, summary="One referral")
def get_referral(
    session: SessionDep,
    referral_id: ReferralId,
    principal: Annotated[Principal, requires(Permission.REFERRALS_READ)],
) -> ReferralPublic:
    return _one(session, service.get_referral(session, principal, referral_id))


@router.post(
    "/{referralId}/accept",
    response_model=ReferralPublic,
    summary="Accept a referral to your organisation: you see the household (a transfer: you support it)",
)
def accept_referral(
    session: SessionDep,
    referral_id: ReferralId,
    principal: Annotated[Principal, requires(Permission.REFERRALS_WRITE)],
) -> ReferralPublic:
    return _one(session, service.accept_referral(session, principal, referral_id, utcnow()))


@router.post(
    "/{referralId}/decline", response_model=ReferralPublic, summary="Decline a referral, with a reason"
)
def decline_referral(
    session: SessionDep,
    referral_id: ReferralId,
    body: ReferralDecline,
    principal: Annotated[Principal, requires(Permission.REFERRALS_WRITE)],
) -> ReferralPublic:
    return _one(session, service.decline_referral(session, principal, referral_id, body.reason, utcnow()))


@router.post(
    "/{referralId}/revoke",
    response_model=ReferralPublic,
    summary="Take back a referral you sent, while pending",
)
def revoke_referral(
    session: SessionDep,
    referral_id: ReferralId,
    principal: Annotated[Principal, requires(Permission.REFERRALS_WRITE)],
    body: ReferralRevoke | None = None,
) -> ReferralPublic:
    reason = body.reason if body else None
    return _one(session, service.revoke_referral(session, principal, referral_id, reason, utcnow()))
