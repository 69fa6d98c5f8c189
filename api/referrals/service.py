"""Sending, answering and ending referrals. Services never commit.

A referral is seen by its two organisations (and platform admins), nobody else: for anyone else
it is 404. Every change locks the rows it decides on, in one order (consent, referral, household),
so sending, accepting, declining, revoking and withdrawing the consent race safely on PostgreSQL.
"""

import uuid
from datetime import datetime

from sqlalchemy import and_, or_, update
from sqlmodel import Session, col, select

from api.audit.service import record
from api.consents.models import Consent, ConsentPurpose, ConsentStatus
from api.core.authorization import Principal, Role
from api.core.db import lock_row
from api.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from api.core.pagination import PageParams, paginate
from api.households.access import household_access
from api.households.models import Household, HouseholdAccess
from api.households.service import lock_household
from api.identity.models import Organisation, OrganisationKind
from api.referrals.models import (
    TRANSFER_PURPOSE,
    Referral,
    ReferralCreate,
    ReferralDirection,
    ReferralEndReason,
    ReferralKind,
    ReferralPublic,
    ReferralStatus,
)

SUPPORTING_KINDS = (OrganisationKind.PARTNER.value, OrganisationKind.OPERATOR.value)


def _is_party(principal: Principal, referral: Referral) -> bool:
    return principal.organisation_id in (referral.from_organisation_id, referral.to_organisation_id)


def _receiver_sees(referral: Referral, household: Household, consent: Consent, now: datetime) -> bool:
    if referral.status != ReferralStatus.ACCEPTED.value or household.erased_at is not None:
        return False
    if referral.kind == ReferralKind.TRANSFER.value:
        return household.supporting_organisation_id == referral.to_organisation_id
    return consent.status_at(now) == ConsentStatus.ACTIVE


def referrals_public(session: Session, referrals: list[Referral], now: datetime) -> list[ReferralPublic]:
    """The API view, with what the receiver needs to decide (reference, size), in three queries."""

    def by_id(model, ids):  # type: ignore[no-untyped-def]
        return {row.id: row for row in session.exec(select(model).where(col(model.id).in_(ids))).all()}

    households = by_id(Household, {r.household_id for r in referrals})
    consents = by_id(Consent, {r.consent_id for r in referrals})
    organisations = by_id(
        Organisation, {r.from_organisation_id for r in referrals} | {r.to_organisation_id for r in referrals}
    )
    items = []
    for r in referrals:
        household, consent = households[r.household_id], consents[r.consent_id]
        items.append(
            ReferralPublic(
                id=r.id,
                kind=ReferralKind(r.kind),
                purpose=ConsentPurpose(r.purpose),
                status=ReferralStatus(r.status),
                household_id=r.household_id,
                household_reference=household.reference,
                household_size=household.size,
                from_organisation_id=r.from_organisation_id,
                from_organisation_name=organisations[r.from_organisation_id].name,
                to_organisation_id=r.to_organisation_id,
                to_organisation_name=organisations[r.to_organisation_id].name,
                consent_id=r.consent_id,
                consent_valid_until=consent.valid_until,
                message=r.message,
                receiver_sees_household=_receiver_sees(r, household, consent, now),
                sent_at=r.created_at,
                sent_by_user_id=r.sent_by_user_id,
                responded_at=r.responded_at,
                responded_by_user_id=r.responded_by_user_id,
                decline_reason=r.decline_reason,
                revoked_at=r.revoked_at,
                revoked_by_user_id=r.revoked_by_user_id,
                revoke_reason=r.revoke_reason,
                ended_at=r.ended_at,
                end_reason=ReferralEndReason(r.end_reason) if r.end_reason else None,
            )
        )
    return items


