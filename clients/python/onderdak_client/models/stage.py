from enum import StrEnum


class Stage(StrEnum):
    ABANDONED = "abandoned"
    CLOSED = "closed"
    IDEA = "idea"
    OPEN = "open"
    PERMITS = "permits"
    PREPARING = "preparing"

    def __str__(self) -> str:
        return str(self.value)
