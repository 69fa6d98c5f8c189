from enum import StrEnum


class PermitStatus(StrEnum):
    GRANTED = "granted"
    NOT_NEEDED = "not_needed"
    NOT_REQUESTED = "not_requested"
    REFUSED = "refused"
    REQUESTED = "requested"

    def __str__(self) -> str:
        return str(self.value)
