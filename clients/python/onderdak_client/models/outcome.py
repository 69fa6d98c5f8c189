from enum import StrEnum


class Outcome(StrEnum):
    RESOLVED = "resolved"
    SUBJECT_REMOVED = "subject_removed"
    UNFOUNDED = "unfounded"

    def __str__(self) -> str:
        return str(self.value)
