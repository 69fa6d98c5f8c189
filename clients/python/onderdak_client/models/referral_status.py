from enum import StrEnum


class ReferralStatus(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    ENDED = "ended"
    PENDING = "pending"
    REVOKED = "revoked"

    def __str__(self) -> str:
        return str(self.value)
