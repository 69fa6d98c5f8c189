from enum import StrEnum


class RequestStatus(StrEnum):
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"
    CLOSED = "closed"
    MATCHING = "matching"
    MOVED = "moved"
    OFFERED = "offered"
    SUBMITTED = "submitted"
    TRIAGED = "triaged"

    def __str__(self) -> str:
        return str(self.value)
