from enum import StrEnum


class HouseholdSort(StrEnum):
    CREATEDAT = "createdAt"
    REFERENCE = "reference"
    SIZE = "size"
    VALUE_1 = "-reference"
    VALUE_3 = "-size"
    VALUE_5 = "-createdAt"

    def __str__(self) -> str:
        return str(self.value)
