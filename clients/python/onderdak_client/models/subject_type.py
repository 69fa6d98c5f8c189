from enum import StrEnum


class SubjectType(StrEnum):
    HOST_FAMILY = "host_family"
    SHELTER_LOCATION = "shelter_location"
    SHELTER_UNIT = "shelter_unit"

    def __str__(self) -> str:
        return str(self.value)
