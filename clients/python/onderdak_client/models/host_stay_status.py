from enum import StrEnum


class HostStayStatus(StrEnum):
    INCOMING = "incoming"
    LIVING = "living"

    def __str__(self) -> str:
        return str(self.value)
