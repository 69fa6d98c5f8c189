from enum import StrEnum


class ReviewStatus(StrEnum):
    APPROVED = "approved"
    NOT_REQUIRED = "not_required"
    PENDING = "pending"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"

    def __str__(self) -> str:
        return str(self.value)
