from enum import StrEnum


class LocationStatus(StrEnum):
    CLOSED = "closed"
    CLOSING = "closing"
    OPEN = "open"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)