def list_referrals(
    session: Session,
    principal: Principal,
    page: PageParams,
    *,
    direction: ReferralDirection | None,
    status: ReferralStatus | None,
    kind: ReferralKind | None,
    household_id: uuid.UUID | None,
) -> tuple[list[Referral], int]:
    """The caller's organisation's referrals (a platform admin without a direction: all)."""
    query = select(Referral)
    if direction == ReferralDirection.RECEIVED:
        query = query.where(Referral.to_organisation_id == principal.organisation_id)
    elif direction == ReferralDirection.SENT:
        query = query.where(Referral.from_organisation_id == principal.organisation_id)
    elif not principal.is_admin:
        query = query.where(
            or_(
                Referral.to_organisation_id == principal.organisation_id,
                Referral.from_organisation_id == principal.organisation_id,
            )
        )
    if status:
        query = query.where(Referral.status == status.value)
    if kind:
        query = query.where(Referral.kind == kind.value)
    if household_id:
        query = query.where(Referral.household_id == household_id)
    return paginate(session, query.order_by(col(Referral.created_at).desc(), col(Referral.id)), page)


def get_referral(session: Session, principal: Principal, referral_id: uuid.UUID) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None or not (principal.is_admin or _is_party(principal, referral)):
        raise NotFound("No such referral.")
    return referral


def _may_transfer(principal: Principal, household: Household) -> bool:
    """The supporting organisation hands its household over; desks place one that has none."""
    if principal.is_admin:
        return True
    if household.supporting_organisation_id is None:
        return principal.role == Role.DESK
    return household.supporting_organisation_id == principal.organisation_id


def _cited_consent(
    session: Session, household: Household, receiver: Organisation, data: ReferralCreate, now: datetime
) -> Consent:
    """The consent the referral relies on, locked: withdrawing it waits for the referral to exist."""
    consent = lock_row(session, Consent, data.consent_id)
    if consent is None or consent.household_id != household.id:
        raise Unprocessable("The household has no such consent.", code="unknown-consent")
    if consent.organisation_id != receiver.id:
        raise Unprocessable(
            "The consent is for another organisation than the receiver.", code="consent-organisation-mismatch"
        )
    if consent.purpose != data.purpose.value:
        raise Unprocessable(
            f"The consent is for {consent.purpose}, not for {data.purpose.value}.",
            code="consent-purpose-mismatch",
        )
    if (status := consent.status_at(now)) != ConsentStatus.ACTIVE:
        raise Conflict(f"The consent is {status.value}, not valid now.", code="consent-not-valid")
    return consent


def _check_receiver(
    principal: Principal, household: Household, receiver: Organisation, kind: ReferralKind
) -> None:
    if receiver.id == principal.organisation_id:
        raise Unprocessable("An organisation does not refer a household to itself.", code="referral-to-self")
    if receiver.id == household.supporting_organisation_id:
        raise Unprocessable(
            "The receiver supports the household already.", code="receiver-supports-household"
        )
    if kind == ReferralKind.TRANSFER and receiver.kind not in SUPPORTING_KINDS:
        raise Unprocessable(
            "A transfer goes to a partner or operator: it becomes the household's supporting organisation.",
            code="receiver-cannot-support",
        )


def _check_not_pending(
    session: Session, household: Household, receiver: Organisation, kind: ReferralKind
) -> None:
    """One pending referral per household, receiver and kind; one pending transfer per household."""
    pending = select(Referral.id).where(
        Referral.household_id == household.id,
        Referral.status == ReferralStatus.PENDING.value,
        Referral.kind == kind.value,
    )
    if kind == ReferralKind.REFERRAL:
        pending = pending.where(Referral.to_organisation_id == receiver.id)
    if (existing := session.exec(pending).first()) is not None:
        raise Conflict(
            f"A {kind.value} of this household is pending already ({existing}).", code=f"{kind.value}-pending"
        )


