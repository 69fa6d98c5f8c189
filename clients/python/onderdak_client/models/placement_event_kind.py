from enum import StrEnum


class PlacementEventKind(StrEnum):
    CANCELLED = "cancelled"
    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    NO_SHOW = "no_show"
    PLANNED_END_CHANGED = "planned_end_changed"
    STAY_EXTENDED = "stay_extended"

    def __str__(self) -> str:
        return str(self.value)
