from enum import StrEnum


class HouseholdAccess(StrEnum):
    OWN_SCOPE = "own_scope"
    REFERRAL = "referral"

    def __str__(self) -> str:
        return str(self.value)
