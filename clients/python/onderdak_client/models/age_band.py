from enum import StrEnum


class AgeBand(StrEnum):
    AGE_0_3 = "age_0_3"
    AGE_12_17 = "age_12_17"
    AGE_18_29 = "age_18_29"
    AGE_30_49 = "age_30_49"
    AGE_4_11 = "age_4_11"
    AGE_50_64 = "age_50_64"
    AGE_65_PLUS = "age_65_plus"

    def __str__(self) -> str:
        return str(self.value)
