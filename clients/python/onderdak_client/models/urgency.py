from enum import StrEnum


class Urgency(StrEnum):
    EMERGENCY = "emergency"
    HIGH = "high"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
