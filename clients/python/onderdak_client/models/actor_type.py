from enum import StrEnum


class ActorType(StrEnum):
    HOUSEHOLD = "household"
    INTEGRATION = "integration"
    SYSTEM = "system"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
