from enum import StrEnum


class PlaceType(StrEnum):
    HOST_FAMILY = "host_family"
    SHELTER_UNIT = "shelter_unit"

    def __str__(self) -> str:
        return str(self.value)
