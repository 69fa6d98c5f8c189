from enum import StrEnum


class HostSort(StrEnum):
    AVAILABLEUNTIL = "availableUntil"
    CREATEDAT = "createdAt"
    DISPLAYNAME = "displayName"
    FREEBEDS = "freeBeds"
    VALUE_1 = "-displayName"
    VALUE_3 = "-availableUntil"
    VALUE_5 = "-freeBeds"
    VALUE_7 = "-createdAt"

    def __str__(self) -> str:
        return str(self.value)
