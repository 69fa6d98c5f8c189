from enum import StrEnum


class VettingStatus(StrEnum):
    PENDING = "pending"
    REJECTED = "rejected"
    SUSPENDED = "suspended"
    VETTED = "vetted"

    def __str__(self) -> str:
        return str(self.value)
