from enum import StrEnum


class LocationSort(StrEnum):
    CAPACITY = "capacity"
    FREEBEDS = "freeBeds"
    NAME = "name"
    VALUE_1 = "-freeBeds"
    VALUE_3 = "-capacity"
    VALUE_5 = "-createdAt"

    def __str__(self) -> str:
        return str(self.value)