def send_referral(session: Session, principal: Principal, data: ReferralCreate, now: datetime) -> Referral:
    household, access = household_access(session, principal, data.household_id)
    receiver = session.get(Organisation, data.to_organisation_id)
    if receiver is None:
        raise Unprocessable("No such organisation.", code="unknown-organisation")
    consent = _cited_consent(session, household, receiver, data, now)
    household = lock_household(session, household.id)  # after the consent: the order accepting takes
    if data.kind == ReferralKind.TRANSFER:
        if access == HouseholdAccess.REFERRAL or not _may_transfer(principal, household):
            raise Forbidden(
                "Only the household's supporting organisation transfers it (a desk one that has none).",
                code="not-supporting-organisation",
            )
        if data.purpose != TRANSFER_PURPOSE:
            raise Unprocessable(f"A transfer's purpose is {TRANSFER_PURPOSE.value}.", code="transfer-purpose")
    _check_receiver(principal, household, receiver, data.kind)
    _check_not_pending(session, household, receiver, data.kind)
    referral = Referral(
        household_id=household.id,
        kind=data.kind.value,
        purpose=data.purpose.value,
        from_organisation_id=principal.organisation_id,
        to_organisation_id=receiver.id,
        consent_id=consent.id,
        message=data.message,
        supporting_organisation_at_send=household.supporting_organisation_id,
        sent_by_user_id=principal.user_id,
        created_at=now,
    )
    return _changed(
        session,
        principal,
        referral,
        "create",
        kind=referral.kind,
        purpose=referral.purpose,
        toOrganisationId=str(receiver.id),
        consentId=str(consent.id),
    )


def _pending_for(session: Session, principal: Principal, referral_id: uuid.UUID, *, party: str) -> Referral:
    """The referral, locked, when the caller's organisation is its `party` and it is pending.

    404 for a referral the caller may not see; 403 for the other party (or an admin).
    """
    referral = get_referral(session, principal, referral_id)
    acting = referral.to_organisation_id if party == "receiver" else referral.from_organisation_id
    if principal.organisation_id != acting:
        raise Forbidden(f"Only the {party} of a referral may do this.", code=f"not-the-{party}")
    if party == "receiver":
        lock_row(session, Consent, referral.consent_id)  # the order withdrawing the consent takes too
    referral = lock_row(session, Referral, referral.id)
    assert referral is not None  # referrals are never deleted
    if referral.status != ReferralStatus.PENDING.value:
        raise Conflict(
            f"The referral is {referral.status}, not pending any more.", code="referral-not-pending"
        )
    return referral


def accept_referral(
    session: Session, principal: Principal, referral_id: uuid.UUID, now: datetime
) -> Referral:
    referral = _pending_for(session, principal, referral_id, party="receiver")
    consent = session.get(Consent, referral.consent_id)
    assert consent is not None
    if (status := consent.status_at(now)) != ConsentStatus.ACTIVE:
        raise Conflict(
            f"The consent this referral relies on is {status.value}; the sender may record a new one and "
            "send the referral again.",
            code="consent-not-valid",
        )
    household = lock_household(session, referral.household_id)
    if household.erased_at is not None:
        raise Conflict("The household's data has been erased.", code="household-erased")
    if referral.kind == ReferralKind.TRANSFER.value:
        if household.supporting_organisation_id != referral.supporting_organisation_at_send:
            raise Conflict(
                "The household's supporting organisation changed since the transfer was sent.",
                code="household-changed",
            )
        household.supporting_organisation_id = referral.to_organisation_id
        session.add(household)
        record(
            session,
            principal,
            "transfer",
            "household",
            household.id,
            {
                "referralId": str(referral.id),
                "from": str(referral.supporting_organisation_at_send or ""),
                "to": str(referral.to_organisation_id),
            },
        )
    referral.status = ReferralStatus.ACCEPTED.value
    referral.responded_at = now
    referral.responded_by_user_id = principal.user_id
    return _changed(session, principal, referral, "accept")


