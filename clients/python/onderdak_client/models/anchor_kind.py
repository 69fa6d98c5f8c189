from enum import StrEnum


class AnchorKind(StrEnum):
    CARER = "carer"
    CURRENT_HOME = "current_home"
    OTHER = "other"
    SCHOOL = "school"
    WORK = "work"

    def __str__(self) -> str:
        return str(self.value)
