from enum import StrEnum


class ReferralEndReason(StrEnum):
    CONSENT_EXPIRED = "consent_expired"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    HOUSEHOLD_ERASED = "household_erased"

    def __str__(self) -> str:
        return str(self.value)
