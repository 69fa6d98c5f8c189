from enum import StrEnum


class RequestReason(StrEnum):
    CONFLICT = "conflict"
    FAMILY_REUNIFICATION = "family_reunification"
    HOST_STAY_ENDING = "host_stay_ending"
    LOCATION_CLOSING = "location_closing"
    OTHER = "other"
    SAFETY = "safety"
    WORK = "work"

    def __str__(self) -> str:
        return str(self.value)
