from enum import StrEnum


class InitiativeKind(StrEnum):
    BUILDING_CONVERSION = "building_conversion"
    CARE_HOMES = "care_homes"
    OTHER = "other"
    PRIVATE_LAND = "private_land"
    SHARED_HOUSING = "shared_housing"

    def __str__(self) -> str:
        return str(self.value)
