from enum import StrEnum


class UnitStatus(StrEnum):
    AVAILABLE = "available"
    BLOCKED = "blocked"
    CLOSED = "closed"

    def __str__(self) -> str:
        return str(self.value)
