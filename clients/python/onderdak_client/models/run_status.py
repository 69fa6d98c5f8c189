from enum import StrEnum


class RunStatus(StrEnum):
    CANCELLED = "cancelled"
    DONE = "done"
    FAILED = "failed"
    QUEUED = "queued"
    RANKING = "ranking"
    SOLVING = "solving"

    def __str__(self) -> str:
        return str(self.value)