def decline_referral(
    session: Session, principal: Principal, referral_id: uuid.UUID, reason: str, now: datetime
) -> Referral:
    referral = _pending_for(session, principal, referral_id, party="receiver")
    referral.status = ReferralStatus.DECLINED.value
    referral.decline_reason = reason
    referral.responded_at = now
    referral.responded_by_user_id = principal.user_id
    return _changed(session, principal, referral, "decline")


def revoke_referral(
    session: Session, principal: Principal, referral_id: uuid.UUID, reason: str | None, now: datetime
) -> Referral:
    referral = _pending_for(session, principal, referral_id, party="sender")
    referral.status = ReferralStatus.REVOKED.value
    referral.revoke_reason = reason
    referral.revoked_at = now
    referral.revoked_by_user_id = principal.user_id
    return _changed(session, principal, referral, "revoke")


def _changed(
    session: Session, principal: Principal | None, referral: Referral, action: str, **details: str
) -> Referral:
    """Store a referral's change and audit it: the one place every change passes (webhooks later too)."""
    session.add(referral)
    record(
        session,
        principal,
        action,
        "referral",
        referral.id,
        {"householdId": str(referral.household_id), **details},
    )
    return referral


# Referrals whose consent still matters: pending ones, and accepted shares. An accepted transfer is
# done: the receiver supports the household now, on its own footing.
_RELYING_ON_CONSENT = or_(
    col(Referral.status) == ReferralStatus.PENDING.value,
    and_(
        col(Referral.status) == ReferralStatus.ACCEPTED.value,
        col(Referral.kind) == ReferralKind.REFERRAL.value,
    ),
)


def _end(
    session: Session,
    principal: Principal | None,
    referrals: list[Referral],
    reason: ReferralEndReason,
    now: datetime,
) -> list[Referral]:
    for referral in referrals:
        referral.status = ReferralStatus.ENDED.value
        referral.end_reason = reason.value
        referral.ended_at = now
        _changed(session, principal, referral, "end", reason=reason.value)
    return referrals


def end_referrals_relying_on(
    session: Session, principal: Principal, consent: Consent, reason: ReferralEndReason, now: datetime
) -> list[Referral]:
    """End the referrals that rely on a consent being withdrawn (the caller holds its row lock)."""
    referrals = session.exec(
        select(Referral)
        .where(Referral.consent_id == consent.id, _RELYING_ON_CONSENT)
        .order_by(col(Referral.id))
        .with_for_update()
    ).all()
    return _end(session, principal, list(referrals), reason, now)


def end_referrals_of_erased_household(
    session: Session, principal: Principal | None, household_id: uuid.UUID, now: datetime
) -> None:
    """Erasure ends the household's open referrals and empties the free texts of all of them."""
    open_ones = session.exec(
        select(Referral)
        .where(Referral.household_id == household_id, _RELYING_ON_CONSENT)
        .order_by(col(Referral.id))
        .with_for_update()
    ).all()
    _end(session, principal, list(open_ones), ReferralEndReason.HOUSEHOLD_ERASED, now)
    session.exec(
        update(Referral)
        .where(col(Referral.household_id) == household_id)
        .values(message=None, decline_reason=None, revoke_reason=None)
    )


def end_referrals_of_expired_consents(session: Session, now: datetime) -> dict[str, int]:
    """The worker's consent-expiry job: mark and audit the referrals whose consent ran out.

    Access ended at the consent's end already (the scope checks it at every read); this records it.
    """
    expired = select(Consent.id).where(col(Consent.withdrawn_at).is_(None), col(Consent.valid_until) <= now)
    referrals = session.exec(
        select(Referral)
        .where(col(Referral.consent_id).in_(expired), _RELYING_ON_CONSENT)
        .order_by(col(Referral.id))
        .with_for_update()
    ).all()
    return {"ended": len(_end(session, None, list(referrals), ReferralEndReason.CONSENT_EXPIRED, now))}
