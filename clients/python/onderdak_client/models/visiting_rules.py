from enum import StrEnum


class VisitingRules(StrEnum):
    DAYTIME = "daytime"
    OPEN = "open"
    RESTRICTED = "restricted"

    def __str__(self) -> str:
        return str(self.value)
