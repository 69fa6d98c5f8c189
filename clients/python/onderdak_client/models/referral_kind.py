from enum import StrEnum


class ReferralKind(StrEnum):
    REFERRAL = "referral"
    TRANSFER = "transfer"

    def __str__(self) -> str:
        return str(self.value)
