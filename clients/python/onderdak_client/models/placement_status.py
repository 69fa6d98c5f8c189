from enum import StrEnum


class PlacementStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    ENDED = "ended"
    NO_SHOW = "no_show"

    def __str__(self) -> str:
        return str(self.value)
