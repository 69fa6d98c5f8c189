from enum import StrEnum


class HostSort(StrEnum):
    AVAILABLEUNTIL = "availableUntil"
    DISPLAYNAME = "displayName"
    VALUE_2 = "-createdAt"

    def __str__(self) -> str:
        return str(self.value)
