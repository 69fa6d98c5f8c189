from enum import StrEnum


class ConsentStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    SCHEDULED = "scheduled"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)
