from enum import StrEnum


class ForecastGroupBy(StrEnum):
    MUNICIPALITY = "municipality"
    PROVINCE = "province"
    SAFETYREGION = "safetyRegion"

    def __str__(self) -> str:
        return str(self.value)
