from enum import StrEnum


class LocationSort(StrEnum):
    CAPACITY = "capacity"
    CREATEDAT = "createdAt"
    FREEBEDS = "freeBeds"
    NAME = "name"
    VALUE_1 = "-name"
    VALUE_2 = "-freeBeds"
    VALUE_4 = "-capacity"
    VALUE_7 = "-createdAt"

    def __str__(self) -> str:
        return str(self.value)
