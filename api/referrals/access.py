"""Which households an organisation sees through referrals (used by api.households.access).

Only models are imported here, so that the household scope can use it without an import cycle.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlmodel import col, select

from api.consents.models import Consent, consent_valid_at
from api.referrals.models import Referral, ReferralKind, ReferralStatus


def households_referred_to(organisation_id: uuid.UUID, now: datetime) -> Any:
    """Ids of households referred to the organisation: an accepted referral whose consent is valid.

    The consent is checked here, at every read, so its withdrawal or its end date takes the access
    away at once, whether or not the referral row has been marked ended yet.
    """
    return (
        select(Referral.household_id)
        .join(Consent, col(Consent.id) == col(Referral.consent_id))
        .where(
            Referral.to_organisation_id == organisation_id,
            Referral.kind == ReferralKind.REFERRAL.value,
            Referral.status == ReferralStatus.ACCEPTED.value,
            Consent.organisation_id == organisation_id,
            consent_valid_at(now),
        )
    )
