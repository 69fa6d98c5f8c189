from enum import StrEnum


class UnassignedReason(StrEnum):
    NO_FEASIBLE_PLACE = "no_feasible_place"
    NO_LONGER_OPEN = "no_longer_open"
    OUTCOMPETED = "outcompeted"
    WITHIN_GAP = "within_gap"

    def __str__(self) -> str:
        return str(self.value)
