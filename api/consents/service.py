"""Recording, listing and withdrawing a household's consents. Services never commit.

Consents are recorded and withdrawn by an organisation that has the household in its own care
(api.households.access); an organisation that sees the household only through a referral reads the
consents naming itself and changes none.
"""

import uuid
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from api.audit.service import record
from api.consents.models import (
    MAX_CONSENT_DAYS,
    Consent,
    ConsentCreate,
    ConsentPublic,
    ConsentPurpose,
    ConsentStatus,
    consent_status_is,
)
from api.core.authorization import Principal
from api.core.db import lock_row
from api.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from api.core.pagination import PageParams, paginate
from api.households.access import household_access
from api.households.models import Household, HouseholdAccess
from api.households.service import lock_household
from api.identity.models import Organisation
from api.referrals.models import ReferralEndReason
from api.referrals.service import end_referrals_relying_on


def household_in_care(session: Session, principal: Principal, household_id: uuid.UUID) -> Household:
    """The household when the caller has it in its own care: 404 unseen, 403 only referred."""
    household, access = household_access(session, principal, household_id)
    if access == HouseholdAccess.REFERRAL:
        raise Forbidden(
            "The household is referred to your organisation; its consents are recorded by the "
            "organisations that have it in their care.",
            code="referred-read-only",
        )
    return household


def consents_public(session: Session, consents: list[Consent], now: datetime) -> list[ConsentPublic]:
    names = dict(
        session.exec(
            select(Organisation.id, Organisation.name).where(
                col(Organisation.id).in_({c.organisation_id for c in consents})
            )
        ).all()
    )
    return [
        ConsentPublic(
            id=c.id,
            household_id=c.household_id,
            organisation_id=c.organisation_id,
            organisation_name=names[c.organisation_id],
            purpose=ConsentPurpose(c.purpose),
            valid_from=c.valid_from,
            valid_until=c.valid_until,
            status=c.status_at(now),
            recorded_at=c.created_at,
            recorded_by_organisation_id=c.recorded_by_organisation_id,
            recorded_by_user_id=c.recorded_by_user_id,
            withdrawn_at=c.withdrawn_at,
            withdrawn_by_organisation_id=c.withdrawn_by_organisation_id,
            withdrawn_by_user_id=c.withdrawn_by_user_id,
        )
        for c in consents
    ]


def _visible_consents(session: Session, principal: Principal, household_id: uuid.UUID):  # type: ignore[no-untyped-def]
    """The household's consents the caller may read: all in its care, its own when referred."""
    household, access = household_access(session, principal, household_id)
    query = select(Consent).where(Consent.household_id == household.id)
    if access == HouseholdAccess.REFERRAL:
        query = query.where(Consent.organisation_id == principal.organisation_id)
    return query


def list_consents(
    session: Session,
    principal: Principal,
    household_id: uuid.UUID,
    page: PageParams,
    *,
    status: ConsentStatus | None,
    now: datetime,
) -> tuple[list[Consent], int]:
    query = _visible_consents(session, principal, household_id)
    if status:
        query = query.where(consent_status_is(status, now))
    return paginate(session, query.order_by(col(Consent.created_at).desc(), col(Consent.id)), page)


def get_consent(
    session: Session, principal: Principal, household_id: uuid.UUID, consent_id: uuid.UUID
) -> Consent:
    consent = session.exec(
        _visible_consents(session, principal, household_id).where(Consent.id == consent_id)
    ).first()
    if consent is None:
        raise NotFound("No such consent.")
    return consent


def record_consent(
    session: Session, principal: Principal, household_id: uuid.UUID, data: ConsentCreate, now: datetime
) -> Consent:
    household = household_in_care(session, principal, household_id)
    if session.get(Organisation, data.organisation_id) is None:
        raise Unprocessable("No such organisation.", code="unknown-organisation")
    valid_from = data.valid_from or now
    if data.valid_until <= max(valid_from, now):
        raise Unprocessable("validUntil must lie after validFrom and in the future.", code="invalid-window")
    if data.valid_until - valid_from > timedelta(days=MAX_CONSENT_DAYS):
        raise Unprocessable(
            f"A consent lasts at most {MAX_CONSENT_DAYS} days; record a new one when it ends.",
            code="consent-too-long",
        )
    lock_household(session, household.id)  # two overlapping consents cannot both pass the check below
    overlapping = session.exec(
        select(Consent.id).where(
            Consent.household_id == household.id,
            Consent.organisation_id == data.organisation_id,
            Consent.purpose == data.purpose.value,
            col(Consent.withdrawn_at).is_(None),
            col(Consent.valid_from) < data.valid_until,
            col(Consent.valid_until) > valid_from,
        )
    ).first()
    if overlapping is not None:
        raise Conflict(
            f"A consent for this organisation and purpose already covers part of this time ({overlapping}); "
            "withdraw it first, or record the new one from its end.",
            code="consent-overlaps",
        )
    consent = Consent(
        household_id=household.id,
        organisation_id=data.organisation_id,
        purpose=data.purpose.value,
        valid_from=valid_from,
        valid_until=data.valid_until,
        recorded_by_organisation_id=principal.organisation_id,
        recorded_by_user_id=principal.user_id,
        created_at=now,
    )
    session.add(consent)
    session.flush()
    record(
        session,
        principal,
        "create",
        "consent",
        consent.id,
        {
            "householdId": str(household.id),
            "organisationId": str(consent.organisation_id),
            "purpose": consent.purpose,
            "validFrom": consent.valid_from.isoformat(),
            "validUntil": consent.valid_until.isoformat(),
        },
    )
    return consent


def withdraw_consent(
    session: Session, principal: Principal, household_id: uuid.UUID, consent_id: uuid.UUID, now: datetime
) -> Consent:
    """Ends at once the access of the referrals that rely on it (audited, each and all)."""
    household = household_in_care(session, principal, household_id)
    consent = lock_row(session, Consent, consent_id)  # before any referral row, as accepting does
    if consent is None or consent.household_id != household.id:
        raise NotFound("No such consent.")
    status = consent.status_at(now)
    if status in (ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED):
        raise Conflict(f"The consent is {status.value} already.", code=f"consent-{status.value}")
    consent.withdrawn_at = now
    consent.withdrawn_by_organisation_id = principal.organisation_id
    consent.withdrawn_by_user_id = principal.user_id
    session.add(consent)
    ended = end_referrals_relying_on(session, principal, consent, ReferralEndReason.CONSENT_WITHDRAWN, now)
    record(
        session,
        principal,
        "withdraw",
        "consent",
        consent.id,
        {
            "householdId": str(household.id),
            "organisationId": str(consent.organisation_id),
            "purpose": consent.purpose,
            "endedReferralIds": [str(r.id) for r in ended],
        },
    )
    return consent
