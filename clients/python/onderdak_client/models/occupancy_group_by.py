from enum import StrEnum


class OccupancyGroupBy(StrEnum):
    KIND = "kind"
    MUNICIPALITY = "municipality"
    PROVINCE = "province"
    SAFETYREGION = "safetyRegion"
    SCALE = "scale"

    def __str__(self) -> str:
        return str(self.value)
